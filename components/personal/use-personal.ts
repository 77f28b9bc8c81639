"use client";

// The personal part of a static page, fetched once per page from GET /api/me and shared by every slot
// that shows it (header, resume button, badges). Until it is known, slots render nothing wrong.
import { useLocale } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { MeAnswer } from "@/lib/progress/personal";

export type Personal =
  | { state: "loading" }
  | { state: "unavailable" }
  | { state: "visitor" }
  | { state: "signedIn"; me: Extract<MeAnswer, { signedIn: true }> };

let shared: { key: string; promise: Promise<Personal> } | null = null;
let epoch = 0;

function load(key: string, locale: string): Promise<Personal> {
  if (shared?.key === key) return shared.promise;
  const promise = fetch(`/api/me?locale=${encodeURIComponent(locale)}`, {
    credentials: "same-origin",
    cache: "no-store",
    headers: { accept: "application/json" },
  })
    .then(async (res): Promise<Personal> => {
      if (!res.ok) return { state: "unavailable" };
      const me = (await res.json()) as MeAnswer;
      return me.signedIn ? { state: "signedIn", me } : { state: "visitor" };
    })
    .catch((): Personal => ({ state: "unavailable" }));
  shared = { key, promise };
  return promise;
}

/** Forgets the answer (signing out): the next page asks again. */
export function forgetPersonal(): void {
  epoch++;
  shared = null;
}

/** The personal answer for this page (`enabled` false: the page already knows, nothing is fetched). */
export function usePersonal(enabled = true): Personal {
  const locale = useLocale();
  const pathname = usePathname();
  const [personal, setPersonal] = useState<Personal>({ state: "loading" });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void load(`${epoch}|${locale}|${pathname}`, locale).then((p) => {
      if (live) setPersonal(p);
    });
    return () => {
      live = false;
    };
  }, [enabled, locale, pathname]);
  return personal;
}

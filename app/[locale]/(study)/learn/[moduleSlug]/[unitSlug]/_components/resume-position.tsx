"use client";

// Where the learner stopped in this unit, on any device: offers "Reprendre à la section « … »" and the
// video at mm:ss (from GET /api/me), and saves the section reached and the video position as the learner
// reads and watches (POST /api/me/position, at most every 10 s, and when the page is left). Each part
// changes only through its own use: opening the page at the top never erases a section saved elsewhere.
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { usePersonal } from "@/components/personal/use-personal";
import type { ResumePosition } from "@/lib/progress/personal";
import { formatVideoTime } from "@/lib/progress/video-time";
import { buttonStyles } from "@/components/ui/button";

const SECONDARY = buttonStyles("secondary", "lg");
const SAVE_EVERY_MS = 10_000;
/** A video position worth offering: a few seconds in, and not at the very end. */
const MIN_VIDEO_SECONDS = 5;
/** A heading is the current section once its top is above this fraction of the window. */
const READ_LINE = 0.35;

const lessonHeadings = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>("[data-lesson-body] > h2[id]")];
const introVideo = (root: HTMLElement | null): HTMLVideoElement | null =>
  root?.closest("article")?.querySelector("video") ?? document.querySelector("video");

function currentSection(): number | null {
  let current: number | null = null;
  lessonHeadings().forEach((h, i) => {
    if (h.getBoundingClientRect().top < window.innerHeight * READ_LINE) current = i;
  });
  return current;
}

function send(body: { unitId: string } & ResumePosition, keepalive: boolean): void {
  void fetch("/api/me/position", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
    keepalive,
  }).catch(() => undefined);
}

export function ResumePosition({ unitId }: { unitId: string }) {
  const t = useTranslations("personal");
  const personal = usePersonal();
  const root = useRef<HTMLDivElement>(null);
  const saved = personal.state === "signedIn" ? (personal.me.units[unitId]?.position ?? null) : null;
  const known = personal.state !== "loading";
  const [offer, setOffer] = useState<{ section: { index: number; title: string } | null; video: number | null }>({
    section: null,
    video: null,
  });

  // What to offer, read from this page's own headings (the saved index is the same in both languages;
  // an index this lesson does not have is ignored).
  const savedSection = saved?.section ?? null;
  const savedVideo = saved?.videoSeconds ?? 0;
  useEffect(() => {
    if (!known) return;
    const heading = savedSection === null ? undefined : lessonHeadings()[savedSection];
    const duration = introVideo(root.current)?.duration;
    const videoOk = savedVideo >= MIN_VIDEO_SECONDS && !(duration && savedVideo > duration - 3);
    setOffer({
      section:
        heading && savedSection !== null ? { index: savedSection, title: heading.textContent?.trim() ?? "" } : null,
      video: videoOk ? savedVideo : null,
    });
  }, [known, savedSection, savedVideo]);

  // Saving: only once the saved position is known, and only what the learner's own scrolling or
  // watching changed.
  useEffect(() => {
    if (personal.state !== "signedIn") return;
    const position: ResumePosition = { section: savedSection, videoSeconds: savedVideo };
    const atLoad = currentSection();
    let scrolled = false;
    let dirty = false;
    // Elapsed time, not a date: the monotonic clock. Nothing sent yet, so the first change goes at once.
    let lastSent = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const flush = (keepalive: boolean) => {
      clearTimeout(timer);
      timer = undefined;
      if (!dirty) return;
      dirty = false;
      lastSent = performance.now();
      send({ unitId, ...position }, keepalive);
    };
    const schedule = () => {
      dirty = true;
      if (timer) return;
      timer = setTimeout(() => flush(false), Math.max(0, lastSent + SAVE_EVERY_MS - performance.now()));
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const section = currentSection();
        if (!scrolled && section === atLoad) return;
        scrolled = true;
        if (section !== position.section) {
          position.section = section;
          schedule();
        }
      });
    };
    const video = introVideo(root.current);
    // Only once the learner plays or moves the video: its first events at 0 s must not erase a saved time.
    let watched = false;
    const onTouch = () => {
      watched = true;
    };
    const onTime = () => {
      if (!video || !watched) return;
      const seconds = video.ended ? 0 : Math.floor(video.currentTime);
      if (seconds !== position.videoSeconds) {
        position.videoSeconds = seconds;
        schedule();
      }
    };
    const onHide = () => {
      if (document.visibilityState === "hidden") flush(true);
    };
    const onPageHide = () => flush(true);
    // One signal removes every listener below when the component goes.
    const listeners = new AbortController();
    const { signal } = listeners;
    window.addEventListener("scroll", onScroll, { passive: true, signal });
    for (const type of ["play", "seeking"]) video?.addEventListener(type, onTouch, { signal });
    for (const type of ["timeupdate", "pause", "seeked", "ended"]) video?.addEventListener(type, onTime, { signal });
    document.addEventListener("visibilitychange", onHide, { signal });
    window.addEventListener("pagehide", onPageHide, { signal });
    return () => {
      flush(true);
      cancelAnimationFrame(frame);
      listeners.abort();
    };
  }, [personal.state, unitId, savedSection, savedVideo]);

  const goToSection = (index: number) => {
    const heading = lessonHeadings()[index];
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    heading.scrollIntoView({ block: "start" });
    heading.focus({ preventScroll: true });
  };
  const playFrom = (seconds: number) => {
    const video = introVideo(root.current);
    if (!video) return;
    video.currentTime = seconds;
    video.scrollIntoView({ block: "center" });
    video.focus({ preventScroll: true });
    void video.play().catch(() => undefined);
  };

  const hasOffer = offer.section !== null || offer.video !== null;
  return (
    <div
      ref={root}
      className="mt-6 flex min-h-24 flex-col justify-center rounded-lg border border-slate-200 p-4 sm:min-h-20 print:hidden"
    >
      {hasOffer ? (
        <>
          <p className="font-semibold text-brand-900">{t("resumeTitle")}</p>
          <div className="mt-2 flex flex-wrap gap-3">
            {offer.section ? (
              <button type="button" className={SECONDARY} onClick={() => goToSection(offer.section!.index)}>
                {t("resumeSection", { section: offer.section.title })}
              </button>
            ) : null}
            {offer.video !== null ? (
              <button type="button" className={SECONDARY} onClick={() => playFrom(offer.video!)}>
                {t("resumeVideo", { time: formatVideoTime(offer.video) })}
              </button>
            ) : null}
          </div>
        </>
      ) : personal.state === "signedIn" ? (
        <p className="text-slate-700">{t("positionSaved")}</p>
      ) : personal.state === "visitor" ? (
        <VisitorInvite />
      ) : null}
    </div>
  );
}

/** The open unit, read by a visitor (lib/progress/open-unit.ts): what an account adds, and the way back here. */
function VisitorInvite() {
  const t = useTranslations("personal");
  const next = encodeURIComponent(usePathname());
  return (
    <>
      <p className="font-semibold text-brand-900">{t("visitorTitle")}</p>
      <p className="mt-1 text-slate-800">{t("visitorText")}</p>
      <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
        <Link href={`/sign-up?next=${next}`} className="font-semibold text-brand-800 underline">
          {t("visitorSignUp")}
        </Link>
        <Link href={`/sign-in?next=${next}`} className="text-brand-800 underline">
          {t("visitorSignIn")}
        </Link>
      </p>
    </>
  );
}

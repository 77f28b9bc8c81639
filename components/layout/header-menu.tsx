"use client";

// Below 640 px the header's links sit behind a disclosure button (aria-expanded, aria-controls), so the
// header takes one row of a phone's screen. Without JavaScript (no "js" class on <html>, set by an inline
// script in the locale layout) the links stay shown and the button stays hidden (app/globals.css).
import { usePathname } from "next/navigation";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Icon } from "@/components/ui/icon";

export const SITE_MENU_ID = "site-menu";

export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);
  // A link followed from the menu closes it.
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      setOpen(false);
      button.current?.focus();
    }
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={SITE_MENU_ID}
        onClick={() => setOpen((o) => !o)}
        className="site-menu-button ml-auto items-center gap-2 rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50"
      >
        <Icon>{open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}</Icon>
        {label}
      </button>
      <div
        id={SITE_MENU_ID}
        data-open={open ? "" : undefined}
        onKeyDown={onKeyDown}
        className="site-menu flex basis-full flex-col gap-3 sm:flex-1 sm:basis-auto sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-4"
      >
        {children}
      </div>
    </>
  );
}

"use client";

/**
 * Where the keyboard lands after a successful submit that leads to another page (a server action that
 * redirects): on that page's h1, so the next Tab starts at its content, not at the top of the site.
 * The App Router keeps the focus where it was, that is on <body> once the form is gone (RGAA 12.8).
 * Watched from the submit, and stopped as soon as the form's own result arrives (an error or a success
 * shown in place). The watch outlives the form on purpose: its unmounting is the sign of the next page.
 */
const TICK_MS = 100;

export function watchNextPage(form: HTMLFormElement): () => void {
  const from = location.href;
  let ticks = 0;
  let ticksSinceUrlChange = -1;
  const timer = setInterval(() => {
    ticks += 1;
    if (ticksSinceUrlChange >= 0) ticksSinceUrlChange += 1;
    else if (location.href !== from) ticksSinceUrlChange = 0;
    // The form is gone (another page), or the page changed its address and kept the form a moment.
    const arrived = !form.isConnected || ticksSinceUrlChange * TICK_MS > 1_000;
    const heading = arrived ? document.querySelector<HTMLElement>("main h1") : null;
    if (heading) {
      stop();
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus();
    } else if (ticks * TICK_MS > 20_000) stop();
  }, TICK_MS);
  const stop = () => clearInterval(timer);
  return stop;
}

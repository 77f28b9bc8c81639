"use client";

/**
 * Where the keyboard lands after a successful submit that leads to another page (a server action that
 * redirects): on that page's h1, so the next Tab starts at its content, not at the top of the site.
 * The App Router keeps the focus where it was, that is on <body> once the form is gone (RGAA 12.8).
 * Watched from the submit, and stopped as soon as the form's own result arrives (an error or a success
 * shown in place). The watch outlives the form on purpose: its unmounting is the sign of the next page.
 */
export function watchNextPage(form: HTMLFormElement): () => void {
  const from = location.href;
  const started = Date.now();
  let urlChangedAt = 0;
  const timer = setInterval(() => {
    if (location.href !== from && !urlChangedAt) urlChangedAt = Date.now();
    // The form is gone (another page), or the page changed its address and kept the form a moment.
    const arrived = !form.isConnected || (urlChangedAt > 0 && Date.now() - urlChangedAt > 1_000);
    const heading = arrived ? document.querySelector<HTMLElement>("main h1") : null;
    if (heading) {
      stop();
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus();
    } else if (Date.now() - started > 20_000) stop();
  }, 100);
  const stop = () => clearInterval(timer);
  return stop;
}

// Shared Tailwind class strings for the MDX components (kept as complete literals so that
// Tailwind's source scanner picks them up).

export const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-800";

export const card = "not-prose my-8 rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-sm sm:p-6";

const buttonBase =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border px-4 py-2 text-sm font-semibold shadow-sm motion-safe:transition-colors aria-disabled:cursor-not-allowed " +
  focusRing;

export const primaryButton =
  buttonBase +
  " border-brand-800 bg-brand-800 text-white hover:not-aria-disabled:bg-brand-900 aria-disabled:border-slate-300 aria-disabled:bg-slate-100 aria-disabled:text-slate-600 aria-disabled:shadow-none";

export const secondaryButton =
  buttonBase +
  " border-control bg-white text-slate-900 hover:not-aria-disabled:bg-slate-100 aria-disabled:border-slate-300 aria-disabled:text-slate-600 aria-disabled:shadow-none";

"use client";

// Opens the browser's print dialog (which also saves as PDF). Without JavaScript the browser's own
// print command does the same: the page's print stylesheet applies either way.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand-800 px-5 py-2.5 font-semibold text-white hover:bg-brand-900"
    >
      {label}
    </button>
  );
}

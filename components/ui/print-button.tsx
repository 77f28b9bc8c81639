"use client";

// Opens the browser's print dialog (which also saves as PDF). Without JavaScript the browser's own
// print command does the same: the page's print stylesheet applies either way.
import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button size="lg" onClick={() => window.print()}>
      {label}
    </Button>
  );
}

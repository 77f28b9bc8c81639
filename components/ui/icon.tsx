// The one <svg> wrapper for line icons: decorative (aria-hidden), 24×24 viewBox, drawn in currentColor.
// No "use client": usable from both server and client components.
import type { ReactNode } from "react";

export type IconProps = { className?: string };

const DEFAULT_SIZE = "h-5 w-5 shrink-0";

export function Icon({
  className = DEFAULT_SIZE,
  strokeWidth = 2,
  children,
}: IconProps & { strokeWidth?: number; children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

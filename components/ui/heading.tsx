// The site's heading styles: a page's h1, a section's h2, a sub-section's h3. The level is the document's
// outline; `className` adds layout (margins), never another size or colour.
import type { ReactNode } from "react";

const SIZES = {
  1: "text-3xl font-bold",
  2: "text-xl font-bold",
  3: "text-lg font-semibold",
};

const TONES = {
  brand: "text-brand-900",
  /** Over a part whose action cannot be undone. */
  danger: "text-red-900",
};

export type HeadingTone = keyof typeof TONES;

export function Heading({
  level,
  id,
  tone = "brand",
  className,
  children,
}: {
  level: 1 | 2 | 3;
  id?: string;
  tone?: HeadingTone;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  const classes = `${SIZES[level]} ${TONES[tone]}`;
  return (
    <Tag id={id} className={className ? `${className} ${classes}` : classes}>
      {children}
    </Tag>
  );
}

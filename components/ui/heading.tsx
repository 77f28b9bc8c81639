// The site's heading styles: a page's h1, a section's h2, a sub-section's h3. The level is the document's
// outline; `className` adds layout (margins), never another size or colour.
import type { ReactNode } from "react";

const SIZES = {
  1: "text-3xl font-bold",
  2: "text-xl font-bold",
  3: "text-lg font-semibold",
};

/** An h2 that opens a part of a reading page (the home, a module, the site map), not a card. */
const PROMINENT = "text-2xl font-bold";

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
  prominent = false,
  className,
  children,
}: {
  level: 1 | 2 | 3;
  id?: string;
  tone?: HeadingTone;
  prominent?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  const classes = `${prominent && level === 2 ? PROMINENT : SIZES[level]} ${TONES[tone]}`;
  return (
    <Tag id={id} className={className ? `${className} ${classes}` : classes}>
      {children}
    </Tag>
  );
}

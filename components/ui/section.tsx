// A page's titled part: a <section> named by its own h2 (aria-labelledby), drawn as a card by default.
import type { ReactNode } from "react";
import { Heading } from "./heading";

const FRAMES = {
  card: "rounded-lg border border-slate-200 p-5",
  /** A part whose action cannot be undone (account deletion). */
  danger: "rounded-lg border border-slate-200 p-5 border-red-200",
  /** The page's next step, set apart by its fill. */
  highlight: "rounded-lg bg-brand-50 p-5",
  plain: "",
};

export function Section({
  id,
  title,
  frame = "card",
  prominent = false,
  className,
  headingClassName,
  children,
}: {
  /** The heading's id, which names the section. */
  id: string;
  title: ReactNode;
  frame?: keyof typeof FRAMES;
  /** A larger title, for the parts of a reading page. */
  prominent?: boolean;
  /** Layout only (margins, print). */
  className?: string;
  /** Layout only (margins). */
  headingClassName?: string;
  children: ReactNode;
}) {
  const classes = [className, FRAMES[frame]].filter(Boolean).join(" ");
  return (
    <section aria-labelledby={id} className={classes || undefined}>
      <Heading
        level={2}
        id={id}
        tone={frame === "danger" ? "danger" : "brand"}
        prominent={prominent}
        className={headingClassName}
      >
        {title}
      </Heading>
      {children}
    </section>
  );
}

// The one look of a button, whatever carries it: a <button>, a next-intl <Link>, a <UnitLink> or a plain <a>.
// No "use client": usable from both server and client components.
import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-brand-800 text-white hover:bg-brand-900",
  secondary: "border-2 border-brand-800 bg-white text-brand-800 hover:bg-brand-50",
  danger: "bg-red-800 text-white hover:bg-red-900",
};

// Padding per size. The secondary button draws a 2px border inside the same box, so its padding is 2px less
// (0.5 of Tailwind's unit): side by side, a primary and a secondary button of one size are the same size.
const SIZES = {
  sm: { solid: "px-3 py-1.5", outlined: "px-2.5 py-1" },
  md: { solid: "px-4 py-2", outlined: "px-3.5 py-1.5" },
  /** Form submissions. */
  lg: { solid: "px-5 py-2.5", outlined: "px-4.5 py-2" },
  /** A page's main call to action. */
  xl: { solid: "px-5 py-3", outlined: "px-4.5 py-2.5" },
};

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/** Classes of a button; `className` adds layout (display, margins), never colours or padding. */
export function buttonStyles(variant: ButtonVariant = "primary", size: ButtonSize = "xl", className = "") {
  const padding = SIZES[size][variant === "secondary" ? "outlined" : "solid"];
  return `rounded font-semibold ${VARIANTS[variant]} ${padding}${className ? ` ${className}` : ""}`;
}

export function Button({
  variant,
  size,
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonStyles(variant, size, className)} {...props} />;
}

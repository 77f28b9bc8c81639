// The one look of a button, whatever carries it: a <button>, a next-intl <Link>, a <UnitLink> or a plain <a>.
// No "use client": usable from both server and client components.
import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-brand-800 text-white hover:bg-brand-900",
  secondary: "border-2 border-brand-800 bg-white text-brand-800 hover:bg-brand-50",
  danger: "bg-red-800 text-white hover:bg-red-900",
};

const SIZES = {
  sm: "px-3 py-1.5",
  md: "px-4 py-2",
  /** Form submissions. */
  lg: "px-5 py-2.5",
  /** A page's main call to action. */
  xl: "px-5 py-3",
};

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

/** Classes of a button; `className` adds layout (display, margins), never colours or padding. */
export function buttonStyles(variant: ButtonVariant = "primary", size: ButtonSize = "xl", className = "") {
  return `rounded font-semibold ${VARIANTS[variant]} ${SIZES[size]}${className ? ` ${className}` : ""}`;
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

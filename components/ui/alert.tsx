import type { ReactNode } from "react";

const TONES = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-brand-100 bg-brand-50 text-brand-900",
};

/** A message a page shows on arrival (after a redirect, say); a form's own messages come from ActionForm. */
export function Alert({ children, tone = "error" }: { children: ReactNode; tone?: keyof typeof TONES }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded border p-3 ${TONES[tone]}`}>
      {children}
    </div>
  );
}

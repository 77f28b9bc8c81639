"use client";

import { usePathname } from "next/navigation";
import { useActionState, type ReactNode } from "react";
import { initialResult, type ActionResult } from "@/lib/action-result";

/**
 * A plain form posting to a server action, for server components: through useActionState for its
 * permalink only, so that before hydration it posts to this page (Next runs the action there) instead of
 * the `action=""` React writes otherwise, which the HTML standard forbids (RGAA 8.2).
 */
export function PermalinkForm({
  action,
  className,
  children,
}: {
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  className?: string;
  children: ReactNode;
}) {
  const [, formAction] = useActionState(action, initialResult, usePathname());
  return (
    <form action={formAction} className={className}>
      {children}
    </form>
  );
}

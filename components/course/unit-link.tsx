import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";

/**
 * A link to a unit page. Unit pages are prerendered and the proxy records a visit when one is
 * requested; a prefetch is indistinguishable from a visit there, so these links never prefetch.
 */
export function UnitLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link prefetch={false} {...props} />;
}

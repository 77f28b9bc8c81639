// The one session accessor and the one authorisation rule, for pages (requireUser, requireStaff) and
// actions (lib/actions/form-action.ts): every door checks the server-side session through here.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { acceptPolicyPath, reauthPath, secondFactorPath, signInPath } from "./paths";
import { sessionIdFromCookies } from "./session-cookie";
import { getSessionUser, isRecentlyAuthenticated, type SessionUser } from "./sessions";

/**
 * Who may open a page or run an action: anyone, a signed-in learner, one who signed in within 10 minutes,
 * staff (who must also have passed their second factor in this session), or staff at the sign-in's
 * second step itself ("staff-password": the password typed, the second factor still to come).
 */
export type Access = "public" | "user" | "recent" | "staff" | "staff-password";

/**
 * Reads the Auth.js session cookie directly instead of calling auth(), which rebuilds a request and
 * re-encrypts the token on every page; the session itself is server-side, so only its id is needed.
 */
export const getCurrentSession = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const sid = await sessionIdFromCookies((name) => jar.get(name)?.value);
  return sid ? getSessionUser(sid) : null;
});

/**
 * The signed-in learner allowed in, or a redirect that comes back to `next` afterwards: sign-in, the
 * pending site policy (unless `policy` is false: rights such as export and deletion are never blocked),
 * re-authentication for sensitive steps, and the sign-in's second step for staff who have not typed their
 * authenticator's code in this session: until then a staff door shows them nothing more than it shows a
 * visitor. A visitor or a learner at a staff door is sent to sign in with a staff account.
 */
export async function requireAccess(
  access: Exclude<Access, "public">,
  locale: string,
  next: string,
  policy = true,
): Promise<SessionUser> {
  const current = await getCurrentSession();
  const staffDoor = access === "staff" || access === "staff-password";
  // At a staff door a learner gets exactly the visitor's answer, so it tells nobody more than it tells a visitor.
  if (staffDoor && current?.user.role !== "staff") redirect(signInPath(locale, next, "staff"));
  if (!current) redirect(signInPath(locale, next));
  if (policy && !current.acceptedSitePolicy) redirect(acceptPolicyPath(locale, next));
  if (access === "recent" && !isRecentlyAuthenticated(current.authenticatedAt)) redirect(reauthPath(locale, next));
  if (access === "staff" && !current.secondFactorAt) redirect(secondFactorPath(locale, next));
  return current;
}

export function requireUser(locale: string, next: string): Promise<SessionUser> {
  return requireAccess("user", locale, next);
}

/**
 * For the pages of a learner's rights (their data, their certificates): a pending site policy never
 * blocks them, so a person who refuses new terms can still take their data and leave.
 */
export function requireUserForRights(locale: string, next: string): Promise<SessionUser> {
  return requireAccess("user", locale, next, false);
}

export function requireStaff(locale: string, next: string): Promise<SessionUser> {
  return requireAccess("staff", locale, next);
}

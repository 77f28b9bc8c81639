// The one reader of a request's client address, for every per-IP limit (actions, pages, route handlers).
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env.mjs";
import { clientIpFrom, proxyList, type HeaderSource, type ProxyTrust } from "./client-ip";

/** From the environment: Vercel's edge, a list of proxy addresses, or a number of proxy hops (0 by default). */
const trust: ProxyTrust = env.isVercel
  ? { kind: "vercel" }
  : env.trustedProxies.length > 0
    ? { kind: "proxies", proxies: proxyList(env.trustedProxies) }
    : { kind: "hops", hops: env.TRUSTED_PROXY_HOPS };

/** The client address of a request (a route handler's `request.headers`). */
export function clientIp(requestHeaders: HeaderSource): string {
  return clientIpFrom(requestHeaders, trust);
}

/** The client address of the current request (server actions and pages). */
export async function getClientIp(): Promise<string> {
  return clientIp(await headers());
}

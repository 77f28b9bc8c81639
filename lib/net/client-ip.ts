// Which address a request comes from (pure): the socket's, or what trusted proxies in front report.
import { BlockList, isIP } from "node:net";

/**
 * Set on every incoming request by lib/net/peer-address.ts from the TCP socket, replacing whatever a
 * client sent under that name: the one address no client can choose. Next's own X-Forwarded-For is
 * no substitute: `next start` fills it from the socket only when the request has none
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/base-server.js), so
 * a client that sends its own keeps it as is, and the socket's address is then lost.
 */
export const PEER_ADDRESS_HEADER = "x-vigie-peer-address";

/** The key of requests whose address cannot be established: they share one set of limits. */
export const UNKNOWN_CLIENT = "unknown";

export type ProxyTrust =
  /** The last `hops` X-Forwarded-For entries were appended by our own proxies (0: no proxy, the socket). */
  | { kind: "hops"; hops: number }
  /** Proxies are recognised by their address; the first address from the right that is not one is the client. */
  | { kind: "proxies"; proxies: BlockList }
  /** Vercel's edge sets x-vercel-forwarded-for itself (a client cannot choose it). */
  | { kind: "vercel" };

export interface HeaderSource {
  get(name: string): string | null;
}

export interface TrustedRange {
  address: string;
  prefix: number;
  family: "ipv4" | "ipv6";
}

export function proxyList(ranges: readonly TrustedRange[]): BlockList {
  const list = new BlockList();
  for (const r of ranges) list.addSubnet(r.address, r.prefix, r.family);
  return list;
}

/**
 * One address in canonical form, or null: trims, drops brackets and a port (`[2001:db8::1]:443`,
 * `192.0.2.1:8080`), lowercases IPv6, and unwraps IPv4-mapped IPv6 (`::ffff:192.0.2.1`) so the same
 * client always gets the same key.
 */
export function normaliseIp(value: string | null | undefined): string | null {
  let v = (value ?? "").trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v);
  if (bracketed) v = bracketed[1] ?? "";
  else if (/^[\d.]+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(":"));
  if (v.startsWith("::ffff:") && isIP(v.slice(7)) === 4) v = v.slice(7);
  return isIP(v) ? v : null;
}

/** The X-Forwarded-For entries, leftmost (claimed by the client) first. */
export function forwardedFor(headers: HeaderSource): string[] {
  return (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
}

function familyOf(ip: string): "ipv4" | "ipv6" {
  return isIP(ip) === 4 ? "ipv4" : "ipv6";
}

/**
 * The client's address. The chain is X-Forwarded-For followed by the socket's address, so the
 * entries on the right were written by the machines nearest to us: only those we trust are read.
 * - hops N: the entry N places left of the socket (N = 0: the socket itself); with fewer entries
 *   than that, the leftmost (the request did not pass every proxy; keep the app reachable only
 *   through them, or list the proxies instead).
 * - proxies: walk from the socket leftwards past every trusted proxy; the first other address is
 *   the client (an entry that is not an address stops the walk at the proxy that reported it).
 * An entry that is not an address falls back to the nearest address on its right; without a socket
 * address (this process did not record it), UNKNOWN_CLIENT: never a value a client chose.
 */
export function clientIpFrom(headers: HeaderSource, trust: ProxyTrust): string {
  if (trust.kind === "vercel") {
    const edge = headers.get("x-vercel-forwarded-for")?.split(",")[0] ?? headers.get("x-real-ip");
    return normaliseIp(edge) ?? UNKNOWN_CLIENT;
  }
  const peer = normaliseIp(headers.get(PEER_ADDRESS_HEADER));
  if (!peer) return UNKNOWN_CLIENT;
  const chain = [...forwardedFor(headers), peer];
  if (trust.kind === "hops") {
    const chosen = Math.max(0, chain.length - 1 - trust.hops);
    for (let i = chosen; i < chain.length; i++) {
      const ip = normaliseIp(chain[i]);
      if (ip) return ip;
    }
    return peer;
  }
  let nearest = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const ip = normaliseIp(chain[i]);
    if (!ip) return nearest;
    if (!trust.proxies.check(ip, familyOf(ip))) return ip;
    nearest = ip;
  }
  return nearest;
}

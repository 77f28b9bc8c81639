import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/env.mjs";
import {
  PEER_ADDRESS_HEADER,
  UNKNOWN_CLIENT,
  clientIpFrom,
  normaliseIp,
  proxyList,
  type ProxyTrust,
} from "@/lib/net/client-ip";

/** Headers as the app sees them: the socket's address recorded by this process, plus what arrived. */
const request = (peer: string | null, xff?: string, extra: Record<string, string> = {}) =>
  new Headers({
    ...(peer === null ? {} : { [PEER_ADDRESS_HEADER]: peer }),
    ...(xff === undefined ? {} : { "x-forwarded-for": xff }),
    ...extra,
  });

const socketOnly: ProxyTrust = { kind: "hops", hops: 0 };
const oneHop: ProxyTrust = { kind: "hops", hops: 1 };
const proxies = (list: string): ProxyTrust => ({ kind: "proxies", proxies: proxyList(parseTrustedProxies(list)) });

describe("clientIpFrom without a trusted proxy (TRUSTED_PROXY_HOPS=0, the default)", () => {
  it("is the socket's address, whatever X-Forwarded-For or X-Real-IP claim", () => {
    expect(clientIpFrom(request("198.51.100.9", "203.0.113.1", { "x-real-ip": "203.0.113.2" }), socketOnly)).toBe(
      "198.51.100.9",
    );
  });

  it("never changes when a client rotates X-Forwarded-For (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string()), { maxLength: 6 }), (claimed) => {
        expect(clientIpFrom(request("198.51.100.9", claimed.join(", ")), socketOnly)).toBe("198.51.100.9");
      }),
    );
  });

  it("is UNKNOWN_CLIENT when no socket address was recorded, never a header value", () => {
    expect(clientIpFrom(request(null, "203.0.113.1", { "x-real-ip": "203.0.113.2" }), socketOnly)).toBe(UNKNOWN_CLIENT);
    expect(clientIpFrom(request("not-an-address", "203.0.113.1"), socketOnly)).toBe(UNKNOWN_CLIENT);
  });

  it("gives an IPv4 client one key whether it arrives as IPv4 or IPv4-mapped IPv6", () => {
    expect(clientIpFrom(request("::ffff:127.0.0.1"), socketOnly)).toBe("127.0.0.1");
    expect(clientIpFrom(request("2001:DB8::1"), socketOnly)).toBe("2001:db8::1");
  });
});

describe("clientIpFrom behind N trusted hops", () => {
  it("takes the entry our proxy appended (Nth from the right), not what the client put before it", () => {
    // client → nginx (appends the client's address) → app: the socket is nginx.
    expect(clientIpFrom(request("172.18.0.5", "6.6.6.6, 203.0.113.7"), oneHop)).toBe("203.0.113.7");
    // client → CDN → nginx → app.
    expect(clientIpFrom(request("172.18.0.5", "6.6.6.6, 203.0.113.7, 198.51.100.20"), { kind: "hops", hops: 2 })).toBe(
      "203.0.113.7",
    );
  });

  it("takes the rightmost entry when nginx overwrites the header with $remote_addr", () => {
    expect(clientIpFrom(request("172.18.0.5", "203.0.113.7"), oneHop)).toBe("203.0.113.7");
  });

  it("falls back to the nearest address on the right when the chosen entry is not an address", () => {
    expect(clientIpFrom(request("172.18.0.5", "' OR 1=1 --"), oneHop)).toBe("172.18.0.5");
    expect(clientIpFrom(request("172.18.0.5", "[2001:db8::7]:443"), oneHop)).toBe("2001:db8::7");
  });

  it("uses the leftmost entry when there are fewer entries than hops, and the socket when there are none", () => {
    expect(clientIpFrom(request("172.18.0.5", "203.0.113.7"), { kind: "hops", hops: 3 })).toBe("203.0.113.7");
    expect(clientIpFrom(request("172.18.0.5"), oneHop)).toBe("172.18.0.5");
  });
});

describe("clientIpFrom with TRUSTED_PROXIES", () => {
  const trust = proxies("10.0.0.0/8, 2001:db8:ffff::/48, 192.0.2.7");

  it("walks past every trusted proxy and stops at the first other address", () => {
    expect(clientIpFrom(request("10.0.0.2", "6.6.6.6, 203.0.113.7, 192.0.2.7, 10.1.1.1"), trust)).toBe("203.0.113.7");
    expect(clientIpFrom(request("2001:db8:ffff::1", "203.0.113.7"), trust)).toBe("203.0.113.7");
  });

  it("is the socket when the request did not come from a trusted proxy", () => {
    expect(clientIpFrom(request("198.51.100.9", "203.0.113.7"), trust)).toBe("198.51.100.9");
  });

  it("stops at the proxy that reported something that is not an address", () => {
    expect(clientIpFrom(request("10.0.0.2", "203.0.113.7, garbage"), trust)).toBe("10.0.0.2");
  });

  it("is the leftmost address when every entry is a trusted proxy", () => {
    expect(clientIpFrom(request("10.0.0.2", "10.9.9.9"), trust)).toBe("10.9.9.9");
  });
});

describe("clientIpFrom on Vercel", () => {
  it("reads x-vercel-forwarded-for (then x-real-ip), set by Vercel's edge", () => {
    expect(
      clientIpFrom(request(null, "6.6.6.6", { "x-vercel-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8" }), {
        kind: "vercel",
      }),
    ).toBe("203.0.113.7");
    expect(clientIpFrom(request(null, "6.6.6.6", { "x-real-ip": "203.0.113.8" }), { kind: "vercel" })).toBe(
      "203.0.113.8",
    );
    expect(clientIpFrom(request(null, "6.6.6.6"), { kind: "vercel" })).toBe(UNKNOWN_CLIENT);
  });
});

describe("normaliseIp", () => {
  it("accepts addresses with brackets or ports and refuses anything else", () => {
    expect(normaliseIp(" 192.0.2.1:8080 ")).toBe("192.0.2.1");
    expect(normaliseIp("[::1]")).toBe("::1");
    expect(["", "unknown", "999.1.1.1", "1.2.3.4, 5.6.7.8", "<script>"].map(normaliseIp)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("parseTrustedProxies (TRUSTED_PROXIES)", () => {
  it("reads addresses and CIDR ranges", () => {
    expect(parseTrustedProxies("10.0.0.0/8, ::1 ,192.0.2.7")).toEqual([
      { address: "10.0.0.0", prefix: 8, family: "ipv4" },
      { address: "::1", prefix: 128, family: "ipv6" },
      { address: "192.0.2.7", prefix: 32, family: "ipv4" },
    ]);
  });

  it("refuses what is not an address or range, naming the variable", () => {
    for (const bad of ["10.0.0.0/33", "nginx", "10.0.0.0/8/1", "::1/129", "10.0.0.0/x"]) {
      expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

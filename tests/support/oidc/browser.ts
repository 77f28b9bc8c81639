// A minimal browser for the local OIDC provider: follows redirects by hand, keeping its cookies, until
// a URL outside the provider (the client's redirect URI) is reached.
export async function followToClient(start: string, issuer: string, maxHops = 10): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(start);
  for (let hop = 0; hop < maxHops; hop += 1) {
    if (!url.href.startsWith(issuer)) return url;
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`no redirect from ${url.pathname} (${response.status}): ${await response.text()}`);
    url = new URL(location, url);
  }
  throw new Error("too many redirects");
}

// A minimal browser for the local OIDC provider: follows redirects by hand, keeping its cookies, until
// a URL outside the provider (the client's redirect URI) is reached. The provider's logout page is
// answered "yes" as its script does in a browser.
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
    if (!location) {
      const page = await response.text();
      const form = /<form[^>]* method="post" action="([^"]+\/session\/end\/confirm)">([\s\S]*?)<\/form>/.exec(page);
      if (!form) throw new Error(`no redirect from ${url.pathname} (${response.status}): ${page}`);
      const fields = new URLSearchParams({ logout: "yes" });
      for (const [, name = "", value = ""] of form[2]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
        fields.set(name, value);
      const cookies = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
      const confirmed = await fetch(new URL(form[1]!, url), {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", ...(cookies ? { cookie: cookies } : {}) },
        body: fields,
      });
      url = new URL(confirmed.headers.get("location") ?? "/", url);
      continue;
    }
    url = new URL(location, url);
  }
  throw new Error("too many redirects");
}

// A state-changing request must come from a page of this site: its Origin names the Host it targets
// (X-Forwarded-Host behind a reverse proxy). Checked by the proxy (pages, server actions) and by the
// route handlers that accept a POST (lib/request-body.ts).
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function isSameOriginRequest(headers: Headers): boolean {
  return isSameOrigin(headers.get("origin"), headers.get("x-forwarded-host") ?? headers.get("host"));
}

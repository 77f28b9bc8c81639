// Auth.js HTTP endpoints. Browsers sign in through the sign-in server action; a non-HTML client may
// POST identifier + password (+ Auth.js csrfToken) to /api/auth/callback/credentials: the password is
// checked and throttled here, and a throttled client gets 429 with Retry-After.
import { NextRequest } from "next/server";
import { handlers } from "./index";
import { authenticate, createSignInProof } from "./sign-in";

export const { GET } = handlers;

function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}

export async function POST(request: NextRequest): Promise<Response> {
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return handlers.POST(request instanceof NextRequest ? request : new NextRequest(request));
  const form = new URLSearchParams(await request.text());
  const identifier = form.get("identifier");
  const password = form.get("password");
  if (identifier === null || password === null) return handlers.POST(rebuild(request, form));
  if (!identifier.trim() || identifier.length > 254 || password.length > 1024) {
    return Response.json({ error: "invalid credentials" }, { status: 401 });
  }
  const result = await authenticate(identifier, password, clientIp(request));
  if (!result.ok) {
    if (result.reason === "throttled") {
      return Response.json(
        { error: "too many attempts", retryAfterSeconds: result.retryAfterSeconds },
        { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
      );
    }
    return Response.json({ error: "invalid credentials" }, { status: 401 });
  }
  form.delete("identifier");
  form.delete("password");
  form.set("proof", createSignInProof(result.sid));
  return handlers.POST(rebuild(request, form));
}

function rebuild(request: Request, form: URLSearchParams): NextRequest {
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return new NextRequest(request.url, { method: "POST", headers, body: form.toString() });
}

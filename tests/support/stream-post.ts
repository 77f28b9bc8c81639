// A POST streamed with node:http, as an attacker would send it: 64 KB at a time, chunked or with a
// declared length, going on after the answer until the server closes the connection or stops reading
// (nothing drains for 2 s). Reports the answer, when it came, and how much the server took in all.
// The body is the given text, or that many bytes of "a".
import http from "node:http";

export interface StreamedAnswer {
  status: number | null;
  body: string;
  /** Milliseconds until the answer's headers. */
  ms: number;
  /** Bytes written when the answer came. */
  sentBeforeAnswer: number;
  /** Bytes the server let through in all (all of the body when it read it in full). */
  accepted: number;
}

interface StreamedPost {
  body: string | number;
  chunked: boolean;
  headers?: Record<string, string>;
}

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

export async function streamPost(url: string, { body, chunked, headers = {} }: StreamedPost): Promise<StreamedAnswer> {
  const data = typeof body === "string" ? Buffer.from(body) : Buffer.alloc(body, 0x61);
  const totalBytes = data.length;
  const target = new URL(url);
  const started = Date.now();
  const length: Record<string, string> = chunked
    ? { "transfer-encoding": "chunked" }
    : { "content-length": String(totalBytes) };
  const req = http.request({
    host: target.hostname,
    port: target.port,
    path: `${target.pathname}${target.search}`,
    method: "POST",
    headers: { ...headers, ...length },
  });
  let sent = 0;
  let closed = false;
  const answered = { ms: -1, sent: -1 };
  const answer = new Promise<{ status: number; body: string } | null>((resolve) => {
    req.on("response", (res) => {
      Object.assign(answered, { ms: Date.now() - started, sent });
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on("error", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    void later(20_000, null).then(resolve);
  });
  const gone = new Promise<false>((resolve) => req.on("error", () => ((closed = true), resolve(false)))); // its answer may already be in
  while (!closed && sent < totalBytes) {
    const size = Math.min(64 * 1024, totalBytes - sent);
    req.write(data.subarray(sent, sent + size));
    sent += size;
    await new Promise((resolve) => setImmediate(resolve)); // lets an early answer in
    if (
      req.writableNeedDrain &&
      !(await Promise.race([new Promise<boolean>((r) => req.once("drain", () => r(true))), gone, later(2_000, false)]))
    )
      break;
  }
  if (!closed && sent >= totalBytes) req.end();
  const result = await answer;
  req.destroy();
  return {
    status: result?.status ?? null,
    body: result?.body ?? "",
    ms: answered.ms,
    sentBeforeAnswer: answered.sent,
    accepted: sent,
  };
}

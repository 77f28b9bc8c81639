import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observeHttpRequests } from "@/lib/observability/http-requests";
import { metrics } from "@/lib/observability/metrics";
import { currentRequestId } from "@/lib/observability/request-context";
import { loadRouteTable, routePattern } from "@/lib/observability/route-pattern";

let server: Server;
let base: string;

beforeAll(async () => {
  observeHttpRequests();
  // What the app's code sees of the request it serves, after an await as route handlers do.
  server = createServer(async (_request, response) => {
    await new Promise((r) => setTimeout(r, 5));
    response.end(currentRequestId() ?? "none");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("observeHttpRequests", () => {
  it("keeps the proxy's request id, returns it, and makes it the id of the code serving the request", async () => {
    const id = "0123456789abcdef0123456789abcdef";
    const res = await fetch(`${base}/fr/anything`, { headers: { "x-request-id": id } });
    expect(res.headers.get("x-request-id")).toBe(id);
    expect(await res.text()).toBe(id);
  });

  it("gives each request without a valid id a fresh one", async () => {
    const [a, b] = await Promise.all(
      ["", "bad id"].map((header) => fetch(`${base}/x`, { headers: header ? { "x-request-id": header } : {} })),
    );
    const ids = [a!.headers.get("x-request-id"), b!.headers.get("x-request-id")];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(await a!.text()).toBe(ids[0]);
  });

  it("times every request by route label", async () => {
    // "other" without a build; with one, the locale catch-all's pattern.
    const label = routePattern("/no/such/route", loadRouteTable());
    const count = async () =>
      (await metrics.httpDuration.get()).values.find(
        (v) => v.metricName === "vigie_http_request_duration_seconds_count" && v.labels.route === label,
      )?.value ?? 0;
    const before = await count();
    await (await fetch(`${base}/no/such/route`)).text();
    // Recorded when the response finishes, which may come after the client has read it.
    await expect.poll(count).toBe(before + 1);
  });
});

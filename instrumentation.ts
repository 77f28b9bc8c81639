// Runs once when a server process starts: records client socket addresses, observes requests (id, logs,
// metrics), starts tracing when configured, checks the environment and applies database migrations.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // First, before any await: requests parsed before this runs carry no peer address (see lib/net).
  (await import("./lib/net/peer-address")).recordPeerAddresses();
  (await import("./lib/observability/http-requests")).observeHttpRequests();
  await (await import("./lib/observability/tracing")).startTracing();
  const { startServerOnce } = await import("./lib/server-start");
  await startServerOnce();
}

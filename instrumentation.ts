// Runs once when a server process starts: records client socket addresses, checks the environment
// and applies database migrations.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // First, before any await: requests parsed before this runs carry no peer address (see lib/net).
  (await import("./lib/net/peer-address")).recordPeerAddresses();
  const { startServerOnce } = await import("./lib/server-start");
  await startServerOnce();
}

// Runs once when a server process starts: checks the environment and applies database migrations.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerOnce } = await import("./lib/server-start");
  await startServerOnce();
}

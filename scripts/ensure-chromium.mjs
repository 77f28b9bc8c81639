// Before the browser tests: finds Chromium (CHROMIUM_PATH or Debian's /usr/bin/chromium) and, on a
// Debian machine run as root, installs it with apt-get; otherwise explains what to do and stops.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);
const canApt = existsSync("/usr/bin/apt-get") && process.getuid?.() === 0;
if (!canApt) {
  console.error(
    `No Chromium at ${path}. Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log("[vigie] installing Debian chromium for the browser tests…");
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
  stdio: "inherit",
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
});

// Before the browser tests: the Nu HTML Checker (tests/e2e/rgaa.spec.ts, npm vnu-jar) needs a Java
// runtime, 11 or later. On a Debian machine run as root, installs one with apt-get; otherwise explains
// what to do and stops. (vnu-jar's own install script, which downloads a Java build, stays off.)
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

function hasJava() {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

if (hasJava()) process.exit(0);
const canApt = existsSync("/usr/bin/apt-get") && process.getuid?.() === 0;
if (!canApt) {
  console.error(
    "No Java runtime for the Nu HTML Checker. Install one (Debian/Ubuntu: sudo apt-get install -y default-jre-headless).",
  );
  process.exit(1);
}
console.log("[vigie] installing Debian default-jre-headless for the Nu HTML Checker…");
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
execFileSync("apt-get", ["install", "-y", "-qq", "default-jre-headless"], {
  stdio: "inherit",
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
});

// What the browser tests need from Debian (scripts/ensure-chromium.mjs, scripts/ensure-java.mjs): on a Debian
// machine run as root, installs the package with apt-get; otherwise says what to install and stops.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** `missing` names what is absent, `purpose` what needs it; `hint` is shown when apt-get cannot be used. */
export function aptInstallOrExit({ pkg, missing, purpose, hint }) {
  const canApt = existsSync("/usr/bin/apt-get") && process.getuid?.() === 0;
  if (!canApt) {
    console.error(`${missing}. ${hint}`);
    process.exit(1);
  }
  console.log(`[vigie] installing Debian ${pkg} for ${purpose}…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", pkg], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

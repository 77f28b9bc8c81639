// Before the browser tests: finds Chromium (CHROMIUM_PATH or Debian's /usr/bin/chromium) and, on a
// Debian machine run as root, installs it with apt-get; otherwise explains what to do and stops.
import { existsSync } from "node:fs";
import { aptInstallOrExit } from "./apt-install.mjs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  aptInstallOrExit({
    pkg: "chromium",
    missing: `No Chromium at ${path}`,
    purpose: "the browser tests",
    hint: "Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.",
  });
}

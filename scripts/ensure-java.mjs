// Before the browser tests: the Nu HTML Checker (tests/e2e/rgaa.spec.ts, npm vnu-jar) needs a Java
// runtime, 11 or later. On a Debian machine run as root, installs one with apt-get; otherwise explains
// what to do and stops. (vnu-jar's own install script, which downloads a Java build, stays off.)
import { execFileSync } from "node:child_process";
import { aptInstallOrExit } from "./apt-install.mjs";

function hasJava() {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

if (!hasJava()) {
  aptInstallOrExit({
    pkg: "default-jre-headless",
    missing: "No Java runtime for the Nu HTML Checker",
    purpose: "the Nu HTML Checker",
    hint: "Install one (Debian/Ubuntu: sudo apt-get install -y default-jre-headless).",
  });
}

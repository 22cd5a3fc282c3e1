#!/usr/bin/env bash
# Installs what the browser tests need beyond npm packages: Debian's Chromium.
# Never downloads a browser build of its own (playwright-core drives the system Chromium).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "Chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi

run_as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

if command -v apt-get >/dev/null 2>&1 && run_as_root true; then
  echo "Installing Chromium from Debian's packages for the browser tests..."
  run_as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -qq chromium >/dev/null
  /usr/bin/chromium --version || true
else
  echo "Chromium is not installed and cannot be installed here (needs apt-get and root)."
  echo "The browser tests will be skipped; install the 'chromium' package to run them."
fi

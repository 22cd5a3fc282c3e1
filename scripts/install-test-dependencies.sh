#!/usr/bin/env bash
# Installs what the tests need beyond npm packages, from Debian's packages: Chromium for the
# browser tests (playwright-core drives the system Chromium; no browser build is downloaded)
# and nginx for the load-balancer test. What cannot be installed is reported, and the tests
# that need it are skipped, saying why.
set -euo pipefail

run_as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

can_install() {
  command -v apt-get >/dev/null 2>&1 && run_as_root true
}

updated=false
apt_install() {
  if [ "$updated" = false ]; then
    run_as_root apt-get update -qq
    updated=true
  fi
  DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -qq "$@" >/dev/null
}

if [ -x /usr/bin/chromium ]; then
  echo "Chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
elif can_install; then
  echo "Installing Chromium from Debian's packages for the browser tests..."
  apt_install chromium
  /usr/bin/chromium --version || true
else
  echo "Chromium is not installed and cannot be installed here (needs apt-get and root)."
  echo "The browser tests will be skipped; install the 'chromium' package to run them."
fi

# nginx-core is nginx without extra modules; the test runs its own instance on loopback ports
# with its own configuration, never the system service.
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  echo "nginx: $(/usr/sbin/nginx -v 2>&1 || echo present)"
elif can_install; then
  echo "Installing nginx from Debian's packages for the load-balancer test..."
  apt_install nginx-core
  /usr/sbin/nginx -v || true
else
  echo "nginx is not installed and cannot be installed here (needs apt-get and root)."
  echo "The load-balancer test will be skipped; install the 'nginx' package to run it."
fi

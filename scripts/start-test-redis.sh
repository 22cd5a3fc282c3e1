#!/usr/bin/env bash
# Makes a Redis server available for the tests and prints its URL on the last line.
# Installs Debian's redis-server package when it is missing and starts a throwaway server
# (no persistence, loopback only) when none answers on 127.0.0.1:6379. Prints nothing on the
# last line when no server can be had; the Redis tests then skip and say why.
set -uo pipefail

URL="redis://127.0.0.1:6379"

run_as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

reachable() {
  command -v redis-cli >/dev/null 2>&1 && [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]
}

if ! command -v redis-server >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && run_as_root true; then
    echo "Installing Redis from Debian's packages for the tests..." >&2
    run_as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -qq redis-server >/dev/null
  fi
fi

if ! reachable && command -v redis-server >/dev/null 2>&1; then
  run_as_root mkdir -p /var/lib/redis /var/log/redis
  run_as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
    --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log >&2 || true
  for _ in $(seq 1 30); do reachable && break; sleep 0.5; done
fi

if ! reachable; then
  echo "Redis is not available; the Redis tests will be skipped." >&2
  echo ""
  exit 0
fi

echo "Redis: $(redis-cli -h 127.0.0.1 -p 6379 info server 2>/dev/null | grep -m1 redis_version | tr -d '\r')" >&2
echo "$URL"

#!/usr/bin/env bash
# Makes a PostgreSQL server available for the store's tests and prints its URL on the last line.
# Installs Debian's postgresql package when it is missing, starts the cluster when it is down,
# and lets local TCP connections in without a password (trust), as the test URL has none.
# Prints nothing on the last line when no server can be had; the PostgreSQL tests then skip.
set -uo pipefail

URL="postgres://postgres@127.0.0.1:5432/test"

run_as_root() {
  if [ "$(id -u)" = "0" ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

reachable() {
  command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && run_as_root true; then
    echo "Installing PostgreSQL from Debian's packages for the store tests..." >&2
    run_as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -qq postgresql >/dev/null
  fi
fi

if ! reachable && command -v pg_ctlcluster >/dev/null 2>&1; then
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)"
  if [ -n "$version" ]; then
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    # A fresh install asks for passwords over TCP; the tests' throwaway server does not.
    if [ -f "$hba" ] && ! grep -q "dvibhashi-tests" "$hba"; then
      run_as_root sed -i '1i host all all 127.0.0.1/32 trust # dvibhashi-tests' "$hba" || true
    fi
    run_as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
    for _ in $(seq 1 30); do reachable && break; sleep 1; done
  fi
fi

if ! reachable; then
  echo "PostgreSQL is not available; the PostgreSQL store tests will be skipped." >&2
  echo ""
  exit 0
fi

if ! psql "postgres://postgres@127.0.0.1:5432/postgres" -tAc "select 1 from pg_database where datname = 'test'" 2>/dev/null | grep -q 1; then
  psql "postgres://postgres@127.0.0.1:5432/postgres" -qc "create database test" >&2 || true
fi
echo "PostgreSQL: $(psql "$URL" -tAc 'show server_version' 2>/dev/null)" >&2
echo "$URL"

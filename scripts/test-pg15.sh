#!/usr/bin/env bash
# Runs the unit, database and HTTP suites against Debian's PostgreSQL 15 — the oldest server the
# service supports with DATABASE_URL — instead of the embedded PostgreSQL 17. Needs root (installs
# postgresql-15 when missing); starts a throwaway cluster on a loopback port and removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
  echo "[pg15] installing postgresql-15 (Debian) for this run"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
fi
BIN=/usr/lib/postgresql/15/bin
DIR=$(mktemp -d /tmp/saraban-pg15-XXXXXX)
PORT=${PG15_PORT:-55415}
chown postgres "$DIR"
cleanup() {
  runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
runuser -u postgres -- "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/data" -w -l "$DIR/log" \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
echo "[pg15] $("$BIN/postgres" --version) on 127.0.0.1:$PORT"
TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres" node scripts/test.mjs --only unit

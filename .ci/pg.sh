#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for tests and benchmarks.
#   source .ci/pg.sh   -> exports LOTSE_TEST_POSTGRES_URL, defines pg_stop
set -euo pipefail
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
# A random port below the ephemeral range (32768-60999), so neither a stale server from
# an interrupted run nor a socket the kernel handed out can get in the way.
PG_PORT=${LOTSE_PG_PORT:-$((20000 + RANDOM % 10000))}
PG_DIR=$(mktemp -d /tmp/lotse-pg.XXXXXX)
chown postgres:postgres "$PG_DIR" 2>/dev/null || true
as_pg() { if [[ $(id -u) == 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
as_pg "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -w -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200' start" >/dev/null
export LOTSE_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
pg_stop() { as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
pg_createdb() { as_pg "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc 'CREATE DATABASE $1'" >/dev/null; echo "postgres://postgres@127.0.0.1:$PG_PORT/$1"; }

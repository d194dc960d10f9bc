#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster on 127.0.0.1 for the tests and benchmarks, and print its URL.
#   usage: scripts/throwaway_postgres.sh DIR [PORT]     (stop it with: pg_ctl -D DIR/data stop)
# Without PORT, a free one is chosen.
# Uses Debian's packages (apt-get install postgresql postgresql-contrib). Run as root, the cluster
# belongs to the postgres user, as PostgreSQL will not run as root.
set -euo pipefail
dir=${1:?usage: throwaway_postgres.sh DIR [PORT]}
port=${2:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "throwaway_postgres: no PostgreSQL server found (apt-get install postgresql postgresql-contrib)" >&2
  exit 1
fi
mkdir -p "$dir"
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
if [ ! -f "$dir/data/PG_VERSION" ]; then
  "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale C.UTF-8 >"$dir/initdb.log"
fi
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
echo "postgresql://postgres@127.0.0.1:$port/postgres"

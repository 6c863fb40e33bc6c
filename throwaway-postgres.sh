# Sourced by test.sh and bench.sh: start_throwaway_postgres <first port> [server options…] starts a PostgreSQL cluster in a
# temporary folder on the first free port from there, stopped and removed when the calling script ends (also on failure),
# and sets pg_port. initdb refuses root, so as root the server runs as the postgres user.
start_throwaway_postgres() {
  local first_port=$1; shift
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  pg_dir=$(mktemp -d /tmp/volunteers-pg-XXXXXX)
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; as_pg=(runuser -u postgres --); fi
  trap stop_throwaway_postgres EXIT
  pg_port=$first_port
  while (echo >"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U volunteers --auth=trust -E UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log"; exit 1; }
  local options="-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200"
  for option in "$@"; do options="$options -c $option"; done
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start -o "$options" >/dev/null \
    || { cat "$pg_dir/server.log"; exit 1; }
}

stop_throwaway_postgres() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}

#!/usr/bin/env bash
# PSMM's container entrypoint: the same environment as bin/psmm start (README.md,
# "Configuration"), applied by the same scripts (bin/lib/environment.sh, tls.sh, server.sh), then
# WildFly in the foreground (it gets the container's signals: `stop` shuts it down cleanly).
# A container listens beyond loopback (PSMM_BIND_ADDRESS=0.0.0.0): plain HTTP only redirects to
# HTTPS. The first administrator's random password is printed once in the container's log.
set -euo pipefail
root=/opt/psmm
server="$root/wildfly"
jar="$root/lib/psmm-core.jar"

say() { printf '%s\n' "$*"; }
fail() { printf 'psmm: %s\n' "$*" >&2; exit 1; }
# shellcheck source=../bin/lib/environment.sh
. "$root/bin/lib/environment.sh"
# shellcheck source=../bin/lib/tls.sh
. "$root/bin/lib/tls.sh"
# shellcheck source=../bin/lib/server.sh
. "$root/bin/lib/server.sh"

psmm_check_environment "$jar" || exit 1
export PSMM_DATA_DIR=${PSMM_DATA_DIR:-/var/lib/psmm}
bind=${PSMM_BIND_ADDRESS:-0.0.0.0}
[[ -w "$PSMM_DATA_DIR" ]] || fail "PSMM_DATA_DIR ($PSMM_DATA_DIR) is not writable by $(id -un) (uid $(id -u)): give the volume to that user"

psmm_wait_for_database 120 || fail "PSMM keeps its data in MariaDB and cannot reach it at $(psmm_db_address | tr ' ' :) (PSMM_DB_URL)"
psmm_prepare_server "$server" "$jar" "$bind" || exit 1
say "HTTPS certificate SHA-256: $(tls_fingerprint)"

# The first administrator's password, once: PSMM writes it when it creates the account.
first="$PSMM_DATA_DIR/initial-admin-password"
(
  for _ in $(seq 1 600); do
    if [[ -f "$first" ]]; then
      sleep 1
      # On a line of its own: the server's coloured console output shares the log.
      printf '\nFirst administrator: admin / %s  (shown once: keep it now)\n' "$(cat "$first")"
      rm -f "$first"
      exit 0
    fi
    sleep 1
  done
) &

psmm_server_command "$server" "$bind"
exec "${PSMM_SERVER_COMMAND[@]}"

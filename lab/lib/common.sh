# shellcheck shell=bash disable=SC2034  # variables are used by the sourcing scripts
# Shared definitions for the lab scripts (sourced, never run).
#
# Every path is absolute and derived from this file's location, so the scripts
# work from any checkout directory and from any current directory (CI runs them
# in a fresh clone somewhere else).

LAB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
VAR="$LAB_DIR/var"          # all run state; ignored by git (lab/.gitignore)
RUN="$VAR/run"              # our PID records (NAME.pid) and the daemons' own pid files
LOGS="$VAR/log"             # everything the servers write
KEYS="$VAR/keys"            # monitor's and the attacker's key pairs

# The three "machines": name, address, syslog facility of its sshd.
# Each sshd logs with its own facility so rsyslog can give each host its own
# auth.log, as if they were separate machines.
LAB_HOSTS=(lab-ftp lab-web lab-sql)
declare -A HOST_ADDR=([lab-ftp]=127.0.0.11 [lab-web]=127.0.0.12 [lab-sql]=127.0.0.13)
declare -A HOST_FACILITY=([lab-ftp]=LOCAL1 [lab-web]=LOCAL2 [lab-sql]=LOCAL3)
declare -A HOST_SERVICE=([lab-ftp]=ftp [lab-web]=web [lab-sql]=sql)
SSH_PORT=22

MONITOR_USER=monitor        # PSMM's account: key only, passwordless sudo
NOSUDO_USER=nosudo          # same key, no sudo: lets tests see "monitor lacks sudo"
FTP_USER=ftpuser            # real FTP account (system user, password)
WEB_USER=webuser            # nginx basic-auth account (htpasswd)
SQL_USER=labuser            # lab MariaDB account
SQL_DB=labdb
SQL_SOCKET="$RUN/lab-sql/mariadb.sock"
SUDOERS_FILE=/etc/sudoers.d/psmm-lab-monitor

say() { printf 'lab: %s\n' "$*" >&2; }     # stdout is reserved for JSON
die() { printf 'lab: error: %s\n' "$*" >&2; exit 1; }

need_root() { [ "$(id -u)" = 0 ] || die "must run as root (starts servers on port 22/21/80, creates users)"; }

is_lab_host() { [ -n "${HOST_ADDR[$1]:-}" ]; }

# --- processes ---------------------------------------------------------------
# We record the PID of every daemon we start in $RUN/NAME.pid and only ever
# signal a PID whose /proc/PID/exe is still the binary we started, so a stale
# record (reboot, PID reuse) can never make us kill someone else's process.

pid_of() {   # NAME EXE -> prints the live PID or returns 1
  local f="$RUN/$1.pid" pid
  [ -r "$f" ] || return 1
  pid="$(cat "$f")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  # An upgrade of the package (apt) replaces the binary under a running daemon: its exe then reads
  # "BINARY (deleted)", and it is still the daemon we started.
  case "$(readlink "/proc/$pid/exe" 2>/dev/null)" in
    "$2" | "$2 (deleted)") ;;
    *) return 1 ;;
  esac
  printf '%s\n' "$pid"
}

# start_daemon NAME EXE ARGS...: runs EXE in the foreground mode of the daemon,
# in the background, in its own session (setsid: a Ctrl-C or a kill of the
# caller's process group must not take the lab down), with stdio detached (a
# caller reading `lab/up`'s stdout through a pipe must get EOF).
start_daemon() {
  local name="$1" exe="$2"; shift 2
  mkdir -p "$LOGS/daemons"
  # 3>&-: the scripts keep their real stdout on fd 3 (for the JSON); a daemon holding it would
  # keep whoever reads that output (Maven, a test) waiting for an end that never comes.
  setsid "$exe" "$@" </dev/null >>"$LOGS/daemons/$name.out" 2>&1 3>&- &
  local pid=$!
  echo "$pid" >"$RUN/$name.pid"
  # setsid does not fork when the caller is not a process-group leader, so
  # $! becomes the daemon itself once it has exec'd; check it.
  local i
  for i in $(seq 50); do
    [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$exe" ] && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  tail -n 20 "$LOGS/daemons/$name.out" >&2 || true
  die "$name did not start (see $LOGS/daemons/$name.out)"
}

# stop_daemon NAME EXE [with-children]: TERM, wait, KILL if needed. With
# "with-children", the daemon's direct children (sshd's per-connection
# processes) are ended too, by their PIDs, so a stopped host is really down.
stop_daemon() {
  local name="$1" exe="$2" children="${3:-}" pid kids i
  if ! pid="$(pid_of "$name" "$exe")"; then rm -f "$RUN/$name.pid"; return 0; fi
  kids=""
  if [ -n "$children" ]; then
    kids="$(ps -o pid= --ppid "$pid" 2>/dev/null | tr -d ' ' | tr '\n' ' ' || true)"
  fi
  say "stopping $name (pid $pid${kids:+, children $kids})"
  kill -TERM "$pid" 2>/dev/null || true
  # shellcheck disable=SC2086
  if [ -n "$kids" ]; then kill -TERM $kids 2>/dev/null || true; fi
  for i in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; sleep 0.2; fi
  rm -f "$RUN/$name.pid"
}

wait_tcp() {   # ADDR PORT: until something listens there (max ~10 s).
  # Checked with ss rather than by connecting: a probe connection would be
  # logged by the server as noise (sshd: "kex_exchange_identification").
  local i
  for i in $(seq 100); do
    port_taken "$1" "$2" && return 0
    sleep 0.1
  done
  return 1
}

port_taken() {  # ADDR PORT: true if anyone listens there (ours or not)
  ss -Hltn "src $1:$2" 2>/dev/null | grep -q .
}

# --- sshd ---------------------------------------------------------------------

host_dir() { printf '%s\n' "$VAR/hosts/$1"; }

gen_host_keys() {   # HOST [force]: the host's own keys, never /etc/ssh's
  local d t; d="$(host_dir "$1")"
  mkdir -p "$d"; chmod 0755 "$d"
  for t in ed25519 ecdsa rsa; do
    if [ "${2:-}" = force ]; then rm -f "$d/ssh_host_${t}_key" "$d/ssh_host_${t}_key.pub"; fi
    if [ ! -s "$d/ssh_host_${t}_key" ]; then
      ssh-keygen -q -t "$t" -N '' -C "root@$1" -f "$d/ssh_host_${t}_key" </dev/null >/dev/null
    fi
    chmod 0600 "$d/ssh_host_${t}_key"
  done
}

# The lab's hosts stand for machines whose own /etc/ssh/sshd_config is hardened: the rules live
# in a drop-in that Debian's sshd_config includes, and every lab sshd includes it too. So
# `sudo sshd -T` on a lab host (PSMM's hardening audit) reports what the lab's sshd enforces.
HARDENING_CONF=/etc/ssh/sshd_config.d/psmm-lab-hardening.conf
write_hardening_config() {
  mkdir -p /etc/ssh/sshd_config.d
  cat >"$HARDENING_CONF" <<'CONF'
# Written by PSMM's lab/up: the brief's rules for every server (no root, keys only).
PermitRootLogin no
PasswordAuthentication no
KbdInteractiveAuthentication no
CONF
  chmod 0644 "$HARDENING_CONF"
}

write_sshd_config() {   # HOST
  local h="$1" d; d="$(host_dir "$h")"
  write_hardening_config
  cat >"$d/sshd_config" <<CONF
# sshd for $h (written by lab/up; edits are overwritten)
ListenAddress ${HOST_ADDR[$h]}
Port $SSH_PORT
HostKey $d/ssh_host_ed25519_key
HostKey $d/ssh_host_ecdsa_key
HostKey $d/ssh_host_rsa_key
PidFile $RUN/sshd-$h.own.pid
# Own facility -> own auth.log through rsyslog (lab/var/log/$h/auth.log).
SyslogFacility ${HOST_FACILITY[$h]}
# VERBOSE logs key fingerprints and "Failed publickey" lines, as admins set it.
LogLevel VERBOSE
Include $HARDENING_CONF
PubkeyAuthentication yes
# PAM as on Debian: account checks and the pam_unix session lines in auth.log.
UsePAM yes
X11Forwarding no
PrintMotd no
AcceptEnv LANG LC_*
Subsystem sftp /usr/lib/openssh/sftp-server
CONF
}

start_sshd() {   # HOST (idempotent)
  local h="$1"
  if pid_of "sshd-$h" /usr/sbin/sshd >/dev/null; then say "sshd-$h already running"; return 0; fi
  port_taken "${HOST_ADDR[$h]}" "$SSH_PORT" && die "${HOST_ADDR[$h]}:$SSH_PORT is taken by a process lab/up did not record"
  mkdir -p /run/sshd; chmod 0755 /run/sshd     # privilege-separation dir (systemd makes it elsewhere)
  # who -u (sessions, issue 18) needs utmp, which these containers lack; sshd writes it if it exists.
  [ -e /run/utmp ] || install -m 664 -g utmp /dev/null /run/utmp
  gen_host_keys "$h"
  write_sshd_config "$h"
  /usr/sbin/sshd -t -f "$(host_dir "$h")/sshd_config" || die "sshd config for $h is invalid"
  # -D: stay in the foreground so the PID we record is the listener's.
  start_daemon "sshd-$h" /usr/sbin/sshd -D -f "$(host_dir "$h")/sshd_config"
  wait_tcp "${HOST_ADDR[$h]}" "$SSH_PORT" || die "sshd-$h does not accept connections"
  say "sshd-$h listening on ${HOST_ADDR[$h]}:$SSH_PORT"
}

stop_sshd() { stop_daemon "sshd-$1" /usr/sbin/sshd with-children; }

# known_hosts for all lab hosts, from the current host keys.
write_known_hosts() {
  local h t
  : >"$VAR/known_hosts.new"
  for h in "${LAB_HOSTS[@]}"; do
    for t in ed25519 ecdsa rsa; do
      [ -s "$(host_dir "$h")/ssh_host_${t}_key.pub" ] || continue
      printf '%s %s\n' "${HOST_ADDR[$h]}" "$(cut -d' ' -f1,2 "$(host_dir "$h")/ssh_host_${t}_key.pub")" >>"$VAR/known_hosts.new"
    done
  done
  chmod 0644 "$VAR/known_hosts.new"; mv "$VAR/known_hosts.new" "$VAR/known_hosts"
}

# JSON array of a host's keys: type, SHA256 fingerprint, public key line.
host_keys_json() {
  local h="$1" t pub fp
  for t in ed25519 ecdsa rsa; do
    pub="$(host_dir "$h")/ssh_host_${t}_key.pub"
    [ -s "$pub" ] || continue
    fp="$(ssh-keygen -l -E sha256 -f "$pub" | awk '{print $2}')"
    jq -nc --arg type "$(cut -d' ' -f1 "$pub")" --arg fp "$fp" --arg key "$(cut -d' ' -f1,2 "$pub")" \
      '{type:$type, fingerprint:$fp, public_key:$key}'
  done | jq -sc .
}

# Account passwords: generated once, kept in lab/var/accounts.env (0600) so a
# second lab/up prints (and sets) the same ones.
load_secrets() {
  local f="$VAR/accounts.env"
  if [ ! -s "$f" ]; then
    umask 077
    {
      printf 'FTP_PASSWORD=%s\n' "$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 14)"
      printf 'WEB_PASSWORD=%s\n' "$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 14)"
      printf 'SQL_PASSWORD=%s\n' "$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 14)"
    } >"$f"
    umask 022
  fi
  # shellcheck disable=SC1090
  . "$f"
}

# Log files per host: the ones PSMM reads for auth failures, with the format
# name PSMM's parsers use.
host_logs_json() {
  local h="$1"
  case "$h" in
    lab-ftp) jq -nc --arg a "$LOGS/lab-ftp/auth.log" --arg b "$LOGS/lab-ftp/vsftpd.log" \
               '[{path:$a, format:"sshd"}, {path:$b, format:"vsftpd"}]' ;;
    lab-web) jq -nc --arg a "$LOGS/lab-web/auth.log" --arg b "$LOGS/lab-web/nginx-error.log" \
               '[{path:$a, format:"sshd"}, {path:$b, format:"nginx"}]' ;;
    lab-sql) jq -nc --arg a "$LOGS/lab-sql/auth.log" --arg b "$LOGS/lab-sql/mariadb-error.log" \
               '[{path:$a, format:"sshd"}, {path:$b, format:"mariadb"}]' ;;
  esac
}

# Other files the servers write that hold no auth failures of their own.
host_other_logs_json() {
  case "$1" in
    lab-ftp) jq -nc --arg a "$LOGS/lab-ftp/xferlog" '[{path:$a, format:"xferlog"}]' ;;
    lab-web) jq -nc --arg a "$LOGS/lab-web/nginx-access.log" '[{path:$a, format:"nginx-access"}]' ;;
    lab-sql) echo '[]' ;;
  esac
}

host_json() {   # HOST -> one JSON object
  local h="$1" up=false
  pid_of "sshd-$h" /usr/sbin/sshd >/dev/null && up=true
  jq -nc --arg name "$h" --arg addr "${HOST_ADDR[$h]}" --argjson port "$SSH_PORT" \
     --arg user "$MONITOR_USER" --arg svc "${HOST_SERVICE[$h]}" --argjson up "$up" \
     --arg fac "${HOST_FACILITY[$h]}" \
     --argjson keys "$(host_keys_json "$h")" --argjson logs "$(host_logs_json "$h")" \
     --argjson other "$(host_other_logs_json "$h")" \
     '{name:$name, address:$addr, ssh_port:$port, ssh_user:$user, ssh_up:$up,
       service:$svc, sshd_syslog_facility:$fac, host_keys:$keys, logs:$logs, other_logs:$other}'
}

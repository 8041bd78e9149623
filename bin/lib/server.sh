# Sourced by bin/psmm and docker/entrypoint.sh, so that both start one PSMM the same way from the
# same environment: the steps that make a server copy ready, and its command line. Needs $root
# (where bin/ and wildfly-config/ are), bin/lib/tls.sh, and say/fail.

# Whether ADDRESS is this machine's loopback: only there may plain HTTP serve the console.
psmm_loopback() {  # ADDRESS
  [[ "$1" == 127.* || "$1" == localhost || "$1" == ::1 ]]
}

# The HTTPS certificate first (the directory step's embedded server opens the key store the
# configuration names), then the company directory of the environment (PSMM_LDAP_*, or none),
# HTTPS only beyond loopback, and PSMM's own data directory (0700).
psmm_prepare_server() {  # SERVER CORE_JAR BIND_ADDRESS [PROFILE]
  tls_prepare "$3"
  "$root/wildfly-config/configure-directory.sh" "$1" "$2" ${4:+"$4"} || return 1
  if ! psmm_loopback "$3"; then
    export PSMM_HTTPS_ONLY=true
  fi
  mkdir -p "$PSMM_DATA_DIR"
  chmod 700 "$PSMM_DATA_DIR"
}

# Sets PSMM_SERVER_COMMAND: standalone.sh with the environment's ports and address. The public
# HTTPS port (where plain HTTP redirects to) is PSMM_HTTPS_PUBLIC_PORT when the port people reach
# is not the server's own (a container's published port), else the HTTPS port plus the offset.
psmm_server_command() {  # SERVER BIND_ADDRESS
  local http=${PSMM_HTTP_PORT:-8080} https=${PSMM_HTTPS_PORT:-8443} offset=${PSMM_PORT_OFFSET:-0}
  PSMM_SERVER_COMMAND=("$1/bin/standalone.sh" -b "$2" -Djboss.http.port="$http" -Djboss.https.port="$https"
    -Dpsmm.https.public.port="${PSMM_HTTPS_PUBLIC_PORT:-$((https + offset))}"
    -Djboss.socket.binding.port-offset="$offset")
}

# host and port of PSMM_DB_URL (jdbc:mariadb://host:port/db?...), default 127.0.0.1:3306
psmm_db_address() {
  local url=${PSMM_DB_URL:-jdbc:mariadb://127.0.0.1:3306/psmm}
  local hostport=${url#*://}
  hostport=${hostport%%/*}
  hostport=${hostport%%,*}
  local host=${hostport%:*} port=3306
  [[ "$hostport" == *:* ]] && port=${hostport##*:}
  echo "$host $port"
}

# Waits up to SECONDS for PSMM_DB_URL's port to accept connections: the server's job repository
# connects at boot, and a database started beside PSMM (compose) may still be starting.
psmm_wait_for_database() {  # SECONDS
  local host port waited=0
  read -r host port < <(psmm_db_address)
  until timeout 3 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null; do
    (( waited == 0 )) && say "Waiting for the database at $host:$port..."
    (( waited >= $1 )) && return 1
    sleep 2
    waited=$((waited + 2))
  done
}

# Adds to PSMM_SERVER_COMMAND what makes this server node N of a cluster: the HA profile
# (standalone-ha.xml: JGroups over TCP, distributed web sessions, timers in the database store),
# the node's name, the address JGroups listens on (PSMM_CLUSTER_ADDRESS, else the bind address,
# else loopback) and its peers: PSMM_CLUSTER_PEERS (host[:port],..., port 7600 by default) for
# nodes on several machines, else nodes 1 to 4 of this machine, 50 ports apart from
# PSMM_PORT_OFFSET of node 1 (bin/psmm gives node N its offset).
psmm_cluster_arguments() {  # NODE BIND_ADDRESS
  local node=$1 bind=$2 address peers=() k host port
  address=${PSMM_CLUSTER_ADDRESS:-$bind}
  [[ "$address" == 0.0.0.0 ]] && address=127.0.0.1
  if [[ -n "${PSMM_CLUSTER_PEERS:-}" ]]; then
    IFS=',' read -r -a peers <<< "${PSMM_CLUSTER_PEERS// /}"
  else
    local first=$(( ${PSMM_PORT_OFFSET:-0} - 50 * (node - 1) ))
    for k in 1 2 3 4; do peers+=("$address:$((7600 + first + 50 * (k - 1)))"); done
  fi
  PSMM_SERVER_COMMAND+=(-c standalone-ha.xml -Djboss.node.name="psmm-node-$node" -Dpsmm.node="$node"
    -Djboss.bind.address.private="$address")
  for k in 1 2 3 4; do
    local peer=${peers[$(( (k - 1) % ${#peers[@]} ))]}
    if [[ "$peer" =~ ^(.*):([0-9]+)$ && "$peer" != *] ]]; then
      host=${BASH_REMATCH[1]} port=${BASH_REMATCH[2]}
    else
      host=$peer port=7600
    fi
    host=${host#[}; host=${host%]}
    PSMM_SERVER_COMMAND+=(-Dpsmm.cluster.peer.$k.host="$host" -Dpsmm.cluster.peer.$k.port="$port")
  done
}

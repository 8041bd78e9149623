#!/usr/bin/env bash
# The entrypoint of localhost/psmm-mariadb (docker/base-images), for machines without a registry;
# elsewhere compose.yaml uses the official mariadb image, whose variables this one takes:
# MARIADB_DATABASE, MARIADB_USER, MARIADB_PASSWORD (PSMM's account, all rights on that database;
# an empty password is refused: the server listens beyond the container). On an empty volume it
# creates the data directory and the account once; root stays reachable only from inside the
# container (unix socket). Then mariadbd runs in the foreground on 0.0.0.0:3306.
set -euo pipefail
datadir=/var/lib/mysql
: "${MARIADB_DATABASE:=psmm}" "${MARIADB_USER:=psmm}"
[[ -n "${MARIADB_PASSWORD:-}" ]] || { echo "mariadb-entrypoint: MARIADB_PASSWORD is needed" >&2; exit 1; }
[[ "$MARIADB_DATABASE" =~ ^[A-Za-z0-9_]{1,64}$ ]] || { echo "mariadb-entrypoint: MARIADB_DATABASE must be letters, digits or _" >&2; exit 1; }
[[ "$MARIADB_USER" =~ ^[A-Za-z0-9_]{1,80}$ ]] || { echo "mariadb-entrypoint: MARIADB_USER must be letters, digits or _" >&2; exit 1; }
mkdir -p /run/mysqld "$datadir"
chown mysql:mysql /run/mysqld "$datadir"

if [[ ! -d "$datadir/mysql" ]]; then
  echo "mariadb-entrypoint: first start, creating $datadir"
  mariadb-install-db --user=mysql --datadir="$datadir" --skip-test-db --auth-root-authentication-method=socket > /dev/null
  mariadbd --user=mysql --datadir="$datadir" --skip-networking --socket=/run/mysqld/init.sock &
  pid=$!
  for _ in $(seq 1 60); do
    mariadb-admin --socket=/run/mysqld/init.sock ping >/dev/null 2>&1 && break
    sleep 1
  done
  # The password goes through stdin, escaped for a SQL string, never on a command line.
  password=${MARIADB_PASSWORD//\\/\\\\}
  password=${password//\'/\\\'}
  mariadb --socket=/run/mysqld/init.sock <<SQL
CREATE DATABASE IF NOT EXISTS \`$MARIADB_DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$MARIADB_USER'@'%' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$MARIADB_DATABASE\`.* TO '$MARIADB_USER'@'%';
FLUSH PRIVILEGES;
SQL
  mariadb-admin --socket=/run/mysqld/init.sock shutdown
  wait "$pid" || true
  echo "mariadb-entrypoint: database $MARIADB_DATABASE and user $MARIADB_USER created"
fi

exec mariadbd --user=mysql --datadir="$datadir" --bind-address=0.0.0.0 --port=3306 \
  --socket=/run/mysqld/mysqld.sock --skip-name-resolve "$@"

#!/usr/bin/env bash
# Builds PSMM's WildFly from the wildfly-dist zip: unpack, add the MariaDB driver module, apply
# the CLI scripts. Galleon provisioning is not used: it needs a repository these machines cannot
# reach. Re-provisions only when the zip, the driver or a script changed since the last run.
set -euo pipefail
zip=$1 driver=$2 target_dir=$3
here=$(cd "$(dirname "$0")" && pwd)
server="$target_dir/wildfly"
stamp="$server/.psmm-provisioned"

inputs_sum=$( (sha256sum "$zip" "$driver" | cut -d' ' -f1; cat "$here"/cli/*.cli "$here"/cli/ha/*.cli "$here"/modules/org/mariadb/jdbc/main/module.xml "$0") | sha256sum | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$inputs_sum" ]]; then
  echo "WildFly already provisioned at $server"
  exit 0
fi

rm -rf "$server" "$target_dir/wildfly-unpack"
mkdir -p "$target_dir/wildfly-unpack"
unzip -q "$zip" -d "$target_dir/wildfly-unpack"
mv "$target_dir"/wildfly-unpack/wildfly-* "$server"
rmdir "$target_dir/wildfly-unpack"

module_dir="$server/modules/org/mariadb/jdbc/main"
mkdir -p "$module_dir"
cp "$here/modules/org/mariadb/jdbc/main/module.xml" "$module_dir/"
cp "$driver" "$module_dir/mariadb-java-client.jar"

# The HTTPS key store is named by ${env.PSMM_TLS_KEYSTORE}, which Elytron resolves even in an
# admin-only embedded server: a throwaway one stands in while the CLI runs, then is deleted.
provision_tls="$target_dir/provision-tls"
rm -rf "$provision_tls" && mkdir -p "$provision_tls"
provision_pass=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
keytool -genkeypair -alias psmm -keyalg RSA -keysize 2048 -validity 1 -dname CN=provisioning -storetype PKCS12 \
  -keystore "$provision_tls/psmm.p12" -storepass "$provision_pass" > /dev/null 2>&1

# The embedded server is never left with the CLI's history or a half-written config: on failure
# the server folder is removed so the next build starts clean.
if ! PSMM_TLS_KEYSTORE="$provision_tls/psmm.p12" PSMM_TLS_KEYSTORE_PASSWORD="$provision_pass" \
    JAVA_OPTS="-Djava.awt.headless=true" "$server/bin/jboss-cli.sh" --file="$here/cli/configure-psmm.cli" > "$target_dir/configure-psmm.log" 2>&1; then
  rm -rf "$provision_tls"
  cat "$target_dir/configure-psmm.log" >&2
  rm -rf "$server"
  echo "WildFly configuration failed (see above)" >&2
  exit 1
fi
# The cluster's profile (bin/psmm start --node N): standalone-ha.xml with the same PSMM
# configuration, its timer service turned to the database store first (cli/ha/timers.cli) and
# JGroups over TCP last (cli/ha/cluster.cli).
ha_script="$target_dir/configure-psmm-ha.cli"
awk -v timers="$here/cli/ha/timers.cli" -v cluster="$here/cli/ha/cluster.cli" '
  /^embed-server / { sub(/--server-config=standalone.xml/, "--server-config=standalone-ha.xml") }
  /^run-batch/ { while ((getline l < cluster) > 0) print l }
  { print }
  /^batch$/ { while ((getline l < timers) > 0) print l }
' "$here/cli/configure-psmm.cli" > "$ha_script"
if ! PSMM_TLS_KEYSTORE="$provision_tls/psmm.p12" PSMM_TLS_KEYSTORE_PASSWORD="$provision_pass" \
    JAVA_OPTS="-Djava.awt.headless=true" "$server/bin/jboss-cli.sh" --file="$ha_script" > "$target_dir/configure-psmm-ha.log" 2>&1; then
  rm -rf "$provision_tls"
  cat "$target_dir/configure-psmm-ha.log" >&2
  rm -rf "$server"
  echo "WildFly configuration of the cluster profile failed (see above)" >&2
  exit 1
fi
rm -rf "$provision_tls"
rm -rf "$server/standalone/data" "$server/standalone/log" "$server/standalone/tmp" "$server/standalone/configuration/standalone_xml_history"
# configure-directory.sh starts from this copy each time it gives a server copy its directory.
cp "$server/standalone/configuration/standalone.xml" "$server/standalone/configuration/standalone.xml.provisioned"
cp "$server/standalone/configuration/standalone-ha.xml" "$server/standalone/configuration/standalone-ha.xml.provisioned"
echo "$inputs_sum" > "$stamp"
echo "WildFly provisioned at $server"

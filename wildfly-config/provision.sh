#!/usr/bin/env bash
# Builds PSMM's WildFly from the wildfly-dist zip: unpack, add the MariaDB driver module, apply
# the CLI scripts. Galleon provisioning is not used: it needs a repository these machines cannot
# reach. Re-provisions only when the zip, the driver or a script changed since the last run.
set -euo pipefail
zip=$1 driver=$2 target_dir=$3
here=$(cd "$(dirname "$0")" && pwd)
server="$target_dir/wildfly"
stamp="$server/.psmm-provisioned"

inputs_sum=$( (sha256sum "$zip" "$driver" | cut -d' ' -f1; cat "$here"/cli/*.cli "$here"/modules/org/mariadb/jdbc/main/module.xml "$0") | sha256sum | cut -d' ' -f1)
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

# The embedded server is never left with the CLI's history or a half-written config: on failure
# the server folder is removed so the next build starts clean.
if ! JAVA_OPTS="-Djava.awt.headless=true" "$server/bin/jboss-cli.sh" --file="$here/cli/configure-psmm.cli" > "$target_dir/configure-psmm.log" 2>&1; then
  cat "$target_dir/configure-psmm.log" >&2
  rm -rf "$server"
  echo "WildFly configuration failed (see above)" >&2
  exit 1
fi
rm -rf "$server/standalone/data" "$server/standalone/log" "$server/standalone/tmp" "$server/standalone/configuration/standalone_xml_history"
# configure-directory.sh starts from this copy each time it gives a server copy its directory.
cp "$server/standalone/configuration/standalone.xml" "$server/standalone/configuration/standalone.xml.provisioned"
echo "$inputs_sum" > "$stamp"
echo "WildFly provisioned at $server"

#!/usr/bin/env bash
# configure-directory.sh SERVER_DIR CORE_JAR [CONFIG]
#
# Gives a copy of PSMM's server the company directory of the environment (PSMM_LDAP_*, see
# README.md) just before it starts: bin/psmm start and the integration tests call it. Starts
# again from the configuration as provisioned every time, so unsetting PSMM_LDAP_URL turns the
# directory off. Nothing secret is written: the bind password stays ${env.PSMM_LDAP_BIND_PASSWORD}.
# Re-applies only when the directory settings changed. CONFIG is standalone.xml (the default) or
# standalone-ha.xml (a node of a cluster: bin/psmm start --node N).
set -euo pipefail
server=$1 jar=$2 profile=${3:-standalone.xml}
config="$server/standalone/configuration"
provisioned="$config/$profile.provisioned"
stamp="$config/.psmm-directory${3:+-$profile}"
[[ -f "$provisioned" ]] || { echo "configure-directory: $provisioned is missing: provision the server again" >&2; exit 1; }

script=$(mktemp)
trap 'rm -f "$script"' EXIT
set +e
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar" org.psmm.core.directory.ElytronDirectoryScript \
  "$config/psmm-ldap-trust.p12" > "$script"
rc=$?
set -e
case $rc in
  0) [[ "$profile" == standalone.xml ]] || sed -i "s/--server-config=standalone\.xml /--server-config=$profile /" "$script" ;;
  3) : > "$script" ;;  # no directory: local users only
  *) echo "psmm: the directory settings are wrong (see above)" >&2; exit 1 ;;
esac

# An if, not &&: without a directory the test is false, and under pipefail that failed the script.
sum=$( (cat "$provisioned" "$script"
        if [[ -f "$config/psmm-ldap-trust.p12" && -s "$script" ]]; then sha256sum < "$config/psmm-ldap-trust.p12"; fi
       ) | sha256sum | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$sum" ]]; then
  exit 0
fi
cp "$provisioned" "$config/$profile"
if [[ -s "$script" ]]; then
  if ! JAVA_OPTS="-Djava.awt.headless=true" "$server/bin/jboss-cli.sh" --file="$script" > "$server/configure-directory.log" 2>&1; then
    cat "$server/configure-directory.log" >&2
    cp "$provisioned" "$config/$profile"
    echo "psmm: configuring the directory failed (see above)" >&2
    exit 1
  fi
  rm -rf "$config/standalone_xml_history" "$config/standalone-ha_xml_history"
  echo "Directory sign-in configured: ${PSMM_LDAP_URL}"
fi
echo "$sum" > "$stamp"

# Sourced by bin/psmm and bin/psmm-logcheck: core's jar, built when missing or older than its
# sources or poms. Needs $root (the checkout); prints the jar's path, or fails with PREFIX's
# message on stderr.
core_jar() {  # PREFIX
  local prefix="$1" jar=""
  jar="$(core_jar_found)"
  if [ -z "$jar" ] || [ -n "$(find "$root/core/src/main" "$root/core/pom.xml" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
    local mvn_cmd=mvn
    [ -x "$root/mvnw" ] && mvn_cmd="$root/mvnw"
    echo "$prefix: building core ($(basename "$mvn_cmd") -q -f core/pom.xml -DskipTests package)..." >&2
    # Like -pl core, builds core alone; -f also works in a checkout that lacks the other modules.
    if ! (cd "$root" && "$mvn_cmd" -q -f core/pom.xml -DskipTests package >&2); then
      echo "$prefix: building core failed" >&2
      return 1
    fi
    jar="$(core_jar_found)"
  fi
  printf '%s\n' "$jar"
}

core_jar_found() {
  local jar
  for jar in "$root"/core/target/psmm-core-*.jar; do
    case "$jar" in *-sources.jar | *-javadoc.jar | *-tests.jar) continue ;; esac
    [ -f "$jar" ] && { printf '%s\n' "$jar"; return 0; }
  done
  # No jar yet: an empty answer, not a failure (set -e would end the caller silently).
  return 0
}

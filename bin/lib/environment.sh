# Sourced by bin/psmm and docker/entrypoint.sh: PSMM's environment made forgiving, then checked
# before anything starts. An empty PSMM_* variable (or TZ) is unset, so it means the default as if
# it were not given (`export PSMM_DB_PASSWORD=` is "no password"; the server's expressions such as
# ${env.PSMM_SMTP_HOST:localhost} would otherwise take the empty value); then core's
# EnvironmentCheck says, one sentence per variable, what is wrong (a port that is not a number, an
# unknown time zone, an unreadable key store...) and warns about PSMM_ names it does not know.

psmm_check_environment() {  # CORE_JAR
  local name
  while IFS= read -r name; do
    [[ -z "${!name}" ]] && unset "$name"
  done < <(compgen -e | grep -E '^(PSMM_[A-Z0-9_]+|TZ)$' || true)
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$1" org.psmm.core.config.EnvironmentCheck
}

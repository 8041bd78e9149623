#!/usr/bin/env bash
# The image's HEALTHCHECK: PSMM's own health over plain HTTP on loopback (the health check is the
# one answer plain HTTP gives beyond a redirect), on the port the environment gives the server.
set -eu
port=$(( ${PSMM_HTTP_PORT:-8080} + ${PSMM_PORT_OFFSET:-0} ))
curl -fsS -m 8 "http://127.0.0.1:$port/psmm/api/health" | grep -q '"status":"UP"'

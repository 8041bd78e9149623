#!/bin/sh
# Installs what core's SSH tests need: they start a throwaway OpenSSH server (sshd) on
# 127.0.0.1 as root, with a test account psmm-sshtest that has passwordless sudo for
# /usr/bin/id only, and compare fingerprints with ssh-keygen. The tests fail (never skip)
# when these are missing. Idempotent; run as root (CI runs it before `mvn test`).
set -eu
missing=""
[ -x /usr/sbin/sshd ] || missing="$missing openssh-server"
[ -x /usr/bin/ssh-keygen ] || missing="$missing openssh-client"
[ -x /usr/bin/sudo ] || missing="$missing sudo"
[ -x /usr/sbin/useradd ] || missing="$missing passwd"
if [ -n "$missing" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing
fi

# Sourced by bin/psmm: PSMM's HTTPS certificate. PSMM_TLS_KEYSTORE (PKCS12) with
# PSMM_TLS_KEYSTORE_PASSWORD when given; else a self-signed one made once under
# $PSMM_DATA_DIR/tls (its password beside it, 0600). Exports both variables for the server (which
# reads them at start: nothing of them is written into its configuration) and writes the
# certificate as PEM beside, for local tools (bin/psmm restore's curl) to verify it.

tls_dir() { printf '%s\n' "$PSMM_DATA_DIR/tls"; }

tls_prepare() {  # BIND_ADDRESS
  command -v keytool >/dev/null || fail "keytool (from the JDK) is needed for PSMM's HTTPS certificate"
  local dir ks pwfile
  dir="$(tls_dir)"
  mkdir -p "$dir" && chmod 700 "$dir"
  if [[ -n "${PSMM_TLS_KEYSTORE:-}" ]]; then
    [[ -r "$PSMM_TLS_KEYSTORE" ]] || fail "PSMM_TLS_KEYSTORE is not a readable file: $PSMM_TLS_KEYSTORE"
    [[ -n "${PSMM_TLS_KEYSTORE_PASSWORD:-}" ]] || fail "PSMM_TLS_KEYSTORE_PASSWORD is needed with PSMM_TLS_KEYSTORE"
    PSMM_TLS_KEYSTORE=$(readlink -f "$PSMM_TLS_KEYSTORE")
  else
    ks="$dir/psmm.p12" pwfile="$dir/psmm.p12.password"
    if [[ ! -s "$ks" || ! -s "$pwfile" ]]; then
      rm -f "$ks"
      (umask 077; head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 > "$pwfile")
      local san="IP:127.0.0.1,DNS:localhost" host
      host=$(hostname -f 2>/dev/null || hostname)
      [[ -n "$host" && "$host" != localhost ]] && san="$san,DNS:$host"
      [[ "$1" != 0.0.0.0 && "$1" != 127.0.0.1 && "$1" =~ ^[0-9.]+$ ]] && san="$san,IP:$1"
      PSMM_TLS_KEYSTORE_PASSWORD=$(cat "$pwfile") keytool -genkeypair -alias psmm -keyalg RSA -keysize 3072 \
        -validity 825 -dname "CN=${host:-localhost}, O=PSMM" -ext "SAN=$san" -storetype PKCS12 \
        -keystore "$ks" -storepass:env PSMM_TLS_KEYSTORE_PASSWORD >/dev/null 2>&1 ||
        fail "keytool could not make PSMM's HTTPS certificate in $dir"
      chmod 600 "$ks"
      say "Made a self-signed HTTPS certificate for $san in $ks (set PSMM_TLS_KEYSTORE to use your own)"
    fi
    PSMM_TLS_KEYSTORE=$ks
    PSMM_TLS_KEYSTORE_PASSWORD=$(cat "$pwfile")
  fi
  export PSMM_TLS_KEYSTORE PSMM_TLS_KEYSTORE_PASSWORD
  # The first certificate of the store, whatever its entry's alias: the server's own (a chain lists it first).
  local listing
  listing=$(keytool -list -rfc -storetype PKCS12 -keystore "$PSMM_TLS_KEYSTORE" -storepass:env PSMM_TLS_KEYSTORE_PASSWORD 2>/dev/null) ||
    fail "PSMM_TLS_KEYSTORE cannot be opened with PSMM_TLS_KEYSTORE_PASSWORD (a PKCS12 key store with one key is needed)"
  printf '%s\n' "$listing" | sed -n '/-----BEGIN CERTIFICATE-----/,/-----END CERTIFICATE-----/{p;/-----END CERTIFICATE-----/q}' > "$dir/psmm.pem"
  [[ -s "$dir/psmm.pem" ]] || fail "PSMM_TLS_KEYSTORE holds no certificate"
}

# The SHA-256 fingerprint of the certificate PSMM serves, as browsers show it.
tls_fingerprint() {
  local pem
  pem="$(tls_dir)/psmm.pem"
  [[ -s "$pem" ]] || return 0
  keytool -printcert -file "$pem" 2>/dev/null | sed -n 's/^[[:space:]]*SHA256: //p' | head -1
}

#!/usr/bin/env bash
# Mints an RS256 bearer token for the Client Apps API with openssl alone.
#
#   bootstrap/dev/mint-token.sh                       # dev operator token: every client, every scope
#   bootstrap/dev/mint-token.sh --readonly            # dev read-only token: every client, apps:read
#   bootstrap/dev/mint-token.sh --client ID [--client ID2] --scope "apps:read apps:write"
#   bootstrap/dev/mint-token.sh --key my-private.pem --issuer https://idp.example.com ...
#
# Without --key it signs with the development key, which only dev mode trusts.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
key="$here/jwt-private-key.DEV-ONLY.pem"
issuer="client-apps-dev"
subject="dev-operator"
ttl=86400
scope="apps:read apps:write inventory:write clients:write catalog:write audit:read"
clients=()

while [ $# -gt 0 ]; do
    case "$1" in
        --key) key=$2; shift 2 ;;
        --issuer) issuer=$2; shift 2 ;;
        --sub) subject=$2; shift 2 ;;
        --ttl) ttl=$2; shift 2 ;;
        --scope) scope=$2; shift 2 ;;
        --client) clients+=("$2"); shift 2 ;;
        --readonly) scope="apps:read"; subject="dev-reader"; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done
[ ${#clients[@]} -gt 0 ] || clients=("*")

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
client_json=$(printf '"%s",' "${clients[@]}")
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"%s","sub":"%s","iat":%d,"exp":%d,"scope":"%s","clients":[%s]}' \
    "$issuer" "$subject" "$now" "$((now + ttl))" "$scope" "${client_json%,}")
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s\n' "$signing_input" "$signature"

#!/usr/bin/env bash
# cli.auth.<case>: `csm auth token`, `csm sites` and `csm send --token-file` against `csm serve --oauth` (the
# OAuth 2.0 routes of csm::testing::oauth_simulator in front of the REST simulator) on 127.0.0.1.
#   auth_test.sh <case> <csm> <work dir>
# This script stops the server (by its own PID) when done. Loopback only.
set -uo pipefail
case_name=$1 csm=$2 work=$3
source "$(cd "$(dirname "$0")" && pwd)/server_common.sh"
server_test_begin auth

if ! command -v curl >/dev/null; then
    # scripts/install-deps installs curl.
    skip "the curl program (the user's browser in the authorization step) is not installed"
fi
[ -x "$csm" ] || skip "$csm is not built (cmake --build <dir> --target csm_tool)"

secret=e2e-client-secret
admin=e2e-admin-token # a --tokens token with every scope, to create the data the journey reads
log=$tmp/server.err

# start_server <expires_in>: `csm serve --oauth` for the app e2e-client and the site CLOUD, with the organization
# 1 "Atlassian" created through the REST routes; sets $port, $root and $api.
start_server() {
    printf '{"clientId":"e2e-client","clientSecret":"%s","redirectUri":"http://127.0.0.1/callback","cloudId":"CLOUD","siteName":"E2E site","siteUrl":"https://e2e.atlassian.net","expiresIn":%s}' \
        "$secret" "$1" >"$tmp/oauth.json"
    printf '{"%s":{"cloudId":"CLOUD"}}' "$admin" >"$tmp/tokens.json"
    start_csm_serve --oauth "$tmp/oauth.json" --tokens "$tmp/tokens.json"
    [ "$cloud_ids" = CLOUD ] || fail "csm serve serves cloud ids '$cloud_ids', expected CLOUD"
    root="http://127.0.0.1:$port"
    api="$root/jsm/csm/cloudid/CLOUD/api/v1"
    echo '{"name":"Atlassian"}' | env CSM_TOKEN="$admin" timeout 60 "$csm" send organization.create --body - \
        --base-url "$api" >"$tmp/out" 2>"$tmp/err" || fail "cannot create the organization: $(cat "$tmp/err")"
    [ "$(cat "$tmp/out")" = '{"id":"1","name":"Atlassian"}' ] || fail "created $(cat "$tmp/out")"
}

# run <expected exit> <csm args...>: CSM_CLIENT_SECRET set; no output may show a token or the secret.
run() {
    local expected=$1; shift
    env -u CSM_CLOUD_ID -u CSM_TOKEN CSM_CLIENT_SECRET="$secret" timeout 60 "$csm" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" -eq "$expected" ] || fail "exit code $rc, expected $expected: csm $*; stderr: $(cat "$tmp/err")"
    if grep -qE "sim-access-|sim-refresh-|sim-code-|$secret|$admin" "$tmp/out" "$tmp/err"; then
        fail "a secret appears in the output"
    fi
}
mode_of() { stat -c '%a' "$1"; }
# The authorization step as the user's browser does it: open the URL, take the code from Location.
authorize() {
    run 0 auth url organization.get product.list --offline --client-id e2e-client \
        --redirect-uri http://127.0.0.1/callback --state st-42 --auth-url "$root"
    url=$(cat "$tmp/out")
    location=$(curl -s -o /dev/null -w '%{redirect_url}' "$url")
    # The simulator's first one-time code (its counter starts at 1).
    [ "$location" = "http://127.0.0.1/callback?code=sim-code-1&state=st-42" ] || fail "unexpected redirect: $location"
    code=sim-code-1
}
# token_of <file> <member>: a token's value, for a check; never printed.
token_of() { sed -nE "s/.*\"$2\":\"([^\"]*)\".*/\1/p" "$1"; }
# The server log must never hold a code, a token or the secret.
check_log() {
    if grep -qE "sim-access-|sim-refresh-|sim-code-|$secret|$admin" "$log"; then fail "a secret appears in the server log"; fi
}

case "$case_name" in
journey)
    start_server 3600
    authorize
    umask 022 # the file must be 0600 whatever the umask
    run 0 auth token --callback "$location" --state st-42 --client-id e2e-client \
        --redirect-uri http://127.0.0.1/callback --out "$tmp/token.json" --auth-url "$root"
    expect_out "^wrote .*token.json \(access token valid for 3[56][0-9][0-9] s; refresh token: yes; scopes: offline_access read:organization.detail:jira-service-management read:organization:jira-service-management read:product:jira-service-management\)$"
    [ "$(mode_of "$tmp/token.json")" = 600 ] || fail "token file mode is $(mode_of "$tmp/token.json"), expected 600"
    # The simulator's counter: code 1, then access and refresh token 2.
    [ "$(token_of "$tmp/token.json" access_token)" = sim-access-2 ] || fail "token file lacks the access token"
    run 0 sites --token-file "$tmp/token.json" --api-url "$root"
    expect_out "^CLOUD  E2E site  https://e2e.atlassian.net$"
    run 0 sites --token-file "$tmp/token.json" --api-url "$root" --url E2E.atlassian.net/
    [ "$(cat "$tmp/out")" = CLOUD ] || fail "sites --url printed $(cat "$tmp/out")"
    run 1 sites --token-file "$tmp/token.json" --api-url "$root" --name Other
    expect_err "none of the 1 sites the token reaches matches"
    run 0 send organization.get --organizationId 1 --token-file "$tmp/token.json" --base-url "$api"
    [ "$(cat "$tmp/out")" = '{"id":"1","name":"Atlassian","details":[]}' ] || fail "organization.get printed $(cat "$tmp/out")"
    # The token works on the REST routes only with the scopes granted: no write scope was asked for.
    echo '{"name":"Other"}' | run 3 send organization.create --body - --token-file "$tmp/token.json" --base-url "$api"
    expect_err "^csm send: API error: 403 "
    cp "$tmp/token.json" "$tmp/before-refresh.json"
    # Refresh by hand: the refresh token rotates, the file is rewritten as 0600 even if it had been opened up.
    chmod 644 "$tmp/token.json"
    run 0 auth token --refresh --token-file "$tmp/token.json" --auth-url "$root"
    expect_out "refresh token: yes"
    [ "$(token_of "$tmp/token.json" refresh_token)" = sim-refresh-3 ] || fail "the refresh token did not rotate"
    [ "$(token_of "$tmp/token.json" access_token)" = sim-access-3 ] || fail "the refresh issued no new access token"
    [ "$(mode_of "$tmp/token.json")" = 600 ] || fail "token file mode after refresh is $(mode_of "$tmp/token.json")"
    run 0 send product.list --token-file "$tmp/token.json" --base-url "$api"
    [ "$(cat "$tmp/out")" = '{"results":[]}' ] || fail "product.list printed $(cat "$tmp/out")"
    # Rotation: the refresh token used is refused from now on.
    cp "$tmp/before-refresh.json" "$tmp/stale.json"
    chmod 600 "$tmp/stale.json"
    run 3 auth token --refresh --token-file "$tmp/stale.json" --auth-url "$root"
    expect_err "oauth error invalid_grant \(HTTP 403\): Unknown or invalid refresh token\.$"
    # What the server saw, in order (its log: paths, query names and grant types only).
    grep -E '^(GET|POST) ' "$log" >"$tmp/seen"
    printf '%s\n' "POST /jsm/csm/cloudid/CLOUD/api/v1/organization -> 201" \
        "GET /authorize?audience=&client_id=&scope=&redirect_uri=&state=&response_type=&prompt= -> 302" \
        "POST /oauth/token grant_type=authorization_code -> 200" \
        "GET /oauth/token/accessible-resources -> 200" "GET /oauth/token/accessible-resources -> 200" \
        "GET /oauth/token/accessible-resources -> 200" "GET /jsm/csm/cloudid/CLOUD/api/v1/organization/1 -> 200" \
        "POST /jsm/csm/cloudid/CLOUD/api/v1/organization -> 403" "POST /oauth/token grant_type=refresh_token -> 200" \
        "GET /jsm/csm/cloudid/CLOUD/api/v1/product -> 200" "POST /oauth/token grant_type=refresh_token -> 403" \
        >"$tmp/expected"
    diff "$tmp/expected" "$tmp/seen" >/dev/null || fail "the server saw: $(cat "$tmp/seen")"
    check_log
    ;;
send_refreshes)
    # Tokens valid 1 s: within the 60 s leeway they count as expired, so send refreshes before the call.
    start_server 1
    authorize
    run 0 auth token --code "$code" --client-id e2e-client --redirect-uri http://127.0.0.1/callback \
        --out "$tmp/token.json" --auth-url "$root"
    first=$(token_of "$tmp/token.json" access_token)
    run 0 send organization.get --organizationId 1 --token-file "$tmp/token.json" --auth-url "$root" \
        --base-url "$api"
    expect_out '"name":"Atlassian"'
    [ "$(token_of "$tmp/token.json" access_token)" = sim-access-3 ] || fail "send did not save the refreshed token"
    grep -q '^POST /oauth/token grant_type=refresh_token -> 200$' "$log" || fail "the server saw no refresh"
    # An expired access token is refused by the REST routes: 401.
    sleep 1.2
    env CSM_TOKEN="$first" timeout 60 "$csm" send organization.get --organizationId 1 --base-url "$api" \
        >"$tmp/out" 2>"$tmp/err"
    [ $? -eq 3 ] || fail "send with an expired token should exit 3"
    expect_err "^csm send: API error: 401 "
    [ "$(mode_of "$tmp/token.json")" = 600 ] || fail "token file mode is $(mode_of "$tmp/token.json")"
    # Without the client secret, no refresh: a usage error that names CSM_CLIENT_SECRET.
    env -u CSM_CLIENT_SECRET timeout 60 "$csm" send organization.get --organizationId 1 --token-file "$tmp/token.json" \
        --auth-url "$root" --base-url "$api" >"$tmp/out" 2>"$tmp/err"
    [ $? -eq 2 ] || fail "send without CSM_CLIENT_SECRET should exit 2"
    expect_err "CSM_CLIENT_SECRET is not set"
    check_log
    ;;
refused)
    start_server 3600
    authorize
    run 0 auth token --code "$code" --client-id e2e-client --redirect-uri http://127.0.0.1/callback \
        --out "$tmp/token.json" --auth-url "$root"
    # A token file without a refresh token (a refresh answer carried none, so the token sent is disabled):
    # nothing is sent, and the error says to authorize again.
    sed -E 's/,?"refresh_token":"[^"]*"//' "$tmp/token.json" >"$tmp/no-refresh.json"
    chmod 600 "$tmp/no-refresh.json"
    if grep -q refresh_token "$tmp/no-refresh.json"; then fail "the test's token file still has a refresh token"; fi
    run 1 auth token --refresh --token-file "$tmp/no-refresh.json" --auth-url "$root"
    expect_err "holds no refresh token: authorize again with .csm auth."
    if grep -q 'grant_type=refresh_token' "$log"; then fail "a refresh was sent without a refresh token"; fi
    # The code is single-use: the authority answers invalid_grant, typed.
    run 3 auth token --code "$code" --client-id e2e-client --redirect-uri http://127.0.0.1/callback \
        --out "$tmp/other.json" --auth-url "$root"
    expect_err "token exchange failed: oauth error invalid_grant \(HTTP 403\): Invalid authorization code"
    [ ! -e "$tmp/other.json" ] || fail "a failed exchange wrote a file"
    # A forged callback: the state differs.
    run 1 auth token --callback "http://127.0.0.1/callback?code=x&state=evil" --state st-42 --client-id e2e-client \
        --redirect-uri http://127.0.0.1/callback --out "$tmp/other.json" --auth-url "$root"
    expect_err "state does not match"
    # Bad values are refused before anything is sent.
    run 1 auth url product.list --client-id e2e-client --redirect-uri "https://app.example/cb#frag" --state s
    expect_err "/redirect_uri: expected an absolute http or https URL"
    run 2 auth url --client-id e2e-client --redirect-uri https://app.example/cb --state s
    expect_err "which endpoints"
    run 2 auth token --code c --client-id e2e-client --redirect-uri https://app.example/cb
    expect_err "auth token needs --out"
    run 2 sites --token-file "$tmp/token.json" --api-url "ftp://x"
    expect_err "--api-url needs"
    echo 'not json' >"$tmp/bad.json"
    run 1 sites --token-file "$tmp/bad.json" --api-url "$root"
    expect_err "not a csm token file"
    run 7 sites --token-file "$tmp/missing.json" --api-url "$root"
    ;;
url)
    # No server needed; the exact URL.
    run 0 auth url organization.get --offline --scope "read:product:jira-service-management" --client-id abc \
        --redirect-uri https://app.example.com/cb --state 's t&x'
    [ "$(cat "$tmp/out")" = "https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=abc&scope=offline_access%20read%3Aorganization.detail%3Ajira-service-management%20read%3Aorganization%3Ajira-service-management%20read%3Aproduct%3Ajira-service-management&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=s%20t%26x&response_type=code&prompt=consent" ] ||
        fail "unexpected URL: $(cat "$tmp/out")"
    ;;
*)
    echo "unknown case $case_name"; exit 2 ;;
esac

[ "$failures" -eq 0 ] || exit 1
echo "ok: $case_name"

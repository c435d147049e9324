#!/usr/bin/env bash
# cli.send.<case>: `csm send` against the e2e test server (csm_test_server) on 127.0.0.1, port 0.
#   send_test.sh <case> <csm> <csm_test_server> <samples dir> <work dir>
# The server prints its port on its first line and is always bounded (--timeout, --max-requests); this script
# stops it (by its own PID) when done. Loopback only.
set -uo pipefail
case_name=$1 csm=$2 server_exe=$3 samples=$4 work=$5
mkdir -p "$work"
tmp=$(mktemp -d "$work/send.$case_name.XXXXXX")
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

if [ "$case_name" != usage ] && [ "$case_name" != connection_refused ] && [ ! -x "$server_exe" ]; then
    echo "skipped: $server_exe is not built (cmake --build <dir> --target csm_test_server)"
    exit 77
fi

token=test-token-5f3c9a
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Starts the server with extra options; sets $port (waits at most 10 s for it).
start_server() {
    "$server_exe" --timeout 60 --hang-limit 5 "$@" >"$tmp/server.out" 2>"$tmp/server.err" &
    server_pid=$!
    for _ in $(seq 100); do
        port=$(head -n 1 "$tmp/server.out" 2>/dev/null)
        [ -n "$port" ] && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "the test server did not start:"; cat "$tmp/server.err"; exit 1
}
base() { echo "http://127.0.0.1:$port${1:-}/jsm/csm/cloudid/CLOUD/api/v1"; }

# run <expected exit> <csm args...>: runs csm with CSM_TOKEN set, keeps stdout and stderr.
run() {
    local expected=$1; shift
    env -u CSM_CLOUD_ID CSM_TOKEN="$token" timeout 60 "$csm" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" -eq "$expected" ] || fail "exit code $rc, expected $expected: csm $*"
    if grep -q "$token" "$tmp/out" "$tmp/err"; then fail "the token appears in the output"; fi
}
expect_out() { grep -Eq -- "$1" "$tmp/out" || fail "stdout does not match: $1"; }
expect_err() { grep -Eq -- "$1" "$tmp/err" || fail "stderr does not match: $1"; }
expect_out_empty() { [ ! -s "$tmp/out" ] || fail "stdout should be empty"; }

case "$case_name" in
ok)
    start_server --authorization "Bearer $token"
    run 0 send organization.get --organizationId 123 --base-url "$(base)"
    expect_out '^\{"id":"123","name":"Atlassian","details":\[\{"id":"321","name":"Region"'
    [ ! -s "$tmp/err" ] || fail "stderr should be empty"
    ;;
create)
    start_server --authorization "Bearer $token"
    run 0 send organization.create --body "$samples/organization-create.body.json" --base-url "$(base)"
    expect_out '"name":"Atlassian"'
    ;;
not_found)
    start_server
    run 3 send organization.get --organizationId 123 --base-url "$(base /scenario/404)"
    expect_out_empty
    expect_err '^csm send: API error: 404 not_found'
    ;;
rate_limited)
    start_server
    run 3 send product.list --base-url "$(base /scenario/429)"
    expect_out_empty
    expect_err '^csm send: API error: 429 rate_limited.*\(retry after 2 s\)$'
    ;;
precondition_failed)
    start_server
    run 3 send organization.create --body "$samples/organization-create.body.json" --no-experimental --base-url "$(base)"
    expect_err '^csm send: API error: 412 precondition_failed \(the X-ExperimentalApi: opt-in header was missing\)'
    ;;
connection_refused)
    # Port 1 on the loopback interface: nothing listens there.
    port=1
    run 4 send organization.get --organizationId 123 --base-url "$(base)" --connect-timeout 5
    expect_out_empty
    expect_err '^csm send: connection failed \(connect: '
    ;;
timeout)
    start_server
    run 5 send organization.get --organizationId 123 --base-url "$(base /scenario/hang)" --timeout 1
    expect_out_empty
    expect_err '^csm send: timed out \(timeout: '
    # Below half a millisecond: still a timeout (it rounded to 0 ms, which libcurl reads as "never").
    run 5 send organization.get --organizationId 123 --base-url "$(base /scenario/hang)" --timeout 0.0001
    expect_err '^csm send: timed out \(timeout: '
    ;;
token_redacted)
    start_server --authorization "Bearer $token"
    run 0 send organization.get --organizationId 123 --base-url "$(base)" --verbose
    expect_err '^> GET http://127\.0\.0\.1:[0-9]+/jsm/csm/cloudid/CLOUD/api/v1/organization/123$'
    expect_err '^> Authorization: <redacted>$'
    expect_err '^< HTTP 200$'
    expect_out '"name":"Atlassian"'
    ;;
bad_body)
    start_server
    run 1 send organization.get --organizationId 123 --base-url "$(base /scenario/malformed)"
    expect_out_empty
    expect_err '^csm send: the response body: .*\(syntax_error\)$'
    ;;
usage)
    run 2 send organization.get --organizationId 123
    expect_err 'where is the API\?'
    run 2 send organization.get --organizationId 123 --base-url http://127.0.0.1:1/api --timeout 0
    expect_err '--timeout needs a number of seconds above 0'
    run 2 send nope --base-url http://127.0.0.1:1/api
    expect_err "unknown endpoint 'nope'"
    ;;
*)
    echo "unknown case $case_name"; exit 2 ;;
esac

if [ "$failures" -ne 0 ]; then
    echo "--- stdout ---"; cat "$tmp/out"; echo "--- stderr ---"; cat "$tmp/err"
    [ -f "$tmp/server.err" ] && { echo "--- server ---"; cat "$tmp/server.err"; }
    exit 1
fi
echo "cli.send.$case_name: ok"

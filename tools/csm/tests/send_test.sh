#!/usr/bin/env bash
# cli.send.<case>: `csm send` against the e2e test server (csm_test_server) on 127.0.0.1, port 0.
#   send_test.sh <case> <csm> <csm_test_server> <samples dir> <work dir>
# The server prints its port on its first line and is always bounded (--timeout, --max-requests); this script
# stops it (by its own PID) when done. Loopback only.
set -uo pipefail
case_name=$1 csm=$2 server_exe=$3 samples=$4 work=$5
here=$(cd "$(dirname "$0")" && pwd)
expected=$here/expected data=$here/data
source "$here/server_common.sh"
server_test_begin send

if [ "$case_name" != usage ] && [ "$case_name" != connection_refused ] && [ ! -x "$server_exe" ]; then
    skip "$server_exe is not built (cmake --build <dir> --target csm_test_server)"
fi

token=test-token-5f3c9a
# Starts the server with extra options; sets $port.
start_server() { start_test_server --hang-limit 5 "$@"; }
base() { echo "http://127.0.0.1:$port${1:-}/jsm/csm/cloudid/CLOUD/api/v1"; }

# run <expected exit> <csm args...>: runs csm with CSM_TOKEN set, keeps stdout and stderr.
run() {
    local expected=$1; shift
    env -u CSM_CLOUD_ID CSM_TOKEN="$token" timeout 60 "$csm" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" -eq "$expected" ] || fail "exit code $rc, expected $expected: csm $*"
    if grep -q "$token" "$tmp/out" "$tmp/err"; then fail "the token appears in the output"; fi
}
expect_out_empty() { [ ! -s "$tmp/out" ] || fail "stdout should be empty"; }
expect_err_empty() { [ ! -s "$tmp/err" ] || fail "stderr should be empty"; }
# expect_out_file <file>: stdout is exactly the file's content.
expect_out_file() { cmp -s "$1" "$tmp/out" || fail "stdout differs from $1: $(diff "$1" "$tmp/out" | head -5)"; }
# expect_server <regex>: the server's request log (stderr, one line per request) has a matching line.
expect_server() { grep -Eq -- "$1" "$tmp/server.err" || fail "the server log does not match: $1"; }
# The server saw only requests that are what the docs specify.
expect_no_mismatch() {
    ! grep -q "mismatch" "$tmp/server.err" || fail "the server saw a mismatch: $(grep mismatch "$tmp/server.err")"
}
api=/jsm/csm/cloudid/CLOUD/api/v1

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
    expect_err '^csm send: connection failed \(connection_failed: '
    ;;
timeout)
    start_server
    run 5 send organization.get --organizationId 123 --base-url "$(base /scenario/hang)" --timeout 1
    expect_out_empty
    expect_err '^csm send: timed out \(timed_out: '
    # Below half a millisecond: still a timeout (it rounded to 0 ms, which libcurl reads as "never").
    run 5 send organization.get --organizationId 123 --base-url "$(base /scenario/hang)" --timeout 0.0001
    expect_err '^csm send: timed out \(timed_out: '
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
server_error)
    start_server
    run 3 send organization.get --organizationId 123 --base-url "$(base /scenario/500)"
    expect_out_empty
    [ "$(cat "$tmp/err")" = "csm send: API error: 500 server_error: Internal Server Error." ] ||
        fail "stderr is not exactly the 500 message"
    expect_server "^GET /scenario/500$api/organization/123 -> 500 \\[o5\\.get_organization\\]$"
    ;;
customer_get)
    start_server --authorization "Bearer $token"
    run 0 send customer.get --customerId 2a927c94-363f-4977-a0d6-9477d535f329 --base-url "$(base)"
    expect_out_file "$expected/send.customer.get.json"
    expect_err_empty
    expect_server "^GET $api/customer/2a927c94-363f-4977-a0d6-9477d535f329 -> 200 \\[c5\\.get_customer\\]$"
    expect_no_mismatch
    ;;
entitlement_get)
    start_server --authorization "Bearer $token"
    run 0 send entitlement.get --entitlementId 7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8 --base-url "$(base)"
    expect_out_file "$expected/send.entitlement.get.json"
    expect_err_empty
    expect_server "^GET $api/entitlement/7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8 -> 200 \\[e5\\.get_entitlement\\]$"
    expect_no_mismatch
    ;;
task_status)
    # T1 by name and by reference id; experimental, so X-ExperimentalApi: opt-in is checked by the server.
    start_server --authorization "Bearer $token"
    run 0 send task.get_status --taskId 3858a61a-d337-42e6-993e-e13e1c366d4f --base-url "$(base)"
    expect_out_file "$expected/send.task.get_status.json"
    expect_err_empty
    run 0 send T1 --taskId 3858a61a-d337-42e6-993e-e13e1c366d4f --base-url "$(base)"
    expect_out_file "$expected/send.task.get_status.json"
    expect_server "^GET $api/tasks/3858a61a-d337-42e6-993e-e13e1c366d4f -> 200 \\[t1\\.get_task_status\\]$"
    expect_no_mismatch
    ;;
bulk_idempotency_key)
    # B5 with Idempotency-Key: the server requires the header (a valid key) and the documented body; then the
    # submitted task is polled by the id from the output (T1).
    start_server --authorization "Bearer $token"
    body=$data/detail-field-definitions-bulk.body.json
    run 0 send organization_bulk.detail_field_definitions.create --idempotencyKey 8d6c1f0e-3b2a-4c5d-9e8f-7a6b5c4d3e2f \
        --body "$body" --base-url "$(base)"
    expect_out_file "$expected/send.organization_bulk.detail_field_definitions.create.json"
    expect_err_empty
    expect_server "^POST $api/organization/details/definitions/bulk -> 200 \\[b5\\.create_detail_field_definitions\\]$"
    task=$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$tmp/out")
    [ "$task" = 3858a61a-d337-42e6-993e-e13e1c366d4f ] || fail "no task id in the output"
    run 0 send task.get_status --taskId "$task" --base-url "$(base)"
    expect_out_file "$expected/send.task.get_status.json"
    expect_no_mismatch
    # Without the key: refused before anything is sent (the server sees nothing more).
    run 2 send organization_bulk.detail_field_definitions.create --body "$body" --base-url "$(base)"
    expect_out_empty
    expect_err 'idempotencyKey'
    [ "$(grep -c ' -> ' "$tmp/server.err")" -eq 2 ] || fail "the server should have seen exactly 2 requests"
    ;;
search_pages)
    # A paged customer search followed to its end: --page 1, 2, ... until the output says "isLast":true.
    start_server --authorization "Bearer $token"
    page=1 names=""
    while [ "$page" -le 5 ]; do
        run 0 send customer.search_by_detail_field --maxResults 1 --page "$page" \
            --body "$samples/customer-search.body.json" --base-url "$(base)"
        expect_out_file "$expected/send.customer.search.page$page.json"
        expect_err_empty
        names="$names$(sed -n 's/.*"customers":\[{"id":"[^"]*","name":"\([^"]*\)".*/\1/p' "$tmp/out");"
        grep -q '"isLast":true' "$tmp/out" && break
        grep -q '"isLast":false' "$tmp/out" || { fail "page $page has no isLast"; break; }
        page=$((page + 1))
    done
    [ "$page" -eq 2 ] || fail "the search ended after page $page, expected 2"
    [ "$names" = "John Doe;Jane Roe;" ] || fail "customers were '$names'"
    # The route names say which query the server matched: page=1&maxResults=1, then page=2&maxResults=1.
    expect_server "^POST $api/customer/search-by-detail-field\\?[^ ]* -> 200 \\[c6\\.search\\.page1\\.explicit\\]$"
    expect_server "^POST $api/customer/search-by-detail-field\\?[^ ]* -> 200 \\[c6\\.search\\.page2\\]$"
    expect_no_mismatch
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

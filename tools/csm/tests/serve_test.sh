#!/usr/bin/env bash
# cli.serve.<case>: `csm serve --port 0` on 127.0.0.1, driven by `csm send` (and bash's /dev/tcp for raw HTTP).
#   serve_test.sh <case> <csm> <samples dir> <work dir>
# The server prints "csm serve: port N, cloud ids: ..." first; this script stops it by its own PID. Loopback
# only; nothing here waits for a time to pass except for the server's first line.
set -uo pipefail
case_name=$1 csm=$2 samples=$3 work=$4
here=$(cd "$(dirname "$0")" && pwd)
source "$here/server_common.sh"
server_test_begin serve

[ -x "$csm" ] || skip "$csm is not built (cmake --build <dir> --target csm_tool)"

token=csm-serve-test-token
api=/jsm/csm/cloudid/test-cloud/api/v1
log=$tmp/server.err

# serve <options...>: starts csm serve (its log appended to $log); sets $server_pid and $port.
serve() {
    start_csm_serve "$@"
    [ "$cloud_ids" = test-cloud ] || fail "csm serve serves cloud ids '$cloud_ids', expected test-cloud"
}
# stop <signal>: sends the signal and checks the exit status (0 for TERM/INT).
stop() {
    kill "-$1" "$server_pid"
    wait "$server_pid"
    rc=$?
    server_pid=""
    [ "$1" = KILL ] || [ "$rc" -eq 0 ] || fail "csm serve exited with $rc after SIG$1, expected 0"
}
# run <expected exit> <csm send args...>: `csm send ... --base-url` the server; keeps stdout and stderr.
run() {
    local expected=$1; shift
    env -u CSM_CLOUD_ID CSM_TOKEN="$token" timeout 60 "$csm" send "$@" --base-url "http://127.0.0.1:$port$api" \
        >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" -eq "$expected" ] || fail "exit code $rc, expected $expected: csm send $*"
}
expect_exact() { [ "$(cat "$tmp/out")" = "$1" ] || fail "stdout is '$(cat "$tmp/out")', expected '$1'"; }
expect_log() { grep -Eq -- "$1" "$log" || fail "the server log has no line matching: $1"; }
create() { printf '{"name":"%s"}' "$1" | run 0 organization.create --body -; }

case "$case_name" in
create_read)
    serve
    run 0 organization.create --body "$samples/organization-create.body.json"
    expect_exact '{"id":"1","name":"Atlassian"}'
    run 0 organization.get --organizationId 1
    expect_exact '{"id":"1","name":"Atlassian","details":[]}'
    run 3 organization.get --organizationId 2
    expect_err '^csm send: API error: 404 not_found'
    expect_log "^POST $api/organization -> 201$"
    expect_log "^GET $api/organization/1 -> 200$"
    expect_log "^GET $api/organization/2 -> 404$"
    [ "$(grep -c ' -> ' "$log")" -eq 3 ] || fail "the log should have exactly 3 request lines"
    ! grep -q "$token\|Atlassian" "$log" || fail "the log shows a token or a body"
    ;;
keep_alive)
    # Two requests on one connection: both answers come back on the same socket.
    serve
    create Kept
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    get="GET $api/organization/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer $token\r\n"
    printf "$get\r\n${get}Connection: close\r\n\r\n" >&3
    cat <&3 >"$tmp/raw"
    exec 3<&-
    # Bodies have no newline, so an answer may start on the line of the previous body: count matches.
    [ "$(grep -o 'HTTP/1.1 200 OK' "$tmp/raw" | wc -l)" -eq 2 ] || fail "expected two 200 answers: $(cat "$tmp/raw")"
    [ "$(grep -oF '{"id":"1","name":"Kept","details":[]}' "$tmp/raw" | wc -l)" -eq 2 ] ||
        fail "expected two bodies: $(cat "$tmp/raw")"
    ;;
faults)
    # The 1st organization.get is a scripted 503; the 2nd request of all resets the connection.
    printf '{"faults":[{"kind":"unavailable","endpoint":"organization.get","nth":1},
                       {"kind":"connection_reset","nth":2}]}' >"$tmp/faults.json"
    serve --faults "$tmp/faults.json" --seed 7
    run 3 organization.get --organizationId 1
    [ "$(cat "$tmp/err")" = "csm send: API error: 503 server_error: Service unavailable" ] ||
        fail "stderr is '$(cat "$tmp/err")'"
    run 4 organization.get --organizationId 1
    expect_err '^csm send: no response \(io: '
    create Third
    expect_exact '{"id":"1","name":"Third"}'
    expect_log "^GET $api/organization/1 -> 503$"
    expect_log "^GET $api/organization/1 -> reset$"
    ;;
retries)
    # csm send --retries follows the library's retry rules: a 429 (Retry-After: 0) on a GET is sent again; a
    # 503 on a create (a POST without Idempotency-Key) is not, since the server may have acted.
    printf '{"faults":[{"kind":"rate_limited","endpoint":"organization.get","nth":1,"retryAfter":0},
                       {"kind":"rate_limited","endpoint":"organization.get","nth":2,"retryAfter":0},
                       {"kind":"unavailable","endpoint":"organization.create","nth":2,"retryAfter":0}]}' \
        >"$tmp/faults.json"
    serve --faults "$tmp/faults.json"
    create First
    run 0 organization.get --organizationId 1 --retries 2
    expect_exact '{"id":"1","name":"First","details":[]}'
    [ "$(cat "$tmp/err")" = "csm send: 429; attempt 2 of 3 in 0 ms
csm send: 429; attempt 3 of 3 in 0 ms" ] || fail "stderr is '$(cat "$tmp/err")'"
    printf '{"name":"Second"}' | run 3 organization.create --body - --retries 2
    [ "$(cat "$tmp/err")" = "csm send: API error: 503 server_error: Service unavailable" ] ||
        fail "stderr is '$(cat "$tmp/err")'"
    run 2 organization.get --organizationId 1 --retries 11
    expect_err 'retries'
    [ "$(grep -c "^GET $api/organization/1 -> 429$" "$log")" -eq 2 ] || fail "expected two 429 in the log"
    [ "$(grep -c "^GET $api/organization/1 -> 200$" "$log")" -eq 1 ] || fail "expected one 200 in the log"
    [ "$(grep -c "^POST $api/organization -> 503$" "$log")" -eq 1 ] || fail "expected one 503 in the log"
    ;;
signals)
    serve
    stop TERM
    expect_log '^csm serve: stopped$'
    serve
    stop INT
    [ "$(grep -c '^csm serve: stopped$' "$log")" -eq 2 ] || fail "SIGINT did not stop csm serve cleanly"
    ;;
state_restart)
    serve --state "$tmp/state.db"
    create First
    expect_exact '{"id":"1","name":"First"}'
    run 0 organization.update --organizationId 1 --body - <<<'{"name":"Renamed"}'
    create Second
    run 0 organization.delete --organizationId 2
    stop TERM
    # The same journal with an fsync per commit (--state-sync machine) from now on.
    serve --state "$tmp/state.db" --state-sync machine
    expect_log '^csm serve: replayed 4 requests from '
    run 0 organization.get --organizationId 1
    expect_exact '{"id":"1","name":"Renamed","details":[]}'
    run 3 organization.get --organizationId 2
    # Ids go on where they were.
    create Third
    expect_exact '{"id":"3","name":"Third"}'
    ;;
nothing_lost)
    # Writes in a loop, SIGKILL at a random moment, restart: every acknowledged write is there, whole, and
    # every organization there is one that was sent.
    serve --state "$tmp/state.db"
    : >"$tmp/acked"
    (
        for i in $(seq 60); do
            printf '{"name":"org-%d"}' "$i" | env CSM_TOKEN="$token" "$csm" send organization.create --body - \
                --base-url "http://127.0.0.1:$port$api" >"$tmp/w.out" 2>/dev/null &&
                echo "$i $(cat "$tmp/w.out")" >>"$tmp/acked"
        done
    ) &
    writer=$!
    # A random moment: after 5 to 40 acknowledged writes (the loop keeps going; later writes fail).
    target=$((5 + RANDOM % 36))
    for _ in $(seq 600); do
        [ "$(wc -l <"$tmp/acked")" -ge "$target" ] && break
        sleep 0.05
    done
    stop KILL
    wait "$writer"
    acked=$(wc -l <"$tmp/acked")
    [ "$acked" -ge 5 ] || fail "only $acked writes were acknowledged"
    serve --state "$tmp/state.db"
    while read -r i body; do
        [ "$body" = "{\"id\":\"$i\",\"name\":\"org-$i\"}" ] || fail "write $i was acknowledged as $body"
        run 0 organization.get --organizationId "$i"
        expect_exact "{\"id\":\"$i\",\"name\":\"org-$i\",\"details\":[]}"
    done <"$tmp/acked"
    # Beyond the acknowledged ones: at most the write in flight at the kill, whole.
    for id in $(seq $((acked + 1)) $((acked + 3))); do
        env CSM_TOKEN="$token" "$csm" send organization.get --organizationId "$id" \
            --base-url "http://127.0.0.1:$port$api" >"$tmp/out" 2>/dev/null || continue
        [ "$id" -eq $((acked + 1)) ] || fail "organization $id exists, beyond the one in flight"
        expect_exact "{\"id\":\"$id\",\"name\":\"org-$id\",\"details\":[]}"
    done
    echo "acknowledged $acked writes before SIGKILL"
    ;;
usage)
    port=1
    "$csm" serve >"$tmp/out" 2>"$tmp/err"; [ $? -eq 2 ] || fail "no --port should exit 2"
    expect_err 'which port\?'
    "$csm" serve --port 0 --state "$tmp/s.db" --state-sync disk >"$tmp/out" 2>"$tmp/err"; [ $? -eq 2 ] || fail "a bad --state-sync should exit 2"
    expect_err '\-\-state-sync takes process or machine'
    "$csm" serve --port 0 --state-sync machine >"$tmp/out" 2>"$tmp/err"; [ $? -eq 2 ] || fail "--state-sync without --state should exit 2"
    expect_err '\-\-state-sync needs \-\-state FILE'
    printf '{"faults":[{"kind":"sideways"}]}' >"$tmp/bad.json"
    "$csm" serve --port 0 --faults "$tmp/bad.json" >"$tmp/out" 2>"$tmp/err"; [ $? -eq 1 ] || fail "a bad kind should exit 1"
    expect_err '/faults/0/kind: expected rate_limited'
    printf '{"secret-token-value":{"scopes":[]}}' >"$tmp/bad.json"
    "$csm" serve --port 0 --tokens "$tmp/bad.json" >"$tmp/out" 2>"$tmp/err"; [ $? -eq 1 ] || fail "a token without cloudId should exit 1"
    expect_err 'entry 1/cloudId'
    ! grep -q secret-token-value "$tmp/err" || fail "the token appears in the message"
    printf '{"clientId":"c","clientSecret":"very-secret-value","redirectUri":"https://a.example/cb","cloudId":7}' >"$tmp/bad.json"
    "$csm" serve --port 0 --oauth "$tmp/bad.json" >"$tmp/out" 2>"$tmp/err"; [ $? -eq 1 ] || fail "a bad --oauth should exit 1"
    [ "$(cat "$tmp/err")" = "csm serve: $tmp/bad.json: /cloudId: expected a string" ] || fail "--oauth: $(cat "$tmp/err")"
    printf '{"clientId":"c","clientSecret":"","redirectUri":"https://a.example/cb","cloudId":"x"}' >"$tmp/bad.json"
    "$csm" serve --port 0 --oauth "$tmp/bad.json" >"$tmp/out" 2>"$tmp/err"; [ $? -eq 1 ] || fail "an empty secret should exit 1"
    expect_err '/clientSecret: expected a non-empty string$'
    ! grep -q very-secret-value "$tmp/err" || fail "the client secret appears in the message"
    "$csm" serve --port 0 --oauth "$tmp/missing.json" >"$tmp/out" 2>"$tmp/err"; [ $? -eq 7 ] || fail "a missing --oauth should exit 7"
    expect_err 'cannot read --oauth '
    ;;
*)
    echo "unknown case $case_name"; exit 2 ;;
esac

if [ "$failures" -ne 0 ]; then
    echo "--- stdout ---"; cat "$tmp/out"; echo "--- stderr ---"; cat "$tmp/err"
    echo "--- server ---"; cat "$log"
    exit 1
fi
echo "cli.serve.$case_name: ok"

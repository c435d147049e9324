#!/usr/bin/env bash
# `csm serve` under load (docs/performance.md, "csm serve under load"): wrk with C keep-alive connections for
# D seconds against, in one run and on one machine,
#   baseline   bench/serve_baseline: the same Boost.Beast stack answering a fixed body (the stack's ceiling)
#   get        csm serve (in memory): GET one organization
#   mix        csm serve (in memory): 80 % GET, 20 % POST creating an organization
#   mix-state  csm serve --state (SQLite WAL, a commit per write before the answer): the same mix
#   mix-fsync  csm serve --state --state-sync machine (an fsync per write as well): the same mix
# and prints requests per second, the ratio to the baseline, p99 latency and the error responses (wrk's
# "Non-2xx or 3xx" and socket errors; with no fault plan there must be none).
#
#   bench/serve_load.sh <csm> <serve_baseline> [seconds=30] [connections=64] [server threads=4]
#
# Needs wrk and curl (scripts/install-deps installs both). A benchmark: no timing is ever asserted; with no fault
# plan it fails on any error response, which its smoke test (bench.serve_load_smoke, 1 s runs) relies on.
set -euo pipefail
csm=$1 baseline=$2 seconds=${3:-30} connections=${4:-64} threads=${5:-4}
command -v wrk >/dev/null || { echo "serve_load.sh: needs wrk (Debian: wrk; scripts/install-deps installs it)" >&2; exit 2; }
work=$(mktemp -d)
server_pid=
stop_server() {
    if [ -n "$server_pid" ]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
}
trap 'stop_server; rm -rf "$work"' EXIT

# start <first-line pattern> <command...>: runs it, waits for its port line; sets $port.
start() {
    "${@:2}" >"$work/out" 2>/dev/null &
    server_pid=$!
    for _ in $(seq 1 200); do
        port=$(sed -n "s/^$1 \([0-9]*\).*/\1/p" "$work/out" | head -1)
        [ -n "$port" ] && return 0
        sleep 0.05
    done
    echo "serve_load.sh: no port line from $2" >&2
    exit 1
}

token=csm-serve-test-token # csm serve's default token (docs/testing.md, "csm serve")
api_path=/jsm/csm/cloudid/test-cloud/api/v1
cat >"$work/auth.lua" <<EOF
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["X-ExperimentalApi"] = "opt-in" -- the organization endpoints are experimental
EOF
cat >"$work/mix.lua" <<EOF
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["X-ExperimentalApi"] = "opt-in" -- the organization endpoints are experimental
local get_path = "$api_path/organization/1"
local post_path = "$api_path/organization"
local n = 0
local counter = 0
function setup(thread) -- runs in the main Lua state; thread_id becomes a global of each thread's
    counter = counter + 1
    thread:set("thread_id", counter)
end
function request()
    n = n + 1
    if n % 5 == 0 then
        -- names are unique per site: thread and sequence number
        -- wrk.format's headers replace wrk.headers: pass them all
        local headers = {["Content-Type"] = "application/json"}
        for k, v in pairs(wrk.headers) do headers[k] = v end
        return wrk.format("POST", post_path, headers,
                          string.format('{"name":"load-%d-%d"}', thread_id, n))
    end
    return wrk.format("GET", get_path)
end
EOF

# measure <name> <url> [lua]: one wrk run; appends "name rps p99 errors" to $work/results.
measure() {
    local script=${3:-$work/auth.lua}
    wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$script" "$2" >"$work/wrk-$1.txt"
    local rps p99 non2xx sockerr
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk-$1.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk-$1.txt")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$work/wrk-$1.txt")
    sockerr=$(awk '/Socket errors:/ {print $0}' "$work/wrk-$1.txt")
    echo "$1 $rps $p99 ${non2xx:-0} ${sockerr:+\"$sockerr\"}" >>"$work/results"
}

create_first_organization() {
    curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -H 'X-ExperimentalApi: opt-in' \
        --data '{"name":"load-organization"}' "http://127.0.0.1:$port$api_path/organization"
}

: >"$work/results"
start "serve_baseline: port" "$baseline" --threads "$threads"
measure baseline "http://127.0.0.1:$port/"
stop_server

start "csm serve: port" "$csm" serve --port 0 --threads "$threads"
create_first_organization
measure get "http://127.0.0.1:$port$api_path/organization/1"
measure mix "http://127.0.0.1:$port" "$work/mix.lua"
stop_server

start "csm serve: port" "$csm" serve --port 0 --threads "$threads" --state "$work/state.db"
create_first_organization
measure mix-state "http://127.0.0.1:$port" "$work/mix.lua"
stop_server

rm -f "$work"/state.db*
start "csm serve: port" "$csm" serve --port 0 --threads "$threads" --state "$work/state.db" --state-sync machine
create_first_organization
measure mix-fsync "http://127.0.0.1:$port" "$work/mix.lua"
stop_server

echo "csm serve under load: wrk -t2 -c$connections -d${seconds}s, server threads $threads, $(nproc) cores"
awk 'NR == 1 {base = $2}
     {printf "%-10s %10.0f req/s  %5.2fx baseline  p99 %-9s errors %s %s\n", $1, $2, $2 / base, $3, $4, $5 $6 $7 $8}' \
    "$work/results"
# No fault plan, so any error response or socket error is a failure (bench.serve_load_smoke relies on it).
awk '$4 != 0 || NF > 4 {bad = 1} END {exit bad}' "$work/results" || { echo "serve_load.sh: error responses" >&2; exit 1; }

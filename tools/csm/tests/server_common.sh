# Sourced by send_test.sh, serve_test.sh and auth_test.sh: the temporary directory, the loopback server's
# lifetime (csm_test_server or csm serve prints its port on its first line; it is stopped by its own PID on
# exit) and failure counting. The caller sets $case_name, $work and $server_exe (or $csm and $log) first, and
# calls server_test_begin <prefix>.

# skip <reason>: the one way these scripts skip. Exit 77 (CTest's SKIP_RETURN_CODE, set only when
# CSM_REQUIRE_ALL_TESTS is off); with CSM_REQUIRE_ALL_TESTS=1 (CI; only "1" counts) a skip is a failure.
skip() {
    if [ "${CSM_REQUIRE_ALL_TESTS:-}" = 1 ]; then
        echo "FAIL (CSM_REQUIRE_ALL_TESTS=1, no skips allowed): $*"
        exit 1
    fi
    echo "skipped: $*"
    exit 77
}

server_pid=""
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

server_test_end() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    rm -rf "$tmp"
}
# server_test_begin <prefix>: makes $tmp under $work and stops the server and removes $tmp on exit.
server_test_begin() {
    mkdir -p "$work"
    tmp=$(mktemp -d "$work/$1.$case_name.XXXXXX")
    trap server_test_end EXIT
}

# start_test_server <server options...>: starts the server (bounded by --timeout 60); sets $port, waiting
# at most 10 s for it.
start_test_server() {
    "$server_exe" --timeout 60 "$@" >"$tmp/server.out" 2>"$tmp/server.err" &
    server_pid=$!
    port=""
    for _ in $(seq 100); do
        port=$(head -n 1 "$tmp/server.out" 2>/dev/null)
        [ -n "$port" ] && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "the test server did not start:"; cat "$tmp/server.err"; exit 1
}

# start_csm_serve <csm serve options...>: starts `$csm serve --port 0` (stdout in $tmp/server.out, stderr
# appended to $log); sets $port and $cloud_ids from its first line, waiting at most 10 s for it.
start_csm_serve() {
    "$csm" serve --port 0 "$@" >"$tmp/server.out" 2>>"$log" &
    server_pid=$!
    port=""
    for _ in $(seq 100); do
        port=$(sed -n 's/^csm serve: port \([0-9]*\), cloud ids: .*$/\1/p' "$tmp/server.out" 2>/dev/null)
        if [ -n "$port" ]; then
            cloud_ids=$(sed -n 's/^csm serve: port [0-9]*, cloud ids: \(.*\)$/\1/p' "$tmp/server.out")
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "csm serve did not start:"; cat "$tmp/server.out" "$log"; exit 1
}

# expect_out / expect_err <regex>: a line of csm's stdout / stderr matches (the output is shown otherwise).
expect_out() { grep -Eq -- "$1" "$tmp/out" || fail "stdout does not match: $1 ($(head -c 600 "$tmp/out"))"; }
expect_err() { grep -Eq -- "$1" "$tmp/err" || fail "stderr does not match: $1 ($(head -c 600 "$tmp/err"))"; }

# Shared by the packaging tests (sourced): skipping when a tool is missing, and the package sources.

# A missing tool skips the test (CTest's SKIP_RETURN_CODE 77) with what to install; in CI
# (CSM_REQUIRE_ALL_TESTS=1) it fails instead, so that no packaging test vanishes silently.
missing_tool() {
    if [ "${CSM_REQUIRE_ALL_TESTS:-0}" = 1 ]; then
        echo "csm-cpp: $1 (CSM_REQUIRE_ALL_TESTS=1: failing instead of skipping)" >&2
        exit 1
    fi
    echo "csm-cpp: skipped: $1"
    exit 77
}

# The files a package of csm-cpp is made of, copied out of the working tree (so uncommitted changes count).
copy_package_sources() {
    local from=$1 to=$2
    mkdir -p "$to"
    cp -r "$from/include" "$from/src" "$from/cmake" "$from/CMakeLists.txt" "$from/LICENSE" "$to/"
}

# Runs the consumer program and compares what it prints with the expected text.
check_consumer_output() {
    local program=$1 expected=$2 output
    output=$("$program")
    if [ "$output" != "$(cat "$expected")" ]; then
        printf 'csm-cpp: the consumer printed\n%s\nexpected\n%s\n' "$output" "$(cat "$expected")" >&2
        exit 1
    fi
    echo "consumer printed the expected output"
}

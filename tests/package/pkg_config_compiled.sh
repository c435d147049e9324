#!/usr/bin/env bash
# package.pkg_config_compiled: tests/package/consumer_compiled compiled with nothing but
# `pkg-config --cflags --libs csm-cpp-compiled` against the install prefix of package.install (libcsm-cpp.a).
# Checks the exact output, and that the consumer's object has no `basic_parser` symbol (the reader lives in
# the library), while the same file compiled with csm-cpp.pc (header-only) has one: the check can fail.
#   pkg_config_compiled.sh PREFIX WORK_DIR CXX CONSUMER_DIR VERSION
# Exit 77 (skipped) without pkg-config or nm, unless CSM_REQUIRE_ALL_TESTS=1 (CI).
set -euo pipefail
prefix=$1 work_dir=$2 cxx=$3 consumer=$4 version=$5
source "$(dirname "$0")/common.sh"
command -v pkg-config >/dev/null || missing_tool "pkg-config not found: install pkg-config (Debian: pkg-config)"
command -v nm >/dev/null || missing_tool "nm not found: install binutils"

export PKG_CONFIG_PATH=$prefix/share/pkgconfig
[ "$(pkg-config --modversion csm-cpp-compiled)" = "$version" ] ||
    { echo "csm-cpp-compiled.pc: wrong version" >&2; exit 1; }
cflags=$(pkg-config --cflags csm-cpp-compiled)
libs=$(pkg-config --libs csm-cpp-compiled)
echo "cflags: $cflags"
echo "libs: $libs"
[[ " $cflags " == *" -std=c++20 "* && " $cflags " == *" -DCSM_SEPARATE_COMPILATION "* ]] ||
    { echo "csm-cpp-compiled.pc: no -std=c++20 or no -DCSM_SEPARATE_COMPILATION" >&2; exit 1; }
# The library before the Boost libraries it calls into (a static link resolves left to right).
[[ " $libs " == *" -lcsm-cpp "*"-lboost_json "* && " $libs " == *" -lboost_url "* ]] ||
    { echo "csm-cpp-compiled.pc: -lcsm-cpp not before -lboost_json, or Boost.URL not linked" >&2; exit 1; }

rm -rf "$work_dir"
mkdir -p "$work_dir"
# shellcheck disable=SC2086 # the flags are words
"$cxx" $cflags -Wall -Wextra -Wpedantic -Werror -c "$consumer/main.cpp" -o "$work_dir/consumer.o"
# shellcheck disable=SC2086
"$cxx" "$work_dir/consumer.o" -o "$work_dir/consumer" $libs
check_consumer_output "$work_dir/consumer" "$consumer/expected_output.txt"
# nm's whole output first: `nm | grep -q` would fail under pipefail when grep stops reading early.
symbols=$(nm -C "$work_dir/consumer.o")
if [[ $symbols == *basic_parser* ]]; then
    echo "csm-cpp-compiled.pc: the consumer's object instantiates the reader (basic_parser)" >&2
    exit 1
fi
echo "the consumer's object has no basic_parser symbol"

# The same TU header-only (csm-cpp.pc) does instantiate the reader, so the check above can fail.
# shellcheck disable=SC2086
"$cxx" $(pkg-config --cflags csm-cpp) -c "$consumer/main.cpp" -o "$work_dir/header_only.o"
symbols=$(nm -C "$work_dir/header_only.o")
[[ $symbols == *basic_parser* ]] ||
    { echo "csm-cpp: the header-only object has no basic_parser symbol either: the check proves nothing" >&2; exit 1; }
echo "header-only, the same TU has basic_parser symbols"

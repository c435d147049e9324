#!/usr/bin/env bash
# package.pkg_config: tests/package/consumer compiled with nothing but `pkg-config --cflags --libs csm-cpp`
# against the install prefix of package.install, as a build without CMake would.
#   pkg_config.sh PREFIX WORK_DIR CXX CONSUMER_DIR VERSION
# Exit 77 (skipped) without pkg-config, unless CSM_REQUIRE_ALL_TESTS=1 (CI).
set -euo pipefail
prefix=$1 work_dir=$2 cxx=$3 consumer=$4 version=$5
source "$(dirname "$0")/common.sh"
command -v pkg-config >/dev/null || missing_tool "pkg-config not found: install pkg-config (Debian: pkg-config)"

export PKG_CONFIG_PATH=$prefix/share/pkgconfig
[ "$(pkg-config --modversion csm-cpp)" = "$version" ] || { echo "csm-cpp.pc: wrong version" >&2; exit 1; }
cflags=$(pkg-config --cflags csm-cpp)
libs=$(pkg-config --libs csm-cpp)
echo "cflags: $cflags"
echo "libs: $libs"
# C++20, the installed headers, and the Boost libraries the headers call into.
[[ " $cflags " == *" -std=c++20 "* ]] || { echo "csm-cpp.pc: no -std=c++20" >&2; exit 1; }
[[ " $cflags " == *" -I$(realpath "$prefix")/include "* || " $cflags " == *"$prefix"*"/include "* ]] ||
    { echo "csm-cpp.pc: the include folder is not the prefix's" >&2; exit 1; }
[[ " $libs " == *" -lboost_json "* && " $libs " == *" -lboost_url "* ]] ||
    { echo "csm-cpp.pc: Boost.JSON and Boost.URL are not linked" >&2; exit 1; }

rm -rf "$work_dir"
mkdir -p "$work_dir"
# shellcheck disable=SC2086 # the flags are words
"$cxx" $cflags -Wall -Wextra -Wpedantic -Werror "$consumer/main.cpp" -o "$work_dir/consumer" $libs
check_consumer_output "$work_dir/consumer" "$consumer/expected_output.txt"

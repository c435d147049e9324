#!/usr/bin/env bash
# package.conan: `conan create` of packaging/conan against the system Boost ([platform_requires]), offline,
# with CONAN_HOME in the build tree; the recipe's test_package builds and runs tests/package/consumer.
#   conan.sh SOURCE_DIR WORK_DIR CXX BOOST_VERSION
# Exit 77 (skipped) when conan is missing, unless CSM_REQUIRE_PACKAGE_TOOLS=1 (CI), which makes it a failure.
set -euo pipefail
source_dir=$1 work_dir=$2 cxx=$3 boost_version=$4
source "$(dirname "$0")/common.sh"

conan=$(command -v conan || true)
[ -n "$conan" ] || missing_tool "conan not found on PATH: install Conan 2 (pip install conan, or docs/install.md)"

rm -rf "$work_dir"
mkdir -p "$work_dir"
copy_package_sources "$source_dir" "$work_dir/src"
# The test_package builds the shared consumer program, which sits where it does in the repository.
mkdir -p "$work_dir/src/tests/package"
cp -r "$source_dir/tests/package/consumer" "$work_dir/src/tests/package/"
cp -r "$source_dir/packaging" "$work_dir/src/"

export CONAN_HOME=$work_dir/conan-home
# `conan profile detect` reads the compiler from CC and CXX.
case "$cxx" in
    *clang++*) cc=${cxx/clang++/clang} ;;
    *g++*) cc=${cxx/g++/gcc} ;;
    *) cc=cc ;;
esac
export CXX=$cxx CC=$cc
"$conan" profile detect --force >/dev/null
"$conan" remote disable conancenter >/dev/null
cat > "$work_dir/system-boost" <<PROFILE
[platform_requires]
boost/$boost_version

[settings]
compiler.cppstd=20

[conf]
tools.build:cxxflags=["-Wall", "-Wextra", "-Wpedantic", "-Werror"]
PROFILE

"$conan" create "$work_dir/src/packaging/conan" -pr:a default -pr:a "$work_dir/system-boost" --no-remote

#!/usr/bin/env bash
# `conan create` of packaging/conan, offline, with CONAN_HOME in the build tree; the recipe's test_package builds
# and runs tests/package/consumer. With the system Boost, also the compiled mode (header_only=False: the static
# library, and tests/package/consumer_compiled). BOOST says where Boost comes from:
#   platform  the system Boost through a profile's [platform_requires] (package.conan)
#   package   a boost package described as ConanCenter's is (tests/package/conan_boost; package.conan_boost_package)
#   conan.sh SOURCE_DIR WORK_DIR CXX BOOST_VERSION BOOST
# Exit 77 (skipped) when conan is missing, unless CSM_REQUIRE_ALL_TESTS=1 (CI), which makes it a failure.
set -euo pipefail
source_dir=$1 work_dir=$2 cxx=$3 boost_version=$4 boost=$5
source "$(dirname "$0")/common.sh"

conan=$(command -v conan || true)
[ -n "$conan" ] || missing_tool "conan not found on PATH: install Conan 2 (pip install conan, or docs/install.md)"

rm -rf "$work_dir"
mkdir -p "$work_dir"
copy_package_sources "$source_dir" "$work_dir/src"
# The test_package builds the shared consumer program, which sits where it does in the repository.
mkdir -p "$work_dir/src/tests/package"
cp -r "$source_dir/tests/package/consumer" "$source_dir/tests/package/consumer_compiled" \
    "$source_dir/tests/package/check_compiled.cmake" "$work_dir/src/tests/package/"
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
cat > "$work_dir/csm-test" <<PROFILE
[settings]
compiler.cppstd=20

[conf]
tools.build:cxxflags=["-Wall", "-Wextra", "-Wpedantic", "-Werror"]
user.csm_test:boost_libdir=$(dirname "$("$cxx" -print-file-name=libboost_json.so)")
PROFILE
if [ "$boost" = platform ]; then
    printf '\n[platform_requires]\nboost/%s\n' "$boost_version" >> "$work_dir/csm-test"
else
    "$conan" create "$(dirname "$0")/conan_boost" --version "$boost_version" -pr:a default -pr:a "$work_dir/csm-test"
fi

"$conan" create "$work_dir/src/packaging/conan" -pr:a default -pr:a "$work_dir/csm-test" --no-remote
# One compiled-mode package (a library build) is enough: the Boost flavour does not change what it compiles.
if [ "$boost" = platform ]; then
    "$conan" create "$work_dir/src/packaging/conan" -pr:a default -pr:a "$work_dir/csm-test" --no-remote \
        -o "csm-cpp/*:header_only=False"
    [ -n "$(find "$CONAN_HOME/p" -path '*/p/lib/libcsm-cpp.a')" ] ||
        { echo "csm-cpp: header_only=False packaged no libcsm-cpp.a" >&2; exit 1; }
fi

# With a boost package, the consumer's find_package(csm-cpp) finds Boost through what CMakeDeps generated.
if [ "$boost" = package ]; then
    grep -q '^Boost_DIR:PATH=.*/generators$' "$work_dir"/src/packaging/conan/test_package/build/*/CMakeCache.txt ||
        { echo "csm-cpp: the consumer did not use the Conan boost package" >&2; exit 1; }
fi
# The consumer found csm-cpp in Conan's cache, not some other csm-cpp on the machine.
grep -q "^csm-cpp_DIR:PATH=$CONAN_HOME/p/.*/share/csm-cpp/cmake$" "$work_dir"/src/packaging/conan/test_package/build/*/CMakeCache.txt ||
    { echo "csm-cpp: find_package(csm-cpp) did not find the Conan package" >&2; exit 1; }
# The recipe resolves its version from version.hpp by its own reading; the package must carry the header's.
header_version=$(sed -n 's/^#define CSM_VERSION_STRING "\([0-9.]*\)"$/\1/p' "$source_dir/include/csm/version.hpp")
references=$("$conan" list "csm-cpp/*" --format=json | grep -o '"csm-cpp/[^"#]*"' | sort -u | tr -d '"')
[ "$references" = "csm-cpp/$header_version" ] ||
    { echo "csm-cpp: the Conan package is '$references', version.hpp says $header_version" >&2; exit 1; }
echo "csm-cpp's Conan package consumed as a user would (Boost: $boost)"

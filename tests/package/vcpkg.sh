#!/usr/bin/env bash
# package.vcpkg: tests/package/consumer in vcpkg manifest mode, with our port (packaging/vcpkg/ports) as an
# overlay port that builds the commit under test (package.snapshot) through vcpkg_from_git, empty stand-ins
# for the Boost ports (the consumer then finds the system Boost), and vcpkg's post-build checks as errors.
# With the feature `compiled`, so that one port build gives both csm::csm and csm::csm_compiled
# (tests/package/consumer_compiled, checked by check_compiled.cmake).
#   vcpkg.sh SOURCE_DIR WORK_DIR CXX SNAPSHOT_DIR
# Needs VCPKG_ROOT (a vcpkg root with the vcpkg executable, the scripts and triplets, and the vcpkg-cmake and
# vcpkg-cmake-config ports). Exit 77 (skipped) without it, unless CSM_REQUIRE_ALL_TESTS=1 (CI).
set -euo pipefail
source_dir=$1 work_dir=$2 cxx=$3 snapshot=$4
source "$(dirname "$0")/common.sh"

root=${VCPKG_ROOT:-}
[ -n "$root" ] && [ -x "$root/vcpkg" ] ||
    missing_tool "no vcpkg: set VCPKG_ROOT to a vcpkg root that holds the vcpkg executable (docs/install.md)"
command -v ninja >/dev/null || missing_tool "vcpkg builds ports with Ninja: install ninja-build"

rm -rf "$work_dir"
mkdir -p "$work_dir"
# vcpkg writes into its root; a read-only one is used through a copy.
if [ ! -w "$root" ]; then
    cp -r "$root" "$work_dir/vcpkg-root"
    chmod -R u+w "$work_dir/vcpkg-root"
    root=$work_dir/vcpkg-root
fi
export VCPKG_ROOT=$root VCPKG_FORCE_SYSTEM_BINARIES=1 VCPKG_DISABLE_METRICS=1 VCPKG_BINARY_SOURCES=clear
export VCPKG_DEFAULT_BINARY_CACHE=$work_dir/binary-cache
mkdir -p "$VCPKG_DEFAULT_BINARY_CACHE"

# Empty stand-ins for the Boost ports the port declares (meta.vcpkg_port_dependencies checks that list against
# the headers' includes): the system Boost is found at configure time.
for port in $(grep -o '"boost-[a-z0-9-]*"' "$source_dir/packaging/vcpkg/ports/csm-cpp/vcpkg.json" | tr -d '"'); do
    mkdir -p "$work_dir/stand-in-ports/$port"
    printf '{"name": "%s", "version": "1.81.0"}\n' "$port" > "$work_dir/stand-in-ports/$port/vcpkg.json"
    echo 'set(VCPKG_POLICY_EMPTY_PACKAGE enabled)' > "$work_dir/stand-in-ports/$port/portfile.cmake"
done

# The triplet points the port at the commit under test (portfile.cmake reads these two variables).
mkdir -p "$work_dir/triplets"
cat > "$work_dir/triplets/x64-linux.cmake" <<TRIPLET
include("$root/triplets/x64-linux.cmake")
set(CSM_CPP_SOURCE_GIT_URL "file://$snapshot")
set(CSM_CPP_SOURCE_GIT_REF "$(cat "$snapshot.commit")")
TRIPLET

mkdir -p "$work_dir/manifest"
cat > "$work_dir/manifest/vcpkg.json" <<'MANIFEST'
{"name": "csm-consumer", "version": "0.0.0", "dependencies": [{"name": "csm-cpp", "features": ["compiled"]}]}
MANIFEST

consumer=$source_dir/tests/package/consumer
cmake -S "$consumer" -B "$work_dir/build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$root/scripts/buildsystems/vcpkg.cmake" \
    -DVCPKG_MANIFEST_DIR="$work_dir/manifest" \
    -DVCPKG_TARGET_TRIPLET=x64-linux \
    "-DVCPKG_OVERLAY_PORTS=$source_dir/packaging/vcpkg/ports;$work_dir/stand-in-ports" \
    -DVCPKG_OVERLAY_TRIPLETS="$work_dir/triplets" \
    "-DVCPKG_INSTALL_OPTIONS=--enforce-port-checks;--x-buildtrees-root=$work_dir/buildtrees;--x-packages-root=$work_dir/packages;--downloads-root=$work_dir/downloads" \
    -DCMAKE_CXX_COMPILER="$cxx" "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Wpedantic -Werror" \
    -DCSM_CONSUME_MODE=find_package -DCSM_CONSUMER_COMPILED=ON
cmake --build "$work_dir/build"
check_consumer_output "$work_dir/build/consumer" "$consumer/expected_output.txt"
cmake -DPROGRAM="$work_dir/build/consumer_compiled" \
    -DOBJECT_GLOB="$work_dir/build/CMakeFiles/consumer_compiled.dir/*main.cpp.o" \
    -DEXPECTED="$source_dir/tests/package/consumer_compiled/expected_output.txt" \
    -P "$source_dir/tests/package/check_compiled.cmake"
# The package came from vcpkg, not from some other csm-cpp on the machine.
grep -q "^csm-cpp_DIR:PATH=$work_dir/build/vcpkg_installed/x64-linux/share/csm-cpp$" "$work_dir/build/CMakeCache.txt" ||
    { echo "csm-cpp: find_package(csm-cpp) did not find vcpkg's package" >&2; exit 1; }

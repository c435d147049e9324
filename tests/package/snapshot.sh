#!/usr/bin/env bash
# package.snapshot: the working tree as a one-commit git repository (tracked and new files, without what
# .gitignore leaves out), so that the vcpkg and FetchContent tests fetch "the commit under test" through
# git as users do, uncommitted changes included.
#   snapshot.sh SOURCE_DIR OUT_DIR      (writes OUT_DIR, a git repository, and OUT_DIR.commit)
set -euo pipefail
source_dir=$1 out=$2
rm -rf "$out" "$out.commit"
mkdir -p "$out"
if git -C "$source_dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$source_dir" && git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
        xargs -0 cp --parents -t "$out")
else
    # Not a clone (an unpacked archive): everything but the build folders.
    (cd "$source_dir" && find . -mindepth 1 -maxdepth 1 ! -name build ! -name 'build-*' -exec cp -r -t "$out" {} +)
fi
git -C "$out" init -q
git -C "$out" add -A
git -C "$out" -c user.name=csm-cpp-tests -c user.email=tests@csm-cpp.invalid commit -q -m "csm-cpp under test"
git -C "$out" rev-parse HEAD > "$out.commit"
echo "snapshot $(cat "$out.commit") of $source_dir"

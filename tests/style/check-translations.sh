#!/usr/bin/env bash
# Fails when the German or Danish translations are behind the sources: a text lupdate finds that
# the .ts files lack (a message added or reworded without `--target update_translations`), or one
# left unfinished. Either way a user of that language would meet English.
set -euo pipefail
source_dir=$1
lupdate=${2:-}
cd "$source_dir"
[ -n "$lupdate" ] && [ -x "$lupdate" ] || { echo "SKIP: lupdate is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/*.ts "$work/"
# The same options as the update_translations target, so that a current file comes back unchanged.
"$lupdate" -no-obsolete -locations none -I core -I ui -I app core ui app -ts "$work"/*.ts >"$work/lupdate.log" 2>&1 \
    || { cat "$work/lupdate.log"; exit 1; }
status=0
for ts in translations/*.ts; do
    if ! diff -u "$ts" "$work/$(basename "$ts")" >"$work/diff"; then
        echo "$ts is behind the sources; run: cmake --build build --target update_translations, then translate:"
        # A diff that adds no <source> (a changed translation only) must not stop the script here.
        { grep '^+.*<source>' "$work/diff" || true; } | head -20
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -gt 0 ]; then
        echo "$ts has $unfinished unfinished translations (Qt Linguist lists them)"
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations current: $(ls translations/*.ts | wc -l) files"
exit $status

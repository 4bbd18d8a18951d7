#!/usr/bin/env bash
# Validates the desktop entry or the AppStream metainfo with the freedesktop tools.
# Exits 77 (reported by CTest as skipped) when the tool is not installed: a missing validator must
# never look like a pass. Any hint or warning counts as a failure, so the files stay clean.
#   check-desktop-files.sh desktop FILE
#   check-desktop-files.sh metainfo FILE
set -euo pipefail
kind=$1
file=$2

case "$kind" in
desktop)
    command -v desktop-file-validate >/dev/null || { echo "SKIP: desktop-file-validate is not installed (Debian package desktop-file-utils)"; exit 77; }
    output=$(desktop-file-validate "$file" 2>&1) || { echo "$output"; exit 1; }
    ;;
metainfo)
    command -v appstreamcli >/dev/null || { echo "SKIP: appstreamcli is not installed (Debian package appstream)"; exit 77; }
    output=$(appstreamcli validate --no-net --no-color "$file" 2>&1) || { echo "$output"; exit 1; }
    # Success is reported in words; anything beyond that line is a finding.
    output=$(printf '%s\n' "$output" | grep -v -e '^✔ Validation was successful' -e '^$' || true)
    ;;
*)
    echo "usage: $0 desktop|metainfo FILE" >&2
    exit 2
    ;;
esac

if [ -n "$output" ]; then
    echo "$output"
    exit 1
fi
echo "$file: valid"

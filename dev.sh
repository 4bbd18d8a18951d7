#!/usr/bin/env bash
# Linkwright's two set-up commands on Debian 12. Both install what is missing, build, and are
# safe to run again:
#   ./dev.sh demo   start the console on the demo project (simulated ERP and shop, SQLite)
#   ./dev.sh test   build with warnings as errors and run every test (what CI runs)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build="${LINKWRIGHT_BUILD_DIR:-$here/build}"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libsqlite3-dev libqt6svg6 qt6-qpa-plugins
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqcustomplot-dev libsimdjson-dev libmimalloc-dev libxxhash-dev
    breeze-icon-theme xvfb xauth tzdata
)
test_packages=(clang-format desktop-file-utils appstream poppler-utils)
# The Tryton end-to-end suite (label e2e) runs a throwaway Tryton 6.0 from these; without them it
# reports a skip with the reason.
tryton_packages=(
    tryton-server tryton-modules-party tryton-modules-company tryton-modules-currency
    tryton-modules-country tryton-modules-product tryton-modules-stock tryton-modules-sale
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${missing[@]}"
}

# configure_and_build CMAKE_OPTIONS... [-- TARGETS...]
configure_and_build() {
    local options=() targets=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
    [ $# -gt 0 ] && shift && targets=("$@")
    say "Building in $build"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}" >/dev/null
    cmake --build "$build" --parallel "$(nproc)" ${targets[@]:+--target "${targets[@]}"}
}

demo() {
    install_missing "${packages[@]}"
    configure_and_build -DLINKWRIGHT_WERROR=OFF -- linkwright linkwright-sim linkwright-cli
    local port=47800 sim_pid=""
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        say "Starting linkwright-sim on 127.0.0.1:$port"
        "$build/app/sim/linkwright-sim" --port "$port" &
        sim_pid=$!
        trap '[ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null' EXIT
    else
        say "Something already listens on port $port; using it as the simulator"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        say "No display found: starting the console inside a virtual X server (xvfb-run)."
        xvfb-run -a "$build/app/gui/linkwright" --demo
    else
        "$build/app/gui/linkwright" --demo
    fi
}

run_tests() {
    install_missing "${packages[@]}" "${test_packages[@]}"
    install_missing "${tryton_packages[@]}" ||
        say "The Tryton packages could not be installed: the Tryton end-to-end suite will report a skip."
    configure_and_build -DLINKWRIGHT_WERROR=ON -DLINKWRIGHT_BUILD_TESTS=ON
    say "Running every test"
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
}

case "${1:-}" in
    demo) demo ;;
    test) run_tests ;;
    *)
        echo "usage: ./dev.sh demo | test" >&2
        exit 2
        ;;
esac

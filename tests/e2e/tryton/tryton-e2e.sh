#!/usr/bin/env bash
# A throwaway Tryton server for the end-to-end suite, driven by CTest fixtures:
#   tryton-e2e.sh setup STATE      create a database in a temporary folder, start trytond, seed it
#   tryton-e2e.sh stop DIR         stop the server (the suite also does this mid-test)
#   tryton-e2e.sh start DIR        start it again on the same port and database
#   tryton-e2e.sh teardown STATE   stop the server and remove the folder, whatever happened before
# STATE is a small key=value file the test reads: dir, url, database, password, seed, or skip
# with the reason when Tryton cannot run here. Setup never fails for want of Tryton: the test
# then reports a skip with that reason, never a pass.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
database=e2e
modules=(party company currency country product stock sale)

say() { printf 'tryton-e2e: %s\n' "$*" >&2; }

skip() {
    say "SKIP: $1"
    printf 'skip=%s\n' "$1" >"$state"
    [ -n "${dir:-}" ] && stop_server "$dir"
    exit 0
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_server() {
    local dir=$1 port
    port=$(cat "$dir/port")
    # Naive datetimes in Tryton's answers are server time: UTC keeps them comparable.
    # timeout: a server the teardown never reached still goes away on its own.
    TZ=UTC setsid timeout 900 "$(command -v trytond)" -c "$dir/trytond.conf" >>"$dir/trytond.log" 2>&1 &
    echo $! >"$dir/trytond.pid"
    for _ in $(seq 1 150); do
        port_open "$port" && return 0
        kill -0 "$(cat "$dir/trytond.pid")" 2>/dev/null || return 1
        sleep 0.2
    done
    return 1
}

stop_server() {
    local dir=$1 pid port
    [ -f "$dir/trytond.pid" ] || return 0
    pid=$(cat "$dir/trytond.pid")
    port=$(cat "$dir/port" 2>/dev/null || echo 0)
    # setsid made the server a process group of its own: end the group, not a name.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$dir/trytond.pid"
    for _ in $(seq 1 50); do
        port_open "$port" || return 0
        sleep 0.1
    done
}

setup() {
    rm -f "$state"
    command -v trytond >/dev/null && command -v trytond-admin >/dev/null ||
        skip "trytond is not installed (Debian packages tryton-server and tryton-modules-{${modules[*]}}; ./dev.sh test installs them)"
    command -v python3 >/dev/null || skip "python3 is needed to seed Tryton"
    dir=$(mktemp -d -t linkwright-tryton.XXXXXX) || skip "cannot create a temporary folder"
    local port
    port=$(free_port) || skip "no free port"
    echo "$port" >"$dir/port"
    printf 'admin-%s\n' "$RANDOM$RANDOM" >"$dir/password"
    cat >"$dir/trytond.conf" <<EOF
[database]
uri = sqlite://
path = $dir
[web]
listen = 127.0.0.1:$port
[session]
timeout = 36000
max_attempt = 100
EOF
    : >"$dir/$database.sqlite"
    say "creating the database in $dir (about 40 s)"
    TRYTONPASSFILE="$dir/password" trytond-admin -c "$dir/trytond.conf" -d "$database" --all \
        --email admin@example.com --activate-dependencies -u "${modules[@]}" >"$dir/admin.log" 2>&1 ||
        skip "trytond-admin could not create the database: $(tail -n 1 "$dir/admin.log")"
    start_server "$dir" || skip "trytond did not start: $(tail -n 1 "$dir/trytond.log")"
    python3 "$here/seed.py" "http://127.0.0.1:$port/" "$database" "$dir/password" "$dir/seed.json" 2>"$dir/seed.log" ||
        skip "seeding Tryton failed: $(tail -n 1 "$dir/seed.log")"
    {
        printf 'dir=%s\n' "$dir"
        printf 'url=http://127.0.0.1:%s/\n' "$port"
        printf 'database=%s\n' "$database"
        printf 'password=%s\n' "$dir/password"
        printf 'seed=%s\n' "$dir/seed.json"
    } >"$state"
    say "Tryton listens on 127.0.0.1:$port"
}

teardown() {
    local dir
    dir=$(sed -n 's/^dir=//p' "$state" 2>/dev/null)
    if [ -n "$dir" ] && [ -d "$dir" ]; then
        stop_server "$dir"
        rm -rf -- "$dir"
    fi
    rm -f "$state"
}

case "${1:-}" in
    setup) state=$2 && setup ;;
    teardown) state=$2 && teardown ;;
    stop) stop_server "$2" ;;
    start) start_server "$2" ;;
    *)
        echo "usage: tryton-e2e.sh setup STATE | teardown STATE | stop DIR | start DIR" >&2
        exit 2
        ;;
esac

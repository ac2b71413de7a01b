#!/usr/bin/env bash
# WLT Desk developer bootstrap: the one script behind README's two commands.
#
#   ./dev.sh app  [wltdesk options]   open the desktop app on the demo event
#                                     (on a virtual screen, xvfb-run, if there is no display)
#   ./dev.sh test [pytest arguments]  run the test suite (Qt offscreen)
#
# Each run makes sure that, in this order:
#   1. the system libraries Qt, the PDF checks, the PostgreSQL tests and the
#      frozen-app build need are installed (Debian/Ubuntu: installed with apt-get
#      when run as root, listed with the sudo command otherwise);
#   2. .venv exists (Python >= 3.11) and holds the exact pins of
#      requirements-dev.txt plus this checkout in editable mode; pip only runs
#      when the requirements files or pyproject.toml changed since last time.
# Set PYTHON to choose the interpreter that creates .venv (default python3).
# packaging/fresh-machine.sh runs both commands on a bare Debian root to prove this list.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
STAMP="$VENV/.wltdesk-requirements.sha256"
PYTHON="${PYTHON:-python3}"

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { printf 'dev.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
    cat >&2 <<'EOF'
usage: ./dev.sh app  [wltdesk options]    open the app on the demo event
       ./dev.sh test [pytest arguments]   run the tests
EOF
    exit 2
}

# Libraries Qt loads offscreen, the xcb set for a real window, fonts with Bengali
# glyphs, a virtual screen, PDF-to-PNG for the print checks, PostgreSQL for
# the tests that run against a real server (see PLATFORM.md), and binutils
# (objdump, objcopy, strip), which PyInstaller needs to build the app bundle
# that tests/test_frozen.py runs. For the .deb made from that bundle: dpkg-dev
# (dpkg-shlibdeps derives its Depends:) and the libraries only Qt's printing and
# Wayland plugins load (libcups2, libwayland-*), which dpkg-shlibdeps must find.
# The tests check the shell scripts with shellcheck (and actionlint the workflow's).
APT_PACKAGES=(
    libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libx11-6
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
    fonts-noto-core fonts-dejavu-core xvfb xauth poppler-utils postgresql binutils
    dpkg-dev libcups2 libwayland-client0 libwayland-cursor0 shellcheck faketime
)

is_installed() {
    # Newer Ubuntu renamed some libraries with a "t64" suffix; either name counts.
    local name
    for name in "$1" "${1}t64"; do
        if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed'; then
            return 0
        fi
    done
    return 1
}

venv_base_python() {
    # The X.Y and real path of the interpreter .venv is (or will be) made from.
    local python="$PYTHON"
    [[ -x "$VENV/bin/python" ]] && python="$VENV/bin/python"
    "$python" -c 'import os, sys
base = getattr(sys, "_base_executable", "") or sys.executable
print("%d.%d" % sys.version_info[:2], os.path.realpath(base))' 2>/dev/null
}

python_library_package() {
    # PyInstaller (the frozen-app test) needs the Python shared library. A distribution's
    # own Python (a file dpkg owns) ships it separately, as libpython3.X; a pyenv or
    # python.org build either has it next to itself or was built without (not fixable here).
    local version exe
    read -r version exe < <(venv_base_python) || return 0
    [[ -n "${exe:-}" ]] || return 0
    if dpkg-query -S "$exe" >/dev/null 2>&1; then
        printf 'libpython%s\n' "$version"
    fi
}

ensure_system_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "not a Debian/Ubuntu system: install Qt's system libraries, poppler and PostgreSQL"
        say "yourself if something fails (README.md names them)"
        return 0
    fi
    local wanted=("${APT_PACKAGES[@]}") missing=() pkg library started=$SECONDS
    if [[ ! -x "$VENV/bin/python" ]] && ! "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1; then
        wanted+=(python3-venv)
    fi
    library="$(python_library_package)"
    [[ -n "$library" ]] && wanted+=("$library")
    for pkg in "${wanted[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if [[ "$(id -u)" -eq 0 ]]; then
        say "installing system packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null \
            || die "apt-get update failed (no network?); missing: ${missing[*]}"
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
            || die "apt-get install failed; missing: ${missing[*]}"
        say "system packages installed in $((SECONDS - started)) s"
    else
        say "missing system packages: ${missing[*]}"
        say "install them with:"
        say "  sudo apt-get install --no-install-recommends ${missing[*]}"
        say "continuing without them (some tests may fail or skip)"
    fi
}

check_python() {
    # $1: interpreter; fails unless it runs and is at least 3.11.
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null
}

requirements_hash() {
    "$VENV/bin/python" - <<'EOF'
import hashlib
digest = hashlib.sha256()
for name in ("requirements.txt", "requirements-dev.txt", "pyproject.toml"):
    with open(name, "rb") as f:
        digest.update(name.encode() + b"\0" + f.read() + b"\0")
print(digest.hexdigest())
EOF
}

ensure_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found; install Python 3.11 or newer"
        if ! check_python "$PYTHON"; then
            die "$("$PYTHON" -V 2>&1) is too old: WLT Desk needs Python 3.11 or newer (set PYTHON=...)"
        fi
        say "creating .venv with $("$PYTHON" -V 2>&1)"
        "$PYTHON" -m venv "$VENV" || die "could not create .venv (on Debian: apt-get install python3-venv)"
    fi
    if ! check_python "$VENV/bin/python"; then
        die ".venv has no working Python 3.11 or newer; remove it (rm -rf .venv) and run again"
    fi
    local want
    want="$(requirements_hash)"
    if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" && -x "$VENV/bin/wltdesk" ]]; then
        return 0
    fi
    say "installing Python packages into .venv (requirements-dev.txt, then wltdesk in editable mode)"
    local started=$SECONDS
    rm -f "$STAMP"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e .
    printf '%s\n' "$want" >"$STAMP"
    say "Python packages installed in $((SECONDS - started)) s"
}

run_app() {
    export LANG="${LANG:-C.UTF-8}"
    # The demo goes into the store the app opens: pass it the app's --db, and only that
    # (the other options, e.g. `gui --exit-after-show`, are not the demo command's).
    local args=("$@") demo=() i
    for ((i = 0; i < ${#args[@]}; i++)); do
        case "${args[i]}" in
            --db=*) demo+=("${args[i]}") ;;
            --db) if ((i + 1 < ${#args[@]})); then demo+=(--db "${args[i + 1]}"); fi ;;
        esac
    done
    "$VENV/bin/wltdesk" demo --if-missing ${demo[@]+"${demo[@]}"} >/dev/null
    if [[ "$(uname -s)" == Linux && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" \
          && -z "${QT_QPA_PLATFORM:-}" ]]; then
        # A server, an SSH session, CI: the app still starts, on a virtual screen
        # (xvfb is in APT_PACKAGES, so step 1 installed it when run as root).
        command -v xvfb-run >/dev/null 2>&1 || die "no display (DISPLAY is not set) and no \
xvfb-run for a virtual one; install it: sudo apt-get install --no-install-recommends xvfb xauth"
        say "no display (DISPLAY is not set): starting the app on a virtual screen (xvfb-run);"
        say "it runs but cannot be seen. Ctrl+C stops it."
        exec xvfb-run --auto-servernum --server-args="-screen 0 1366x768x24" \
            "$VENV/bin/wltdesk" "$@"
    fi
    exec "$VENV/bin/wltdesk" "$@"
}

run_tests() {
    export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
    local rc=0
    "$VENV/bin/python" -m pytest -q "$@" || rc=$?
    if [[ $rc -eq 5 ]]; then
        say "pytest collected no tests: counted as a failure"
        exit 1
    fi
    exit "$rc"
}

[[ $# -ge 1 ]] || usage
command="$1"
shift
case "$command" in
    app | test) ;;
    -h | --help | help) usage ;;
    *) say "unknown command: $command"; usage ;;
esac

ensure_system_packages
ensure_venv
case "$command" in
    app) run_app "$@" ;;
    test) run_tests "$@" ;;
esac

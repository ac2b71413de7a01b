#!/usr/bin/env bash
# README's two commands on a bare Debian machine, so a missing install step cannot hide
# behind whatever a developer's (or CI's) machine already has.
#
#   sudo packaging/fresh-machine.sh [pytest arguments]
#
#   1. debootstrap a bare root: --variant=minbase, this host's release, from the mirror
#      apt uses here, with only python3, git and ca-certificates added;
#   2. git clone this checkout into it (/root/wltdesk): the committed HEAD, so commit first;
#   3. mount /proc, a private /dev (its own device nodes, /dev/pts, /dev/shm) and a
#      read-only /sys in the root, in a mount and PID namespace of its own when `unshare`
#      works here; everything is unmounted, and what still runs in the root is stopped,
#      on exit;
#   4. as root, with no display, run `./dev.sh app gui --exit-after-show` (dev.sh installs
#      the system and Python packages, then, finding no display, starts the app on a
#      virtual screen with xvfb-run; it quits once its window is shown), then
#      `./dev.sh test [pytest arguments]` (the whole suite, frozen app included; the
#      frozen tests leave the .deb they built in /root/artifacts);
#   5. install that .deb on a CLEAN root, a copy of the bare root taken in step 1 before
#      anything was installed in it, with apt-get, and check it there
#      (packaging/deb-smoke.sh: the Depends: must bring every library the app needs; the
#      app runs from /usr/bin; purging it leaves the user's data). apt's package lists
#      and downloaded packages come from the first root, so this needs no download of
#      what dev.sh already fetched. Skipped, and said so, when the suite built no .deb;
#   6. delete the root (FRESH_KEEP=1 keeps it and prints where it is).
#
# Settings (environment): FRESH_ROOT (the folder to build in; must not exist or be empty;
# default a new /var/tmp/wltdesk-fresh.XXXXXX), FRESH_MIRROR (default: the host's),
# FRESH_KEEP=1, FRESH_APP_TIMEOUT (seconds for step 4's first command, default 2400).
# Passed into the root when set: CI, WLTDESK_REQUIRE_POSTGRES, proxy variables and the
# CA-bundle variables pip and requests read; the host's own added CA certificates
# (/usr/local/share/ca-certificates) are installed in the root too, so HTTPS works behind
# the same TLS-inspecting proxy as here. Nothing else of the host's set-up goes in.
#
# Exit status: 0 when both commands and the .deb check succeeded; 75 when no bare root could be built here
# (not root, no debootstrap, the mirror unreachable) and nothing was tested: .ci/run then
# runs the suite on the host instead; anything else: a step or a test failed.
# shellcheck disable=SC2317  # the clean-up functions run from traps
set -euo pipefail

SELF="$(readlink -f "${BASH_SOURCE[0]}")"
EX_NO_ROOT=75
CLEAN=/var/tmp/wltdesk-clean-root  # inside the root: the untouched copy for step 5
ARTIFACTS=/root/artifacts           # inside the root: where the frozen tests leave the .deb
PASSED_VARIABLES=(
    CI WLTDESK_REQUIRE_POSTGRES
    http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY
    PIP_CERT SSL_CERT_FILE REQUESTS_CA_BUNDLE PIP_DEFAULT_TIMEOUT
)

say() { printf 'fresh-machine: %s\n' "$*" >&2; }
die() { printf 'fresh-machine: error: %s\n' "$*" >&2; exit 1; }
cannot_build() { printf 'fresh-machine: cannot build a bare root: %s\n' "$*" >&2; exit "$EX_NO_ROOT"; }
took() { printf '%d s' "$((SECONDS - $1))"; }

# ---------------------------------------------------------------- inside the namespace
MOUNTED=()

mount_system() {
    # A private /dev (a tmpfs with its own nodes, a new devpts instance): nothing under the
    # root is the host's /dev, so no stray process or deletion in the root can touch it.
    local root="$1" node name major minor
    mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
    MOUNTED+=("$root/proc")
    mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys"
    MOUNTED+=("$root/sys")
    mount -t tmpfs -o mode=0755,nosuid,size=16m dev "$root/dev"
    MOUNTED+=("$root/dev")
    for node in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
        IFS=: read -r name major minor <<<"$node"
        mknod -m 0666 "$root/dev/$name" c "$major" "$minor"
    done
    ln -s /proc/self/fd "$root/dev/fd"
    ln -s /proc/self/fd/0 "$root/dev/stdin"
    ln -s /proc/self/fd/1 "$root/dev/stdout"
    ln -s /proc/self/fd/2 "$root/dev/stderr"
    ln -s pts/ptmx "$root/dev/ptmx"
    mkdir -m 0755 "$root/dev/pts"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5 devpts "$root/dev/pts"
    MOUNTED+=("$root/dev/pts")
    # PostgreSQL's shared memory and Python's multiprocessing need a real /dev/shm.
    mkdir -m 1777 "$root/dev/shm"
    mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
    MOUNTED+=("$root/dev/shm")
}

stop_processes_in() {
    # Whatever still runs in the root (an Xvfb, a test's PostgreSQL), by id. /proc is this
    # namespace's own (unshare --mount-proc), so the ids are the ones kill understands.
    local root="$1" proc pids=() signal where
    for signal in TERM KILL; do
        pids=()
        for proc in /proc/[0-9]*; do
            where="$(readlink "$proc/root" 2>/dev/null)" || continue
            [[ "$where" == "$root" || "$where" == "$root"/* ]] && pids+=("${proc#/proc/}")
        done
        [[ ${#pids[@]} -eq 0 ]] && return 0
        say "stopping what still runs in the root (SIG$signal): ${pids[*]}"
        kill "-$signal" "${pids[@]}" 2>/dev/null || true
        sleep 2
    done
}

unmount_system() {
    local root="$1" i
    stop_processes_in "$root"
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTED[i]}" 2>/dev/null || umount --lazy "${MOUNTED[i]}" \
            || say "could not unmount ${MOUNTED[i]}"
    done
    MOUNTED=()
}

in_folder() {
    # One command in a root as root, from a folder in it, with a bare login's environment.
    local root="$1" folder="$2" name env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                             HOME=/root USER=root LOGNAME=root SHELL=/bin/bash TERM="${TERM:-dumb}")
    shift 2
    for name in "${PASSED_VARIABLES[@]}"; do
        [[ -n "${!name:-}" ]] && env+=("$name=${!name}")
    done
    # shellcheck disable=SC2016  # $1 and $@ are the inner shell's: the folder, the command
    chroot "$root" /usr/bin/env -i "${env[@]}" /bin/bash -c 'cd "$1" && shift && exec "$@"' \
        fresh "$folder" "$@"
}

in_root() {
    # One command in the root, from the clone.
    local root="$1"
    shift
    in_folder "$root" /root/wltdesk "$@"
}

check_deb_on_clean_root() {
    # Step 5: the .deb the suite built, installed with apt-get on the untouched copy.
    local root="$1" clean="$1$CLEAN" debs
    debs=("$root$ARTIFACTS"/wltdesk_*.deb)
    if [[ ! -f "${debs[0]}" ]]; then
        say "step 5 SKIPPED: the suite built no .deb (frozen tests deselected or failed)"
        return 0
    fi
    mount_system "$clean"
    cp -a "$root/var/lib/apt/lists/." "$clean/var/lib/apt/lists/"
    mount --bind "$root/var/cache/apt/archives" "$clean/var/cache/apt/archives"
    MOUNTED+=("$clean/var/cache/apt/archives")
    cp "${debs[0]}" "$root/root/wltdesk/packaging/deb-smoke.sh" "$clean/tmp/"
    in_folder "$clean" /tmp ./deb-smoke.sh "./${debs[0]##*/}"
}

inside() {
    local root="$1" started rc=0
    shift
    trap 'unmount_system "$root"' EXIT
    trap 'exit 130' INT TERM
    mount_system "$root"
    if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
        cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
        in_root "$root" update-ca-certificates >/dev/null 2>&1 \
            || say "update-ca-certificates failed in the root"
    fi

    say "step 1 of 3, as root without a display: ./dev.sh app gui --exit-after-show"
    started=$SECONDS
    in_root "$root" timeout "${FRESH_APP_TIMEOUT:-2400}" ./dev.sh app gui --exit-after-show \
        || rc=$?
    say "./dev.sh app finished in $(took "$started") with exit status $rc"
    [[ $rc -eq 0 ]] || exit "$rc"

    say "step 2 of 3: ./dev.sh test $*"
    started=$SECONDS
    in_root "$root" env WLTDESK_ARTIFACTS="$ARTIFACTS" ./dev.sh test "$@" || rc=$?
    say "./dev.sh test finished in $(took "$started") with exit status $rc"

    say "step 3 of 3: the .deb, installed with apt-get on a clean root (packaging/deb-smoke.sh)"
    started=$SECONDS
    deb_rc=0
    check_deb_on_clean_root "$root" || deb_rc=$?
    say "the .deb check finished in $(took "$started") with exit status $deb_rc"
    [[ $rc -ne 0 ]] || rc=$deb_rc
    exit "$rc"
}

if [[ "${1:-}" == __inside__ ]]; then
    shift
    inside "$@"
fi

# ---------------------------------------------------------------- on the host
[[ "$(id -u)" -eq 0 ]] || cannot_build "debootstrap, chroot and mount need root (run with sudo)"
command -v apt-get >/dev/null 2>&1 || cannot_build "not a Debian/Ubuntu host (no apt-get)"
SOURCE="$(git -C "$(dirname "$SELF")" rev-parse --show-toplevel)"
HEAD="$(git -C "$SOURCE" rev-parse HEAD)"
if [[ -n "$(git -C "$SOURCE" status --porcelain --untracked-files=no)" ]]; then
    say "note: uncommitted changes in $SOURCE are NOT tested; the root gets HEAD ${HEAD:0:12}"
fi

# shellcheck source=/dev/null
SUITE="$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")"
[[ -n "$SUITE" ]] || cannot_build "/etc/os-release names no release (VERSION_CODENAME)"
# shellcheck disable=SC2016  # $(REPO_URI)... are apt's format fields, not shell
MIRROR="${FRESH_MIRROR:-$(apt-get indextargets --format '$(REPO_URI) $(RELEASE) $(TARGET_OF)' \
    2>/dev/null | awk -v suite="$SUITE" '$2 == suite && $3 == "deb" { print $1; exit }')}"
[[ -n "$MIRROR" ]] || cannot_build "apt has no source for $SUITE here (set FRESH_MIRROR)"

if ! command -v debootstrap >/dev/null 2>&1; then
    say "installing debootstrap on this host"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap \
        >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null 2>&1 \
             && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
                --no-install-recommends debootstrap >/dev/null 2>&1; } \
        || cannot_build "debootstrap is not installed and apt-get could not install it"
fi

if [[ -n "${FRESH_ROOT:-}" ]]; then
    mkdir -p "$FRESH_ROOT"
    [[ -z "$(ls -A "$FRESH_ROOT")" ]] || die "FRESH_ROOT=$FRESH_ROOT is not empty"
    ROOT="$(readlink -f "$FRESH_ROOT")"
else
    ROOT="$(mktemp -d /var/tmp/wltdesk-fresh.XXXXXX)"
    chmod 0755 "$ROOT"  # it is the root's /: _apt and postgres must get past it too
fi

mounts_under() {
    # Mount points at or under $1 as this process sees them (mountinfo field 5).
    awk -v root="$1" '$5 == root || index($5, root "/") == 1 { print $5 }' /proc/self/mountinfo
}

cleanup() {
    local rc=$?
    if [[ -n "$(mounts_under "$ROOT")" ]]; then
        say "still mounted under $ROOT, so it is NOT deleted: $(mounts_under "$ROOT" | xargs)"
    elif [[ "${FRESH_KEEP:-}" == 1 ]]; then
        say "kept the root: $ROOT (chroot $ROOT; delete it with rm -rf when done)"
    else
        rm -rf --one-file-system "$ROOT"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "building a bare Debian $SUITE root in $ROOT from $MIRROR (debootstrap, minbase)"
started=$SECONDS
if ! debootstrap --variant=minbase --include=python3,git,ca-certificates \
        "$SUITE" "$ROOT" "$MIRROR" >"$ROOT.debootstrap.log" 2>&1; then
    tail -n 15 "$ROOT.debootstrap.log" >&2
    rm -f "$ROOT.debootstrap.log"
    cannot_build "debootstrap failed (is $MIRROR reachable?); its last lines are above"
fi
rm -f "$ROOT.debootstrap.log"
say "debootstrap done in $(took "$started"): $("$ROOT/usr/bin/python3" -V 2>&1 || true)"

# Services installed in the root must not start (a chroot has no init; the PostgreSQL
# package would start a cluster on the host's port 5432): Debian's policy-rc.d switch.
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
chmod 0755 "$ROOT/usr/sbin/policy-rc.d"

# The clean copy for step 5: the bare root as debootstrap left it, services held back.
started=$SECONDS
mkdir -p "$ROOT$CLEAN"
tar --numeric-owner --one-file-system -C "$ROOT" --exclude=".$CLEAN" -cf - . \
    | tar --numeric-owner -C "$ROOT$CLEAN" -xpf -
say "kept a clean copy of the bare root for the .deb check ($CLEAN, $(took "$started"))"

git clone --quiet --no-hardlinks "$SOURCE" "$ROOT/root/wltdesk"
if [[ "$(git -C "$ROOT/root/wltdesk" rev-parse HEAD)" != "$HEAD" ]]; then
    git -C "$ROOT/root/wltdesk" fetch --quiet origin "$HEAD"
    git -C "$ROOT/root/wltdesk" checkout --quiet --detach "$HEAD"
fi
say "cloned $SOURCE at ${HEAD:0:12} into /root/wltdesk"

started=$SECONDS
rc=0
NAMESPACES=(--mount --propagation private --pid --fork --kill-child --mount-proc)
if unshare "${NAMESPACES[@]}" true 2>/dev/null; then
    # Mounts made in a private mount namespace never show on the host, and everything
    # started in the PID namespace ends with it, even if this script is killed.
    unshare "${NAMESPACES[@]}" bash "$SELF" __inside__ "$ROOT" "$@" || rc=$?
else
    say "unshare does not work here: mounting in this host's namespace (unmounted on exit)"
    bash "$SELF" __inside__ "$ROOT" "$@" || rc=$?
fi
say "the two commands and the .deb check took $(took "$started"); exit status $rc"
exit "$rc"

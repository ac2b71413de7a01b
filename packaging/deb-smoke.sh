#!/usr/bin/env bash
# Install a WLT Desk .deb on a clean Debian/Ubuntu system the way a user does, and check
# it there. Run as root, on a system that never had WLT Desk or its libraries (a fresh
# debootstrap root, a new container):
#
#   packaging/deb-smoke.sh wltdesk_<version>_<arch>.deb
#
#   1. apt-get install ./wltdesk_<version>_<arch>.deb: apt fetches its Depends: (apt-get
#      update first when apt has no package lists), and dpkg --verify finds the files
#      as packed;
#   2. every ELF file under /opt/wltdesk finds every library it needs (ldd, with the
#      folders the bundle's loader adds): the Depends: cover Qt's xcb, Wayland and
#      printing plugins too, which an offscreen run never loads;
#   3. as a new user, through /usr/bin: `wltdesk --version`, the demo event in the
#      default store (~/.local/share/WLT Desk), a badge sheet and the event report as
#      PDFs, and `wltdesk-gui` shown offscreen and closed; the menu entry and icons are
#      in place;
#   4. apt-get purge wltdesk: the program, links, menu entry and icons are gone, and the
#      user's store is still there, unchanged.
#
# packaging/fresh-machine.sh runs it in a clean copy of its bare root after the test
# suite; the release workflow runs it in a new Debian container. Exit status 0 when
# every check passed.
set -euo pipefail

say() { printf 'deb-smoke: %s\n' "$*" >&2; }
die() { printf 'deb-smoke: FAILED: %s\n' "$*" >&2; exit 1; }

[[ $# -eq 1 && -f "$1" ]] || { echo "usage: $0 wltdesk_<version>_<arch>.deb" >&2; exit 2; }
[[ "$(id -u)" -eq 0 ]] || die "run as root (apt-get install)"
deb="$(readlink -f "$1")"
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8
started=$SECONDS
user=facilitator

if dpkg-query -W -f='${Status}' wltdesk 2>/dev/null | grep -q 'install ok installed'; then
    die "wltdesk is already installed here: this check needs a system without it"
fi
if [[ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -print -quit)" ]]; then
    say "apt has no package lists: apt-get update"
    apt-get update -qq >/dev/null
fi

say "1. apt-get install $deb"
chmod 0644 "$deb"  # apt reads local packages as its _apt user
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
dpkg-query -W -f='${Status} ${Version}\n' wltdesk
# (Minimal container images keep dpkg from installing /usr/share/doc: not a problem.)
problems="$(dpkg --verify wltdesk | grep -v ' /usr/share/doc/' || true)"
[[ -z "$problems" ]] || die "dpkg --verify: $problems"
say "installed in $((SECONDS - started)) s"

say "2. every library of /opt/wltdesk is found"
mapfile -t folders < <(find /opt/wltdesk -name '*.so*' -printf '%h\n' | sort -u)
library_path="$(IFS=:; printf '%s' "${folders[*]}")"
missing=""
while IFS= read -r -d '' file; do
    [[ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" == '177ELF' ]] || continue
    lost="$(LD_LIBRARY_PATH="$library_path" ldd "$file" 2>/dev/null | grep 'not found' || true)"
    [[ -z "$lost" ]] || missing+="${file}: ${lost//$'\n'/ }"$'\n'
done < <(find /opt/wltdesk -type f \( -name '*.so*' -o -perm -u+x \) -print0)
[[ -z "$missing" ]] || die "libraries not found (Depends: incomplete?):"$'\n'"$missing"

say "3. the app through /usr/bin, as a new user"
id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$user"
home="$(getent passwd "$user" | cut -d: -f6)"
as_user() {
    runuser -u "$user" -- env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@"
}
[[ "$(readlink -f /usr/bin/wltdesk)" == /opt/wltdesk/wltdesk ]] || die "/usr/bin/wltdesk"
as_user wltdesk --version
as_user wltdesk demo >/dev/null
store="$home/.local/share/WLT Desk/wltdesk.sqlite"
[[ -s "$store" ]] || die "the demo event is not in the default store $store"
as_user wltdesk print badges --out "$home/badges.pdf" >/dev/null
as_user wltdesk print report --out "$home/report.pdf" >/dev/null
for pdf in badges report; do
    [[ "$(head -c 5 "$home/$pdf.pdf")" == "%PDF-" ]] || die "$pdf.pdf is not a PDF"
done
as_user wltdesk-gui gui --exit-after-show 2>"$home/gui.err" || die "wltdesk-gui: $(cat "$home/gui.err")"
if grep -E 'Could not load the Qt platform plugin|Cannot load library|Traceback' "$home/gui.err"; then
    die "wltdesk-gui reported a problem (above)"
fi
[[ -f /usr/share/applications/wltdesk.desktop ]] || die "no menu entry"
grep -qx 'Exec=wltdesk-gui' /usr/share/applications/wltdesk.desktop || die "menu entry Exec="
[[ -f /usr/share/icons/hicolor/256x256/apps/wltdesk.png ]] || die "no 256 px icon"
before="$(sha256sum "$store")"

say "4. apt-get purge wltdesk: the user's data stays"
apt-get purge -y -qq wltdesk >/dev/null
for gone in /usr/bin/wltdesk /usr/bin/wltdesk-gui /opt/wltdesk \
            /usr/share/applications/wltdesk.desktop /usr/share/icons/hicolor/256x256/apps/wltdesk.png; do
    [[ ! -e "$gone" && ! -L "$gone" ]] || die "$gone is still there after purge"
done
[[ "$(sha256sum "$store")" == "$before" ]] || die "the user's store changed or went away: $store"
say "all checks passed in $((SECONDS - started)) s; $store is still there"

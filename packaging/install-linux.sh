#!/bin/sh
# Adds WLT Desk to this user's application menu: no administrator rights needed.
# Run it from the unpacked folder (it stays where it is; move the folder first if you want
# it elsewhere, then run this again):
#
#   ./install-linux.sh            add the menu entry and icon for this user
#   ./install-linux.sh --remove   take them away again (your events are not touched)
#
# Writes ~/.local/share/applications/wltdesk.desktop and
# ~/.local/share/icons/hicolor/<size>/apps/wltdesk.png (XDG_DATA_HOME if set).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/wltdesk.desktop"
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/wltdesk.png"; done
    echo "WLT Desk removed from the application menu."
    exit 0
fi

[ -x "$here/wltdesk-gui" ] || { echo "install-linux.sh: no wltdesk-gui next to this script" >&2; exit 1; }
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/icons/wltdesk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/wltdesk.png"
done
mkdir -p "$data/applications"
# The entry names the program by its full path, quoted for folders with spaces.
escaped="$(printf '%s' "$here/wltdesk-gui" | sed 's/[\\"`$]/\\\\&/g')"
EXEC_LINE="Exec=\"$escaped\"" awk '/^Exec=/ { print ENVIRON["EXEC_LINE"]; next } { print }' \
    "$here/wltdesk.desktop" >"$entry"
chmod 644 "$entry"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
fi
echo "WLT Desk added to the application menu ($entry)."

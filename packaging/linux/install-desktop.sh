#!/bin/sh
# Install Thematic's desktop entry, icons and the .thematic MIME type for the current user, so a
# double-clicked project opens in Thematic.
#   from the bundle:   thematic/desktop/install-desktop.sh
#   from a checkout:   packaging/linux/install-desktop.sh [PATH-TO-thematic]
#   undo:              install-desktop.sh --uninstall
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
ICONS="$HERE/icons"                                   # the bundle's desktop/icons
[ -d "$ICONS" ] || ICONS="$HERE/../../app/gui/icons"  # a source checkout
SIZES="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/thematic.desktop" "$DATA/mime/packages/thematic-mime.xml" \
        "$DATA/icons/hicolor/scalable/apps/thematic.svg" \
        "$DATA/icons/hicolor/scalable/mimetypes/application-x-thematic-project.svg"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/thematic.png" \
            "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-thematic-project.png"
    done
else
    if [ -n "${1:-}" ]; then BINARY="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    elif [ -x "$HERE/../thematic" ]; then BINARY="$(cd "$HERE/.." && pwd)/thematic"
    else BINARY="$(command -v thematic || true)"
    fi
    [ -n "$BINARY" ] && [ -x "$BINARY" ] || { echo "install-desktop: thematic not found; pass its path" >&2; exit 1; }
    mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps" \
        "$DATA/icons/hicolor/scalable/mimetypes"
    sed "s|^Exec=thematic |Exec=\"$BINARY\" |" "$HERE/thematic.desktop" >"$DATA/applications/thematic.desktop"
    cp "$HERE/thematic-mime.xml" "$DATA/mime/packages/thematic-mime.xml"
    cp "$ICONS/thematic.svg" "$DATA/icons/hicolor/scalable/apps/thematic.svg"
    cp "$ICONS/thematic.svg" "$DATA/icons/hicolor/scalable/mimetypes/application-x-thematic-project.svg"
    for size in $SIZES; do
        mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps" "$DATA/icons/hicolor/${size}x${size}/mimetypes"
        cp "$ICONS/thematic-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/thematic.png"
        cp "$ICONS/thematic-$size.png" \
            "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-thematic-project.png"
    done
fi
# refresh the caches when the tools exist (desktop-file-utils, shared-mime-info, gtk)
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "install-desktop: done (${1:-install})"

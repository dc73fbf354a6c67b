#!/usr/bin/env bash
# Build, sign, notarize and package Thematic.app as a DMG on macOS (11 or newer, Xcode command line tools).
# Not runnable on Linux; review it against the checklist in packaging/README.md before a release.
#   export SIGN_ID="Developer ID Application: NAME (TEAMID)"   # from `security find-identity -v -p codesigning`
#   export NOTARY_PROFILE=thematic   # once: xcrun notarytool store-credentials thematic --apple-id … --team-id …
#   packaging/macos/build_macos.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
VERSION="$("$PYTHON" -c 'import app; print(app.__version__)')"
cd "$ROOT"

# 1. the icon: an .icns made from the PNGs rendered from app/gui/icons/thematic.svg
ICONSET="$(mktemp -d)/thematic.iconset"
mkdir -p "$ICONSET"
for size in 16 32 64 128 256 512; do
    cp "app/gui/icons/thematic-$size.png" "$ICONSET/icon_${size}x${size}.png"
done
for size in 16 32 128 256; do
    cp "app/gui/icons/thematic-$((size * 2)).png" "$ICONSET/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$ICONSET" -o packaging/macos/thematic.icns

# 2. the app: the spec's BUNDLE step writes dist/Thematic.app with CFBundleDocumentTypes for .thematic
"$PYTHON" -m PyInstaller --noconfirm packaging/thematic.spec
APP="dist/Thematic.app"
cp LICENSE app/THIRD-PARTY-NOTICES.txt "$APP/Contents/Resources/"

# 3. sign every binary inside out with the hardened runtime, then the app itself
find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime --sign "$SIGN_ID"
codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist \
    --sign "$SIGN_ID" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

# 4. the disk image, signed, notarized and stapled
DMG="dist/Thematic-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "Thematic $VERSION" -srcfolder "$APP" -ov -format UDZO "$DMG"
codesign --force --timestamp --sign "$SIGN_ID" "$DMG"
xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "$DMG"
xcrun stapler validate "$DMG"
spctl --assess --type open --context context:primary-signature --verbose "$DMG"
echo "built $DMG"

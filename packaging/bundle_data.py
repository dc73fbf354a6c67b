"""What the frozen bundle must carry besides Python modules: every file the package reads at run time."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (glob relative to the repository, why the running app needs it)
DATA_FILES: list[tuple[str, str]] = [
    ("app/storage/migrations/env.py", "Alembic runs it by path to create and upgrade projects"),
    ("app/storage/migrations/script.py.mako", "Alembic's revision template (read with the migrations)"),
    ("app/storage/migrations/versions/*.py", "Alembic loads each revision by path, not by import"),
    ("app/gui/translations/*.qm", "Qt translations for THEMATIC_LANG / the system language (ru, kk)"),
    ("app/core/fonts/*.ttf", "DejaVu fonts embedded in every PDF (Cyrillic and Kazakh letters)"),
    ("app/core/fonts/LICENSE-DejaVu.txt", "the fonts' licence travels with the fonts"),
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

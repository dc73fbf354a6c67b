"""Interface languages: Qt translators loaded from the .qm files shipped in app/gui/translations."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def chosen_language() -> str:
    """Return the interface language: THEMATIC_LANG if set, else the system's when we have it, else English."""
    wanted = os.environ.get("THEMATIC_LANG") or QLocale.system().name()
    code = wanted.split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translator for a language; English's holds only plural forms ("1 answer", "2 answers")."""
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"thematic_{language}.qm")):
        return None
    app.installTranslator(translator)
    if language == "en":
        return translator
    qt_own = QTranslator(translator)  # Qt's standard buttons and dialogs (Close, Cancel, Yes, No…)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    return translator

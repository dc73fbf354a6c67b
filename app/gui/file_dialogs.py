"""File dialogs that never open the files they list, so an open project keeps its locks.

On POSIX, closing any descriptor of a file releases every lock the process holds on it. Qt's default
icon provider reads a file of unknown type to guess it (a .thematic project is one), which silently
dropped SQLite's locks on the open project. These dialogs name and draw files from their names alone.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from a file's name and kind (stat), never from its contents."""

    def icon(self, what) -> QIcon:  # noqa: D401 - Qt override
        """A folder, drive or plain file icon."""
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
            if what.isDir():
                return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
            return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if what == QAbstractFileIconProvider.IconType.Folder:
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        if what == QAbstractFileIconProvider.IconType.Drive:
            return style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt override
        """'Folder', or the file's extension: what the name says."""
        if info.isDir():
            return QApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        return (
            QApplication.translate("FileDialogs", "%1 file").replace("%1", suffix.upper())
            if suffix
            else QApplication.translate("FileDialogs", "File")
        )


def make_dialog(
    parent: QWidget | None, title: str, start: str, file_filter: str, *, save: bool
) -> QFileDialog:
    """Build Qt's own (non-native) file dialog with the name-only icon provider."""
    dialog = QFileDialog(parent, title, start, file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog.icon_provider = provider  # the dialog does not own it: keep it alive as long as the dialog
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _ask(dialog: QFileDialog) -> str:
    """Run a dialog; the chosen path, or empty when cancelled."""
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        return dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()


def ask_open_path(parent: QWidget | None, title: str, start: str, file_filter: str) -> str:
    """Ask for an existing file to read."""
    return _ask(make_dialog(parent, title, start, file_filter, save=False))


def ask_save_path(parent: QWidget | None, title: str, start: str, file_filter: str) -> str:
    """Ask where to write a new file (the dialog confirms replacing one)."""
    return _ask(make_dialog(parent, title, start, file_filter, save=True))

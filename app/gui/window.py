"""The main window: start screen or an open project (coding workspace and codebook), menus, undo/redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.embeddings import semantic_available
from app.core.sync_folders import shared_folder_risk
from app.gui import codebook_files, merge_dialog, report_dialog
from app.gui.about import AboutDialog
from app.gui.codebook_editor import CodebookEditor
from app.gui.crash_log import open_log_folder
from app.gui.dialogs import CoderDialog, ShortcutsDialog
from app.gui.error_banner import ErrorBanner
from app.gui.file_dialogs import ask_open_path, ask_save_path
from app.gui.groups_dialog import open_groups_dialog
from app.gui.live_updates import LiveUpdates
from app.gui.meaning import MeaningController
from app.gui.passwords import ask_password, display_target, split_password, with_password
from app.gui.refi_exchange import RefiExchange
from app.gui.report_dialog import DataExportDialog, ReportDialog, open_in_viewer
from app.gui.review import ReviewDialog
from app.gui.settings import AppSettings
from app.gui.start_screen import StartScreen
from app.gui.style import clamp_to_screen, fit_to_screen
from app.gui.suggestion_review import open_suggestion_review
from app.gui.tasks import TaskBar, TaskRunner
from app.gui.workspace import CodingWorkspace
from app.project import Project
from app.project.outcomes import Changes, ProjectError

PROJECT_FILTER = "Thematic projects (*.thematic);;All files (*)"
BIG_STEP = 2000  # rows an undo or redo step may touch before it runs in the background


class MainWindow(QMainWindow):
    """One window per running app; it owns the open project and the coder's session."""

    def __init__(self, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.project: Project | None = None
        self.coder = ""
        self.role = ""  # the coder's role when the project has roles (owner, coder, reader)
        self.runner = TaskRunner(self)
        self.opener = open_in_viewer  # how written reports are shown; tests replace it
        self.review: ReviewDialog | None = None
        self.start = StartScreen()
        self.workspace = CodingWorkspace()
        self.codebook = CodebookEditor()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.workspace, self.tr("Coding"))
        self.tabs.addTab(self.codebook, self.tr("Codebook"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.tabs)
        self.error_banner = ErrorBanner()
        self.live = LiveUpdates(self)  # others' changes as they happen; the server connection's state
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.live.banner)
        column.addWidget(self.error_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.task_bar = TaskBar(self.runner)
        self.coder_label = QLabel()
        self.meaning = MeaningController(self.runner, self.workspace.suggester.set_meaning, self)
        self.statusBar().addPermanentWidget(self.task_bar)
        self.statusBar().addPermanentWidget(self.meaning.label)
        self.statusBar().addPermanentWidget(self.coder_label)
        self.start.new_requested.connect(self.ask_new_project)
        self.start.open_requested.connect(self.ask_open_project)
        self.start.demo_requested.connect(self.open_demo)
        self.start.recent_chosen.connect(lambda target: self.open_project(target))
        for view in (self.workspace, self.codebook):
            view.changed.connect(self._on_changed)
            view.failed.connect(self.show_error)
        self._make_menus()
        self.workspace.blind = settings.flag("blind", True)
        self.blind_action.setChecked(self.workspace.blind)
        self.show_start()
        self.restore_geometry()

    # ----- menus -----------------------------------------------------------------------------------
    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New project…"), self.ask_new_project, QKeySequence.StandardKey.New)
        self._action(
            file_menu, self.tr("&Open project…"), self.ask_open_project, QKeySequence.StandardKey.Open
        )
        self.import_action = self._action(
            file_menu, self.tr("&Import survey…"), self.open_import_wizard, "Ctrl+I"
        )
        self.merge_action = self._action(
            file_menu, self.tr("&Merge coder's project…"), self.ask_merge_project
        )
        self.refi = RefiExchange(self)
        self.refi.add_file_entries(file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file_menu, self.tr("Open the &demo survey"), self.open_demo)
        file_menu.addSeparator()
        self.report_action = self._action(
            file_menu, self.tr("Export &report…"), self.open_report_dialog, "Ctrl+E"
        )
        self.data_action = self._action(file_menu, self.tr("Export coded &data…"), self.open_data_export)
        self.codebook_pdf_action = self._action(
            file_menu, self.tr("Export code&book PDF…"), self.ask_codebook_pdf
        )
        file_menu.addSeparator()
        self.copy_action = self._action(file_menu, self.tr("Save a cop&y…"), self.ask_save_copy)
        self.switch_action = self._action(file_menu, self.tr("Switch &coder…"), self.ask_coder_again)
        self.close_action = self._action(file_menu, self.tr("&Close project"), self.close_project, "Ctrl+W")
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit_menu, self.tr("Undo"), self.undo, "Ctrl+Z")
        self.redo_action = self._action(edit_menu, self.tr("Redo"), self.redo, "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        codebook_menu = self.menuBar().addMenu(self.tr("&Codebook"))
        self.codebook_actions = [
            self._action(
                codebook_menu, self.tr("&New empty codebook…"), lambda: codebook_files.empty_codebook(self)
            ),
            self._action(
                codebook_menu,
                self.tr("&Import codebook (YAML, JSON)…"),
                lambda: codebook_files.import_codebook_file(self),
            ),
            self._action(
                codebook_menu,
                self.tr("&Export codebook (YAML, JSON)…"),
                lambda: codebook_files.export_codebook_file(self),
            ),
        ]
        self.history_action = self._action(edit_menu, self.tr("&History…"), self.open_history, "Ctrl+H")
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.blind_action = self._action(
            view_menu, self.tr("&Blind coding (hide other coders)"), self._on_blind
        )
        self.blind_action.setCheckable(True)
        self.advance_action = self._action(
            view_menu, self.tr("&Move to the next answer after coding"), self._on_advance
        )
        self.advance_action.setCheckable(True)
        analysis_menu = self.menuBar().addMenu(self.tr("&Analysis"))
        self.review_action = self._action(
            analysis_menu, self.tr("&Agreement review…"), self.open_review, "Ctrl+R"
        )
        self._action(
            analysis_menu,
            self.tr("&Suggestion review…"),
            lambda: open_suggestion_review(self, self.project, self.coder, self.runner, self._replayed),
        )
        self._action(
            analysis_menu,
            self.tr("Near-&duplicate answers…"),
            lambda: open_groups_dialog(
                self, self.project, self.coder, self.runner, self.workspace.question_id, self._replayed
            ),
        )
        self.meaning_action = self._action(
            analysis_menu, self.tr("Embed answers by &meaning"), lambda: self.meaning.resume()
        )
        self.meaning_action.setVisible(semantic_available())
        refi_menu = self.refi.add_codebook_menu(self.menuBar())  # its entries join the one Codebook menu
        codebook_menu.addSeparator()
        for action in refi_menu.actions():
            codebook_menu.addAction(action)
        self.menuBar().removeAction(refi_menu.menuAction())
        codebook_menu.aboutToShow.connect(self.refi.update_actions)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Keyboard &shortcuts"), self.show_shortcuts, "F1")
        self._action(help_menu, self.tr("Open &log folder"), open_log_folder)
        self._action(help_menu, self.tr("&About Thematic"), lambda: AboutDialog(self).exec())

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for target in self.settings.recent_projects():
            action = self.recent_menu.addAction(display_target(target))
            action.triggered.connect(lambda _c=False, t=target: self.open_project(t))

    # ----- projects --------------------------------------------------------------------------------
    def show_start(self) -> None:
        """Show the start screen with the recent projects."""
        self.start.set_recent(self.settings.recent_projects())
        self.stack.setCurrentWidget(self.start)
        self._update_title()
        self._update_undo()

    def open_project(self, target: str, coder: str | None = None) -> bool:
        """Open a project and start coding as `coder` (asked for, or remembered, when not given)."""
        try:
            project = Project.open(self.settings.connect_target(target))
            coder = coder or self._choose_coder(project, target)
            if not coder:
                project.close()
                return False
            project.user = coder  # team roles and blind mode know who reads
            # reading only: a reader may not write, and a coder's row comes with their first coding
            role = project.identity(coder)[1] if project.roles() else ""
        except ProjectError as exc:
            password = ask_password(self, target, str(exc))  # a database that wants a password
            if password:
                return self.open_project(with_password(split_password(target)[0], password), coder)
            self.show_error(str(exc))
            return False
        self._close_current()
        self.project, self.coder, self.role = project, coder, role
        self.settings.add_recent(target)
        self.settings.set_coder_for(target, coder)
        self.workspace.open(project, coder, read_only=role == "reader")
        self.codebook.open(project, coder)
        self.live.attach(project, coder)
        self.meaning.open(project)
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.workspace)
        self.workspace.table.setFocus()
        self._update_title()
        self._update_undo()
        self._warn_if_shared(target)
        return True

    def _warn_if_shared(self, target: str) -> None:
        """Once per project: a synced or network folder must not have the project open on two machines."""
        risk = None if "://" in target else shared_folder_risk(target)
        if risk is None or self.settings.flag(f"shared-warned/{Path(target).name}", False):
            return
        self.settings.set_flag(f"shared-warned/{Path(target).name}", True)
        QMessageBox.warning(
            self,
            "Thematic",
            self.tr(
                "This project is in %1. Never open it on two machines at once through such a folder: "
                "the copies overwrite each other's work. To code on another machine, use File ▸ Save a "
                "copy…, send the copy, and bring the work back with File ▸ Merge coder's project…."
            ).replace("%1", risk),
        )

    def create_project(self, target: str, coder: str, title: str = "", codebook=None) -> bool:
        """Create a project starting from the chosen codebook (None: empty) and open it."""
        try:
            Project.create(target, title=title or Path(target).stem, codebook=codebook).close()
        except ProjectError as exc:
            self.show_error(str(exc))
            return False
        return self.open_project(target, coder)

    def ask_new_project(self) -> None:
        """Ask for a file name and create a project there."""
        path = ask_save_path(
            self, self.tr("New project"), str(Path.home() / "study.thematic"), PROJECT_FILTER
        )
        if path:
            if not path.endswith(".thematic"):
                path += ".thematic"
            accepted, codebook = codebook_files.ask_starting_codebook(self)
            coder = self._ask_coder([], None, Path(path).stem) if accepted else None
            if coder:
                self.create_project(path, coder, codebook=codebook)

    def ask_open_project(self) -> None:
        """Ask for a project file and open it."""
        path = ask_open_path(self, self.tr("Open project"), str(Path.home()), PROJECT_FILTER)
        if path:
            self.open_project(path)

    def open_demo(self) -> None:
        """Build the demo survey project in the background (first time) and open it."""
        from app.gui.demo_project import demo_target
        from app.project.demo import build_demo_project

        target = demo_target()
        if Path(target).exists():
            self.open_project(target)
            return

        def build(progress) -> None:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            build_demo_project(target, progress).close()

        self.runner.run(
            self.tr("Building the demo survey"),
            build,
            on_done=lambda _r: self.open_project(target),
            on_error=lambda exc: self.show_error(str(exc)),
        )

    def close_project(self) -> None:
        """Close the project and go back to the start screen."""
        self._close_current()
        self.settings.forget_last_project()
        self.show_start()

    def _close_current(self) -> None:
        self.error_banner.dismiss()
        self.live.detach()
        if self.review is not None:
            self.review.close()
            self.review = None
        self.meaning.close()
        if self.project is not None:
            self.project.close()
        self.project, self.coder, self.role = None, "", ""

    def _choose_coder(self, project: Project, target: str) -> str | None:
        remembered = self.settings.coder_for(target)
        if remembered:
            return remembered
        return self._ask_coder([c.name for c in project.coders()], None, project.title)

    def _ask_coder(self, known: list[str], suggested: str | None, title: str) -> str | None:
        dialog = CoderDialog(known, suggested, title, self)
        return dialog.coder() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_save_copy(self) -> None:
        """File ▸ Save a copy: a complete project file to send or keep (safe while coding goes on)."""
        if self.project is None:
            return
        if "://" in self.project.target:
            self.show_error(self.tr("A PostgreSQL project is copied with pg_dump, not from the window."))
            return
        source = Path(self.project.target)
        start = str(source.with_name(f"{source.stem}-copy.thematic"))
        path = ask_save_path(self, self.tr("Save a copy"), start, PROJECT_FILTER)
        if not path:
            return
        if not path.endswith(".thematic"):
            path += ".thematic"
        if Path(path).resolve() == source.resolve():
            self.show_error(self.tr("A copy needs a name of its own, not the open project's."))
            return
        if Path(path).exists():  # the dialog asked before replacing; a copy is written to a new file
            Path(path).unlink()
        project = self.project
        self.runner.run(
            self.tr("Saving a copy"),
            lambda _progress: project.save_copy(path),
            on_done=lambda _r: self.statusBar().showMessage(
                self.tr("Saved a copy as %1").replace("%1", path), 5000
            ),
            on_error=lambda exc: self.show_error(str(exc)),
        )

    def ask_coder_again(self) -> None:
        """Let someone else code on this machine (File ▸ Switch coder)."""
        if self.project is None:
            return
        coder = self._ask_coder([c.name for c in self.project.coders()], self.coder, self.project.title)
        if coder and coder != self.coder:
            target = self.project.target
            self.settings.set_coder_for(target, coder)
            self.open_project(target, coder)

    def open_import_wizard(self) -> None:
        """Open the survey import wizard for the current project."""
        if self.project is None:
            self.show_error(self.tr("Open or create a project first, then import a survey into it."))
            return
        from app.gui.import_wizard import ImportWizard

        wizard = ImportWizard(self.project, self.runner, self)
        wizard.imported.connect(self._on_changed)
        wizard.open()
        self.import_wizard = wizard

    # ----- merging, review, exports -----------------------------------------------------------------
    def ask_merge_project(self) -> None:
        """File ▸ Merge coder's project: bring another coder's file in on the task runner, then summarise."""
        if self.project is None:
            return
        path = merge_dialog.choose_project_file(self, str(Path(self.project.target).parent))
        if not path:
            return
        project = self.project
        self.runner.run(
            self.tr("Merging %1").replace("%1", Path(path).name),
            lambda _progress: project.merge_from(path),
            on_done=lambda changes: self._on_merged(Path(path).name, changes),
            on_error=lambda exc: self.show_error(str(exc)),
        )

    def _on_merged(self, file_name: str, changes: Changes) -> None:
        if self.project is None:
            return
        self.workspace.reload_codebook()
        self.workspace.set_blind(self.workspace.blind)
        if self.workspace.question_id:
            self.workspace.show_question(self.workspace.question_id)
        self.codebook.reload()
        self._refresh_review()
        self._update_undo()
        self.merge_summary = merge_dialog.MergeSummaryDialog(file_name, changes.detail, self)
        self.merge_summary.open()

    def open_review(self) -> None:
        """Analysis ▸ Agreement review: every coder's codings side by side, disagreements settled."""
        if self.project is None:
            return
        if self.review is not None:
            self.review.close()
        self.review = ReviewDialog(self.project, self.coder, self.runner, self)
        self.review.changed.connect(self._on_changed)
        self.review.show()
        self.review.activateWindow()

    def _refresh_review(self) -> None:
        if self.review is not None and self.review.isVisible():
            self.review.load_disagreements()

    def open_report_dialog(self) -> None:
        """File ▸ Export report: the PDF summary."""
        if self.project is not None:
            self.report_dialog = ReportDialog(self.project, self.runner, lambda p: self.opener(p), self)
            self.report_dialog.open()

    def open_data_export(self) -> None:
        """File ▸ Export coded data: CSV, TSV or XLSX."""
        if self.project is not None:
            self.data_dialog = DataExportDialog(self.project, self.runner, lambda p: self.opener(p), self)
            self.data_dialog.open()

    def ask_codebook_pdf(self) -> None:
        """File ▸ Export codebook PDF."""
        if self.project is None:
            return
        target = Path(self.project.target)
        start = str(target.parent / f"{target.stem}-codebook.pdf") if "://" not in self.project.target else ""
        path = report_dialog.choose_save_path(self, self.tr("Export codebook PDF"), start, "PDF (*.pdf)")
        if path:
            report_dialog.export_codebook(
                self, self.project, self.runner, path, lambda p: self.opener(p), self.show_error
            )

    # ----- undo / redo -------------------------------------------------------------------------------
    def undo(self) -> None:
        """Revert this coder's last action (a big step runs in the background with progress)."""
        self._replay(undo=True)

    def redo(self) -> None:
        """Repeat this coder's last undone action."""
        self._replay(undo=False)

    def _replay(self, *, undo: bool) -> None:
        if self.project is None or self.runner.busy:
            return
        project, coder = self.project, self.coder
        step = project.undo_label(coder) if undo else project.redo_label(coder)
        if step is None:
            return
        replay = project.undo if undo else project.redo
        if project.step_size(coder, undo=undo) < BIG_STEP:
            try:
                changes = replay(coder)
            except ProjectError as exc:
                self._replay_refused(str(exc))
                return
            self._replayed(changes)
            return
        title = (self.tr("Undoing %1") if undo else self.tr("Redoing %1")).replace("%1", step)
        self.runner.run(
            title,
            lambda _progress: replay(coder),
            on_done=self._replayed,
            on_error=lambda exc: self._replay_refused(str(exc)),
        )

    def _replay_refused(self, message: str) -> None:
        """Say why an undo or redo was refused, and show what the Edit menu offers now."""
        self._update_undo()
        self.statusBar().showMessage(message, 8000)
        QMessageBox.information(self, self.tr("Undo"), message)

    def _replayed(self, changes: Changes | None) -> None:
        if changes is None:
            return
        self.workspace.apply_changes(changes)
        if changes.label.startswith(("Undo ", "Redo ")):
            self.workspace.show_changed_answer(changes)
        self.codebook.reload()
        self._refresh_review()
        self.statusBar().showMessage(changes.label, 3000)
        self._update_undo()

    def _on_changed(self, changes: Changes) -> None:
        """A view wrote something: refresh the other views and the Edit menu."""
        if changes.survey:
            self.meaning.resume()  # new answers get their vectors
        if changes.codebook or changes.survey:
            if self.sender() is not self.workspace:
                self.workspace.apply_changes(changes)
            if self.sender() is not self.codebook:
                self.codebook.reload()
        elif self.tabs.currentWidget() is self.codebook:
            self.codebook.reload()
        self._update_undo()

    def _update_undo(self) -> None:
        undo = self.project.undo_label(self.coder) if self.project else None
        redo = self.project.redo_label(self.coder) if self.project else None
        self.undo_action.setText(self.tr("Undo %1").replace("%1", undo) if undo else self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo %1").replace("%1", redo) if redo else self.tr("Redo"))
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        for action in (
            self.import_action,
            self.close_action,
            self.copy_action,
            self.switch_action,
            self.merge_action,
            self.report_action,
            self.data_action,
            self.codebook_pdf_action,
            self.review_action,
            *self.codebook_actions,
            self.history_action,
        ):
            action.setEnabled(self.project is not None)

    # ----- misc --------------------------------------------------------------------------------------
    def open_history(self) -> None:
        """Edit ▸ History: the audit trail, filterable, with undo of this coder's last steps."""
        if self.project is None:
            return
        from app.gui.history_view import HistoryDialog

        self.history_dialog = HistoryDialog(self.project, self.coder, self.undo, self)
        self.history_dialog.show()

    def restore_geometry(self) -> None:
        """Take the remembered position and size, clamped to the screen (a smaller or scaled one too)."""
        fit_to_screen(self, 1280, 800)
        remembered = self.settings.window_rect()
        screen = self.screen() or QApplication.primaryScreen()
        if remembered is not None and screen is not None:
            self.setGeometry(clamp_to_screen(QRect(*remembered), screen.availableGeometry()))

    def save_geometry(self) -> None:
        """Remember where the window was, for the next start."""
        rect = self.geometry()
        self.settings.set_window_rect((rect.x(), rect.y(), rect.width(), rect.height()))

    def _update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle("Thematic")
            self.coder_label.setText("")
        else:
            self.setWindowTitle(f"{self.project.title} — {self.coder} — Thematic")
            self.coder_label.setText(
                self.tr("Coder: %1").replace("%1", self.coder)
                + (f"  ·  {self._role_name(self.role)}" if self.role else "")
                + (self.tr("  ·  blind") if self.workspace.blind else "")
            )

    def _role_name(self, role: str) -> str:
        """The person's role in the project, in the window's language."""
        names = {"owner": self.tr("owner"), "coder": self.tr("coder"), "reader": self.tr("reader")}
        return names.get(role, role)

    def _on_tab(self, _index: int) -> None:
        if self.project is not None and self.tabs.currentWidget() is self.codebook:
            self.codebook.reload()
        elif self.project is not None:
            self.workspace.table.setFocus()

    def _on_blind(self) -> None:
        self.workspace.set_blind(self.blind_action.isChecked())
        self.settings.set_flag("blind", self.blind_action.isChecked())
        self._update_title()

    def _on_advance(self) -> None:
        self.workspace.advance_after_coding = self.advance_action.isChecked()

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts."""
        ShortcutsDialog(self).exec()

    def show_error(self, message: str) -> None:
        """Tell the user what went wrong: a banner that stays until dismissed, or a box when nothing is open."""
        self.statusBar().showMessage(message, 8000)
        if self.project is not None:
            self.error_banner.show_error(message)
        elif QApplication.instance() is not None and self.isVisible():
            QMessageBox.warning(self, "Thematic", message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_geometry()
        self.runner.shutdown()
        self.live.detach()
        self.workspace.shutdown()
        if self.project is not None:
            self.project.close()
        event.accept()

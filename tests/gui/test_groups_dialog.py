"""The near-duplicate groups dialog: a whole group is coded in one undoable step, odd answers left out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.core.models import Codebook, Theme
from app.core.near_duplicates import DuplicateGroup
from app.gui.groups_dialog import GroupsDialog, open_groups_dialog
from app.gui.groups_panel import decision_name, group_title
from app.gui.tasks import TaskRunner
from app.project import Project
from app.storage.survey_store import WaveRows, insert_wave

TEXTS = [
    "Нужно больше рекламы порталов",
    "more advertising on TV please",
    "нет",
    "no",
    "жоқ",
    "the site is hard to use",
    "the site is hard to use!",
    "больше рекламы в соцсетях",
]
NON_ANSWERS = (2, 3, 4)


@pytest.fixture
def project(tmp_path):
    """Eight answers in three languages (three non-answers, two near-identical complaints), two themes."""
    p = Project.create(
        str(tmp_path / "groups.thematic"),
        title="Groups",
        codebook=Codebook(
            name="cb",
            themes=(
                Theme(id="aw", name="awareness", color="#4e79a7", position=1),
                Theme(id="us", name="usability", color="#f28e2b", position=2),
            ),
        ),
    )
    with p._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "x",
                [("Q", "?")],
                [(f"r{i}", {}) for i in range(len(TEXTS))],
                [(f"r{i}", "Q", t) for i, t in enumerate(TEXTS)],
                0,
            ),
        )
    yield p
    p.close()


@pytest.fixture
def runner(qtbot):
    """A task runner like the window's, shut down after the test."""
    r = TaskRunner()
    yield r
    r.shutdown()


@pytest.fixture
def host(qtbot) -> QWidget:
    """A parent window for the dialog, alive for the whole test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _open(qtbot, host, project, runner, changes: list) -> GroupsDialog:
    question_id = project.questions()[0].id
    dialog = open_groups_dialog(host, project, "ann", runner, question_id, changes.append)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.groups), timeout=5000)
    return dialog


def test_non_answer_group_coded_as_no_theme_in_one_undo_step(qtbot, host, project, runner):
    """Key 0 marks нет / no / жоқ as 'no theme applies' together; one undo reverts all three."""
    ids = [r.id for r in project.responses()]
    changes: list = []
    dialog = _open(qtbot, host, project, runner, changes)
    group = dialog.groups[dialog.current_index()]
    assert set(group.response_ids) == {ids[i] for i in NON_ANSWERS}
    assert dialog.checked_ids() == list(group.response_ids)
    qtbot.keyClick(dialog.group_list, Qt.Key.Key_0)
    assert project.coder_codings("ann") == {}  # asked first, with the count
    assert dialog.confirm_bar.isVisible()
    assert dialog.confirm_text.text().startswith("Mark 3 answer(s) of this group as “no theme applies”?")
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)
    assert dialog.confirm_bar.isHidden()
    assert project.coder_codings("ann") == {ids[i]: frozenset() for i in NON_ANSWERS}
    assert dialog.done_labels == {dialog.groups.index(group): "no theme applies"}
    assert dialog.progress.text() == f"1 of {len(dialog.groups)} groups coded"
    assert len(changes) == 1 and changes[0].response_ids == frozenset(group.response_ids)
    assert project.undo("ann") is not None
    assert project.coder_codings("ann") == {}


def test_unticked_answer_is_left_out_of_a_theme(qtbot, host, project, runner):
    """An answer unticked before key 1 stays uncoded; the rest get the first theme in one step."""
    dialog = _open(qtbot, host, project, runner, [])
    group = dialog.groups[dialog.current_index()]
    dialog.answers.item(1).setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClick(dialog.group_list, Qt.Key.Key_1)
    assert dialog.confirm_text.text().startswith("Code 2 answer(s) of this group as “awareness”?")
    qtbot.keyClick(dialog.group_list, Qt.Key.Key_1)  # the same key again confirms
    kept = [rid for n, rid in enumerate(group.response_ids) if n != 1]
    assert project.coder_codings("ann") == {rid: frozenset({"aw"}) for rid in kept}
    assert "1 left out" in dialog.done_labels[dialog.groups.index(group)]
    project.undo("ann")
    assert project.coder_codings("ann") == {}


def test_already_decided_groups_show_as_done_on_open(qtbot, host, project, runner):
    """A group the coder has decided whole is marked done when the dialog opens; nothing ticked codes nothing."""
    ids = [r.id for r in project.responses()]
    project.mark_none([ids[i] for i in NON_ANSWERS], "ann")
    dialog = _open(qtbot, host, project, runner, [])
    assert list(dialog.done_labels.values()) == ["no theme applies"]
    for row in range(dialog.answers.count()):
        dialog.answers.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.code_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Tick at least one answer")
    assert project.undo_label("ann") == "Mark as no theme applies"


def test_decision_name_and_group_title():
    """A group's decision is named only when every answer is decided; titles show size and distinct samples."""
    names = {"aw": "awareness", "us": "usability"}
    assert decision_name([frozenset(), None], names) is None
    assert decision_name([frozenset(), frozenset()], names) == "no theme applies"
    assert decision_name([frozenset({"us", "aw"})] * 2, names) == "awareness, usability"
    assert decision_name([frozenset({"aw"}), frozenset()], names) == "mixed"
    group = DuplicateGroup("no", "no / nothing", ("a", "b", "c", "d"))
    title = group_title(group, {"a": "no", "b": " no ", "c": "нет", "d": "жоқ"})
    assert title == "no / nothing   (4)\n“no” · “нет” · “жоқ”"


def test_escape_cancels_the_question_and_a_changed_choice_asks_again(qtbot, host, project, runner):
    """Key 1 then Esc codes nothing and keeps the dialog; key 1 then 0 asks about 0 instead, naming lost themes."""
    ids = [r.id for r in project.responses()]
    dialog = _open(qtbot, host, project, runner, [])
    group = dialog.groups[dialog.current_index()]
    project.assign(group.response_ids[0], "us", "ann")
    qtbot.keyClick(dialog.group_list, Qt.Key.Key_1)
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.confirm_bar.isHidden()
    assert project.coder_codings("ann") == {group.response_ids[0]: frozenset({"us"})}
    qtbot.keyClick(dialog.group_list, Qt.Key.Key_1)
    qtbot.keyClick(dialog.group_list, Qt.Key.Key_0)
    assert "1 of them lose the themes they have." in dialog.confirm_text.text()
    assert project.coder_codings("ann") == {group.response_ids[0]: frozenset({"us"})}
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert project.coder_codings("ann") == {rid: frozenset() for rid in group.response_ids}
    assert set(group.response_ids) <= set(ids)


@pytest.mark.parametrize(
    "language, mixed, none", [("ru", "по-разному", "ни одна тема не подходит"), ("kk", "әртүрлі", None)]
)
def test_decision_words_follow_the_interface_language(qapp, language, mixed, none):
    """'mixed' and 'no theme applies' on a coded group are in the interface language, never English."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.gui.translation import install_translator

    translator = install_translator(qapp, language)
    try:
        assert decision_name([frozenset({"aw"}), frozenset()], {"aw": "awareness"}) == mixed
        nothing = decision_name([frozenset(), frozenset()], {})
        assert nothing != "no theme applies" and (none is None or nothing == none)
    finally:
        for each in [translator, *translator.findChildren(QTranslator)]:
            QCoreApplication.removeTranslator(each)

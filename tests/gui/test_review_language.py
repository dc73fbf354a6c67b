"""The agreement review speaks the interface language: banner, headers, interpretations, notes and statuses go through tr().

A pseudo-translation marks every string that passes through Qt's translation, so a string left in English
shows unmarked; core's English stays the words of the CLI and the PDF.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.core.agreement_interpret import prevalence_facts, prevalence_warnings
from app.core.agreement_study import agreement_study
from app.core.models import Theme
from app.gui import agreement_words
from app.gui.window import MainWindow
from tests.gui.test_review import code_two_coders


class Pseudo(QTranslator):
    """Returns ‹source› for every string asked for, in every context."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt signature
        return f"‹{source}›"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


@pytest.fixture
def pseudo(qapp):
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _marked(text: str) -> bool:
    return text.startswith("‹") and text.endswith("›")


def test_review_banner_headers_and_interpretations_are_translated(qtbot, pseudo, settings, project_path):
    """Every word of the review that is not a name or a number came through tr()."""
    ids = code_two_coders(project_path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(project_path, coder="ann")
    window.review_action.trigger()
    dialog = window.review
    qtbot.waitUntil(lambda: dialog.agreement_model.rowCount() > 0, timeout=5000)
    assert _marked(dialog.findChild(type(dialog.summary), "reviewHeader").text())
    model = dialog.agreement_model
    headers = model.headers()
    assert [h for h in headers if not _marked(h)] == ["n", "ann", "ben"]
    assert _marked(model.index(0, 0).data()) and _marked(model.index(1, 0).data())
    interpretation = model.index(2, headers.index("‹Interpretation›")).data()
    assert interpretation == "κ ‹too few to judge› · α ‹too few to judge›"
    summary = dialog.summary.text()
    assert "‹every theme, each parent including its sub-themes›" in summary and "‹answer × theme›" in summary
    table = dialog.model
    assert [h for h in table.headers() if not _marked(h)] == ["ann", "ben"]
    none_row = [r["response_id"] for r in table.rows].index(ids[8])
    ann_column = table.headers().index("ann")
    assert table.index(none_row, ann_column).data() == "‹(no theme applies)›"
    assert table.index(none_row, table.columnCount() - 1).data() == "‹not settled›"
    status = window.workspace.model
    assert [status.status_label(s) for s in ("coded", "no theme", "uncoded")] == [
        "‹coded›",
        "‹no theme›",
        "‹uncoded›",
    ]
    dialog.close()


def test_prevalence_warning_and_study_notes_are_worded_from_structured_facts(qapp, pseudo):
    """The warnings are built from core's facts in the interface language; in English they equal core's words."""
    statistics = {"percent_agreement": 0.95, "cohen_kappa": 0.12, "krippendorff_alpha": 0.1}
    facts = prevalence_facts(statistics)
    assert facts == (0.95, [("cohen_kappa", 0.12), ("krippendorff_alpha", 0.1)])
    worded = agreement_words.prevalence_warning(facts)
    assert worded.startswith("‹percent agreement is 0.950 but ‹Cohen's κ› = 0.120")
    themes = [Theme(id="a", name="a", position=1), Theme(id="b", name="b", position=2)]
    decisions = {
        "ann": {f"r{i}": frozenset({"a"}) for i in range(40)},
        "ben": {f"r{i}": frozenset({"a" if i % 4 else "b"}) for i in range(40)},
        "cy": {"r1": frozenset({"a"})},
    }
    study = agreement_study(decisions, themes, ["ann", "ben", "cy"])
    assert [kind for kind, _facts in study.notes] == ["sparse_coder"]
    assert "notes" not in study.to_dict()  # the CLI's JSON is unchanged
    (note,) = agreement_words.study_warnings(study)
    assert note.startswith("‹coder cy decided 1 answers")
    assert "‹shown apart: only their pairs include them›" in note


def test_english_words_match_the_cores(qapp):
    """Without a translator the review shows core's English (the CLI's and the PDF's words)."""
    statistics = {"percent_agreement": 0.92, "cohen_kappa": 0.3, "scott_pi": 0.25}
    core = (
        prevalence_warnings(statistics)[0]
        .replace("cohen_kappa", "Cohen's κ")
        .replace("scott_pi", "Scott's π")
    )
    assert (
        agreement_words.prevalence_warning(prevalence_facts(statistics)) == core
    )  # statistics named for people
    themes = [Theme(id="a", name="a", position=1)]
    decisions = {"ann": {f"r{i}": frozenset({"a"}) for i in range(40)}, "cy": {"r1": frozenset()}}
    study = agreement_study(decisions, themes, ["ann", "cy"], chosen=True)
    assert study.warnings and agreement_words.study_warnings(study) == list(study.warnings)
    assert agreement_words.label("almost perfect") == "almost perfect"
    assert agreement_words.reason("something new") == "something new"

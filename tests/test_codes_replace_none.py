"""Imported codes for an answer the same coder had marked "no theme applies" replace that decision, and the
summary counts them: code columns in the survey import and `import-codings` (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from app.cli import main
from app.core.models import ColumnRole
from app.core.survey_reading import SurveyOptions
from app.project import Project
from tests.test_import_layouts import write_csv

ID = ColumnRole.RESPONDENT_ID


@pytest.fixture
def marked(project_target, tmp_path):
    """Two answers that bob marked "no theme applies", and ann's decision on one of them."""
    project = Project.create(project_target)
    survey = write_csv(tmp_path / "survey.csv", [["id", "answer"], ["R1", "slow site"], ["R2", "no time"]])
    project.import_surveys([survey], options=SurveyOptions(roles={"id": ID}))
    for response in project.responses():
        project.mark_none(response.id, "bob")
    project.mark_none(project.responses()[0].id, "ann")
    yield project
    project.close()


def _decisions(project: Project, coder: str) -> list[list[str] | None]:
    names = {t.id: t.name for t in project.themes()}
    coded = project.coder_codings(coder)
    return [sorted(names[t] for t in coded[r.id]) if r.id in coded else None for r in project.responses()]


def test_code_columns_of_a_new_wave_replace_no_theme_applies(marked, tmp_path):
    """The survey import of the same answers with bob's codes: R1 coded, R2 (blank code) stays "none"."""
    wave = write_csv(
        tmp_path / "coded.csv",
        [["id", "answer", "Code 1"], ["R1", "slow site", "speed"], ["R2", "no time", ""]],
    )
    options = SurveyOptions(roles={"id": ID}, coder_columns={"Code*": "bob"})
    detail = marked.import_surveys([wave], options=options, create_themes=True).detail
    assert detail["replaced_none"] == 1 and detail["codings_added"] == 1
    assert _decisions(marked, "bob") == [["speed"], []]
    assert _decisions(marked, "ann") == [[], None]  # another coder's decision is left alone


def test_import_codings_replaces_no_theme_applies_and_undo_brings_it_back(marked, tmp_path):
    """import-codings gives R1 a theme where bob had "none"; the summary says so; undo restores it."""
    sheet = write_csv(tmp_path / "bob.csv", [["id", "answer", "theme"], ["R1", "slow site", "speed"]])
    changes = marked.import_codings(sheet, coder="bob", create_themes=True)
    assert changes.detail["replaced_none"] == 1 and changes.detail["codings_added"] == 1
    assert _decisions(marked, "bob") == [["speed"], []]
    marked.undo("bob")
    assert _decisions(marked, "bob") == [[], []]


def test_the_summary_line_says_how_many_were_replaced(tmp_path, capsys):
    """Both commands print the count; nothing is said when nothing was replaced."""
    target = str(tmp_path / "study.thematic")
    project = Project.create(target)
    survey = write_csv(tmp_path / "survey.csv", [["id", "answer"], ["R1", "slow site"], ["R2", "no time"]])
    project.import_surveys([survey], options=SurveyOptions(roles={"id": ID}))
    for response in project.responses():
        project.mark_none(response.id, "bob")
    project.close()
    sheet = write_csv(tmp_path / "bob.csv", [["id", "answer", "theme"], ["R1", "slow site", "speed"]])
    assert main(["import-codings", target, str(sheet), "--coder", "bob", "--create-themes"]) == 0
    out = capsys.readouterr().out
    assert "1 coding from" in out and '1 answer had "no theme applies" from the same coder, replaced' in out
    wave = write_csv(tmp_path / "w.csv", [["id", "answer", "Code 1"], ["R2", "no time", "time"]])
    assert (
        main(["import", target, str(wave), "--id", "id", "--coder-column", "Code*=bob", "--create-themes"])
        == 0
    )
    out = capsys.readouterr().out
    assert '1 coding imported; 1 answer had "no theme applies" from the same coder, replaced' in out
    again = write_csv(tmp_path / "ann.csv", [["id", "answer", "theme"], ["R2", "no time", "time"]])
    assert main(["import-codings", target, str(again), "--coder", "ann"]) == 0
    assert "no theme applies" not in capsys.readouterr().out

"""Codings through SPSS files, on SQLite and PostgreSQL: export --sav → import reproduces them exactly.

Also a coder's codes from SPSS multiple-response sets (a file written by GNU PSPP, which can write
MRSETS where pyreadstat cannot: docs/examples/mr_sets.sps) and from plain 0/1 variables.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyreadstat
import pytest

from app.cli import main
from app.core.models import Codebook, ColumnRole, Theme
from app.core.survey_file import SurveyFileError
from app.core.survey_reading import SurveyOptions
from app.project import Project
from app.project.outcomes import ProjectError
from tests import test_spss_project as _spss_project

second_target = _spss_project.second_target  # a fixture: another new project on the same database kind

MR_SETS = Path(__file__).parent.parent / "docs" / "examples" / "mr_sets.sav"
CODEBOOK = Codebook(
    name="reasons",
    themes=(
        Theme(id="time", name="no time", position=1),
        Theme(id="web", name="website", position=2),
        Theme(id="web-hard", name="hard to use", parent_id="web", position=1),
        Theme(id="web-slow", name="slow", parent_id="web", position=2),
        Theme(id="cost", name="cost", position=3),
    ),
)
WHY = ["No time after work", "The site is hard", "", "Slow and confusing site", "Too dear", "Just no"]
WISH = ["Evening hearings", "", "A simpler site", "Faster pages", "", "Nothing"]
# (respondent, question, coder) -> themes; [] = "no theme applies"; absent = not coded
CODED = {
    ("r1", "why", "ann"): ["time"],
    ("r2", "why", "ann"): ["web-hard"],
    ("r4", "why", "ann"): ["web", "web-hard", "web-slow"],  # the parent as well as its sub-themes
    ("r5", "why", "ann"): ["cost", "time"],
    ("r6", "why", "ann"): [],
    ("r1", "wish", "ann"): ["time"],
    ("r3", "wish", "ann"): ["web"],  # the parent alone
    ("r6", "wish", "ann"): [],
    ("r1", "why", "ben"): ["time", "cost"],
    ("r2", "why", "ben"): [],
}


def survey_sav(path: Path) -> Path:
    """Six respondents, a labelled attribute and two open questions (blank answers included)."""
    frame = pd.DataFrame(
        {
            "resp": [f"r{i}" for i in range(1, 7)],
            "region": [1.0, 2.0, 1.0, 2.0, 1.0, 2.0],
            "why": WHY,
            "wish": WISH,
        }
    )
    pyreadstat.write_sav(
        frame,
        str(path),
        column_labels={"why": "Why do you not take part?", "wish": "What would help?"},
        variable_value_labels={"region": {1.0: "North", 2.0: "South"}},
    )
    return path


def _options(**extra) -> SurveyOptions:
    return SurveyOptions(roles={"resp": ColumnRole.RESPONDENT_ID}, **extra)


def _code(project: Project, coders=("ann", "ben")) -> None:
    """Apply CODED through the facade, as a coder would."""
    answer = {(r.external_id, q.key): r.id for q in project.questions() for r in project.responses(q.id)}
    for (who, key, coder), themes in CODED.items():
        if coder not in coders:
            continue
        if themes:
            for theme in themes:
                project.assign(answer[(who, key)], theme, coder)
        else:
            project.mark_none(answer[(who, key)], coder)


def decisions(project: Project) -> dict[tuple[str, str, str], list[str]]:
    """Every decision as (respondent, question text, coder) -> sorted theme paths ([] = no theme applies)."""
    themes = {t.id: t for t in project.themes()}

    def path(tid: str) -> str:
        t = themes[tid]
        return path(t.parent_id) + " / " + t.name if t.parent_id else t.name

    where = {r.id: (r.external_id, r.question_id) for r in project.responses()}
    text = {q.id: q.text for q in project.questions()}
    return {
        (where[rid][0], text[where[rid][1]], coder): sorted(path(t) for t in chosen)
        for coder, by_answer in project.all_decisions().items()
        for rid, chosen in by_answer.items()
    }


@pytest.fixture
def coded(project_target, tmp_path):
    """A project on the target database with the survey imported and CODED applied."""
    project = Project.create(project_target, title="SPSS codings", codebook=CODEBOOK)
    project.import_surveys([survey_sav(tmp_path / "survey.sav")], options=_options())
    _code(project)
    yield project
    project.close()


def test_export_sav_then_import_reproduces_one_coders_codings_exactly(coded, second_target, tmp_path):
    """Parents with and without sub-themes, "no theme applies" and uncoded answers all come back."""
    out = tmp_path / "ann.sav"
    coded.export(out, coding="ann")
    expected = {k: v for k, v in decisions(coded).items() if k[2] == "ann"}
    assert len(expected) == 8 and expected[("r4", "Why do you not take part?", "ann")] == [
        "website",
        "website / hard to use",
        "website / slow",
    ]
    back = Project.create(second_target, codebook=CODEBOOK)
    try:
        detail = back.import_surveys([out], options=SurveyOptions()).detail
        assert detail["codings_added"] == 11  # 9 themes and 2 decisions "no theme applies"
        assert decisions(back) == expected
        texts = {(r.external_id, r.text) for r in back.responses()}
        assert texts == {(r.external_id, r.text) for r in coded.responses()}
    finally:
        back.close()


def test_import_codings_of_the_export_into_the_survey_it_came_from(coded, second_target, tmp_path):
    """A project holding the survey without codes gets ann's codings from the .sav with import-codings."""
    out = tmp_path / "ann.zsav"
    coded.export(out, coding="ann")
    back = Project.create(second_target, codebook=CODEBOOK)
    try:
        back.import_surveys([survey_sav(tmp_path / "again.sav")], options=_options())
        assert decisions(back) == {}
        changes = back.import_codings(out)
        assert changes.detail["codings_added"] == 11
        assert decisions(back) == {k: v for k, v in decisions(coded).items() if k[2] == "ann"}
        again = back.import_codings(out)  # the same file again adds nothing
        assert again.detail["codings_added"] == 0
    finally:
        back.close()


def test_a_union_of_coders_names_no_coder_until_the_theme_variables_are_mapped(coded, tmp_path, capsys):
    """--any over two coders holds their union: read as codes only under the name --coder-column gives."""
    out = tmp_path / "any.sav"
    coded.export(out)
    _, meta = pyreadstat.read_sav(str(out), metadataonly=True)
    assert "The union of the themes of these coders:" in meta.notes and " ann" in meta.notes
    fresh = str(tmp_path / "fresh.thematic")
    Project.create(fresh, codebook=CODEBOOK).close()
    assert main(["import", fresh, str(out), "--preview"]) == 0
    shown = capsys.readouterr().out
    assert "code set 'why' (Thematic theme variables: why_T1 … why_T5;" in shown
    assert "not read as codes; --coder-column 'why_T*=NAME' reads them" in shown
    assert main(["import", fresh, str(out), "--coder-column", "why_T*=both"]) == 0
    assert "; 9 codings imported" in capsys.readouterr().out  # why only: wish was not mapped
    with Project.open(fresh) as project:
        got = decisions(project)
    assert got[("r1", "Why do you not take part?", "both")] == ["cost", "no time"]
    assert got[("r2", "Why do you not take part?", "both")] == ["website / hard to use"]  # ben's none lost
    assert got[("r6", "Why do you not take part?", "both")] == []
    assert {k[1] for k in got} == {"Why do you not take part?"}


def test_a_multiple_dichotomy_set_is_a_coders_codes(project_target):
    """PSPP's $why_codes over c_time c_web c_cost: 1 = the variable's label; all 0 = no theme applies."""
    with Project.create(project_target, codebook=CODEBOOK) as project:
        detail = project.import_surveys(
            [MR_SETS], options=_options(coder_columns={"$why_codes": "ben"}), create_themes=True
        ).detail
        assert detail["codings_added"] == 5 and detail["themes_created"] == []  # labels match by name
        got = decisions(project)
    question = "Why do you not take part?"
    assert got == {
        ("r1", question, "ben"): ["no time"],
        ("r2", question, "ben"): ["website"],
        ("r3", question, "ben"): ["cost", "no time"],
        ("r5", question, "ben"): [],
    }  # r4 did not answer: no decision


def test_a_multiple_category_set_and_plain_zero_one_variables(tmp_path, capsys):
    """$why_cats reads its value labels as codes; 'c_*' maps 0/1 variables without any MR set."""
    path = str(tmp_path / "p.thematic")
    Project.create(path, codebook=CODEBOOK).close()
    args = ["import", path, str(MR_SETS), "--id", "resp", "--coder-column", "$why_cats=cat"]
    assert main([*args, "--coder-column", "c_*=dan", "--preview"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert (
        "  codes:dan      'c_web'  e.g. ['No', 'Yes']" in shown
        and "  codes:cat      'second'  e.g. ['', '']" in shown
    )
    assert any(
        "code set '$why_codes' (multiple-dichotomy set: c_time … c_cost; No time; Website; Cost)" in line
        for line in shown
    )
    assert main([*args, "--coder-column", "c_*=dan"]) == 0
    with Project.open(path) as project:
        got = decisions(project)
    question = "Why do you not take part?"
    assert {k[0]: v for k, v in got.items() if k[2] == "cat"} == {
        "r1": ["no time"],
        "r2": ["website"],
        "r3": ["cost", "no time"],
    }  # r5's blank categories: not coded
    assert {k[0]: v for k, v in got.items() if k[2] == "dan"} == {
        "r1": ["no time"],
        "r2": ["website"],
        "r3": ["cost", "no time"],
        "r5": [],
    }
    assert {k[1] for k in got} == {question}


def test_import_codings_of_a_response_set_and_the_refusals(project_target, tmp_path):
    """import-codings reads a mapped set; unknown codes and an unclear question are one line each."""
    no_website = Codebook(name="two", themes=(CODEBOOK.themes[0], CODEBOOK.themes[-1]))
    with Project.create(project_target, codebook=no_website) as project:
        project.import_surveys([MR_SETS], options=_options())
        with pytest.raises(ProjectError, match=r"mr_sets.sav: 1 code\(s\) not in the codebook: 'Website'"):
            project.import_codings(MR_SETS, coder_columns={"why_codes": "ben"})
        assert project.all_decisions() == {}
        changes = project.import_codings(MR_SETS, coder_columns={"why_codes": "ben"}, create_themes=True)
        assert changes.detail["codings_added"] == 5 and changes.detail["themes_created"] == ["Website"]
        got = decisions(project)
        assert got[("r3", "Why do you not take part?", "ben")] == ["cost", "no time"]
        assert got[("r5", "Why do you not take part?", "ben")] == []
    two = survey_sav(tmp_path / "two.sav")
    frame, meta = pyreadstat.read_sav(str(two))
    frame["c_time"] = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    pyreadstat.write_sav(frame, str(tmp_path / "both.sav"), column_labels={"c_time": "no time"})
    roles = {"resp": ColumnRole.RESPONDENT_ID, "why": ColumnRole.OPEN, "wish": ColumnRole.OPEN}
    opened = SurveyOptions(roles=roles, coder_columns={"c_time": "x"})
    with (
        Project.create(str(tmp_path / "q.thematic"), codebook=CODEBOOK) as project,
        pytest.raises(
            SurveyFileError, match="code set 'c_time' .* names none of the open questions 'why', 'wish'"
        ),
    ):
        project.import_surveys([tmp_path / "both.sav"], options=opened)

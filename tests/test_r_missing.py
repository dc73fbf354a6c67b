"""An R export's NA is a missing value: no answer, no attribute, no code, counted in the summary; other
files keep the text NA (SQLite and PostgreSQL). The file is what R's write.csv writes: tests/files/."""

from __future__ import annotations

from pathlib import Path

from app.cli import main
from app.core.models import ColumnRole
from app.core.survey_reading import SurveyOptions, read_table
from app.project import Project
from tests.test_import_layouts import write_csv

R_FILE = Path(__file__).parent / "files" / "r_write_csv.csv"  # write.csv(df): row names, NA unquoted
ID, OPEN = ColumnRole.RESPONDENT_ID, ColumnRole.OPEN


def test_an_r_export_reads_na_as_missing(project_target):
    """Answers, attributes: NA cells are empty; an answer merely containing NA is kept."""
    project = Project.create(project_target)
    try:
        changes = project.import_surveys([R_FILE], options=SurveyOptions(roles={"rid": ID, "why": OPEN}))
        assert changes.detail["missing_na"] == 4 and changes.detail["blank_answers"] == 1
        texts = {r.external_id: r.text for r in project.responses()}
        assert texts == {"a1": "too busy", "a3": "NA means nothing here", "a4": "no time at all"}
        people = {p.external_id: p.attributes for p in project.respondents()}
        assert people["a2"] == {} and people["a3"] == {"region": "South"}
        assert people["a1"] == {"age": "34", "region": "North"}
    finally:
        project.close()


def test_other_files_keep_the_text_na(project_target, tmp_path):
    """Without R's row-number column NA is somebody's answer (or attribute) and stays text."""
    plain = write_csv(
        tmp_path / "plain.csv", [["rid", "why", "country"], ["b1", "NA", "NA"], ["b2", "busy", "KZ"]]
    )
    project = Project.create(project_target)
    try:
        changes = project.import_surveys([plain], options=SurveyOptions(roles={"rid": ID, "why": OPEN}))
        assert changes.detail["missing_na"] == 0
        assert sorted(r.text for r in project.responses()) == ["NA", "busy"]
        assert {p.external_id: p.attributes for p in project.respondents()}["b1"] == {"country": "NA"}
    finally:
        project.close()


def test_summary_preview_and_codes(tmp_path, capsys):
    """The import and preview lines say how many NA cells were missing; a code NA in an R export is no code."""
    target = str(tmp_path / "study.thematic")
    assert main(["new", target]) == 0
    assert main(["import", target, str(R_FILE), "--id", "rid", "--open", "why", "--preview"]) == 0
    assert "an R export: 4 cells written NA read as missing" in capsys.readouterr().out
    assert main(["import", target, str(R_FILE), "--id", "rid", "--open", "why"]) == 0
    assert "; 4 cells written NA by R read as missing" in capsys.readouterr().out
    assert read_table(R_FILE, SurveyOptions()).rows[1] == ["2", "a2", "", "", ""]
    codes = tmp_path / "codes.csv"
    codes.write_text('"","rid","theme"\n"1","a1","time"\n"2","a3",NA\n"3","a4","time"\n', encoding="utf-8")
    assert main(["import-codings", target, str(codes), "--coder", "ann", "--create-themes"]) == 0
    assert "imported 3 codings" in capsys.readouterr().out  # two themes and a3's "no theme applies"
    project = Project.open(target)
    try:
        coded = project.coder_codings("ann")
        by_id = {r.external_id: r.id for r in project.responses()}
        assert coded[by_id["a3"]] == frozenset() and len(coded[by_id["a1"]]) == 1
    finally:
        project.close()

"""The import commands on the example files of docs/examples: layouts, code columns, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.project import Project

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `thematic ARGV` in-process and return (exit code, stdout, stderr)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def study(tmp_path, capsys):
    """The walkthrough: two coders coded in Excel -> a project with both codings (commands 1-3)."""
    path = tmp_path / "study.thematic"
    assert run(capsys, "new", str(path), "--codebook", str(EXAMPLES / "codebook.yaml"))[0] == 0
    code, out, err = run(
        capsys, "import", str(path), str(EXAMPLES / "ann.csv"), "--coder-column", "Code*=ann"
    )
    assert code == 0, err
    assert "10 answers from 10 new respondents" in out and "11 codings imported" in out
    code, out, err = run(
        capsys,
        "import-codings",
        str(path),
        str(EXAMPLES / "ben.csv"),
        "--coder",
        "ben",
        "--hierarchy-separator=->",
    )
    assert code == 0 and out.strip() == f"imported 11 codings from {EXAMPLES / 'ben.csv'}", err
    return path


def _named(project: Project, coder: str) -> dict[str, set[str]]:
    """Map respondent id to the coder's theme names."""
    names = {t.id: t.name for t in project.themes()}
    people = {r.id: r.external_id for r in project.responses()}
    return {people[rid]: {names[t] for t in themes} for rid, themes in project.coder_codings(coder).items()}


def test_two_excel_coders_to_agreement_and_pdf(study, tmp_path, capsys):
    """Numeric codes (ann) and parent->child paths (ben) land on the same themes; the PDF is written."""
    with Project.open(study) as project:
        ann, ben = _named(project, "ann"), _named(project, "ben")
    assert ann["R_04"] == {"privacy"} and ben["R_04"] == {"privacy", "security"}
    assert ann["R_10"] == ben["R_10"] == {"cost", "time"} and "R_08" not in ann
    code, out, _ = run(capsys, "agreement", str(study), "--bootstrap", "0", "--json")
    assert code == 0
    assert json.loads(out)["overall"]["statistics"]["percent_agreement"] == pytest.approx(70 / 72)
    report = tmp_path / "report.pdf"
    assert run(capsys, "report", str(study), "-o", str(report), "--bootstrap", "50")[0] == 0
    assert report.read_bytes().startswith(b"%PDF")


def test_long_export_round_trips_into_a_new_project_and_agreement(study, tmp_path, capsys):
    """`export --long` imports back into a fresh project exactly, and `agreement --codings` reads it."""
    with Project.open(study) as project:
        ann = project.responses()[7]
        project.mark_none(ann.id, "ann")  # a "no theme applies" decision travels too
        project.set_memo(None, "ann", "x")
        expected = {c: _named(project, c) for c in ("ann", "ben")}
    exported = tmp_path / "long.csv"
    assert run(capsys, "export", str(study), "-o", str(exported), "--long")[0] == 0
    fresh = tmp_path / "fresh.thematic"
    run(capsys, "new", str(fresh), "--codebook", str(EXAMPLES / "codebook.yaml"))
    run(
        capsys,
        "import",
        str(fresh),
        str(EXAMPLES / "ben.csv"),
        "--ignore",
        "Code 1",
        "--ignore",
        "Code 2",
        "--ignore",
        "Code 3",
    )
    code, _, err = run(capsys, "import-codings", str(fresh), str(exported))
    assert code == 0, err
    with Project.open(fresh) as project:
        assert {c: _named(project, c) for c in ("ann", "ben")} == expected
        assert expected["ann"]["R_08"] == set()
    code, out, err = run(capsys, "agreement", "--codings", str(exported), "--bootstrap", "0", "--json")
    assert code == 0, err
    assert json.loads(out)["units"] == 10


def test_neutralised_cells_are_restored(tmp_path, capsys):
    """A theme and a respondent id written with a leading apostrophe by an export import as the originals."""
    project_path = tmp_path / "p.thematic"
    run(capsys, "new", str(project_path), "--empty")
    survey = tmp_path / "s.csv"
    survey.write_text("id,Why?\n-5,it is a negative id\n", encoding="utf-8")
    assert run(capsys, "import", str(project_path), str(survey), "--id", "id")[0] == 0
    coded = tmp_path / "c.csv"
    coded.write_text("respondent,question,theme,coder\n'-5,Why?,'=odd theme,ann\n", encoding="utf-8")
    code, out, err = run(capsys, "import-codings", str(project_path), str(coded), "--create-themes")
    assert code == 0, err
    with Project.open(project_path) as project:
        assert [t.name for t in project.themes()] == ["=odd theme"]


def test_long_layout_preview_and_import(tmp_path, capsys):
    """The long example: preview shows the roles, import keeps P1's three identities as three answers."""
    path = tmp_path / "p.thematic"
    run(capsys, "new", str(path), "--empty")
    args = ["import", str(path), str(EXAMPLES / "identities_long.csv"), "--layout", "long", "--id", "rid"]
    args += ["--answer-column", "answer", "--question-column", "question", "--coder-column", "codes=ann"]
    code, out, _ = run(capsys, *args, "--preview", "--json")
    assert code == 0
    roles = {c["name"]: c["role"] for c in json.loads(out)["columns"]}
    assert roles == {
        "rid": "respondent_id",
        "age": "attribute",
        "question": "question",
        "answer": "open",
        "codes": "codes:ann",
    }
    code, _, err = run(capsys, *args)
    assert code == 1 and "3 code(s) not in the codebook" in err and err.count("\n") == 1
    code, out, err = run(capsys, *args, "--hierarchy-separator=->", "--create-themes", "--json")
    assert code == 0, err
    detail = json.loads(out)
    assert (detail["new_respondents"], detail["new_answers"], detail["codings_added"]) == (2, 5, 5)
    assert detail["themes_created"] == ["family", "work", "work->teaching", "work->care"]


def test_several_files_and_a_wave_with_new_attributes(study, capsys):
    """Two more files in one command: a new question, then a wave giving known respondents a region."""
    code, out, err = run(capsys, "import", str(study), str(EXAMPLES / "q_reasons.csv"), "--json")
    assert code == 0, err
    assert json.loads(out)["new_respondents"] == 1
    code, out, err = run(
        capsys, "import", str(study), str(EXAMPLES / "wave2_region.csv"), "--id", "ResponseId", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["updated_respondents"] == 2 and json.loads(out)["kept_answers"] == 2
    with Project.open(study) as project:
        assert {r.external_id: r.attributes.get("Region") for r in project.respondents()}["R_02"] == "Almaty"


def test_no_open_column_is_one_line_with_flags(tmp_path, capsys):
    """A file with nothing open-ended exits 1 with one line listing the columns and flags."""
    path = tmp_path / "p.thematic"
    run(capsys, "new", str(path), "--empty")
    survey = tmp_path / "closed.csv"
    survey.write_text("id,trait\n1,kind\n2,kind\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(path), str(survey))
    assert code == 1 and err.count("\n") == 1
    assert "'trait' attribute (change: --open trait)" in err

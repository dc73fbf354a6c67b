"""The command line end to end: the demo, imports, coding, reports; one-line errors with exit code 1."""

from __future__ import annotations

import json
import zipfile

import pytest
from pypdf import PdfReader

from app.cli import main
from app.core.demo_survey import PUBLISHED_COUNTS, Q9


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `thematic ARGV` in-process and return (exit code, stdout, stderr)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors and --version
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo project, built once for this module."""
    path = tmp_path_factory.mktemp("demo") / "demo.thematic"
    assert main(["demo", "--no-gui", str(path)]) == 0
    return path


def test_demo_reproduces_published_question_9_counts(demo, capsys):
    """`stats --json` of the demo shows the seed study's counts for question 9 under the reference coder."""
    code, out, _ = run(capsys, "stats", str(demo), "--json")
    assert code == 0
    themes = json.loads(out)["coders"]["Aigerim"][Q9]["themes"]
    for name in ("awareness", "usability", "responsiveness", "transparency"):
        assert themes[name] == PUBLISHED_COUNTS[Q9][name]
    assert json.loads(out)["questions"][Q9]["answers"] == 44


def test_responses_json_shape(demo, capsys):
    """`responses --json` lists id, respondent, question and verbatim text."""
    code, out, _ = run(capsys, "responses", str(demo), "--question", "9", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 44
    assert set(rows[0]) == {"id", "respondent", "question", "text"}
    assert any("ә" in r["text"] or "қ" in r["text"] or "і" in r["text"] for r in rows)


def test_agreement_and_report(demo, tmp_path, capsys):
    """Agreement JSON covers every theme; the report is a PDF."""
    code, out, _ = run(capsys, "agreement", str(demo), "--bootstrap", "50", "--json")
    data = json.loads(out)
    assert code == 0 and data["coders"] == ["Aigerim", "Daniyar"] and data["units"] == 108
    assert 0.7 < data["overall"]["statistics"]["krippendorff_alpha"] < 1
    pdf = tmp_path / "r.pdf"
    code, _, err = run(
        capsys, "report", str(demo), "-o", str(pdf), "--coder", "Aigerim", "--no-quotes", "--bootstrap", "50"
    )
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    text = "\n".join(page.extract_text(extraction_mode="layout") for page in PdfReader(pdf).pages)
    question_9 = text[text.rindex("9. What kind of recommendations") :]  # the last mention heads its counts
    for line in ("awareness 16 36.4%", "usability 10 22.7%", "transparency 5 11.4%"):
        name, count, share = line.split()
        assert any(row.split()[:3] == [name, count, share] for row in question_9.splitlines() if row.split())


def test_code_undo_redo_roundtrip(tmp_path, capsys):
    """A new project, an import, coding by respondent and question, undo and redo, all from the CLI."""
    project = tmp_path / "p.thematic"
    survey = tmp_path / "s.csv"
    survey.write_text("id,age,Why?\n1,18-24,Больше рекламы\n2,25-34,=SUM(A1)\n3,35-44,\n", encoding="utf-8")
    assert run(capsys, "new", str(project))[0] == 0
    code, out, err = run(capsys, "import", str(project), str(survey), "--open", "Why?", "--json")
    assert code == 0, err
    assert json.loads(out)["new_answers"] == 2 and json.loads(out)["blank_answers"] == 1
    assert (
        run(
            capsys,
            "code",
            str(project),
            "--coder",
            "ann",
            "--respondent",
            "1",
            "--question",
            "Why?",
            "--theme",
            "awareness",
        )[0]
        == 0
    )
    assert run(capsys, "undo", str(project), "--coder", "ann")[1].startswith("Undo Code as awareness")
    assert run(capsys, "redo", str(project), "--coder", "ann")[0] == 0
    out = json.loads(run(capsys, "stats", str(project), "--json")[1])
    assert out["coders"]["ann"]["Why?"]["themes"] == {"awareness": 1}
    texts = [r["text"] for r in json.loads(run(capsys, "responses", str(project), "--json")[1])]
    assert texts == ["Больше рекламы", "=SUM(A1)"]
    code, _, err = run(capsys, "import", str(project), str(survey))
    assert code == 1 and "already imported" in err


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00" * 20, "not a text file"),
        (b"id,text\n1,a\n1,b\n", "also used on row 2"),
        (b"id,text\n1,a,b,c\n", "row 2"),
    ],
)
def test_bad_survey_files_give_one_line_and_import_nothing(tmp_path, capsys, content, problem):
    """Bad files exit 1 with one line naming the file (and row), and leave the project untouched."""
    project = tmp_path / "p.thematic"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    run(capsys, "new", str(project), "--empty")
    code, _, err = run(capsys, "import", str(project), str(bad), "--open", "text", "--id", "id")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "bad.csv" in err and problem in err.lower()
    assert "Traceback" not in err
    assert json.loads(run(capsys, "info", str(project), "--json")[1])["respondents"] == 0


def test_corrupt_workbook_and_not_a_project(tmp_path, capsys):
    """A corrupt .xlsx and a non-project file both give one line and exit 1."""
    project = tmp_path / "p.thematic"
    run(capsys, "new", str(project), "--empty")
    bad = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("[Content_Types].xml", "<nonsense")
    code, _, err = run(capsys, "import", str(project), str(bad))
    assert code == 1 and "broken.xlsx" in err and len(err.strip().splitlines()) == 1
    other = tmp_path / "notes.thematic"
    other.write_text("hello")
    code, _, err = run(capsys, "info", str(other))
    assert code == 1 and "not a Thematic project" in err


def test_usage_errors_exit_2(capsys):
    """Unknown commands and missing arguments are usage errors (exit 2)."""
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys, "import")[0] == 2
    assert run(capsys, "--version")[0] == 0


def test_export_neutralises_formulas(demo, tmp_path, capsys):
    """Exported CSV cells that a spreadsheet would run are neutralised; XLSX is written."""
    out = tmp_path / "coded.csv"
    assert run(capsys, "export", str(demo), "-o", str(out), "--coder", "Aigerim")[0] == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "awareness" in text.splitlines()[0]
    assert run(capsys, "export", str(demo), "-o", str(tmp_path / "coded.xlsx"), "--long")[0] == 0


def test_export_then_import_codings_round_trip(demo, tmp_path, capsys):
    """A long export of one coder imports back into a copy as another coder with the same decisions."""
    import shutil

    copy = tmp_path / "copy.thematic"
    shutil.copy(demo, copy)
    exported = tmp_path / "aigerim.csv"
    assert run(capsys, "export", str(demo), "-o", str(exported), "--coder", "Aigerim", "--long")[0] == 0
    code, _, err = run(capsys, "import-codings", str(copy), str(exported), "--coder", "Copy")
    assert code == 0, err
    from app.project import Project

    with Project.open(copy) as project:
        assert project.coder_codings("Copy") == project.coder_codings("Aigerim")

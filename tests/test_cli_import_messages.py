"""What the import commands tell: real row counts, repeated ids, personal data, text checks, split cases,
confusion matrix labels and counted nouns."""

from __future__ import annotations

import json

import openpyxl

from app.cli.analysis import _confusion_lines
from app.core.personal_data import personal_reason
from app.core.wording import plural
from tests.test_cli_import import run
from tests.test_import_layouts import write_csv


def test_preview_reports_every_row_and_a_repeated_id(tmp_path, capsys):
    """A 6,000-row file (cells on several lines) previews 20 rows but reports 6,000, and a repeated id."""
    rows = [["id", "review"]] + [[str(n), f'line one of {n}\nline two, "quoted"'] for n in range(6000)]
    rows[12][0] = "70"
    rows[71][0] = "70"
    path = write_csv(tmp_path / "big.csv", rows)
    project = tmp_path / "p.thematic"
    assert run(capsys, "new", str(project))[0] == 0
    code, out, err = run(capsys, "import", str(project), str(path), "--preview", "--json", "--id", "id")
    data = json.loads(out)
    assert code == 0, err
    assert (data["rows"], data["sample_rows"]) == (6000, 20)
    assert data["repeated_id"] == {"value": "70", "first_row": 13, "row": 72}
    assert data["proposed_layout"] == "long"
    code, out, _ = run(capsys, "import", str(project), str(path), "--preview", "--id", "id")
    assert "6000 rows" in out.splitlines()[0]
    assert (
        "respondent id '70' is used on rows 13 and 72: one row per answer? import with --layout long" in out
    )


def test_workbook_rows_are_counted_past_the_sample(tmp_path, capsys):
    """A sheet longer than the rows roles are proposed from is counted in streaming mode."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "answer"])
    for n in range(5100):
        sheet.append([f"R{n}", f"answer number {n} with some words"])
    path = tmp_path / "big.xlsx"
    book.save(path)
    project = tmp_path / "p.thematic"
    run(capsys, "new", str(project))
    code, out, err = run(capsys, "import", str(project), str(path), "--preview", "--json")
    assert code == 0, err
    assert json.loads(out)["rows"] == 5100


def test_personal_data_is_left_out_in_any_language(tmp_path, capsys):
    """A Google Forms (ru) e-mail column is not the respondent id; the preview says why it is left out."""
    path = write_csv(
        tmp_path / "forms.csv",
        [
            ["Отметка времени", "Адрес электронной почты", "Телефон", "Что улучшить?"],
            ["2024/03/01 10:00:00", "asel@example.kz", "8 701 123 45 67", "Больше курсов по истории края"],
            [
                "2024/03/01 10:05:00",
                "boris@example.ru",
                "8 702 765 43 21",
                "Удобнее расписание для студентов",
            ],
        ],
    )
    project = tmp_path / "p.thematic"
    run(capsys, "new", str(project))
    code, out, err = run(capsys, "import", str(project), str(path), "--preview", "--json")
    assert code == 0, err
    columns = {c["name"]: c for c in json.loads(out)["columns"]}
    assert columns["Адрес электронной почты"]["role"] == "ignore"
    assert "e-mail" in columns["Адрес электронной почты"]["reason"]
    assert "phone" in columns["Телефон"]["reason"]
    assert columns["Что улучшить?"]["role"] == "open"
    code, out, _ = run(capsys, "import", str(project), str(path), "--preview")
    assert "left out: its values look like e-mail addresses (personal data)" in out
    assert "respondent_id" not in out


def test_personal_data_rules():
    """Values decide without a known header; a header alone needs short values."""
    assert personal_reason("Contact", ["+7 701 123 4567", "+44 20 7946 0958"]) == (
        "its values look like phone numbers (personal data)"
    )
    assert (
        personal_reason("Kontakt", ["a@b.de", "c@d.de", ""])
        == "its values look like e-mail addresses (personal data)"
    )
    assert (
        personal_reason("Аты-жөні", ["Асель Нурланова"]) == "its header names a person's name (personal data)"
    )
    assert personal_reason("Product name", ["Dropbox", "Evernote"]) is None
    assert (
        personal_reason("What do you think of our phone app?", ["It is fine but slow on my old phone"])
        is None
    )
    assert personal_reason("worry", ["7", "8", "12345678"]) is None
    assert personal_reason("startdate", ["2020-04-06 12:00:00"]) is None


def test_import_codings_refuses_swapped_texts_on_one_line(tmp_path, capsys):
    """The command line: one line naming row, respondent and texts; --ignore-text imports; nouns agree."""
    survey = write_csv(
        tmp_path / "s.csv", [["ResponseId", "What could we improve?"], ["R1", "speed"], ["R2", "price"]]
    )
    project = tmp_path / "p.thematic"
    run(capsys, "new", str(project))
    code, out, err = run(capsys, "import", str(project), str(survey))
    assert code == 0 and "2 answers from 2 new respondents to 1 new question;" in out, err
    sheet = write_csv(
        tmp_path / "dan2.csv",
        [
            ["ResponseId", "What could we improve?", "Code 1"],
            ["R1", "price", "cost"],
            ["R2", "speed", "slow"],
        ],
    )
    code, out, err = run(
        capsys, "import-codings", str(project), str(sheet), "--coder", "dan", "--create-themes"
    )
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert (
        "row 2: the answer text of respondent 'R1' differs" in err and "'price'" in err and "'speed'" in err
    )
    code, out, err = run(
        capsys,
        "import-codings",
        str(project),
        str(sheet),
        "--coder",
        "dan",
        "--create-themes",
        "--ignore-text",
    )
    assert code == 0 and out.startswith("imported 2 codings from"), err
    one = write_csv(
        tmp_path / "one.csv", [["ResponseId", "What could we improve?", "Code 1"], ["R1", "speed", "fast"]]
    )
    code, out, err = run(
        capsys, "import-codings", str(project), str(one), "--coder", "eve", "--create-themes"
    )
    assert code == 0 and out.startswith("imported 1 coding from"), err


def test_qdpx_import_says_which_sources_became_respondents(tmp_path, capsys):
    """A respondent with two answers to one question comes back from .qdpx as two, with a warning."""
    survey = write_csv(
        tmp_path / "long.csv", [["rid", "review"], ["70", "crashes"], ["70", "love it"], ["71", "slow"]]
    )
    project = tmp_path / "p.thematic"
    run(capsys, "new", str(project))
    assert (
        run(
            capsys,
            "import",
            str(project),
            str(survey),
            "--layout",
            "long",
            "--id",
            "rid",
            "--answer-column",
            "review",
        )[0]
        == 0
    )
    assert run(capsys, "export", str(project), "-o", str(tmp_path / "rev.qdpx"))[0] == 0
    code, out, err = run(
        capsys, "import-qdpx", str(tmp_path / "rev.qdpx"), "-o", str(tmp_path / "back.thematic")
    )
    assert code == 0, err
    assert "3 answers of 3 respondents to 1 question," in out
    assert (
        "warning: 1 source of 1 case became respondents of their own (e.g. '70 / review'): case '70'" in out
    )


def test_confusion_matrix_keeps_names_apart():
    """Themes sharing their first ten characters stay distinguishable: full names, numbered columns."""
    lines = _confusion_lines(["information giving", "information seeking"], [[12, 3], [1, 140]])
    assert lines[1].strip().startswith("1. information giving") and lines[2].strip().startswith(
        "2. information seeking"
    )
    assert lines[0].split() == ["1", "2"] and lines[2].split()[-2:] == ["1", "140"]
    assert plural(1, "answer") == "1 answer" and plural(2, "answer") == "2 answers"

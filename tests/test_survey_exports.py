"""Survey exports as researchers have them: Google Forms age bands, Qualtrics header rows, README sheets
and title rows above the header, through the preview and the import alike."""

from __future__ import annotations

import json

import pytest

from app.project import Project
from tests.test_cli_import import run
from tests.test_import_layouts import write_csv

AGE_QUESTIONS = ["Жасыңыз", "Ваш возраст", "What is your age?"]


def _new_project(tmp_path, capsys):
    """An empty project to import into."""
    project = tmp_path / "p.thematic"
    assert run(capsys, "new", str(project), "--empty")[0] == 0
    return project


def _roles(capsys, project, path, *flags: str) -> dict[str, str]:
    """The roles the preview proposes for each column."""
    code, out, err = run(capsys, "import", str(project), str(path), "--preview", "--json", *flags)
    assert code == 0, err
    return {c["name"]: c["role"] for c in json.loads(out)["columns"]}


@pytest.mark.parametrize("age", AGE_QUESTIONS)
@pytest.mark.parametrize("rows", [3, 40])
def test_age_bands_are_an_attribute_in_preview_and_import(tmp_path, capsys, age, rows):
    """A Google Forms age question ("18–24") is neither the respondent id nor open, in a short or long file."""
    bands = ["18–24", "25–34", "35–44", "45–54", "55+"]
    path = write_csv(
        tmp_path / "forms.csv",
        [["Отметка времени", age, "Қызметіміз туралы пікіріңіз"]]
        + [
            [f"2024/03/{n % 28 + 1:02d} 10:{n % 60:02d}:00", bands[n % 5], f"Кезек ұзақ болды, бөлім {n}"]
            for n in range(rows)
        ],
    )
    project = _new_project(tmp_path, capsys)
    roles = _roles(capsys, project, path)
    assert roles[age] == "attribute"
    assert roles["Қызметіміз туралы пікіріңіз"] == "open"
    code, _, err = run(capsys, "import", str(project), str(path))
    assert code == 0, err
    with Project.open(project) as opened:
        respondents = opened.respondents()
        assert [q.key for q in opened.questions()] == ["Қызметіміз туралы пікіріңіз"]
    assert len(respondents) == rows
    assert sorted({r.attributes[age] for r in respondents}) == sorted(bands[: min(rows, 5)])
    assert all(r.external_id not in bands for r in respondents)


def test_exact_ages_and_gender_are_attributes_not_ids(tmp_path, capsys):
    """Unique ages in the first column of a tiny file are not ids; a short gender column is not open."""
    path = write_csv(
        tmp_path / "tiny.csv",
        [
            ["Возраст", "Пол", "Что бы вы улучшили?"],
            ["23", "женский", "Больше практики и меньше лекций"],
            ["41", "мужской", "Расписание удобнее для работающих"],
        ],
    )
    project = _new_project(tmp_path, capsys)
    assert _roles(capsys, project, path) == {
        "Возраст": "attribute",
        "Пол": "attribute",
        "Что бы вы улучшили?": "open",
    }


def _qualtrics(path, rows: int = 12):
    """A Qualtrics CSV export: short names, full question texts, ImportId JSON, then the answers."""
    keys = ["StartDate", "Status", "ResponseId", "Q1", "Q2", "Q3", "Q3_4_TEXT", "Q4"]
    texts = [
        "Start Date",
        "Response Type",
        "Response ID",
        "What is your age?",
        "Which region do you live in?",
        "Which device do you use most? - Selected Choice",
        "Which device do you use most? - Other - Text",
        "What would you change about our service, and why?",
    ]
    ids = [
        json.dumps({"ImportId": i})
        for i in ["startDate", "status", "_recordId", "QID1", "QID2", "QID3", "QID3_4_TEXT", "QID4_TEXT"]
    ]
    data = [
        [
            "2024-03-01 10:00:00",
            "IP Address",
            f"R_{n:04d}xYz",
            ["18-24", "25-34", "35-44"][n % 3],
            ["Almaty", "Astana", "Shymkent"][n % 3],
            ["Phone", "Laptop", "Other"][n % 3],
            "tablet" if n % 3 == 2 else "",
            f"Shorter queues at the desk and clearer prices, reason {n}",
        ]
        for n in range(rows)
    ]
    return write_csv(path, [keys, texts, ids, *data])


@pytest.mark.parametrize("rows", [2, 12])
def test_qualtrics_texts_name_questions_and_attributes(tmp_path, capsys, rows):
    """Row 2 gives open questions their text and attributes their names; "- Selected Choice" is closed."""
    from pypdf import PdfReader

    path = _qualtrics(tmp_path / "qualtrics.csv", rows)
    project = _new_project(tmp_path, capsys)
    roles = _roles(capsys, project, path)
    assert roles == {
        "StartDate": "ignore",
        "Status": "ignore",
        "Q3_4_TEXT": "open",
        "ResponseId": "respondent_id",
        "Q1": "attribute",
        "Q2": "attribute",
        "Q3": "attribute",
        "Q4": "open",
    }
    code, _, err = run(capsys, "import", str(project), str(path))
    assert code == 0, err
    with Project.open(project) as opened:
        texts = {q.key: q.text for q in opened.questions()}
        names = opened.attribute_names()
        first = opened.respondents()[0]
    assert texts["Q4"] == "What would you change about our service, and why?"
    assert texts["Q3_4_TEXT"] == "Which device do you use most? - Other - Text"
    assert names == [
        "Q1. What is your age?",
        "Q2. Which region do you live in?",
        "Q3. Which device do you use most?",
    ]
    assert (first.external_id, first.attributes["Q2. Which region do you live in?"]) == (
        "R_0000xYz",
        "Almaty",
    )
    pdf = tmp_path / "r.pdf"
    by = ["--by", "Q1", "--by", "which region do you live in?", "--by", "3"]
    code, _, err = run(capsys, "report", str(project), "-o", str(pdf), "--no-quotes", *by)
    assert code == 0, err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    for name in names:
        assert f"By {name}" in text
    assert "By Q1 " not in text


def _book(path, sheets: dict[str, list[list[str]]]):
    """Write a workbook with the given sheets in order (the first one is where Excel opens)."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


README = [["Library survey, spring 2024"], ["The answers are on the next sheet."], ["Contact: the team"]]
ANSWERS = [["id", "Faculty", "What would you improve?"]] + [
    [f"P{n}", ["Law", "Arts"][n % 2], f"Longer opening hours in exam weeks, note {n}"] for n in range(20)
]


def test_a_readme_sheet_is_passed_over_for_the_one_table(tmp_path, capsys):
    """README first, answers second: the answers are read, and preview and summary say which sheet."""
    path = _book(tmp_path / "survey.xlsx", {"README": README, "Responses": ANSWERS, "Codes": [["a", "b"]]})
    project = _new_project(tmp_path, capsys)
    code, out, err = run(capsys, "import", str(project), str(path), "--preview")
    assert code == 0, err
    assert out.splitlines()[0].startswith(
        f"{path}: sheet 'Responses' (not 'README': no table there), 1 header row, wide layout, 20 rows"
    )
    code, out, err = run(capsys, "import", str(project), str(path))
    assert code == 0, err
    assert "20 answers from 20 new respondents" in out
    assert f"read sheet 'Responses' of {path} (not 'README': no table there)" in out
    with Project.open(project) as opened:
        assert {r.attributes["Faculty"] for r in opened.respondents()} == {"Law", "Arts"}


def test_several_tables_behind_a_readme_sheet_ask_for_sheet(tmp_path, capsys):
    """Two tables after a README: one line naming the sheet read and the others, then --sheet reads one."""
    wave = [["id", "What would you improve?"]] + [[f"W{n}", f"Quieter rooms, note {n}"] for n in range(5)]
    path = _book(tmp_path / "waves.xlsx", {"README": README, "Wave 1": wave, "Wave 2": wave, "Empty": []})
    project = _new_project(tmp_path, capsys)
    for flags in (["--preview"], []):
        code, out, err = run(capsys, "import", str(project), str(path), *flags)
        assert code == 1 and out == "" and err.count("\n") == 1
        assert err == (
            f"thematic import: {path}: sheet 'README' (the one read) holds no table of answers (a header "
            "row over rows); the other sheets: 'Wave 1', 'Wave 2'; choose one with --sheet NAME\n"
        )
    code, out, err = run(capsys, "import", str(project), str(path), "--sheet", "Wave 2")
    assert code == 0 and "5 answers from 5 new respondents" in out and "read sheet" not in out, err


def test_title_rows_and_merged_cells_of_a_workbook(tmp_path, capsys):
    """A merged title in A1 over a blank row, a header merged over sub-headers, a group merged downwards."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Customer survey 2024"
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["ID", "City", "Satisfaction", None, "What should we change?"])
    sheet.append([None, None, "Price", "Staff", None])
    sheet.merge_cells("C3:D3")
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("E3:E4")
    for n in range(6):
        sheet.append(
            [f"C{n}", "Almaty" if n < 3 else None, str(n % 5 + 1), "4", f"Open on Sundays, said {n}"]
        )
    sheet.merge_cells("B8:B10")
    sheet["B8"] = "Astana"
    path = tmp_path / "titled.xlsx"
    book.save(path)
    project = _new_project(tmp_path, capsys)
    code, out, err = run(capsys, "import", str(project), str(path), "--preview", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["title_rows"], data["header_rows"], data["rows"]) == (1, 2, 6)
    assert [c["name"] for c in data["columns"]] == [
        "ID",
        "City",
        "Satisfaction - Price",
        "Satisfaction - Staff",
        "What should we change?",
    ]
    code, out, _ = run(capsys, "import", str(project), str(path), "--preview")
    assert (
        out.splitlines()[0] == f"{path}: sheet 'Sheet', 2 header rows below 1 title row, wide layout, 6 rows"
    )
    code, out, err = run(capsys, "import", str(project), str(path))
    assert code == 0 and "6 answers from 6 new respondents" in out, err
    with Project.open(project) as opened:
        cities = {r.external_id: r.attributes["City"] for r in opened.respondents()}
    assert cities == {
        "C0": "Almaty",
        "C1": "Almaty",
        "C2": "Almaty",
        "C3": "Astana",
        "C4": "Astana",
        "C5": "Astana",
    }


@pytest.mark.parametrize(
    "title",
    ["Customer survey 2024, Almaty", '"Customer survey 2024"', "Customer survey 2024\nExported 01.03.2024"],
)
def test_a_csv_title_line_above_the_header_is_skipped(tmp_path, capsys, title):
    """A title line (even with an unquoted comma) above a CSV header is not the header."""
    path = tmp_path / "titled.csv"
    lines = [title, "", "id,Region,Gender,What should we change?"]
    lines += [
        f"R{n},{['North', 'South'][n % 2]},{['F', 'M'][n % 2]},Open on Sundays and later hours {n}"
        for n in range(8)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = _new_project(tmp_path, capsys)
    assert _roles(capsys, project, path) == {
        "id": "respondent_id",
        "Region": "attribute",
        "Gender": "attribute",
        "What should we change?": "open",
    }
    code, out, err = run(capsys, "import", str(project), str(path))
    assert code == 0 and "8 answers from 8 new respondents" in out, err


def test_files_without_titles_keep_their_first_row_as_header(tmp_path, capsys):
    """A one-column file and an R/pandas file whose first header is blank keep row 1 as the header."""
    project = _new_project(tmp_path, capsys)
    one = write_csv(
        tmp_path / "one.csv", [["answer"], ["More buses at night"], ["Cleaner parks please"], ["x y"]]
    )
    assert _roles(capsys, project, one) == {"answer": "open"}
    pandas = write_csv(
        tmp_path / "pandas.csv",
        [["", "What should we change?"]]
        + [[str(n), f"Open on Sundays and later hours {n}"] for n in range(6)],
    )
    assert _roles(capsys, project, pandas) == {"Column A": "ignore", "What should we change?": "open"}

"""Reading survey exports: encodings, delimiters, header rows, workbooks and clear errors for bad files."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.core.survey_file import SurveyFileError, cell, clean_cell, detect_delimiter, read_survey_table

KAZAKH = "Әкімдікке өтініш жазу қиын, ұсыныс: ақпаратты көбейту һәм іс-шара"
TRICKY = [
    "=SUM(A1:A2)",
    "+7 701 000 00 00",
    "@mention",
    "-minus",
    "<b>&amp;</b> & <i>",
    "ctrl\x01\x07\x1b\x1e end",
    "line1\r\nline2\nline3",
    "emoji 👍🏽 👨‍👩‍👧",
    "中文 回答",
    "العربية نص",
    "nbsp\u00a0\u2028sep\x85",
    "tab\there",
    'quote " inside',
    "  spaces kept  ",
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    """Write rows with the csv module in a given encoding and delimiter."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def test_windows1251_semicolon_russian(tmp_path):
    """A Windows-1251 file with semicolons and Russian text is decoded and split correctly."""
    rows = [
        ["ID", "Возраст", "Ваши рекомендации"],
        ["1", "25-34", "Больше информации, меньше бюрократии"],
        ["2", "35-44", "Проводить встречи с жителями; отвечать быстрее"],
        ["3", "18-24", "Нет"],
    ]
    table = read_survey_table(write_csv(tmp_path / "ru.csv", rows, "cp1251", ";"))
    assert (table.encoding, table.delimiter, table.header_rows) == ("cp1251", ";", 1)
    assert table.headers == rows[0]
    assert table.rows == rows[1:]


def test_utf16_tab_file(tmp_path):
    """A UTF-16 (with BOM) tab-separated file, as Excel's 'Unicode text' writes it, is read."""
    rows = [["id", "answer"], ["a1", KAZAKH], ["a2", "English, with commas"]]
    table = read_survey_table(write_csv(tmp_path / "u16.txt", rows, "utf-16", "\t"))
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert [table.headers, *table.rows] == rows


def test_utf8_bom_is_not_part_of_first_header(tmp_path):
    """The UTF-8 byte-order mark is dropped, so the first header is exactly as typed."""
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + "Respondent ID,Ответ\r\nR1,да\r\n".encode())
    table = read_survey_table(path)
    assert table.encoding == "utf-8-sig"
    assert table.headers == ["Respondent ID", "Ответ"]
    forced = read_survey_table(path, encoding="utf-8")
    assert forced.headers[0] == "Respondent ID"


def test_kazakh_text_is_utf8_and_latin_text_is_cp1252(tmp_path):
    """Kazakh letters outside Windows-1251 mean UTF-8; accented Latin text in 8 bits is Windows-1252."""
    kazakh = read_survey_table(write_csv(tmp_path / "kk.csv", [["id", "q"], ["1", KAZAKH], ["2", "иә"]]))
    assert kazakh.encoding == "utf-8" and kazakh.rows[0][1] == KAZAKH
    latin_rows = [["id", "commentaire"], ["1", "Très bien, café crème"], ["2", "Müller straße"]]
    latin = read_survey_table(write_csv(tmp_path / "fr.csv", latin_rows, "cp1252"))
    assert latin.encoding == "cp1252" and latin.rows == latin_rows[1:]


def test_forced_encoding_that_does_not_fit_names_the_line(tmp_path):
    """Bytes that cannot be decoded in a forced encoding give a one-line error with the file and line."""
    path = write_csv(tmp_path / "ru.csv", [["id", "q"], ["1", "Привет"]], "cp1251")
    with pytest.raises(SurveyFileError) as caught:
        read_survey_table(path, encoding="utf-8")
    message = str(caught.value)
    assert message.startswith(f"{path}: line 2: byte 0x") and "utf-8" in message and "\n" not in message


def test_qualtrics_three_header_rows(tmp_path):
    """A Qualtrics export: keys from row 1, full question text from row 2, ImportId row skipped."""
    rows = [
        ["StartDate", "ResponseId", "Q1", "Q2_TEXT"],
        ["Start Date", "Response ID", "How old are you?", "What would you change? - Text"],
        [
            '{"ImportId":"startDate","timeZone":"America/Denver"}',
            '{"ImportId":"_recordId"}',
            '{"ImportId":"QID1"}',
            '{"ImportId":"QID2_TEXT"}',
        ],
        ["2024-01-01 10:00:00", "R_abc", "25-34", "More, faster answers"],
        ["2024-01-02 11:00:00", "R_def", "35-44", ""],
    ]
    table = read_survey_table(write_csv(tmp_path / "qualtrics.csv", rows))
    assert table.header_rows == 3 and table.first_data_row == 4
    assert table.headers == rows[0]
    assert table.question_texts["Q2_TEXT"] == "What would you change? - Text"
    assert table.rows == rows[3:] and table.row_numbers == [4, 5]


def test_surveymonkey_two_header_rows(tmp_path):
    """A SurveyMonkey export: merged question cells are carried right, sub-answer labels join the key."""
    rows = [
        ["Respondent ID", "Collector ID", "What do you use?", "", "Why?"],
        ["", "", "Website", "Other (please specify)", "Open-Ended Response"],
        ["1001", "5", "Website", "", "Because it is easy"],
        ["1002", "5", "", "Telegram bot", "Нет времени"],
    ]
    table = read_survey_table(write_csv(tmp_path / "monkey.csv", rows))
    assert table.header_rows == 2
    assert table.headers == [
        "Respondent ID",
        "Collector ID",
        "What do you use? - Website",
        "What do you use? - Other (please specify)",
        "Why?",
    ]
    assert table.question_texts["Why?"] == "Why?"
    assert table.rows[1][4] == "Нет времени" and table.first_data_row == 3


def test_header_rows_override(tmp_path):
    """The caller can force the header row count and the delimiter."""
    rows = [["id", "q"], ["full id", "full question"], ["1", "a|b"]]
    path = write_csv(tmp_path / "two.csv", rows)
    table = read_survey_table(path, header_rows=2, delimiter=",")
    assert table.headers == ["id - full id", "q - full question"] and table.rows == [["1", "a|b"]]
    assert read_survey_table(path, header_rows=0).headers == ["Column A", "Column B"]


def test_text_round_trips_verbatim(tmp_path):
    """Every script, emoji, markup and formula-like text comes back verbatim; control characters go, counted."""
    rows = [["id", "answer"]] + [[str(i), text] for i, text in enumerate(TRICKY)]
    table = read_survey_table(write_csv(tmp_path / "tricky.csv", rows))
    expected = [[i, clean_cell(text)] for i, text in rows[1:]]
    assert table.rows == expected
    assert table.cleaned_cells == sum(a != b for (_, a), (_, b) in zip(rows[1:], expected)) == 1
    assert table.row_numbers == list(range(2, 2 + len(TRICKY)))  # a cell with line breaks is still one row


def test_delimiter_detection_respects_quotes():
    """Commas inside quoted cells do not fool the detector; each supported delimiter is found."""
    semicolon = 'id;text\n1;"a, b, c"\n2;"d, e"\n3;f\n'
    assert detect_delimiter(semicolon) == ";"
    assert detect_delimiter('id,text\n1,"a; b; c"\n2,"x;y"\n') == ","
    assert detect_delimiter("id|text|n\n1|a, b|2\n2|c; d|3\n") == "|"
    assert detect_delimiter("id\ttext\n1\ta, b; c\n") == "\t"
    assert detect_delimiter("just one column\nanother\n") == ","


def test_excel_sep_line_sets_delimiter(tmp_path):
    """An Excel `sep=;` first line chooses the delimiter and is not a header."""
    path = tmp_path / "sep.csv"
    path.write_text("sep=;\nid;text\n1;a,b\n", encoding="utf-8")
    table = read_survey_table(path)
    assert (table.delimiter, table.headers, table.rows) == (";", ["id", "text"], [["1", "a,b"]])


def test_short_rows_are_padded_and_long_rows_refused(tmp_path):
    """Rows missing trailing cells are padded; a row with extra non-empty cells is an error naming it."""
    path = tmp_path / "ragged.csv"
    path.write_text("id,a,b\n1,x\n2,y,z,\n\n3,p,q,extra\n", encoding="utf-8")
    with pytest.raises(SurveyFileError) as caught:
        read_survey_table(path)
    assert caught.value.row == 5 and "4 cells" in str(caught.value) and "3 columns" in str(caught.value)
    path.write_text("id,a,b\n1,x\n2,y,z,\n", encoding="utf-8")
    table = read_survey_table(path)
    assert table.rows == [["1", "x"], ["2", "y", "z"]]  # short rows stay short in memory...
    assert table.column("b") == ["", "z"] and cell(table.rows[0], 2) == ""  # ...and read as blank


def test_blank_and_repeated_headers_get_names(tmp_path):
    """Blank headers are named after their column letter and repeated ones are numbered."""
    table = read_survey_table(
        write_csv(tmp_path / "h.csv", [["id", "", "Other", "Other"], ["1", "a", "b", "c"]])
    )
    assert table.headers == ["id", "Column B", "Other", "Other (2)"]


def test_empty_header_only_and_blank_files_are_refused(tmp_path):
    """An empty file, a file of blank lines and a header without rows each give a clear error."""
    cases = {"empty.csv": b"", "blank.csv": b"\r\n\r\n,,\r\n", "header.csv": b"id,answer\r\n"}
    expected = {
        "empty.csv": "the file is empty",
        "blank.csv": "the file is empty",
        "header.csv": "column headings but no answers",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(SurveyFileError, match=expected[name]):
            read_survey_table(path)


def test_binary_file_is_refused(tmp_path):
    """A file with NUL bytes that is not UTF-16 is refused as not text."""
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    with pytest.raises(SurveyFileError, match="not a text file"):
        read_survey_table(path)


def test_huge_cell_is_refused_and_large_cell_read(tmp_path):
    """A cell over the limit is an error naming its row; a cell above csv's default limit still reads."""
    big = "ж" * 200_000
    table = read_survey_table(write_csv(tmp_path / "big.csv", [["id", "q"], ["1", "ok"], ["2", big]]))
    assert table.rows[1][1] == big
    with pytest.raises(SurveyFileError) as caught:
        read_survey_table(tmp_path / "big.csv", max_cell_chars=1000)
    assert caught.value.row == 3 and "1,000 characters" in str(caught.value)
    assert csv.field_size_limit() == 131072  # the reader restores the module's limit


def test_unclosed_quote_is_refused(tmp_path):
    """A quote that is never closed would swallow the rest of the file, so it is an error."""
    path = tmp_path / "quote.csv"
    path.write_text('id,q\n1,fine\n2,"never closed\n3,lost\n', encoding="utf-8")
    with pytest.raises(SurveyFileError, match="never closed") as caught:
        read_survey_table(path)
    assert caught.value.row == 3


def test_preview_reads_only_the_first_rows(tmp_path):
    """max_rows gives a cheap preview marked as truncated; a full read is not."""
    rows = [["id", "q"]] + [[str(i), f"answer {i}"] for i in range(1000)]
    path = write_csv(tmp_path / "many.csv", rows)
    preview = read_survey_table(path, max_rows=20)
    assert len(preview.rows) == 20 and preview.truncated and preview.row_numbers[-1] == 21
    full = read_survey_table(path)
    assert len(full.rows) == 1000 and not full.truncated
    assert full.checksum == hashlib.sha256(path.read_bytes()).hexdigest()


def write_workbook(path: Path, rows: list[list[object]], title: str = "Responses") -> Path:
    """Write rows to a workbook, keeping text that starts with '=' as text rather than a formula."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
    book.create_sheet("Notes").append(["not", "this"])
    book.save(path)
    return path


def replace_part(source_path: Path, target_path: Path, name: str, data: bytes) -> None:
    """Copy a workbook's zip, replacing one part's bytes."""
    with zipfile.ZipFile(source_path) as source, zipfile.ZipFile(target_path, "w") as target:
        for item in source.infolist():
            target.writestr(item, data if item.filename == name else source.read(item))


def test_xlsx_round_trip(tmp_path):
    """A workbook's text (Kazakh, emoji, line breaks, leading '=') and numbers come back as typed."""
    texts = [KAZAKH, "emoji 🙂🇰🇿", "two\nlines", "=not a formula", "<b>&amp;</b>", "-5", "  padded  "]
    rows = [["Respondent ID", "Age", "Answer"]] + [[f"R{i}", 20 + i, t] for i, t in enumerate(texts)]
    rows.append(["R99", 3.5, None])
    table = read_survey_table(write_workbook(tmp_path / "survey.xlsx", rows))
    assert (table.encoding, table.delimiter, table.sheet) == ("xlsx", None, "Responses")
    assert table.headers == rows[0]
    assert [r[2] for r in table.rows] == [*texts, ""]
    assert [r[1] for r in table.rows] == [str(20 + i) for i in range(len(texts))] + ["3.5"]
    assert table.row_numbers[0] == 2
    notes = read_survey_table(tmp_path / "survey.xlsx", sheet="Notes", header_rows=0)
    assert notes.rows == [["not", "this"]]
    with pytest.raises(SurveyFileError, match="no sheet 'Missing'.*'Responses', 'Notes'"):
        read_survey_table(tmp_path / "survey.xlsx", sheet="Missing")


def test_corrupt_and_encrypted_workbooks_are_refused(tmp_path):
    """A damaged zip, a non-zip .xlsx and an encrypted (OLE) workbook each give a one-line error."""
    good = write_workbook(tmp_path / "good.xlsx", [["id", "q"], ["1", "a"]]).read_bytes()
    cases = {
        "truncated.xlsx": good[: len(good) // 2],
        "text.xlsx": b"id,q\n1,a\n",
        "encrypted.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(SurveyFileError) as caught:
            read_survey_table(path)
        assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)
    broken = tmp_path / "broken_sheet.xlsx"
    replace_part(tmp_path / "good.xlsx", broken, "xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row")
    with pytest.raises(SurveyFileError, match=r"cannot open the workbook \(.*unclosed token"):
        read_survey_table(broken)


def test_zip_bomb_workbook_is_refused_before_parsing(tmp_path):
    """A part that unpacks to far more than it weighs, or too many bytes in all, is refused."""
    path = write_workbook(tmp_path / "bomb.xlsx", [["id", "q"], ["1", "a"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\x00" * (8 << 20))
    with pytest.raises(SurveyFileError, match="zip bomb"):
        read_survey_table(path)
    small = write_workbook(tmp_path / "small.xlsx", [["id", "q"], ["1", "a"]])
    with pytest.raises(SurveyFileError, match="zip bomb"):
        read_survey_table(small, max_unzipped_bytes=1000)
    assert read_survey_table(small).rows == [["1", "a"]]


def test_workbook_xml_entities_are_refused(tmp_path):
    """openpyxl parses with defusedxml, so an entity-expansion attack in a workbook is refused."""
    assert openpyxl.xml.DEFUSEDXML
    path = write_workbook(tmp_path / "entities.xlsx", [["id", "q"], ["1", "a"]])
    laugh = (
        '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>'
    )
    replace_part(path, tmp_path / "hostile.xlsx", "xl/worksheets/sheet1.xml", laugh.encode())
    with pytest.raises(SurveyFileError, match="EntitiesForbidden"):
        read_survey_table(tmp_path / "hostile.xlsx")


def test_row_count_keeps_csv_limit(tmp_path):
    """Counting a file's rows for the preview leaves the csv module's cell limit as it found it."""
    from app.core.survey_preview import count_rows

    path = write_csv(tmp_path / "rows.csv", [["id", "q"], ["1", "a" * 200_000], ["2", "b"], ["", ""]])
    first_row = read_survey_table(path, max_rows=1)
    before = csv.field_size_limit()
    assert first_row.truncated and count_rows(first_row) == 2
    assert csv.field_size_limit() == before

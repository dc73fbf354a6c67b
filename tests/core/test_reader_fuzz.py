"""A short property-based fuzz run of the survey and codebook readers (the long run is bench/fuzz_readers.py).

Property: any bytes give a table or one SurveyFileError/CodebookError line naming the file, never another
exception; a table's rows are never wider than its headers, and cells hold no control characters.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.codebook_io import CodebookError, parse_codebook
from app.core.survey_file import SurveyFileError, read_survey_table

EXAMPLES = int(os.environ.get("THEMATIC_FUZZ_EXAMPLES", "40"))  # bench/fuzz_readers.py runs thousands
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
CSV_PIECES = st.sampled_from(
    ['"', ",", ";", "\t", "\n", "\r\n", "\r", "\x00", "é", "ж", "a b", "=1", "''", "\ud7ff", " "]
)
csv_texts = st.lists(st.one_of(CSV_PIECES, st.text(max_size=6)), max_size=60).map("".join)
survey_bytes = st.one_of(
    csv_texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    csv_texts.map(lambda t: t.encode("utf-16", "surrogatepass")),
    st.binary(max_size=300),
)
YAML_PIECES = st.sampled_from(
    [
        "themes:",
        "\n",
        "  - ",
        "name: ",
        "children:",
        "&a ",
        "*a",
        "[",
        "]",
        "{",
        "}",
        ": ",
        "code: 1",
        "x",
        "'",
        '"',
        "9" * 40,
    ]
)
codebook_texts = st.lists(st.one_of(YAML_PIECES, st.text(max_size=4)), max_size=40).map("".join)


def check_survey_bytes(tmp_path, data: bytes) -> None:
    """Read bytes as a survey file: a sound table or one clear error naming the file."""
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        table = read_survey_table(path)
    except SurveyFileError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        return
    assert all(len(row) <= len(table.headers) for row in table.rows)
    assert not any(CONTROL.search(c) for row in table.rows for c in row)


def check_codebook_text(text: str, fmt: str) -> None:
    """Parse text as a codebook: records or one clear error naming the source."""
    try:
        parse_codebook(text, "fuzz.yaml", fmt)
    except CodebookError as exc:
        assert str(exc).startswith("fuzz.yaml") and "\n" not in str(exc)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=survey_bytes)
def test_survey_reader_never_crashes(tmp_path, data):
    """Arbitrary bytes never raise anything but a one-line SurveyFileError."""
    check_survey_bytes(tmp_path, data)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=codebook_texts, fmt=st.sampled_from(["yaml", "json"]))
def test_codebook_reader_never_crashes(text, fmt):
    """Arbitrary YAML/JSON-ish text never raises anything but a one-line CodebookError."""
    check_codebook_text(text, fmt)

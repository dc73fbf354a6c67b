"""Agreement from a unit,coder,label codings CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.agreement_csv import (
    STATISTICS,
    AgreementInputError,
    agreement_from_codings_csv,
    format_agreement_table,
)

KRIPP_4x12 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def write(tmp_path: Path, text: str, name: str = "codings.csv") -> Path:
    """Write a CSV file and return its path."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def krippendorff_csv(tmp_path: Path) -> Path:
    """Krippendorff (2011) 4 coders x 12 units as one row per label; missing values have no row."""
    lines = ["unit,coder,label"]
    for coder, values in zip("ABCD", KRIPP_4x12):
        lines += [f"u{u + 1},{coder},{v}" for u, v in enumerate(values) if v is not None]
    return write(tmp_path, "\n".join(lines) + "\n")


@pytest.mark.parametrize(
    ("level", "published"), [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)]
)
def test_krippendorff_example_from_csv(tmp_path: Path, level: str, published: float) -> None:
    """Krippendorff (2011) example read from CSV gives the published alpha at every level."""
    result = agreement_from_codings_csv(krippendorff_csv(tmp_path), level=level)
    assert result["units"] == 12
    assert result["coders"] == ["A", "B", "C", "D"]
    assert result["multi_label"] is False
    assert result["statistics"]["krippendorff_alpha"] == pytest.approx(published, abs=5e-4)
    assert result["statistics"]["cohen_kappa"] is None
    assert "two coders" in result["undefined"]["cohen_kappa"]


def test_result_shape_is_json_and_complete(tmp_path: Path) -> None:
    """The result has exactly the documented keys and every statistic is a number or null with a reason."""
    result = agreement_from_codings_csv(krippendorff_csv(tmp_path), bootstrap=100, seed=3)
    assert set(result) == {
        "units", "coders", "categories", "multi_label", "skipped_rows", "statistics", "undefined", "ci",
        "interpretation",
    }  # fmt: skip
    assert list(result["statistics"]) == list(STATISTICS)
    for name, value in result["statistics"].items():
        assert (value is None) == (name in result["undefined"])
    assert result["categories"] == ["1", "2", "3", "4", "5"]
    low, high = result["ci"]["krippendorff_alpha"]
    assert low <= result["statistics"]["krippendorff_alpha"] <= high
    json.dumps(result)


def test_weighted_kappa_and_categories(tmp_path: Path) -> None:
    """--categories fixes the order for weights; quadratic weighted kappa matches irr's 0.2520325."""
    rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4]
    rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2]
    lines = ["unit,coder,label"]
    for u, (a, b) in enumerate(zip(rater2, rater3)):
        lines += [f"{u},r2,{a}", f"{u},r3,{b}"]
    path = write(tmp_path, "\n".join(lines))
    result = agreement_from_codings_csv(path, weights="quadratic", categories=["1", "2", "3", "4", "6"])
    assert result["statistics"]["cohen_weighted_kappa"] == pytest.approx(0.2520325, abs=1e-7)
    plain = agreement_from_codings_csv(path)
    assert plain["statistics"]["cohen_weighted_kappa"] is None
    assert "weights" in plain["undefined"]["cohen_weighted_kappa"]


def test_multi_label_reports_masi_only(tmp_path: Path) -> None:
    """Several rows for one unit and coder make the data multi-label: MASI alpha, the rest null."""
    path = write(
        tmp_path,
        "unit,coder,label\n1,A,x\n1,A,y\n1,B,x\n2,A,y\n2,B,y\n3,A,\n3,B,\n4,A,z\n4,B,x\n",
    )
    result = agreement_from_codings_csv(path)
    assert result["multi_label"] is True
    assert result["categories"] == ["x", "y", "z"]
    assert result["statistics"]["krippendorff_alpha_masi"] is not None
    assert result["statistics"]["cohen_kappa"] is None
    assert "multi-label" in result["undefined"]["cohen_kappa"]


def test_empty_label_is_a_decision(tmp_path: Path) -> None:
    """An empty label is the category 'no label applies'; a unit with no row for a coder is missing."""
    path = write(tmp_path, "unit,coder,label\n1,A,x\n1,B,x\n2,A,\n2,B,\n3,A,x\n3,B,\n4,A,x\n")
    result = agreement_from_codings_csv(path)
    assert result["categories"] == ["x", ""]
    assert result["units"] == 4
    assert result["statistics"]["percent_agreement"] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "row 1: the header must be exactly unit,coder,label"),
        ("id,who,code\n1,A,x\n", "row 1: the header must be exactly unit,coder,label"),
        ("unit,coder,label\n1,A,x\n2,B\n", "row 3: expected 3 columns"),
        ("unit,coder,label\n1,,x\n", "row 2: the unit and the coder must not be empty"),
        ("unit,coder,label\n1,A,\n1,A,x\n", "row 3: coder 'A' gives unit '1' both an empty label"),
    ],
)
def test_bad_csv_raises_one_line_error(tmp_path: Path, text: str, message: str) -> None:
    """Malformed files raise AgreementInputError 'FILE: row N: problem'."""
    path = write(tmp_path, text)
    with pytest.raises(AgreementInputError) as info:
        agreement_from_codings_csv(path)
    assert str(info.value) == f"{path}: {message}" or str(info.value).startswith(f"{path}: {message}")
    assert "\n" not in str(info.value)


def test_unreadable_and_non_numeric_files(tmp_path: Path) -> None:
    """A missing file, bad bytes and non-numeric interval labels each name the file and the row."""
    with pytest.raises(AgreementInputError, match="row 0: cannot read the file"):
        agreement_from_codings_csv(tmp_path / "absent.csv")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"unit,coder,label\n1,A,x\n1,B,\xff\n")
    with pytest.raises(AgreementInputError, match="row 3: not valid UTF-8"):
        agreement_from_codings_csv(bad)
    words = write(tmp_path, "unit,coder,label\n1,A,low\n1,B,high\n", "words.csv")
    with pytest.raises(AgreementInputError, match="row 2: label 'low' is not a number"):
        agreement_from_codings_csv(words, level="interval")
    ordered = agreement_from_codings_csv(words, level="ordinal", categories=["low", "high"])
    assert ordered["categories"] == ["low", "high"]
    with pytest.raises(AgreementInputError, match="row 3: label 'high' is not among the given categories"):
        agreement_from_codings_csv(words, categories=["low"])


def test_text_table_lists_every_statistic(tmp_path: Path) -> None:
    """The plain-text table has a line per statistic with its value or its reason."""
    result = agreement_from_codings_csv(krippendorff_csv(tmp_path), bootstrap=50)
    table = format_agreement_table(result)
    for name in STATISTICS:
        assert name in table
    assert "0.743" in table
    assert "defined for exactly two coders" in table


@pytest.mark.parametrize("bad", ["nan", "inf", "-Infinity", "NaN"])
@pytest.mark.parametrize("level", ["interval", "ratio", "ordinal"])
def test_numeric_levels_refuse_nan_and_inf(tmp_path: Path, bad: str, level: str) -> None:
    """nan and inf are not values on a numeric scale: one line names the file, the row and the label."""
    path = write(tmp_path, f"unit,coder,label\n1,A,2\n1,B,{bad}\n2,A,1\n2,B,3\n")
    with pytest.raises(AgreementInputError) as info:
        agreement_from_codings_csv(path, level=level)
    assert (
        str(info.value)
        == f"{path}: row 3: label {bad!r} is not a finite number, which the {level} level needs"
    )


def test_given_categories_are_checked_as_numbers_with_their_row(tmp_path: Path) -> None:
    """With --categories at the interval level a text category is refused naming the row it is used on."""
    path = write(tmp_path, "unit,coder,label\n1,A,1\n1,B,two\n")
    with pytest.raises(AgreementInputError, match="row 3: label 'two' is not a number"):
        agreement_from_codings_csv(path, level="interval", categories=["1", "two"])


def test_long_export_is_read_as_is(tmp_path: Path) -> None:
    """Thematic's long export (respondent, question, response, answer, theme, coder, origin) gives the same
    statistics as the unit,coder,label file; rows without a coder are skipped and counted."""
    long = write(
        tmp_path,
        "respondent_id,question,response_id,answer,theme,coder,origin\n"
        'p1,Q1,r1,"text, with comma",price,A,manual\n'
        'p1,Q1,r1,"text, with comma",price,B,manual\n'
        "p2,Q1,r2,text,quality,A,manual\n"
        "p2,Q1,r2,text,price,B,import\n"
        "p3,Q1,r3,text,quality,A,manual\n"
        "p3,Q1,r3,text,quality,B,manual\n"
        "p4,Q1,r4,text,,,none\n",
        "long.csv",
    )
    plain = write(
        tmp_path,
        "unit,coder,label\nr1,A,price\nr1,B,price\nr2,A,quality\nr2,B,price\nr3,A,quality\nr3,B,quality\n",
    )
    from_long, from_plain = agreement_from_codings_csv(long), agreement_from_codings_csv(plain)
    assert from_long["statistics"] == from_plain["statistics"]
    assert from_long["units"] == 3 and from_long["skipped_rows"] == 1
    assert from_long["statistics"]["cohen_kappa"] == pytest.approx(0.4)  # po 2/3, pe (1/3*2/3+2/3*1/3)

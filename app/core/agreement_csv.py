"""Agreement from a standalone `unit,coder,label` CSV (one row per label) and its text table."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.core.agreement import (
    Estimator,
    cohen_weighted_kappa_estimator,
    nominal_estimators,
    undefined_estimator,
)
from app.core.agreement_alpha import LEVELS, alpha_estimator
from app.core.agreement_bootstrap import estimate_with_intervals
from app.core.agreement_interpret import interpret_statistics
from app.core.agreement_masi import masi_alpha_estimator

HEADER = ("unit", "coder", "label")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
STATISTICS = (
    "percent_agreement",
    "cohen_kappa",
    "scott_pi",
    "fleiss_kappa",
    "brennan_prediger",
    "gwet_ac1",
    "krippendorff_alpha",
    "krippendorff_alpha_masi",
    "cohen_weighted_kappa",
)
MULTI_LABEL_REASON = "multi-label data (several labels per unit and coder): see krippendorff_alpha_masi"
SINGLE_LABEL_REASON = "single-label data: MASI alpha equals the nominal alpha, see krippendorff_alpha"


class AgreementInputError(ValueError):
    """A codings file that cannot be used; the message is 'FILE: row N: problem'."""


@dataclass
class Codings:
    """Labels per (unit, coder) read from a codings CSV, in order of first appearance."""

    units: list[str]
    coders: list[str]
    labels: dict[tuple[str, str], set[str]]
    first_row: dict[tuple[str, str], int]
    skipped: int = 0


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AgreementInputError(f"{path}: row 0: cannot read the file ({exc.strerror or exc})") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise AgreementInputError(f"{path}: row {row}: not valid UTF-8 text") from exc


def _unneutralise(value: str) -> str:
    """Remove the apostrophe an export put before text a spreadsheet would run as a formula."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS) else value


def _columns(path: Path, header: list[str] | None) -> tuple[list[int], int, int, int, bool]:
    """Find the unit, coder and label columns: `unit,coder,label`, or Thematic's long export as is.

    Returns (unit columns, coder, label, column count or -1 when extra columns are allowed, long)."""
    names = [h.strip().lower().lstrip("\ufeff") for h in header or []]
    if tuple(names) == HEADER:
        return [0], 1, 2, 3, False
    if "coder" in names and ("theme" in names or "label" in names):
        label = names.index("theme") if "theme" in names else names.index("label")
        for unit_cols in (["response_id"], ["unit"], ["respondent_id", "question"], ["respondent_id"]):
            if all(c in names for c in unit_cols):
                return [names.index(c) for c in unit_cols], names.index("coder"), label, -1, True
    raise AgreementInputError(
        f"{path}: row 1: the header must be exactly unit,coder,label, or a long export with "
        "response_id (or unit, or respondent_id), coder and theme columns"
    )


def read_codings_csv(path: str | Path) -> Codings:
    """Read and validate a `unit,coder,label` CSV or a long export; an empty label means 'no label applies'.

    In a long export other columns are ignored, and rows without a coder (an export's "no theme"
    rows of a combined coding, which no coder owns) are skipped and counted in `skipped`."""
    path = Path(path)
    reader = csv.reader(io.StringIO(_decode(path), newline=""))
    codings = Codings([], [], {}, {})
    empty_rows: dict[tuple[str, str], int] = {}
    seen_units: set[str] = set()
    try:
        unit_cols, coder_col, label_col, width, long = _columns(path, next(reader, None))
        needed = max([*unit_cols, coder_col, label_col]) + 1
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if width > 0 and len(row) != width:
                raise AgreementInputError(
                    f"{path}: row {line}: expected 3 columns (unit,coder,label), found {len(row)}"
                )
            if len(row) < needed:
                raise AgreementInputError(f"{path}: row {line}: expected {needed} columns, found {len(row)}")
            unit = " / ".join(_unneutralise(row[c].strip()) for c in unit_cols)
            coder, label = _unneutralise(row[coder_col].strip()), _unneutralise(row[label_col].strip())
            if long and not coder:
                codings.skipped += 1
                continue
            if not unit.strip(" /") or not coder:
                raise AgreementInputError(f"{path}: row {line}: the unit and the coder must not be empty")
            key = (unit, coder)
            if key not in codings.labels:
                if unit not in seen_units:
                    codings.units.append(unit)
                    seen_units.add(unit)
                if coder not in codings.coders:
                    codings.coders.append(coder)
                codings.labels[key] = set()
                codings.first_row[key] = line
            if label:
                codings.labels[key].add(label)
            else:
                empty_rows[key] = line
            if key in empty_rows and codings.labels[key]:
                raise AgreementInputError(
                    f"{path}: row {line}: coder {coder!r} gives unit {unit!r} both an empty label "
                    "(no label applies) and a label"
                )
    except csv.Error as exc:
        raise AgreementInputError(f"{path}: row {reader.line_num}: malformed CSV ({exc})") from exc
    return codings


def _as_number(path: Path, label: str, row: int, level: str) -> float:
    try:
        value = float(label)
    except ValueError:
        raise AgreementInputError(
            f"{path}: row {row}: label {label!r} is not a number, which the {level} level needs"
        ) from None
    if not math.isfinite(value):
        raise AgreementInputError(
            f"{path}: row {row}: label {label!r} is not a finite number, which the {level} level needs"
        )
    return value


def _category_order(
    path: Path, codings: Codings, categories: Sequence[str] | None, level: str, multi: bool
) -> list[str]:
    used = {label for labels in codings.labels.values() for label in labels}
    empty = [key for key, labels in codings.labels.items() if not labels]
    if empty and level != "nominal" and not multi:
        raise AgreementInputError(
            f"{path}: row {codings.first_row[empty[0]]}: an empty label (no label applies) has no "
            f"place on the {level} scale"
        )
    none_category = [""] if empty and not multi else []
    if categories is not None:
        order = [c.strip() for c in categories if c.strip()] + none_category
        for key, labels in codings.labels.items():
            for label in sorted(labels - set(order)):
                raise AgreementInputError(
                    f"{path}: row {codings.first_row[key]}: label {label!r} is not among the given categories"
                )
        return order
    if level in ("ordinal", "interval", "ratio") and not multi:
        for key, labels in codings.labels.items():
            for label in labels:
                _as_number(path, label, codings.first_row[key], level)
        return sorted(used, key=float)
    return sorted(used) + none_category


def _single_label_estimators(
    path: Path, codings: Codings, order: list[str], level: str, weights: str | None
) -> tuple[list[Estimator], np.ndarray]:
    cats = order
    index = {c: i for i, c in enumerate(cats)}
    codes = np.full((len(codings.units), len(codings.coders)), -1, dtype=np.int64)
    unit_pos = {u: i for i, u in enumerate(codings.units)}
    coder_pos = {c: i for i, c in enumerate(codings.coders)}
    for (unit, coder), labels in codings.labels.items():
        codes[unit_pos[unit], coder_pos[coder]] = index[next(iter(labels))] if labels else index[""]
    q = len(cats)
    if level in ("interval", "ratio"):
        rows = {}
        for key, labels in codings.labels.items():
            for label in labels:
                rows.setdefault(label, codings.first_row[key])
        values = [_as_number(path, c, rows.get(c, 0), level) for c in cats]
    else:
        values = [float(i) for i in range(q)]
    estimators = nominal_estimators(codes.shape, q) + [alpha_estimator(level, values)]
    if weights is None:
        estimators.append(
            undefined_estimator("cohen_weighted_kappa", "no weights chosen (linear or quadratic)")
        )
    else:
        estimators.append(cohen_weighted_kappa_estimator(codes.shape, q, weights))
    estimators.append(undefined_estimator("krippendorff_alpha_masi", SINGLE_LABEL_REASON))
    return estimators, codes


def _multi_label_estimators(codings: Codings) -> tuple[list[Estimator], np.ndarray]:
    sets = {key: frozenset(labels) for key, labels in codings.labels.items()}
    distinct = sorted(set(sets.values()), key=lambda s: (len(s), sorted(s)))
    index = {s: i for i, s in enumerate(distinct)}
    codes = np.full((len(codings.units), len(codings.coders)), -1, dtype=np.int64)
    unit_pos = {u: i for i, u in enumerate(codings.units)}
    coder_pos = {c: i for i, c in enumerate(codings.coders)}
    for (unit, coder), labels in sets.items():
        codes[unit_pos[unit], coder_pos[coder]] = index[labels]
    estimators = [undefined_estimator(name, MULTI_LABEL_REASON) for name in STATISTICS]
    estimators[STATISTICS.index("krippendorff_alpha_masi")] = masi_alpha_estimator(distinct, codes)
    return estimators, codes


def agreement_from_codings_csv(
    path: str | Path,
    level: str = "nominal",
    categories: Sequence[str] | None = None,
    weights: str | None = None,
    bootstrap: int = 0,
    seed: int = 0,
) -> dict[str, object]:
    """Compute every applicable agreement statistic for a codings CSV; returns JSON-ready data."""
    path = Path(path)
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: use one of {', '.join(LEVELS)}")
    if weights not in (None, "linear", "quadratic"):
        raise ValueError(f"unknown weights {weights!r}: use linear or quadratic")
    codings = read_codings_csv(path)
    multi = any(len(labels) > 1 for labels in codings.labels.values())
    order = _category_order(path, codings, categories, level, multi)
    if multi:
        estimators, codes = _multi_label_estimators(codings)
    else:
        estimators, codes = _single_label_estimators(path, codings, order, level, weights)
    points, intervals = estimate_with_intervals(estimators, codes, bootstrap, seed)
    statistics = {name: points[name].value for name in STATISTICS}
    return {
        "units": len(codings.units),
        "coders": list(codings.coders),
        "categories": order,
        "multi_label": multi,
        "skipped_rows": codings.skipped,
        "statistics": statistics,
        "undefined": {n: points[n].reason for n in STATISTICS if points[n].reason is not None},
        "ci": {n: iv.to_list() for n in STATISTICS if (iv := intervals.get(n)) is not None},
        "interpretation": interpret_statistics(statistics),
    }


def format_agreement_table(result: dict[str, object]) -> str:
    """Render an `agreement_from_codings_csv` result as a plain-text table for the terminal."""
    stats: dict = result["statistics"]  # type: ignore[assignment]
    undefined: dict = result["undefined"]  # type: ignore[assignment]
    ci: dict = result["ci"]  # type: ignore[assignment]
    interpretation: dict = result["interpretation"]  # type: ignore[assignment]
    labels = interpretation.get("labels", {})
    lines = [
        f"Units: {result['units']}   Coders: {', '.join(result['coders'])}",  # type: ignore[arg-type]
        f"Categories: {', '.join(c or '(none)' for c in result['categories'])}"  # type: ignore[union-attr]
        + ("   (multi-label)" if result["multi_label"] else ""),
        "",
        f"{'Statistic':<26}{'Value':>8}  {'95% CI':<17}  Note",
    ]
    for name in STATISTICS:
        value = stats.get(name)
        if value is None:
            lines.append(f"{name:<26}{'-':>8}  {'':<17}  {undefined.get(name, '')}")
            continue
        interval = f"[{ci[name][0]:.3f}, {ci[name][1]:.3f}]" if name in ci else ""
        lines.append(f"{name:<26}{value:>8.3f}  {interval:<17}  {labels.get(name, '')}")
    for warning in interpretation.get("warnings", []):
        lines += ["", f"Warning: {warning}"]
    return "\n".join(lines) + "\n"

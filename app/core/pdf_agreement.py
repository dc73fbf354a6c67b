"""The report's agreement and codebook-diagnosis sections, built from ReportContent.

Every table names the coders it compares and how many answers it rests on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.core.pdf_sections import _cell, heading
from app.core.pdf_styles import INK, SANS_BOLD, para_text, table_style
from app.core.pdf_tables import KeepStart, ReportTable, report_table
from app.core.report_agreement import AgreementSummary, Confusions, pooled_note
from app.core.report_methods import format_ci, format_percent, format_stat
from app.core.report_records import AgreementRow, ReportContent

MAX_MATRIX_CATEGORIES = 12
DIAGNOSIS_CONFUSIONS = 12


def _agreement_cells(r: AgreementRow, styles: dict[str, ParagraphStyle], style: str) -> list[object]:
    """Return one per-theme row; undefined statistics show their reason."""
    note = r.interpretation or ""
    if r.undefined_reason:
        note = f"{note} ({r.undefined_reason})" if note else r.undefined_reason
    return [
        _cell(styles, r.theme, style),
        f"{r.n:,}",
        format_percent(r.percent),
        format_stat(r.kappa),
        format_stat(r.alpha),
        format_ci(r.alpha_ci),
        _cell(styles, note),
    ]


def who(a: AgreementSummary, coders: Sequence[str] | None = None) -> str:
    """Name the coders of a table."""
    names = list(coders or a.coders)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def level_text(a: AgreementSummary) -> str:
    """The level of themes in words, plainly when the codebook is flat."""
    return a.level_words if a.has_subthemes else "all themes (the codebook has no sub-themes)"


def _headline_table(a: AgreementSummary, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """The headline statistics with their intervals, n and verdicts."""
    intro = (
        f"Coders {who(a)}; level of themes: {level_text(a)}; unit: the "
        f"{'answer (one category each)' if a.categorical else 'answer × theme decision'}; "
        f"{a.answers:,} answers decided by {'both' if len(a.coders) == 2 else 'two or more of them'}."
    )
    if a.categorical:
        intro += f" Single-choice: {a.single_choice_reason}. n: answers."
    else:
        intro += f" n: answer × theme decisions ({a.answers:,} answers × {a.n_themes} themes)."
        intro += (" " + pooled_note(a.n_themes, a.unused_themes, a.answers)).rstrip()
    rows: list[list[object]] = [["Statistic", "Value", "95% CI", "n", "Interpretation"]]
    for s in a.headline:
        value = (
            format_percent(100 * s.value)
            if s.key == "percent_agreement" and s.value is not None
            else format_stat(s.value)
        )
        ci = s.ci if s.key != "percent_agreement" or s.ci is None else (100 * s.ci[0], 100 * s.ci[1])
        shown_ci = (
            format_ci(ci)
            if s.key != "percent_agreement"
            else ("–" if ci is None else f"[{ci[0]:.1f}, {ci[1]:.1f}]")
        )
        rows.append([_cell(styles, s.name), value, shown_ci, f"{s.n:,}", _cell(styles, s.label or s.reason)])
    style = table_style(len(rows), numeric_from=1)
    style.add("ALIGN", (4, 0), (4, -1), "LEFT")
    table = report_table(
        rows, [110, 50, 78, 90, width - 328], style, "Agreement: headline statistics", styles["caption"]
    )
    return [Paragraph(para_text(intro), styles["note"]), table]


def _confusion_table(m: Confusions, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """A coder × coder confusion matrix (rows: the first coder), or a note when it is too wide."""
    n = sum(sum(r) for r in m.counts)
    title = f"Confusion matrix: rows {m.coders[0]}, columns {m.coders[1]}, n = {n:,} answers both decided."
    if len(m.categories) > MAX_MATRIX_CATEGORIES:
        return [
            Paragraph(
                para_text(title + " Too many categories to print; see thematic agreement --json."),
                styles["note"],
            )
        ]
    corner = f"{m.coders[0]} ↓ · {m.coders[1]} →"
    head = [_cell(styles, corner, "cell_head")] + [_cell(styles, c, "cell_head") for c in m.categories]
    rows: list[list[object]] = [head]
    for name, counts in zip(m.categories, m.counts, strict=True):
        rows.append([_cell(styles, name)] + [f"{x:,}" for x in counts])
    col = min(72.0, (width - 110.0) / max(len(m.categories), 1))
    first = width - col * len(m.categories)
    style = table_style(len(rows), numeric_from=1)
    for i in range(len(m.categories)):
        style.add("BACKGROUND", (1 + i, 1 + i), (1 + i, 1 + i), "#eef3f8")
    caption = f"Confusion matrix, {m.coders[0]} × {m.coders[1]}"
    table = report_table(rows, [first] + [col] * len(m.categories), style, caption, styles["caption"])
    return [Paragraph(para_text(title), styles["note"]), table]


def _pairs_table(a: AgreementSummary, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """One row per pair of coders, each on the answers both decided."""
    rows: list[list[object]] = [["Coders", "n (answers)", "%", "κ (Cohen)", "α", "Interpretation"]]
    for p in a.pairs:
        apart = " (shown apart)" if set(p.coders) & set(a.apart) else ""
        rows.append(
            [
                _cell(styles, f"{p.coders[0]} – {p.coders[1]}{apart}"),
                f"{p.n:,}",
                format_percent(None if p.percent is None else 100 * p.percent),
                format_stat(p.kappa),
                format_stat(p.alpha),
                _cell(styles, p.label),
            ]
        )
    style = table_style(len(rows), numeric_from=1)
    style.add("ALIGN", (5, 0), (5, -1), "LEFT")
    table = report_table(
        rows, [width - 330, 60, 50, 55, 45, 120], style, "Agreement per pair of coders", styles["caption"]
    )
    note = "Each pair of coders on the answers both of them decided (its own n)."
    if not a.categorical:
        note += " κ and α are pooled over the pair's answer × theme decisions."
    return [Paragraph(note, styles["note"]), table]


def _theme_table(c: ReportContent, styles: dict[str, ParagraphStyle], width: float) -> ReportTable:
    """Per theme present/absent, then the pooled row."""
    head = [
        _cell(styles, "Theme", "cell_head"),
        "n",
        "%",
        "κ",
        "α",
        "95% CI (α)",
        _cell(styles, "Interpretation", "cell_head"),
    ]
    rows: list[list[object]] = [head] + [_agreement_cells(r, styles, "cell") for r in c.agreement or ()]
    if c.agreement_overall is not None:
        rows.append(_agreement_cells(c.agreement_overall, styles, "cell_bold"))
    widths = [0.0, 40, 44, 38, 38, 78, 110]
    widths[0] = width - sum(widths)
    style = table_style(len(rows), numeric_from=1)
    style.add("ALIGN", (6, 0), (6, -1), "LEFT")
    if c.agreement_overall is not None:
        style.add("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.6, INK)
        style.add("FONTNAME", (0, len(rows) - 1), (-1, len(rows) - 1), SANS_BOLD)
    return report_table(rows, widths, style, "Agreement per theme", styles["caption"])


def agreement_section(c: ReportContent, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Return the agreement tables: headline, confusion matrices, pairs, per theme."""
    title = heading(styles, "Inter-coder agreement", "agreement")
    out: list[Flowable] = []
    a = c.agreement_summary
    kappa = "Fleiss' kappa" if a is not None and len(a.coders) > 2 else "Cohen's kappa"
    if a is not None:
        out.append(KeepStart([title, *_headline_table(a, styles, width)]))
        for warning in a.warnings:
            out.append(Paragraph(para_text(f"Warning: {warning}."), styles["note"]))
        for m in a.confusion[:3]:
            out += [Spacer(1, 3 * mm), KeepStart(_confusion_table(m, styles, width))]
        if len(a.confusion) > 3:
            out.append(
                Paragraph(
                    f"{len(a.confusion) - 3} more pairs' matrices: thematic agreement --json.", styles["note"]
                )
            )
        out += [Spacer(1, 3 * mm), KeepStart(_pairs_table(a, styles, width)), Spacer(1, 3 * mm)]
    coders_text = (
        f" Coders {who(a)}; n: answers decided by {'both' if len(a.coders) == 2 else 'two or more'}; level of themes: {level_text(a)}."
        if a
        else ""
    )
    note = Paragraph(
        para_text(
            "Per theme, each theme is a present/absent decision per answer."
            + coders_text
            + f" %: percent agreement; κ: {kappa}; α: Krippendorff's alpha (nominal) with its 95% "
            "confidence interval. A dash means the statistic is undefined; \u201ctoo few to judge\u201d marks "
            "fewer than 30 answers or a theme no coder gave 5 times."
            + (
                " " + pooled_note(a.n_themes, a.unused_themes, a.answers)
                if a is not None and a.categorical and a.unused_themes
                else ""
            )
        ),
        styles["note"],
    )
    out.append(KeepStart(([] if a is not None else [title]) + [note, _theme_table(c, styles, width)]))
    return out


def diagnosis_section(
    diagnosis: Mapping[str, object], styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """Return the codebook diagnosis: confusions, weak themes with example answers, agreement per block."""
    coders = list(diagnosis["coders"])  # type: ignore[call-overload]
    lead: list[Flowable] = [
        heading(styles, "Codebook diagnosis", "diagnosis"),
        Paragraph(
            para_text(
                f"Coders {', '.join(coders[:-1])} and {coders[-1]}; level of themes: {diagnosis['level_of_themes']}. "
                "A confusion counts an answer on "
                "which one coder gave the first theme and the other coder gave the second instead (\u201cnothing "
                "instead\u201d: no other theme), both directions and every pair of coders added up."
            ),
            styles["note"],
        ),
    ]
    confusions = list(diagnosis["confusions"])[:DIAGNOSIS_CONFUSIONS]  # type: ignore[call-overload]
    if confusions:
        rows: list[list[object]] = [["Theme given", "Other coder gave instead", "Answers"]]
        rows += [
            [_cell(styles, x["theme"]), _cell(styles, x["partner"]), f"{x['count']:,}"] for x in confusions
        ]
        widths = [(width - 60) / 2, (width - 60) / 2, 60]
        style = table_style(len(rows), numeric_from=2)
        table = report_table(rows, widths, style, "Most frequent confusions", styles["caption"])
        out: list[Flowable] = [KeepStart([*lead, table])]
    else:
        out = [*lead, Paragraph("The coders gave the same themes on every answer.", styles["body"])]
    weak = list(diagnosis["weak_themes"])  # type: ignore[call-overload]
    if weak:
        weak_title: list[Flowable] = [heading(styles, "Themes with low agreement", "diagnosis-weak", 1)]
        for w in weak:
            block: list[Flowable] = [
                Paragraph(
                    f"<b>{para_text(w['theme'])}</b> (α = {format_stat(w['alpha'])}): most often confused with",
                    styles["body"],
                )
            ]
            for p in w["partners"]:
                block.append(
                    Paragraph(
                        para_text(f"{p['partner']}: {p['count']:,} answer{'' if p['count'] == 1 else 's'}"),
                        styles["label"],
                    )
                )
                block += [
                    Paragraph(f"“{para_text(e['text'][:240])}”", styles["quote"]) for e in p["examples"]
                ]
            out.append(KeepStart([*weak_title, *block], start_items=len(weak_title) + 3))
            weak_title = []
    blocks = list(diagnosis["blocks"])  # type: ignore[call-overload]
    if blocks:
        blocks_lead = [
            heading(styles, "Agreement over the coding order", "diagnosis-blocks", 1),
            Paragraph(
                para_text(
                    f"Blocks of {diagnosis['block_size']} answers in the order the coding loop presents them: the share "
                    "of answers with identical theme sets, and α over answer × theme decisions. A rising trend "
                    "suggests training, a falling one drift."
                ),
                styles["note"],
            ),
        ]
        rows = [["Answers", "n", "Identical sets", "α"]]
        rows += [
            [
                f"{b['first']:,}–{b['last']:,}",
                f"{b['units']:,}",
                format_percent(None if b["exact"] is None else 100 * b["exact"]),
                format_stat(b["alpha"]),
            ]
            for b in blocks
        ]
        style = table_style(len(rows), numeric_from=1)
        table = report_table(
            rows, [width - 210, 50, 90, 70], style, "Agreement over the coding order", styles["caption"]
        )
        out.append(KeepStart([*blocks_lead, table]))
    return out

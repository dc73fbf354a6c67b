"""The methods paragraph, worded from the counted data so it can be pasted into a paper as is.

`methods_extra` keys understood here: `agreement_coders` (names of the coders compared),
`ci_method` (how the confidence interval was obtained, e.g. "percentile bootstrap, 1,000
resamples"), `notes` (a sentence or a list of sentences appended to the paragraph). Any other
key is listed under the paragraph as a "key: value" detail line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.core.report_records import AgreementRow, ReportContent

KNOWN_KEYS = ("agreement_coders", "ci_method", "notes")
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_word(n: int) -> str:
    """Spell small counts as words, as journals prefer; larger ones as grouped digits."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else f"{n:,}"


def format_stat(value: float | None, digits: int = 2) -> str:
    """Format a coefficient, or an en dash when it is undefined."""
    return "–" if value is None else f"{value:.{digits}f}".replace("-", "−")


def format_percent(value: float | None) -> str:
    """Format a percentage with one decimal, or an en dash when the base is empty."""
    return "–" if value is None else f"{value:.1f}%"


def format_ci(ci: tuple[float, float] | None) -> str:
    """Format a 95 % confidence interval as [lo, hi], or an en dash."""
    return "–" if ci is None else f"[{format_stat(ci[0])}, {format_stat(ci[1])}]"


def _join_names(names: Sequence[str]) -> str:
    """Join names as 'A', 'A and B', 'A, B and C'."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _plural(n: int, word: str, plural: str | None = None) -> str:
    """Return 'n word' with a plural ending when needed."""
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def _coding_phrase(reported: str) -> str:
    """Word the reported coding: a full phrase ("coder A's coding") as given, a bare name as "the X coding"."""
    return reported if "coding" in reported.casefold() else f"the {reported} coding"


def _agreement_sentences(
    overall: AgreementRow | None, rows: Sequence[AgreementRow] | None, extra: Mapping[str, object]
) -> list[str]:
    """Describe the agreement statistics, or nothing when no agreement was computed."""
    if overall is None and not rows:
        return []
    coders = extra.get("agreement_coders")
    who = (
        f" by {_join_names([str(c) for c in coders])}" if isinstance(coders, (list, tuple)) and coders else ""
    )
    out = []
    if overall is not None:
        parts = [f"percent agreement was {format_percent(overall.percent)}"]
        if overall.kappa is not None:
            parts.append(f"Cohen's κ = {format_stat(overall.kappa)}")
        if overall.alpha is not None:
            alpha = f"Krippendorff's α = {format_stat(overall.alpha)}"
            if overall.alpha_ci is not None:
                alpha += f" (95% CI {format_stat(overall.alpha_ci[0])} to {format_stat(overall.alpha_ci[1])})"
            parts.append(alpha)
        method = f" Confidence intervals: {extra['ci_method']}." if extra.get("ci_method") else ""
        quality = f"; interpretation: {overall.interpretation}" if overall.interpretation else ""
        out.append(
            f"Inter-coder agreement was assessed on {_plural(overall.n, 'answer')} coded independently{who}, "
            f"treating each theme as a present/absent decision. Over all themes, {_join_names(parts)}{quality}."
            + method
        )
    defined = [r for r in rows or () if r.kappa is not None]
    if len(defined) >= 2:
        low = min(defined, key=lambda r: r.kappa)
        high = max(defined, key=lambda r: r.kappa)
        out.append(
            f"Per theme, κ ranged from {format_stat(low.kappa)} ({low.theme}) to {format_stat(high.kappa)} "
            f"({high.theme})."
        )
    undefined: dict[str, list[str]] = {}
    for r in rows or ():
        if r.kappa is None:
            undefined.setdefault(r.undefined_reason, []).append(r.theme)
    for reason, themes in undefined.items():
        out.append(f"κ was undefined for {_join_names(themes)}" + (f" ({reason})." if reason else "."))
    return out


def methods_paragraph(content: ReportContent, extra: Mapping[str, object]) -> str:
    """Write the methods paragraph: data, coders, unit of coding, completeness and agreement."""
    n_q = len(content.questions)
    n_sub = sum(1 for e in content.codebook if e.depth > 0)
    n_themes = len(content.codebook) - n_sub
    coders = list(content.coders)
    sentences = [
        f"The analysis covers {_plural(content.n_answers, 'answer')} from "
        f"{_plural(content.n_respondents, 'respondent')} to {number_word(n_q)} open-ended "
        f"question{'' if n_q == 1 else 's'}."
    ]
    by = f"{number_word(len(coders))} coder{'' if len(coders) == 1 else 's'}"
    if coders:
        by += f" ({_join_names(coders)})"
    sub = f" and {number_word(n_sub)} sub-theme{'' if n_sub == 1 else 's'}" if n_sub else ""
    themes = f"{number_word(n_themes)} theme{'' if n_themes == 1 else 's'}"
    sentences.append(f"Answers were coded by {by} with a codebook of {themes}{sub}.")
    sentences.append(
        "The unit of coding was the individual answer: each answer could receive any number of themes, "
        "or be marked as having no applicable theme."
    )
    decided = content.n_themed + content.n_none
    share = f" ({100.0 * decided / content.n_answers:.1f}%)" if content.n_answers else ""
    status = (
        f"The counts report {_coding_phrase(content.reported_coding)}, in which {decided:,} answers{share} "
        f"were coded: {content.n_themed:,} with at least one theme and {content.n_none:,} with no applicable theme"
    )
    status += f"; {content.n_uncoded:,} answers were not yet coded." if content.n_uncoded else "."
    sentences.append(status)
    if "consensus" in content.reported_coding.casefold():
        sentences.append("Disagreements between coders were resolved into this consensus coding.")
    sentences += _agreement_sentences(content.agreement_overall, content.agreement, extra)
    notes = extra.get("notes")
    if isinstance(notes, str) and notes.strip():
        sentences.append(notes.strip())
    elif isinstance(notes, (list, tuple)):
        sentences += [str(n).strip() for n in notes if str(n).strip()]
    return " ".join(sentences)


def methods_details(extra: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """Return the extra facts not worded into the paragraph, as (key, value) lines."""
    return tuple((str(k), str(v)) for k, v in extra.items() if k not in KNOWN_KEYS)

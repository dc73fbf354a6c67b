"""The methods paragraph, worded from the counted data so it can be pasted into a paper as is.

`methods_extra` keys understood here: `agreement_coders` (names of the coders compared),
`ci_method` (how the confidence interval was obtained, e.g. "percentile bootstrap, 1,000
resamples"), `notes` (a sentence or a list of sentences appended to the paragraph). Any other
key is listed under the paragraph as a "key: value" detail line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.core.agreement_interpret import MIN_ANSWERS, MIN_POSITIVES, TOO_FEW
from app.core.report_agreement import AgreementSummary, HeadlineStat
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


def _stat_phrase(stat: HeadlineStat, unit_word: str, with_n: bool) -> str:
    """Word one statistic with its interval (and n when the statistics differ in n)."""
    n = f"n = {_plural(stat.n, unit_word)}" if with_n else ""
    if stat.value is None:
        why = "; ".join(x for x in (stat.reason, n) if x)
        return f"{stat.name} was undefined" + (f" ({why})" if why else "")
    if stat.key == "percent_agreement":
        head = f"percent agreement was {format_percent(100.0 * stat.value)}"
        ci = (
            f"95% CI {format_percent(100.0 * stat.ci[0])} to {format_percent(100.0 * stat.ci[1])}"
            if stat.ci is not None
            else ""
        )
    else:
        head = f"{stat.name} = {format_stat(stat.value)}"
        ci = f"95% CI {format_stat(stat.ci[0])} to {format_stat(stat.ci[1])}" if stat.ci is not None else ""
    inner = "; ".join(x for x in (ci, n) if x)
    return head + (f" ({inner})" if inner else "")


def _judgement(stat: HeadlineStat | None) -> str:
    """Word the verdict on alpha, or 'too few to judge' with the threshold."""
    if stat is None or not stat.label:
        return ""
    if stat.label == TOO_FEW:
        return (
            f" With fewer than {MIN_ANSWERS} answers compared, these values are too few to judge "
            "(thresholds in the agreement documentation)."
        )
    return (
        " By Krippendorff's (2004) standard (α ≥ .800 reliable, α ≥ .667 for tentative conclusions only) "
        f"the agreement is {stat.label}."
    )


def _capitalised(text: str) -> str:
    """Capitalise the first letter of a sentence."""
    return text[:1].upper() + text[1:]


def _unused_clause(a: AgreementSummary) -> str:
    """', including the decisions on the N themes no coder used, …' (agreed absences), or nothing."""
    k = len(a.unused_themes)
    if not k:
        return ""
    which = "the theme" if k == 1 else f"the {number_word(k)} themes"
    return (
        f", including the {_plural(a.answers * k, 'decision')} on {which} no coder used "
        f"({_join_names(list(a.unused_themes))}), which count as agreed absences"
    )


def _summary_sentences(a: AgreementSummary, rows: Sequence[AgreementRow] | None) -> list[str]:
    """Describe who was compared, on what unit and level, each statistic with its n, and the CI method."""
    both = "both" if len(a.coders) == 2 else "at least two of them"
    if a.has_subthemes:
        level = f"on {a.level_words}"
    else:
        level = f"on all {number_word(a.n_themes)} themes (the codebook has no sub-themes)"
    out = [
        f"Inter-coder agreement was assessed between {_join_names(list(a.coders))} on "
        f"{_plural(a.answers, 'answer')} that {both} coded independently, {level}."
    ]
    if a.categorical:
        out.append(
            f"The coding was single-choice ({a.single_choice_reason}), so each answer is one category "
            "(a theme, or no theme) and the unit of analysis was the answer."
        )
        unit_word = "answer"
    else:
        out.append(
            "The unit of analysis was the answer × theme decision (theme present or absent): "
            f"{_plural(a.cells, 'decision')} over {number_word(a.n_themes)} theme{'' if a.n_themes == 1 else 's'}"
            + _unused_clause(a)
            + "."
        )
        unit_word = "decision"
    same_n = len({x.n for x in a.headline}) == 1
    n0 = a.headline[0].n
    lead = f"On these {_plural(n0, unit_word)} (n = {n0:,} for every statistic), " if same_n else ""
    stats = _join_names([_stat_phrase(x, unit_word, not same_n) for x in a.headline])
    alpha = next((x for x in a.headline if x.key == "krippendorff_alpha"), None)
    out.append(_capitalised(lead + stats) + "." + _judgement(alpha))
    if a.ci_method and any(s.ci is not None for s in a.headline):
        out.append(f"Confidence intervals: {a.ci_method}.")
    for coder in a.apart:
        others = ", ".join(f"{c} {a.decided[c]:,}" for c in a.coders)
        pairs = "; ".join(
            f"{p.coders[0]} and {p.coders[1]}: {_pair_n(p.n, unit_word, a.n_themes)}, κ = {format_stat(p.kappa)}"
            + (f", {p.label}" if p.label else "")
            for p in a.pairs
            if coder in p.coders
        )
        out.append(
            f"Coder {coder} decided only {_plural(a.decided[coder], 'answer')} ({others}) and is reported "
            f"apart, pair by pair ({pairs})."
        )
    main_pairs = [p for p in a.pairs if not set(p.coders) & set(a.apart) and p.kappa is not None]
    if len(a.coders) > 2 and len(main_pairs) >= 2:
        low = min(main_pairs, key=lambda p: p.kappa)  # type: ignore[arg-type, return-value]
        high = max(main_pairs, key=lambda p: p.kappa)  # type: ignore[arg-type, return-value]
        out.append(
            f"Pairwise, Cohen's κ ranged from {format_stat(low.kappa)} ({low.coders[0]} and {low.coders[1]}, "
            f"{_pair_n(low.n, unit_word, a.n_themes)}) to {format_stat(high.kappa)} ({high.coders[0]} and {high.coders[1]}, "
            f"{_pair_n(high.n, unit_word, a.n_themes)})."
        )
    out += _theme_sentences(rows, "Fleiss' κ" if len(a.coders) > 2 else "κ")
    return out


def _pair_n(answers: int, unit_word: str, themes: int) -> str:
    """A pair's n in the unit its κ counts: answers, or answer × theme decisions over the answers both decided."""
    if unit_word == "answer":
        return f"n = {_plural(answers, 'answer')}"
    return f"n = {_plural(answers * themes, 'decision')} on {_plural(answers, 'answer')}"


def _theme_sentences(rows: Sequence[AgreementRow] | None, kappa: str = "κ") -> list[str]:
    """The per-theme range, too-few and undefined sentences."""
    out = []
    defined = [r for r in rows or () if r.kappa is not None]
    if len(defined) >= 2:
        low = min(defined, key=lambda r: r.kappa)  # type: ignore[arg-type, return-value]
        high = max(defined, key=lambda r: r.kappa)  # type: ignore[arg-type, return-value]
        n = f" (n = {_plural(defined[0].n, 'answer')} each)" if len({r.n for r in defined}) == 1 else ""
        out.append(
            f"Per theme as a present/absent decision{n}, {kappa} ranged from {format_stat(low.kappa)} ({low.theme}) to "
            f"{format_stat(high.kappa)} ({high.theme})."
        )
    few = [r.theme for r in rows or () if r.kappa is not None and r.interpretation == TOO_FEW]
    if few and defined and defined[0].n >= MIN_ANSWERS:
        out.append(
            f"Too few to judge: {_join_names(few)} (no coder gave {'it' if len(few) == 1 else 'them'} "
            f"{MIN_POSITIVES} times or more)."
        )
    undefined: dict[str, list[str]] = {}
    for r in rows or ():
        if r.kappa is None:
            undefined.setdefault(r.undefined_reason, []).append(r.theme)
    for reason, themes in undefined.items():
        out.append(f"{kappa} was undefined for {_join_names(themes)}" + (f" ({reason})." if reason else "."))
    return out


def _agreement_sentences(
    overall: AgreementRow | None,
    rows: Sequence[AgreementRow] | None,
    extra: Mapping[str, object],
    summary: AgreementSummary | None = None,
) -> list[str]:
    """Describe the agreement statistics, or nothing when no agreement was computed."""
    if summary is not None:
        return _summary_sentences(summary, rows)
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
    return out + _theme_sentences(rows)


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
    if content.single_choice:
        sentences.append(
            "The unit of coding was the individual answer: each answer received exactly one theme, "
            "or was marked as having no applicable theme."
        )
    else:
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
    sentences += _agreement_sentences(
        content.agreement_overall, content.agreement, extra, content.agreement_summary
    )
    notes = extra.get("notes")
    if isinstance(notes, str) and notes.strip():
        sentences.append(notes.strip())
    elif isinstance(notes, (list, tuple)):
        sentences += [str(n).strip() for n in notes if str(n).strip()]
    return " ".join(sentences)


def methods_details(extra: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """Return the extra facts not worded into the paragraph, as (key, value) lines."""
    return tuple((str(k), str(v)) for k, v in extra.items() if k not in KNOWN_KEYS)

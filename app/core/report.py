"""Report content computed from plain coded data, so every number in the PDF is testable without drawing.

Counting rules (also printed in the report):
- The unit is the answer (one respondent's answer to one question). A response id present in
  `coded` is *decided*: with themes, or with an empty set meaning "no theme applies". A response
  absent from `coded` is *not yet coded*. Themed + no theme + not yet coded = all answers.
- A parent theme counts an answer when the answer is coded with the parent or any of its
  sub-themes (each answer once). Theme percentages do not sum to 100 because an answer can carry
  several themes.
- Percentage bases are all answers in scope (including those not yet coded) and all respondents
  who gave at least one answer in scope, so the status lines add up to 100 %.
- Respondent status: "at least one theme" if any answer has a theme, otherwise "not yet coded" if
  any answer is undecided, otherwise "no theme applies".
Coded ids of unknown responses or themes are ignored (they are outside the reported scope).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from app.core.models import Response, Theme
from app.core.report_counts import (
    STATUS_LABELS,
    Key,
    Tally,
    attribute_table,
    count_table,
    sort_themes_by,
    summarise,
    theme_chains,
    theme_tree_order,
)
from app.core.report_methods import methods_details, methods_paragraph
from app.core.report_records import (
    CodebookEntry,
    Quote,
    QuoteGroup,
    ReportContent,
    ReportData,
)
from app.core.spans import merge_ranges
from app.core.theme_rollup import RollUp

EXAMPLE_COUNT = 3
EXAMPLE_MAX_CHARS = 320


def _theme_paths(themes: Sequence[Theme]) -> dict[str, str]:
    """Map theme ids to 'Parent › Child' labels."""
    names = {t.id: t.name for t in themes}
    return {tid: " › ".join(names[a] for a in reversed(chain)) for tid, chain in theme_chains(themes).items()}


def shorten(text: str, limit: int = EXAMPLE_MAX_CHARS) -> str:
    """Cut text at a word boundary near `limit` characters, marking the cut with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + " …"


def span_quote(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Quote the coded words of an answer (joined by '…'), or the whole answer when it has no spans."""
    ranges = merge_ranges((max(0, a), min(len(text), b)) for a, b in spans if a < b)
    if not ranges:
        return text
    parts = [text[a:b].strip() for a, b in ranges]
    head = "… " if ranges[0][0] > 0 and text[: ranges[0][0]].strip() else ""
    tail = " …" if text[ranges[-1][1] :].strip() else ""
    return head + " … ".join(parts) + tail


def pick_examples(
    texts: Sequence[str], candidates: Iterable[int], n_themes: Mapping[int, int], count: int = EXAMPLE_COUNT
) -> list[str]:
    """Choose distinct, typical quotes: single-theme answers of moderate length, real sentences first."""
    ranked = heapq.nsmallest(count * 12, candidates, key=lambda i: (n_themes[i], abs(len(texts[i]) - 140), i))
    ranked.sort(key=lambda i: len(texts[i].split()) < 4)  # stable: keeps the ranking within each group
    picked: list[str] = []
    seen: set[str] = set()
    for i in ranked:
        short = shorten(texts[i])
        if short and short.casefold() not in seen:
            seen.add(short.casefold())
            picked.append(short)
            if len(picked) == count:
                break
    return picked


def build_codebook_entries(
    themes: Sequence[Theme],
    coded_examples: Mapping[str, Sequence[str]] | None = None,
    answer_counts: Mapping[str, int] | None = None,
) -> tuple[CodebookEntry, ...]:
    """Return codebook entries in tree order; examples come from coded answers, else the codebook."""
    paths = _theme_paths(themes)
    entries = []
    for t, depth in theme_tree_order(themes):
        from_answers = tuple((coded_examples or {}).get(t.id, ()))
        if from_answers:
            examples, source = from_answers, "answers"
        else:
            examples = tuple(shorten(e) for e in t.examples if e.strip())[:EXAMPLE_COUNT]
            source = "codebook" if examples else "none"
        keywords = tuple((lang, tuple(words)) for lang, words in sorted(t.keywords.items()) if words)
        entries.append(
            CodebookEntry(
                theme_id=t.id,
                name=t.name,
                path=paths[t.id],
                depth=depth,
                color=t.color,
                definition=t.definition,
                inclusion=t.inclusion,
                exclusion=t.exclusion,
                keywords=keywords,
                examples=examples,
                examples_source=source,
                n_answers=(answer_counts or {}).get(t.id, 0),
            )
        )
    return tuple(entries)


def _generated_text(value: date | str) -> str:
    """Format the report date the same way everywhere."""
    return value.isoformat() if isinstance(value, date) else str(value)


def build_report(data: ReportData) -> ReportContent:
    """Count, rank and word everything the report prints; pure, so tests check the numbers."""
    order = theme_tree_order(data.themes)
    rollup = RollUp(data.themes)
    chains = rollup.chains
    questions = sorted(data.questions, key=lambda q: (q.position, q.key))
    q_by_id = {q.id: q for q in questions}
    respondents = {r.id: r for r in data.respondents}
    overall = Tally()
    per_q = {q.id: Tally() for q in questions}
    rolled_of: dict[frozenset[str], tuple[frozenset[str], int]] = {}
    in_scope: list[Response] = []
    n_own: dict[int, int] = {}
    direct: dict[str, list[int]] = defaultdict(list)
    uncoded: Key = (frozenset(), "uncoded")
    for resp in data.responses:
        tally = per_q.get(resp.question_id)
        if tally is None:
            continue
        idx = len(in_scope)
        in_scope.append(resp)
        themes = data.coded.get(resp.id)
        if themes is None:
            key = uncoded
        else:
            cached = rolled_of.get(themes)
            if cached is None:
                rolled = rollup.implied(themes)  # a sub-theme implies its parents (theme_rollup)
                cached = rolled_of[themes] = ((rolled, "any" if rolled else "none"), len(rollup.own(themes)))
            key, n_own[idx] = cached
            for tid in themes:
                direct[tid].append(idx)
        overall.add(resp.respondent_id, key)
        tally.add(resp.respondent_id, key)

    texts = [r.text for r in in_scope]
    examples = {tid: pick_examples(texts, idxs, n_own) for tid, idxs in direct.items() if tid in chains}
    totals = summarise(overall)
    codebook = build_codebook_entries(data.themes, examples, totals.answers)
    counts = [count_table("All questions", None, totals, order)]
    if len(questions) > 1:
        counts += [
            count_table(q.text or q.key, q.key, summarise(per_q[q.id]), order, hide_unused=True)
            for q in questions
        ]
    ranked = sort_themes_by(order, lambda tid: totals.answers[tid])
    rows = [(r.label, r.kind, r.depth, t.id) for r, t in zip(counts[0].theme_rows, ranked, strict=True)]
    rows += [(STATUS_LABELS[k], k, 0, k) for k in ("none", "uncoded")]
    attribute_tables = tuple(attribute_table(a, respondents, overall, rows) for a in data.attributes_by)

    appendix = None
    if data.include_quotes:
        paths = _theme_paths(data.themes)
        q_rank = {q.id: i for i, q in enumerate(questions)}
        groups = []
        for t, depth in order:
            idxs = sorted(direct.get(t.id, ()), key=lambda i: (q_rank[in_scope[i].question_id], i))
            quotes = tuple(
                Quote(
                    respondents[r.respondent_id].external_id
                    if r.respondent_id in respondents
                    else r.respondent_id,
                    q_by_id[r.question_id].key,
                    span_quote(r.text, data.spans.get((r.id, t.id), ())),
                )
                for r in (in_scope[i] for i in idxs)
            )
            groups.append(QuoteGroup(t.name, paths[t.id], depth, t.color, quotes))
        appendix = tuple(groups)

    content = ReportContent(
        title=data.title,
        generated=_generated_text(data.generated),
        reported_coding=data.reported_coding,
        coders=tuple(data.coders),
        questions=tuple(questions),
        n_respondents=totals.n_respondents,
        n_answers=totals.n_answers,
        n_themed=totals.status_answers["any"],
        n_none=totals.status_answers["none"],
        n_uncoded=totals.status_answers["uncoded"],
        methods="",
        methods_details=(),
        codebook=codebook,
        counts=tuple(counts),
        attribute_tables=attribute_tables,
        agreement=tuple(data.agreement) if data.agreement is not None else None,
        agreement_overall=data.agreement_overall,
        appendix=appendix,
        agreement_summary=data.agreement_summary,
        diagnosis=data.diagnosis,
        single_choice=data.single_choice,
        coding_statement=data.coding_statement,
    )
    return _with_methods(
        content, methods_paragraph(content, data.methods_extra), methods_details(data.methods_extra)
    )


def _with_methods(
    content: ReportContent, methods: str, details: tuple[tuple[str, str], ...]
) -> ReportContent:
    """Return the content with its methods paragraph filled in."""
    return replace(content, methods=methods, methods_details=details)

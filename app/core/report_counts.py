"""Counting for the report: the theme tree, answer/respondent tallies, count and attribute tables.

Answers are tallied by their (rolled-up theme set, status) key, so 100,000 answers cost one
dictionary update each and the per-theme sums are expanded from the few distinct keys.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.core.models import Respondent, Theme
from app.core.theme_rollup import theme_chains

__all__ = ["theme_chains"]  # the roll-up rule lives in theme_rollup; kept importable from here

MISSING_VALUE = "(no value)"
SMALL_BASE = 10
"""A percentage whose base is fewer respondents (or answers) than this is marked with CAUTION_MARK."""
CAUTION_MARK = "†"
CAUTION_NOTE = (
    f"{CAUTION_MARK} Fewer than {SMALL_BASE} respondents in this group: its percentages rest on very few "
    "people and can change by a large step with one respondent; read them as counts."
)
STATUS_LABELS = {"any": "At least one theme", "none": "No theme applies", "uncoded": "Not yet coded"}
_STATUS_RANK = {"any": 0, "uncoded": 1, "none": 2}
Key = tuple[frozenset[str], str]


@dataclass(frozen=True)
class CountRow:
    """One line of a count table: a theme or a status line (kind any/none/uncoded/total)."""

    label: str
    kind: str
    depth: int
    color: str | None
    answers: int
    answers_pct: float | None
    respondents: int
    respondents_pct: float | None


@dataclass(frozen=True)
class CountTable:
    """Theme counts for one question (or all questions), themes sorted by frequency."""

    title: str
    question_key: str | None
    answers_total: int
    respondents_total: int
    theme_rows: tuple[CountRow, ...]
    status_rows: tuple[CountRow, ...]


@dataclass(frozen=True)
class AttributeRow:
    """Respondent counts and column percentages of one theme across attribute values."""

    label: str
    kind: str
    depth: int
    counts: tuple[int, ...]
    percents: tuple[float | None, ...]


@dataclass(frozen=True)
class AttributeTable:
    """Theme by respondent attribute; the last column is the total over all values."""

    attribute: str
    values: tuple[str, ...]
    column_totals: tuple[int, ...]
    rows: tuple[AttributeRow, ...]


def is_small_base(base: int) -> bool:
    """Whether a percentage base (a group's size) is too small to read its percentages as shares."""
    return 0 < base < SMALL_BASE


def percent(part: int, base: int) -> float | None:
    """Return part/base in percent, or None when the base is empty."""
    return 100.0 * part / base if base else None


def theme_tree_order(themes: Iterable[Theme]) -> list[tuple[Theme, int]]:
    """Return themes parents-first with their depth; orphans and cycles become roots."""
    by_id = {t.id: t for t in themes}
    children: dict[str | None, list[Theme]] = defaultdict(list)
    for t in by_id.values():
        parent = t.parent_id if t.parent_id in by_id and t.parent_id != t.id else None
        children[parent].append(t)
    out: list[tuple[Theme, int]] = []
    seen: set[str] = set()

    def visit(parent: str | None, depth: int) -> None:
        for t in sorted(children.get(parent, ()), key=lambda x: (x.position, x.name.casefold(), x.id)):
            if t.id not in seen:
                seen.add(t.id)
                out.append((t, depth))
                visit(t.id, depth + 1)

    visit(None, 0)
    for t in by_id.values():  # members of a parent cycle are unreachable from the roots
        if t.id not in seen:
            seen.add(t.id)
            out.append((t, 0))
            visit(t.id, 1)
    return out


def sort_themes_by(order: list[tuple[Theme, int]], count: Callable[[str], int]) -> list[Theme]:
    """Return themes tree-ordered with siblings sorted by descending count, then codebook order."""
    rank = {t.id: i for i, (t, _) in enumerate(order)}
    children: dict[str | None, list[Theme]] = defaultdict(list)
    stack: list[Theme] = []
    for t, depth in order:
        del stack[depth:]
        children[stack[-1].id if stack else None].append(t)
        stack.append(t)
    out: list[Theme] = []

    def visit(parent: str | None) -> None:
        for t in sorted(children.get(parent, ()), key=lambda x: (-count(x.id), rank[x.id])):
            out.append(t)
            visit(t.id)

    visit(None)
    return out


@dataclass
class Tally:
    """Answers and respondents of one scope, keyed by (rolled-up themes, status)."""

    answer_keys: Counter = field(default_factory=Counter)
    people: dict[str, Key] = field(default_factory=dict)

    def add(self, respondent: str, key: Key) -> None:
        """Count one answer; a respondent's themes are the union over their answers."""
        self.answer_keys[key] += 1
        old = self.people.get(respondent)
        if old is None:
            self.people[respondent] = key
        elif old != key:
            status = old[1] if _STATUS_RANK[old[1]] <= _STATUS_RANK[key[1]] else key[1]
            self.people[respondent] = (old[0] | key[0], status)


@dataclass(frozen=True)
class Summary:
    """Per-theme and per-status totals of a tally."""

    n_answers: int
    n_respondents: int
    answers: Counter
    respondents: Counter
    status_answers: Counter
    status_respondents: Counter


def _expand(keys: Mapping[Key, int]) -> tuple[Counter, Counter]:
    """Sum key counts into per-theme and per-status counters."""
    themes: Counter = Counter()
    status: Counter = Counter()
    for (rolled, st), n in keys.items():
        status[st] += n
        for tid in rolled:
            themes[tid] += n
    return themes, status


def summarise(tally: Tally) -> Summary:
    """Expand a tally into per-theme and per-status counts of answers and respondents."""
    answers, status_answers = _expand(tally.answer_keys)
    respondents, status_respondents = _expand(Counter(tally.people.values()))
    return Summary(
        sum(tally.answer_keys.values()),
        len(tally.people),
        answers,
        respondents,
        status_answers,
        status_respondents,
    )


def count_table(
    title: str, key: str | None, s: Summary, order: list[tuple[Theme, int]], hide_unused: bool = False
) -> CountTable:
    """Turn a summary into a table sorted by frequency within each level (per question, unused themes left out)."""
    depth = {t.id: d for t, d in order}
    rows = tuple(
        CountRow(
            t.name,
            "theme",
            depth[t.id],
            t.color,
            s.answers[t.id],
            percent(s.answers[t.id], s.n_answers),
            s.respondents[t.id],
            percent(s.respondents[t.id], s.n_respondents),
        )
        for t in sort_themes_by(order, lambda tid: s.answers[tid])
        if not hide_unused or s.answers[t.id]
    )
    status = [
        CountRow(
            STATUS_LABELS[k],
            k,
            0,
            None,
            s.status_answers[k],
            percent(s.status_answers[k], s.n_answers),
            s.status_respondents[k],
            percent(s.status_respondents[k], s.n_respondents),
        )
        for k in ("any", "none", "uncoded")
    ]
    status.append(
        CountRow(
            "All answers",
            "total",
            0,
            None,
            s.n_answers,
            percent(s.n_answers, s.n_answers),
            s.n_respondents,
            percent(s.n_respondents, s.n_respondents),
        )
    )
    return CountTable(title, key, s.n_answers, s.n_respondents, rows, tuple(status))


def attribute_table(
    attribute: str,
    respondents: Mapping[str, Respondent],
    tally: Tally,
    rows: Sequence[tuple[str, str, int, str]],
) -> AttributeTable:
    """Cross respondents' themes with one attribute's values (counts and column percentages).

    `rows` are (label, kind, depth, theme id or status) in the order to print.
    """

    def value_of(rid: str) -> str:
        person = respondents.get(rid)
        return ((person.attributes.get(attribute) or "").strip() if person else "") or MISSING_VALUE

    values_by_person = {rid: value_of(rid) for rid in tally.people}
    values = sorted(set(values_by_person.values()), key=lambda v: (v == MISSING_VALUE, v.casefold()))
    col = {v: i for i, v in enumerate(values)}
    width = len(values)
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * width)
    totals = [0] * width
    for rid, (rolled, status) in tally.people.items():
        c = col[values_by_person[rid]]
        totals[c] += 1
        for tid in rolled:
            counts[tid][c] += 1
        if not rolled:
            counts[status][c] += 1
    totals.append(sum(totals))
    out = []
    for label, kind, depth, key in rows:
        row = [*counts[key], sum(counts[key])]
        out.append(
            AttributeRow(
                label,
                kind,
                depth,
                tuple(row),
                tuple(percent(n, base) for n, base in zip(row, totals, strict=True)),
            )
        )
    return AttributeTable(attribute, tuple(values), tuple(totals), tuple(out))

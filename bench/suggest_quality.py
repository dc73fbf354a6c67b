"""Benchmark: how good theme suggestions are while a coder codes a survey, question after question.

The online protocol: for each question in file order, before each answer is coded (after the question's
first 5), every ranker ranks the themes using only the answers coded so far; top-1 = the first theme is
one of the coder's, top-3 = one of the first three is. Rankers compared in the same run:
  frequency  the themes given most often so far in this question;
  kNN        the 20 most similar coded answers of this question (rapidfuzz token_set_ratio on the raw
             texts), votes weighted by similarity ** 4;
  engine     Thematic's engine driven the way the application drives it: one engine for the coder, fed
             every coding with its question, asked for each answer with that answer left out, its live
             calibration refitting itself as codings arrive.
Each is also scored on parts, to check figures on answers not tuned on: the even and the odd places of
each question (tune on one, report the other), and each question alone when there are several.
For the engine also precision and recall of the themes the panel shows (its top 5 scoring at least the
display threshold), the Brier score over every (answer, theme) pair and a reliability table.

    .venv/bin/python bench/suggest_quality.py                 # demo survey + the labelled texts in shared/data
    .venv/bin/python bench/suggest_quality.py --data reviews  # one of them (demo, reviews, covid)
    .venv/bin/python bench/suggest_quality.py --project study.thematic --coder Aigerim [--json]
    .venv/bin/python bench/suggest_quality.py --csv answers.csv [--codebook codebook.yaml]
    .venv/bin/python bench/suggest_quality.py --semantic      # the same with the semantic extra's meaning

With --semantic the engine's neighbour likeness blends in meaning (app.core.semantic) and a second kNN
baseline uses the same blend; answer vectors come from the project's cache (--project, missing ones
embedded first) or from bench/semantic_vectors.py's local cache.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process, utils

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from app.core.models import Theme  # noqa: E402
from app.core.semantic import MeaningIndex  # noqa: E402
from app.core.suggest import SuggestionEngine  # noqa: E402

Coded = tuple[str, str | None, str, frozenset[str]]  # (response id, question id, text, theme ids)
SKIPPED = 5  # answers of each question coded before any ranking is scored
PANEL_TOP = 5  # themes the coding panel lists at most (app.gui.suggestions.SuggestionService.top_k)
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/data")


class BenchInputError(ValueError):
    """A benchmark input file that cannot be read; the message names the file, the row and the problem."""


def load_demo() -> tuple[list[Theme], list[Coded]]:
    """Return the seed codebook and the demo survey's reference codings, question by question."""
    from app.core.codebook_io import load_codebook
    from app.core.demo_survey import NONE_APPLIES, REFERENCE_CODER, build_demo_survey

    root = Path(__file__).resolve().parents[1]
    themes = list(load_codebook(root / "codebook" / "open_government.yaml").themes)
    by_name = {t.name: t.id for t in themes}
    survey = build_demo_survey()
    codes: dict[tuple[str, str], set[str]] = {}
    for respondent, header, theme, coder in survey.codings:
        if coder == REFERENCE_CODER and theme != NONE_APPLIES and theme in by_name:
            codes.setdefault((respondent, header), set()).add(by_name[theme])
    ids = survey.column(survey.headers[0])
    coded = []
    for header in survey.open_questions:
        for respondent, text in zip(ids, survey.column(header)):
            if (respondent, header) in codes and text.strip():
                coded.append((f"{respondent}/{header}", header, text, frozenset(codes[(respondent, header)])))
    return themes, coded


def _label_themes(labels: Sequence[str]) -> list[Theme]:
    return [Theme(id=name, name=name) for name in sorted(set(labels))]


def load_rwwd(limit: int | None) -> tuple[list[Theme], list[Coded]]:
    """Real World Worry Dataset: two open questions (short and long text), the writer's chosen emotion."""
    path = SHARED / "rwwd_covid_worry" / "rwwd_full.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:limit]
    coded = [
        (f"{column}{n}", column, row[column], frozenset([row["chosen_emotion"]]))
        for column in ("text_short", "text_long")
        for n, row in enumerate(rows)
        if row[column].strip() and row["chosen_emotion"].strip()
    ]
    return _label_themes([next(iter(c[3])) for c in coded]), coded


_REVIEW_LINE = re.compile(r'^(\d+),"(.*)",([a-z ]+)\s*$')


def load_app_reviews(limit: int | None) -> tuple[list[Theme], list[Coded]]:
    """App-review sentences (ICSME 2015 truth set): one question, four classes; quotes inside cells unescaped."""
    path = SHARED / "app_review_sentences" / "truth_set_ICSME2015.csv"
    coded = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if number == 1:
                continue
            found = _REVIEW_LINE.match(line)
            if found is None:
                raise BenchInputError(f"{path}: row {number}: not 'id,\"review\",class'")
            # a review has several sentences under one id: each sentence is an answer of its own
            coded.append((f"{found[1]}/{number}", "review", found[2], frozenset([found[3]])))
    coded = coded[:limit]
    return _label_themes([next(iter(c[3])) for c in coded]), coded


def load_csv(path: str, codebook: str | None = None) -> tuple[list[Theme], list[Coded]]:
    """Read coded answers from a CSV (columns text, themes separated by ';', optional id and question)."""
    themes: list[Theme] = []
    if codebook:
        from app.core.codebook_io import load_codebook

        themes = list(load_codebook(codebook).themes)
    by_name = {t.name.casefold(): t.id for t in themes}
    coded = []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or not {"text", "themes"} <= set(reader.fieldnames):
            raise BenchInputError(
                f"{path}: row 1: need columns 'text' and 'themes', found {reader.fieldnames}"
            )
        for row_number, row in enumerate(reader, start=2):
            names = [n.strip() for n in (row["themes"] or "").split(";") if n.strip()]
            for name in names:
                if name.casefold() not in by_name:
                    if codebook:
                        raise BenchInputError(
                            f"{path}: row {row_number}: theme {name!r} is not in {codebook}"
                        )
                    by_name[name.casefold()] = name
                    themes.append(Theme(id=name, name=name))
            if names:
                themes_of = frozenset(by_name[n.casefold()] for n in names)
                coded.append(
                    (row.get("id") or f"row{row_number}", row.get("question") or None, row["text"], themes_of)
                )
    return themes, coded


def load_project(path: str, coder: str) -> tuple[list[Theme], list[Coded]]:
    """Read one coder's codings from a project file, question by question in the project's order."""
    from app.project import Project

    with Project.open(path) as project:
        codings = project.coder_codings(coder)
        coded = [
            (r.id, r.question_id, r.text, frozenset(codings[r.id]))
            for q in project.questions()
            for r in project.responses(q.id)
            if codings.get(r.id)
        ]
        return list(project.themes()), coded


def by_question(coded: Sequence[Coded]) -> list[Coded]:
    """Order the answers question by question (questions in order of first appearance), file order inside."""
    order = {q: i for i, q in enumerate(dict.fromkeys(c[1] for c in coded))}
    return sorted(coded, key=lambda c: order[c[1]])  # sorted() is stable


class Tally:
    """Top-1/top-3 hits and precision/recall of the shown themes over the scored answers."""

    def __init__(self) -> None:
        self.n = self.top1 = self.top3 = self.shown = self.shown_right = self.truth = 0

    def add(self, ranked: Sequence[str], truth: frozenset[str], shown: Sequence[str] = ()) -> None:
        """Score one answer's ranking (best first) and the themes shown for it."""
        self.n += 1
        self.top1 += bool(ranked) and ranked[0] in truth
        self.top3 += any(t in truth for t in ranked[:3])
        self.shown += len(shown)
        self.shown_right += len(set(shown) & truth)
        self.truth += len(truth)

    def figures(self) -> dict[str, float]:
        """Return top-1, top-3, precision and recall."""
        n = max(1, self.n)
        return {
            "top1": round(self.top1 / n, 3),
            "top3": round(self.top3 / n, 3),
            "precision": round(self.shown_right / self.shown, 3) if self.shown else 0.0,
            "recall": round(self.shown_right / max(1, self.truth), 3),
        }


class FrequencyRanker:
    """The per-question baseline: themes given most often so far in this question."""

    def __init__(self) -> None:
        self.counts: dict[str | None, Counter[str]] = {}

    def rank(self, question_id: str | None) -> list[str]:
        """Return the question's themes, most frequent first (ties: first given first)."""
        return [t for t, _ in self.counts.get(question_id, Counter()).most_common()]

    def learn(self, question_id: str | None, truth: frozenset[str]) -> None:
        """Count one coded answer."""
        self.counts.setdefault(question_id, Counter()).update(sorted(truth))


class KnnRanker:
    """The plain kNN baseline: 20 most similar coded answers of the question, votes weighted by sim ** 4.

    With a meaning index the likeness is the blend of app.core.semantic (the issue's measured variant).
    """

    def __init__(self, neighbours: int = 20, power: float = 4.0, meaning: MeaningIndex | None = None) -> None:
        self.neighbours, self.power, self.meaning = neighbours, power, meaning
        self.texts: dict[str | None, list[str]] = {}
        self.ids: dict[str | None, list[str]] = {}
        self.themes: dict[str | None, list[frozenset[str]]] = {}

    def rank(self, question_id: str | None, text: str, response_id: str | None = None) -> list[str]:
        """Return themes by summed neighbour votes, best first."""
        texts = self.texts.get(question_id, [])
        votes: Counter[str] = Counter()
        if self.meaning is not None and self.meaning.has(response_id) and texts:
            found = [
                (None, score, self.ids[question_id].index(rid))
                for rid, score in self.meaning.neighbours(
                    response_id,
                    utils.default_process(text),
                    self.ids[question_id],
                    texts,
                    fuzz.token_set_ratio,
                    self.neighbours,
                )
            ]
        else:
            found = process.extract(
                utils.default_process(text),
                texts,
                scorer=fuzz.token_set_ratio,
                processor=None,
                limit=self.neighbours,
            )
        for _, score, index in found:
            for theme in self.themes[question_id][index]:
                votes[theme] += (score / 100.0) ** self.power
        return [t for t, v in sorted(votes.items(), key=lambda tv: (-tv[1], tv[0])) if v > 0]

    def learn(self, question_id: str | None, text: str, truth: frozenset[str], response_id: str = "") -> None:
        """Remember one coded answer."""
        self.texts.setdefault(question_id, []).append(utils.default_process(text))
        self.ids.setdefault(question_id, []).append(response_id)
        self.themes.setdefault(question_id, []).append(truth)


def run(themes: Sequence[Theme], coded: Sequence[Coded], meaning: MeaningIndex | None = None) -> dict:
    """Code the answers question by question with every ranker; return the figures."""
    engine = SuggestionEngine(themes)
    engine.semantic = meaning
    frequency, knn, knn_meaning = FrequencyRanker(), KnnRanker(), KnnRanker(meaning=meaning)
    names = ("engine", "frequency", "knn", "knn_semantic")
    tallies = {name: Tally() for name in names}
    # the same rankings scored on parts: even / odd places of each question, and each question alone
    parts: dict[str, dict[str, Tally]] = {}
    predicted: list[np.ndarray] = []
    observed: list[np.ndarray] = []
    seen: Counter[str | None] = Counter()
    theme_ids = [t.id for t in themes]
    for rid, qid, text, truth in by_question(coded):
        if seen[qid] >= SKIPPED:
            scores = engine.scores(text, qid, exclude_response_id=rid)
            ranked = sorted(scores, key=lambda t: (-scores[t], t))
            shown = [t for t in ranked[:PANEL_TOP] if scores[t] >= engine.display_threshold]
            rankings = {"engine": ranked, "frequency": frequency.rank(qid), "knn": knn.rank(qid, text)}
            if meaning is not None:
                rankings["knn_semantic"] = knn_meaning.rank(qid, text, rid)
            tallies["engine"].add(ranked, truth, shown)
            for part in ("even" if seen[qid] % 2 == 0 else "odd", f"question {qid}"):
                kept = parts.setdefault(part, {name: Tally() for name in names})
                for name, ranking in rankings.items():
                    kept[name].add(ranking, truth)
            for name in ("frequency", "knn", "knn_semantic"):
                if name in rankings:
                    tallies[name].add(rankings[name], truth)
            predicted.append(np.array([scores.get(t, 0.0) for t in theme_ids]))
            observed.append(np.array([t in truth for t in theme_ids], dtype=float))
        engine.add_example(rid, text, tuple(truth), qid)
        frequency.learn(qid, truth)
        knn.learn(qid, text, truth)
        knn_meaning.learn(qid, text, truth, rid)
        seen[qid] += 1
    p = np.concatenate(predicted) if predicted else np.zeros(0)
    o = np.concatenate(observed) if observed else np.zeros(0)
    engine_figures = tallies["engine"].figures()
    engine_figures["brier"] = round(float(np.mean((p - o) ** 2)), 4) if len(p) else 0.0
    figures = {
        "answers": tallies["engine"].n,
        "engine": engine_figures,
        "frequency_baseline": {k: tallies["frequency"].figures()[k] for k in ("top1", "top3")},
        "knn_baseline": {k: tallies["knn"].figures()[k] for k in ("top1", "top3")},
        "threshold": engine.display_threshold,
        "reliability": reliability(p, o),
    }
    if meaning is not None:
        figures["knn_semantic_baseline"] = {k: tallies["knn_semantic"].figures()[k] for k in ("top1", "top3")}
    figures["parts"] = {
        part: {"answers": kept["engine"].n}
        | {name: {k: kept[name].figures()[k] for k in ("top1", "top3")} for name in names if kept[name].n}
        for part, kept in parts.items()
        if not part.startswith("question") or sum(p.startswith("question") for p in parts) > 1
    }
    return figures


def reliability(predicted: np.ndarray, observed: np.ndarray) -> list[tuple[float, float, float, int]]:
    """Return (bin start, mean score, observed share, pairs) per score decile (a reliability diagram)."""
    bins = np.minimum((predicted * 10).astype(int), 9)
    rows = []
    for b in range(10):
        mask = bins == b
        if mask.any():
            rows.append(
                (b / 10, float(predicted[mask].mean()), float(observed[mask].mean()), int(mask.sum()))
            )
    return rows


def report(title: str, themes: Sequence[Theme], coded: Sequence[Coded], figures: dict) -> None:
    """Print one data set's figures."""
    questions = len({c[1] for c in coded})
    print(f"\n== {title}: {len(coded)} coded answers in {questions} question(s), {len(themes)} themes ==")
    print(f"scored answers (each question's first {SKIPPED} skipped): {figures['answers']}")
    e, f, k = figures["engine"], figures["frequency_baseline"], figures["knn_baseline"]
    print(f"  {'most frequent so far in the question':40s} top1 {f['top1']:.3f}  top3 {f['top3']:.3f}")
    print(f"  {'kNN, 20 neighbours, token_set_ratio, sim^4':40s} top1 {k['top1']:.3f}  top3 {k['top3']:.3f}")
    if "knn_semantic_baseline" in figures:
        m = figures["knn_semantic_baseline"]
        print(f"  {'kNN, .5 fuzzy + .5 re-centred cosine':40s} top1 {m['top1']:.3f}  top3 {m['top3']:.3f}")
    print(
        f"  {'engine as the application runs it':40s} top1 {e['top1']:.3f}  top3 {e['top3']:.3f}  "
        f"P {e['precision']:.3f}  R {e['recall']:.3f} at {figures['threshold']:.2f}  Brier {e['brier']:.4f}"
    )
    for part, kept in figures["parts"].items():
        shown = "  ".join(
            f"{name} {kept[name]['top1']:.3f}/{kept[name]['top3']:.3f}"
            for name in ("frequency", "knn", "knn_semantic", "engine")
            if name in kept
        )
        print(f"    {part} ({kept['answers']}): {shown}")
    print("  reliability (score bin: mean score / observed share / pairs):")
    for start, mean, share, pairs in figures["reliability"]:
        print(f"    {start:.1f}-{start + 0.1:.1f}: {mean:.3f} / {share:.3f} / {pairs}")


def datasets(args: argparse.Namespace) -> list[tuple[str, tuple[list[Theme], list[Coded]]]]:
    """Return the data sets the command line asks for."""
    if args.project:
        return [(Path(args.project).name, load_project(args.project, args.coder or ""))]
    if args.csv:
        return [(Path(args.csv).name, load_csv(args.csv, args.codebook))]
    chosen = {
        "demo": ("demo survey (reference coder)", load_demo),
        "reviews": ("app review sentences (ICSME 2015)", lambda: load_app_reviews(args.limit)),
        "covid": ("COVID-19 worry texts (RWWD), short and long", lambda: load_rwwd(args.limit)),
    }
    return [(title, load()) for name, (title, load) in chosen.items() if name in (args.data or chosen)]


def semantic_index(args: argparse.Namespace, coded: Sequence[Coded]) -> MeaningIndex:
    """Return the meaning index for a run: from the project's vector cache, or the benchmark's own."""
    import semantic_vectors

    if args.project:
        from app.project import Project

        with Project.open(args.project) as project:
            project.embed_answers()
            found = project.meaning_index()
        if found is None:
            raise SystemExit("error: --semantic needs the semantic extra: pip install 'thematic[semantic]'")
        return found
    index, cost = semantic_vectors.meaning_index(coded, args.vector_cache or semantic_vectors.DEFAULT_CACHE)
    if cost["embedded"] and not args.json:
        print(f"embedded {cost['embedded']} answers: {cost['seconds_per_1000']} s per 1,000")
    return index


def main() -> None:
    """Run the protocol on the chosen inputs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project")
    parser.add_argument("--coder")
    parser.add_argument("--csv")
    parser.add_argument("--codebook")
    parser.add_argument("--limit", type=int, help="at most N rows of each shared data file")
    parser.add_argument(
        "--data",
        action="append",
        choices=("demo", "reviews", "covid"),
        help="only these data sets (repeatable)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--semantic", action="store_true", help="blend meaning into the likeness")
    parser.add_argument("--vector-cache", type=Path, help="folder of the local vector cache")
    args = parser.parse_args()
    try:
        results = {}
        for title, (themes, coded) in datasets(args):
            meaning = semantic_index(args, coded) if args.semantic else None
            figures = run(themes, coded, meaning)
            kept = (
                "answers",
                "engine",
                "frequency_baseline",
                "knn_baseline",
                "knn_semantic_baseline",
                "parts",
            )
            results[title] = {k: figures[k] for k in kept if k in figures}
            if not args.json:
                report(title, themes, coded, figures)
    except (BenchInputError, OSError) as exc:
        raise SystemExit(f"error: {exc}") from None
    if args.json:
        print(json.dumps(next(iter(results.values())) if len(results) == 1 else results, indent=2))


if __name__ == "__main__":
    main()

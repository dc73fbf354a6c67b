"""Benchmark: how good theme suggestions are while a coder codes answers one after another.

Before each answer is coded the engine suggests; we record whether a true theme is the top-1 or in the
top-3, and precision/recall of the themes shown at the default threshold. Compared in the same run:
the full engine, kNN voting alone (20 neighbours, similarity ** 4), the most frequent themes so far, a
plain exact-keyword baseline, and the kNN similarity scorers. Learning curve after 25, 50, 100, ...
answers; a reliability table of the calibrated scores; the logistic coefficients refitted on the run.

    /work/venv/bin/python bench/suggest_quality.py                      # synthetic survey + demo survey
    /work/venv/bin/python bench/suggest_quality.py --csv answers.csv [--codebook codebook.yaml]
    /work/venv/bin/python bench/suggest_quality.py --project study.thematic --coder Aigerim
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.models import Theme  # noqa: E402
from app.core.suggest import DEFAULT_THRESHOLD, SuggestionEngine, fit_calibration  # noqa: E402
from app.core.text_match import normalise  # noqa: E402

Coded = tuple[str, str | None, str, frozenset[str]]  # (response id, question id, text, theme ids)
CHECKPOINTS = (25, 50, 100, 200, 400, 800, 1600, 3200, 6400)

# Synthetic survey: per theme, keywords the codebook lists and phrases respondents write (many of them
# without any keyword, so only coded examples can teach them).
SYNTHETIC: dict[str, tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {
    "awareness": (
        {"en": ("advertis", "inform", "social media"), "ru": ("реклам", "информир"), "kk": ("жарнама",)},
        {
            "en": (
                "more advertising on tv",
                "people never heard about the portal",
                "tell citizens via social media",
                "nobody knows these sites exist",
                "promote it at universities",
            ),
            "ru": (
                "больше рекламы в инстаграме",
                "люди не знают о порталах",
                "информировать население",
                "рассказывать про сайт в школах",
                "никто не слышал про открытый акимат",
            ),
            "kk": (
                "жарнама көбірек болу керек",
                "халық порталдар туралы білмейді",
                "әлеуметтік желілерде айту",
            ),
        },
    ),
    "usability": (
        {
            "en": ("interface", "user friendly", "simplif"),
            "ru": ("удобн", "интерфейс", "упрост"),
            "kk": ("ыңғайлы",),
        },
        {
            "en": (
                "make the interface simpler",
                "hard to find where to submit",
                "registration takes forever",
                "the mobile version is broken",
                "simplify the forms",
            ),
            "ru": (
                "сделать сайт удобнее",
                "регистрация слишком сложная",
                "упростить подачу обращений",
                "с телефона неудобно",
                "запутанное меню",
            ),
            "kk": ("сайтты ыңғайлы қылу керек", "тіркелу өте күрделі", "мобильді қосымша керек"),
        },
    ),
    "responsiveness": (
        {"en": ("respons", "answer faster", "feedback"), "ru": ("отвеча", "реагир"), "kk": ("жауап",)},
        {
            "en": (
                "officials should answer faster",
                "nobody replied to my complaint",
                "they ignore requests for months",
                "give real feedback to people",
            ),
            "ru": (
                "чиновники должны быстрее отвечать",
                "на мою жалобу никто не ответил",
                "реагировать на обращения вовремя",
                "отписки вместо решения",
            ),
            "kk": ("әкімдік тез жауап беруі керек", "өтінішке жауап келмеді"),
        },
    ),
    "transparency": (
        {
            "en": ("transparen", "report", "open data"),
            "ru": ("прозрачн", "отчет", "открыт"),
            "kk": ("ашықтық", "есеп"),
        },
        {
            "en": (
                "publish reports on the budget",
                "show what happened with proposals",
                "more transparency in decisions",
                "make spending data public",
            ),
            "ru": (
                "больше прозрачности в решениях",
                "публиковать отчеты о бюджете",
                "показывать результаты обращений",
                "открытые данные о расходах",
            ),
            "kk": ("шешімдерде ашықтық болу керек", "бюджет туралы есеп жариялау"),
        },
    ),
    "incentives": (
        {"en": ("reward", "incentive", "bonus"), "ru": ("поощр", "бонус", "мотивац"), "kk": ("марапат",)},
        {
            "en": (
                "give points or discounts to active users",
                "reward people who take part",
                "some bonus for participation",
            ),
            "ru": ("давать бонусы активным жителям", "поощрять участие", "нужна мотивация для людей"),
            "kk": ("белсенді азаматтарды марапаттау", "қатысқандарға бонус беру"),
        },
    ),
    "trust": (
        {"en": ("trust", "pointless"), "ru": ("довер", "бесполезн"), "kk": ("сенім",)},
        {
            "en": ("i do not believe anything will change", "it is all for show", "no trust in officials"),
            "ru": ("не верю что что-то изменится", "это все для галочки", "нет доверия к акимату"),
            "kk": ("әкімдікке сенім жоқ", "ештеңе өзгермейді деп ойлаймын"),
        },
    ),
    "offline participation": (
        {"en": ("meeting", "offline"), "ru": ("встреч", "собрани"), "kk": ("кездесу",)},
        {
            "en": ("hold meetings with residents in person", "town hall meetings every month"),
            "ru": ("проводить встречи с жителями", "собрания во дворах"),
            "kk": ("тұрғындармен кездесу өткізу", "ауладағы жиналыстар"),
        },
    ),
    "no participation": (
        {"en": ("never", "do not participate"), "ru": ("не участвую", "никак"), "kk": ("қатыспаймын",)},
        {
            "en": ("no", "nothing", "i never took part", "n/a", "none"),
            "ru": ("нет", "никак", "не участвую", "ничего"),
            "kk": ("жоқ", "қатыспаймын", "ешқандай"),
        },
    ),
}
FILLERS = {
    "en": ("i think", "honestly", "please", "in my opinion", "also"),
    "ru": ("я думаю", "честно говоря", "пожалуйста", "по-моему", "также"),
    "kk": ("менің ойымша", "шынымды айтсам", "өтінемін", "сондай-ақ"),
}


def add_typos(text: str, rng: random.Random, rate: float) -> str:
    """Swap, drop or double a letter in some words (how people type on phones)."""
    words = text.split()
    for i, word in enumerate(words):
        if len(word) > 3 and rng.random() < rate:
            j = rng.randrange(1, len(word) - 1)
            kind = rng.randrange(3)
            word = (
                word[:j] + word[j + 1] + word[j] + word[j + 2 :]
                if kind == 0
                else word[:j] + word[j + 1 :]
                if kind == 1
                else word[:j] + word[j] + word[j:]
            )
            words[i] = word
    return " ".join(words)


def synthetic_survey(answers: int, seed: int = 7, questions: int = 3) -> tuple[list[Theme], list[Coded]]:
    """Return themes with keywords and `answers` coded multilingual answers with typos, case and label noise."""
    rng = random.Random(seed)
    names = list(SYNTHETIC)
    themes = [Theme(id=f"t{i}", name=n, keywords=SYNTHETIC[n][0]) for i, n in enumerate(names)]
    weights = [8, 5, 5, 3, 1.5, 2, 1, 4]
    coded: list[Coded] = []
    for n in range(answers):
        lang = rng.choices(("ru", "kk", "en"), (5, 3, 2))[0]
        chosen = {rng.choices(range(len(names)), weights)[0]}
        if rng.random() < 0.25:
            chosen.add(rng.choices(range(len(names)), weights)[0])
        parts = [rng.choice(SYNTHETIC[names[i]][1][lang]) for i in sorted(chosen)]
        if rng.random() < 0.4:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(FILLERS[lang]))
        text = add_typos(", ".join(parts), rng, 0.08)
        text = text.capitalize() if rng.random() < 0.5 else text
        text += rng.choice(("", "", ".", "!", "..."))
        truth = {f"t{i}" for i in chosen}
        if rng.random() < 0.05:  # the coder disagrees with herself now and then
            truth = {f"t{rng.randrange(len(names))}"}
        coded.append((f"r{n}", f"q{n % questions}", text, frozenset(truth)))
    return themes, coded


def load_demo() -> tuple[list[Theme], list[Coded]]:
    """Return the seed codebook and the demo survey's reference codings (a small, hand-written survey)."""
    from app.core.codebook_io import load_codebook
    from app.core.demo_survey import NONE_APPLIES, REFERENCE_CODER, build_demo_survey

    themes = list(
        load_codebook(Path(__file__).resolve().parents[1] / "codebook" / "open_government.yaml").themes
    )
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
    random.Random(3).shuffle(coded)
    return themes, coded


class BenchInputError(ValueError):
    """A benchmark input file that cannot be read; the message names the file, the row and the problem."""


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
                coded.append(
                    (
                        row.get("id") or f"row{row_number}",
                        row.get("question") or None,
                        row["text"],
                        frozenset(by_name[n.casefold()] for n in names),
                    )
                )
    return themes, coded


def load_project(path: str, coder: str) -> tuple[list[Theme], list[Coded]]:
    """Read one coder's codings from a project file (imported lazily: only this loader needs app.project)."""
    from app.project import Project

    project = Project.open(path)
    codings = project.coder_codings(coder)
    coded = [
        (r.id, r.question_id, r.text, frozenset(codings[r.id]))
        for r in project.responses()
        if codings.get(r.id)
    ]
    return list(project.themes()), coded


Ranker = Callable[[str, str | None, str], list[tuple[str, float]]]  # -> (theme id, score) best first


class Tally:
    """Counts top-1/top-3 hits and precision/recall at the threshold over a window of answers."""

    def __init__(self) -> None:
        self.n = self.top1 = self.top3 = self.shown = self.shown_right = self.truth = 0

    def add(self, ranked: list[tuple[str, float]], truth: frozenset[str], threshold: float) -> None:
        """Score one answer's suggestions against the coder's themes."""
        self.n += 1
        self.top1 += bool(ranked) and ranked[0][0] in truth
        self.top3 += any(t in truth for t, _ in ranked[:3])
        shown = {t for t, s in ranked[:3] if s >= threshold}
        self.shown += len(shown)
        self.shown_right += len(shown & truth)
        self.truth += len(truth)

    def row(self) -> str:
        """Format top-1, top-3, precision and recall."""
        precision = self.shown_right / self.shown if self.shown else float("nan")
        return (
            f"top1 {self.top1 / max(1, self.n):.3f}  top3 {self.top3 / max(1, self.n):.3f}  "
            f"P {precision:.3f}  R {self.shown_right / max(1, self.truth):.3f}"
        )


def exact_keyword_ranker(themes: Sequence[Theme]) -> Ranker:
    """Baseline: themes whose keyword occurs verbatim (case-folded) in the answer, most keywords first."""
    words = {
        t.id: [" " + normalise(k) for ks in t.keywords.values() for k in ks if normalise(k)] for t in themes
    }

    def rank(text: str, question_id: str | None, rid: str) -> list[tuple[str, float]]:
        padded = " " + normalise(text)
        counts = {tid: sum(w in padded for w in ws) for tid, ws in words.items()}
        return [(tid, 1.0) for tid, c in sorted(counts.items(), key=lambda kv: -kv[1]) if c > 0]

    return rank


def simulate(themes: Sequence[Theme], coded: Sequence[Coded], title: str) -> None:
    """Code the answers in order with every method, printing learning curves and calibration."""
    engines = {
        "engine (keywords+kNN+prior)": SuggestionEngine(themes),
        "engine, token_set_ratio kNN": SuggestionEngine(themes, scorer=fuzz.token_set_ratio),
        "kNN vote only (20, sim^4)": SuggestionEngine([Theme(t.id, t.name) for t in themes]),
    }
    keyword_rank = exact_keyword_ranker(themes)
    prior: Counter[str] = Counter()
    methods = [*engines, "most frequent so far", "exact keywords"]
    windows = [c for c in CHECKPOINTS if c < len(coded)] + [len(coded)]
    tallies = {m: [Tally() for _ in windows] for m in methods}
    features, targets, predicted = [], [], []
    for n, (rid, qid, text, truth) in enumerate(coded):
        w = next(i for i, c in enumerate(windows) if n < c)
        for name, engine in engines.items():
            if name.startswith("kNN"):
                evidence = engine.evidence(text, qid)
                ranked = sorted(((t, e.vote) for t, e in evidence.items()), key=lambda ts: -ts[1])
            else:
                ranked = [
                    (s.theme_id, s.score) for s in engine.suggest(text, top_k=3, question_id=qid, threshold=0)
                ]
            tallies[name][w].add(ranked, truth, DEFAULT_THRESHOLD if name.startswith("engine") else 1e-9)
            if name == methods[0]:
                for tid, e in engine.evidence(text, qid).items():
                    features.append((e.keyword, e.vote, e.prior))
                    targets.append(tid in truth)
                    predicted.append(engine.score(e))
        tallies["most frequent so far"][w].add([(t, 1.0) for t, _ in prior.most_common(3)], truth, 1.0)
        tallies["exact keywords"][w].add(keyword_rank(text, qid, rid), truth, 1.0)
        for engine in engines.values():
            engine.add_example(rid, text, tuple(truth), qid)
        prior.update(truth)
    print(f"\n== {title}: {len(coded)} coded answers, {len(themes)} themes ==")
    for w, end in enumerate(windows):
        start = windows[w - 1] if w else 0
        print(f"answers {start + 1}-{end}:")
        for m in methods:
            print(f"  {m:30s} {tallies[m][w].row()}")
    totals = {m: Tally() for m in methods}
    for m in methods:
        for t in tallies[m]:
            for field in vars(t):
                setattr(totals[m], field, getattr(totals[m], field) + getattr(t, field))
    print("all answers:")
    for m in methods:
        print(f"  {m:30s} {totals[m].row()}")
    print_reliability(np.array(predicted), np.array(targets, dtype=float))
    fitted = fit_calibration(np.array(features), np.array(targets, dtype=float))
    print(f"logistic coefficients refitted on this run: {fitted.to_dict()}")


def print_reliability(predicted: np.ndarray, observed: np.ndarray) -> None:
    """Print mean predicted score vs observed frequency per score decile (a reliability diagram)."""
    print("reliability (score bin: mean score / observed share / pairs):")
    bins = np.minimum((predicted * 10).astype(int), 9)
    for b in range(10):
        mask = bins == b
        if mask.any():
            print(
                f"  {b / 10:.1f}-{(b + 1) / 10:.1f}: {predicted[mask].mean():.3f} / {observed[mask].mean():.3f}"
                f" / {int(mask.sum())}"
            )
    brier = float(np.mean((predicted - observed) ** 2))
    print(f"  Brier score {brier:.4f}")


def main() -> None:
    """Run the simulation on the chosen input."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv")
    parser.add_argument("--codebook")
    parser.add_argument("--project")
    parser.add_argument("--coder")
    parser.add_argument("--answers", type=int, default=1600, help="synthetic survey size")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    try:
        if args.csv:
            simulate(*load_csv(args.csv, args.codebook), Path(args.csv).name)
        elif args.project:
            simulate(*load_project(args.project, args.coder or ""), Path(args.project).name)
        else:
            simulate(*synthetic_survey(args.answers, args.seed), f"synthetic survey (seed {args.seed})")
            simulate(*load_demo(), "demo survey (seed study, reference coder)")
    except (BenchInputError, OSError) as exc:
        raise SystemExit(f"error: {exc}") from None


if __name__ == "__main__":
    main()

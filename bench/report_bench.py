"""Time and peak memory of the PDF report on a synthetic 100,000-answer, 20-theme survey.

Run: /work/venv/bin/python bench/report_bench.py [--answers 100000]

Each scenario runs in a fresh subprocess so its peak RSS is its own. The quotes appendix is also
compared with the naive way (one reportlab Paragraph per quote) on the same sample of quotes.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.models import Question, Respondent, Response, Theme  # noqa: E402
from app.core.report import build_report  # noqa: E402
from app.core.report_records import AgreementRow, ReportData  # noqa: E402

WORDS = (
    "портал",
    "жауап",
    "answer",
    "app",
    "slow",
    "регистрация",
    "ақпарат",
    "budget",
    "report",
    "reward",
    "не",
    "знал",
    "сайт",
    "түсінікті",
    "emails",
    "akimat",
    "прозрачность",
    "points",
    "nothing",
    "time",
)


def synthetic_data(n_answers: int, include_quotes: bool, seed: int = 1) -> ReportData:
    """Return a coded survey: 2 questions, 16 themes + 4 sub-themes, 5% uncoded, 10% no theme."""
    rng = random.Random(seed)
    themes = [
        Theme(
            f"t{i}",
            f"Theme {i:02d}",
            color=f"#{rng.randrange(0x404040, 0xC0C0C0):06x}",
            position=i,
            definition="A synthetic theme used to measure the report.",
            keywords={"en": ("app",)},
        )
        for i in range(16)
    ]
    themes += [Theme(f"s{i}", f"Sub-theme {i}", parent_id=f"t{i}", position=i) for i in range(4)]
    questions = [
        Question("q1", "participation", "In what ways do you participate?", 1),
        Question("q2", "recommendations", "What do you recommend?", 2),
    ]
    n_people = n_answers // 2
    respondents = [
        Respondent(
            f"p{i}",
            f"R{i:06d}",
            {
                "age": rng.choice(["18–29", "30–44", "45–59", "60+"]),
                "sector": rng.choice(["public", "private", "student"]),
            },
        )
        for i in range(n_people)
    ]
    weights = [1 / (k + 1) for k in range(len(themes))]
    responses, coded = [], {}
    for i in range(n_answers):
        text = " ".join(rng.choices(WORDS, k=rng.randint(3, 40)))
        resp = Response(f"x{i}", f"p{i % n_people}", questions[i % 2].id, text)
        responses.append(resp)
        u = rng.random()
        if u < 0.05:
            continue
        coded[resp.id] = (
            frozenset()
            if u < 0.15
            else frozenset(t.id for t in rng.choices(themes, weights=weights, k=rng.randint(1, 3)))
        )
    rows = [AgreementRow(t.name, 2000, 90.0, 0.7, 0.7, (0.6, 0.8), "substantial") for t in themes]
    return ReportData(
        title="Synthetic survey",
        generated="2024-01-01",
        reported_coding="consensus",
        coders=["A", "B"],
        questions=questions,
        themes=themes,
        respondents=respondents,
        responses=responses,
        coded=coded,
        attributes_by=["age", "sector"],
        agreement=rows,
        agreement_overall=rows[0],
        include_quotes=include_quotes,
    )


def run_scenario(name: str, n_answers: int) -> dict[str, float]:
    """Run one scenario in this process and return its timings and peak RSS."""
    from app.core.pdf import render_pdf

    data = synthetic_data(n_answers, include_quotes=name == "with_quotes")
    out = Path(tempfile.mkdtemp()) / "bench.pdf"
    t0 = time.perf_counter()
    content = build_report(data)
    t1 = time.perf_counter()
    render_pdf(content, out)
    t2 = time.perf_counter()
    pages = out.read_bytes().count(b"/Type /Page\n")
    return {
        "build_s": t1 - t0,
        "render_s": t2 - t1,
        "total_s": t2 - t0,
        "pages": pages,
        "size_mb": out.stat().st_size / 1e6,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def appendix_comparison(n_quotes: int) -> dict[str, float]:
    """Lay out the same quotes as LineBlocks and as one Paragraph each (the naive baseline)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.core.pdf_sections import QUOTE_SIZE
    from app.core.pdf_styles import make_styles, para_text
    from app.core.pdf_text import LineBlock, quote_lines

    rng = random.Random(2)
    quotes = [
        (f"R{i:06d}", "q1", " ".join(rng.choices(WORDS, k=rng.randint(3, 40)))) for i in range(n_quotes)
    ]
    styles = make_styles()
    tmp = Path(tempfile.mkdtemp())
    t0 = time.perf_counter()
    lines = quote_lines(quotes, 450, 85, QUOTE_SIZE, QUOTE_SIZE * 1.4, 4.0)
    SimpleDocTemplate(str(tmp / "fast.pdf"), pagesize=A4).build([LineBlock(lines, 85, QUOTE_SIZE)])
    t1 = time.perf_counter()
    SimpleDocTemplate(str(tmp / "naive.pdf"), pagesize=A4).build(
        [Paragraph(f"{para_text(who)} · {q} {para_text(text)}", styles["quote"]) for who, q, text in quotes]
    )
    t2 = time.perf_counter()
    return {"quotes": n_quotes, "line_blocks_s": t1 - t0, "paragraphs_s": t2 - t1}


def main() -> None:
    """Run every scenario in a subprocess and print a table of figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--scenario", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scenario == "appendix":
        print(json.dumps(appendix_comparison(args.answers)))
        return
    if args.scenario:
        print(json.dumps(run_scenario(args.scenario, args.answers)))
        return
    print(f"{args.answers:,} answers, 20 themes (16 + 4 sub-themes), 2 questions, 2 attributes")
    for name in ("without_quotes", "with_quotes"):
        out = subprocess.run(
            [sys.executable, __file__, "--answers", str(args.answers), "--scenario", name],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(out)
        print(
            f"{name:15s} build {r['build_s']:6.2f} s  render {r['render_s']:6.2f} s  total {r['total_s']:6.2f} s"
            f"  pages {r['pages']:6,d}  file {r['size_mb']:6.1f} MB  peak RSS {r['peak_rss_mb']:7.0f} MB"
        )
    out = subprocess.run(
        [sys.executable, __file__, "--answers", "5000", "--scenario", "appendix"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    r = json.loads(out)
    print(
        f"appendix layout of {r['quotes']:,} quotes: line blocks {r['line_blocks_s']:.2f} s, "
        f"one Paragraph per quote (naive) {r['paragraphs_s']:.2f} s "
        f"({r['paragraphs_s'] / r['line_blocks_s']:.1f}x slower)"
    )


if __name__ == "__main__":
    main()

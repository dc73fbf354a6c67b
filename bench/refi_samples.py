"""Import every REFI-QDA sample in ../shared/refi and print what each brought in (and how long it took).

Run: .venv/bin/python bench/refi_samples.py [FOLDER]   (default: /work/shared/refi/samples)
     .venv/bin/python bench/refi_samples.py --big 20000   (export and re-import of a generated project,
     against the CSV export of the same project as the baseline)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.core.refi.codebook import read_codebook
from app.core.refi.positions import READINGS, convert, on_boundary, unit_map
from app.core.refi.reader import read_project
from app.project import Project

DEFAULT = Path("/work/shared/refi/samples")


def _median_seconds(work, runs: int = 3) -> float:
    """Median wall time of a few runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _selections(path: Path) -> None:
    """Show where the selections land, and how many would fit under each reading of positions."""
    project = read_project(path)
    placed = [(s, sel) for s in project.sources for sel in s.selections if sel.codings]
    if not placed:
        return
    off = [
        (s, sel) for s, sel in placed if not (on_boundary(s.text, sel.start) and on_boundary(s.text, sel.end))
    ]
    print(f"    {len(placed)} selections placed; {len(placed) - len(off)} start and end on word boundaries")
    for source, sel in placed[:3]:
        print(f"      {source.name}: {sel.start}-{sel.end} {source.text[sel.start : sel.end][:70]!r}")
    for source, sel in off:
        t = source.text
        print(
            f"      drawn inside a word: …{t[max(0, sel.start - 12) : sel.start]!r} [{t[sel.start : sel.start + 30]!r}"
            f" … {t[sel.end - 20 : sel.end]!r}] {t[sel.end : sel.end + 8]!r}…"
        )


def _coded(project: Project) -> tuple[list, list]:
    """Codings (with origin) and spans by answer text and coder name, to compare two projects."""
    texts = {r.id: r.text for r in project.responses()}
    coders = {c.id: c.name for c in project.coders()}
    codings = sorted(
        (texts[c.response_id], c.theme_id, coders[c.coder_id], c.origin.value) for c in project.codings()
    )
    spans = sorted(
        (texts[s.response_id], s.theme_id, coders[s.coder_id], s.start, s.end) for s in project.spans()
    )
    return codings, spans


def _spans(project: Project) -> None:
    """Check the stored spans: how many start and end on word boundaries, and show a few."""
    texts = {r.id: r.text for r in project.responses()}
    themes = {t.id: t.name for t in project.themes()}
    spans = project.spans()
    if not spans:
        return
    fit = sum(
        1
        for sp in spans
        if on_boundary(texts[sp.response_id], sp.start) and on_boundary(texts[sp.response_id], sp.end)
    )
    print(f"    stored {len(spans)} spans; {fit} start and end on word boundaries")
    for sp in spans[:3]:
        words = " ".join(texts[sp.response_id][sp.start : sp.end].split())
        print(f"      {themes[sp.theme_id]!r}: {sp.start}-{sp.end} {words[:70]!r}")


def _wrong_reading_demo(path: Path) -> None:
    """For a UTF-16 writer, show what the first few selections would say if read as code points."""
    project = read_project(path)
    if not project.positions.startswith(READINGS[1]):
        return
    source = next(s for s in project.sources if s.selections)
    units = unit_map(source.text, READINGS[1])
    reverse = {cp: u for u, cp in enumerate(units) if cp >= 0}
    print("    read as code points instead, the same selections would say:")
    for sel in source.selections[-2:]:
        start, end = reverse[sel.start], reverse[sel.end]
        wrong = convert(unit_map(source.text, READINGS[0]), start, end)
        print(
            f"      {source.text[wrong[0] : wrong[1]][:60]!r}   instead of {source.text[sel.start : sel.end][:40]!r}"
        )


def main(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted((folder / "projects").glob("*.qdpx")):
            seconds = _median_seconds(lambda p=path: read_project(p))
            target = Path(tmp) / f"{path.stem}.thematic"
            project, changes = Project.create_from_qdpx(path, target)
            d = changes.detail
            print(f"{path.name}  (read: median {seconds * 1000:.0f} ms of 3)")
            print(f"    origin: {d['origin']}")
            print(f"    read: {d['read']}")
            print(
                f"    imported: {d['answers']} answers of {d['respondents']} respondents to {d['questions']} "
                f"questions ({', '.join(q.key for q in project.questions())}), {d['themes']} themes, "
                f"{d['coders']} coders ({', '.join(c.name for c in project.coders())}), {d['codings']} codings, "
                f"{d['memos']} memos, {d['spans']} coded spans"
            )
            for note in d["problems"]:
                print(f"    note: {note}")
            _selections(path)
            _spans(project)
            _wrong_reading_demo(path)
            again = Path(tmp) / f"{path.stem}.again.qdpx"
            project.export_refi(again)
            copy, _ = Project.create_from_qdpx(again, Path(tmp) / f"{path.stem}.again.thematic")
            same = _coded(copy) == _coded(project)
            copy.close()
            project.close()
            print(
                f"    re-exported as .qdpx: {again.stat().st_size:,} bytes, validated against Project.xsd; "
                f"imported back: codings and spans {'identical' if same else 'DIFFERENT'}"
            )
        for path in sorted((folder / "codebooks").glob("*.qdc")):
            codes, problems = read_codebook(path)
            target = Path(tmp) / "codebook.thematic"
            with Project.create(target, title="qdc") as project:
                first = project.import_qdc(path)
                second = project.import_qdc(path)
            print(f"{path.name}")
            print(
                f"    {len(codes)} codes: {', '.join(c.name for c in codes)}; problems: {problems or 'none'}"
            )
            print(
                f"    merged into an empty project: {first.detail['added']} added; "
                f"merged again: {second.detail['added']} added, {second.detail['updated']} updated"
            )


def big(answers: int) -> None:
    """Time .qdpx export and import of a generated project against the CSV export of the same data."""
    from app.core.models import Codebook, Theme
    from app.storage.survey_store import WaveRows, insert_wave

    themes = tuple(
        Theme(id=f"{i:08d}-0000-4000-8000-000000000000", name=f"theme {i}", position=i) for i in range(20)
    )
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "big.thematic", codebook=Codebook(name="b", themes=themes))
        with project._session() as s:
            insert_wave(
                s,
                WaveRows(
                    "big.csv",
                    "big",
                    [("Q1", "What would you change?")],
                    [
                        (f"r{i}", {"age": str(18 + i % 60), "city": ["Astana", "Алматы"][i % 2]})
                        for i in range(answers)
                    ],
                    [
                        (f"r{i}", "Q1", f"Ответ {i}: больше рекламы 👍 and a simpler site")
                        for i in range(answers)
                    ],
                    0,
                ),
            )
        ids = [r.id for r in project.responses()]
        for k, theme in enumerate(themes[:3]):
            project.assign(ids[k::3], theme.id, "ann")
        archive = Path(tmp) / "big.qdpx"
        csv_s = _median_seconds(lambda: project.export(Path(tmp) / "big.csv", coding="ann", layout="long"))
        qdpx_s = _median_seconds(lambda: project.export_refi(archive))
        counter = iter(range(100))
        import_s = _median_seconds(
            lambda: Project.create_from_qdpx(archive, Path(tmp) / f"copy{next(counter)}.thematic")[0].close()
        )
        project.close()
        print(
            f"generated project: {answers:,} answers, {answers:,} codings; .qdpx {archive.stat().st_size:,} bytes"
        )
        print(f"  CSV export (baseline)  median {csv_s:.2f} s")
        print(f"  .qdpx export           median {qdpx_s:.2f} s  ({qdpx_s / csv_s:.1f}x the CSV export)")
        print(f"  .qdpx import (new)     median {import_s:.2f} s  ({import_s / csv_s:.1f}x the CSV export)")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--big":
        big(int(sys.argv[2]))
    else:
        main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)

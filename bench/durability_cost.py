"""What durability costs in the coding loop: one toggle's latency with and without the per-use-case settling.

Run: python bench/durability_cost.py [--toggles 200] [--repeat 3]

Times `Project.toggle` (one key press) on a 2,000-answer project as shipped (synchronous=FULL and a
checkpoint after each write use case, so the main file alone holds every commit), without the
checkpoint, and with the previous settings (synchronous=NORMAL, no checkpoint) as the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.project import Project  # noqa: E402
from app.storage import database, transactions  # noqa: E402
from bench.crash_test import make_start  # noqa: E402

SHIPPED_CHECKPOINT = transactions.checkpoint
SHIPPED_MARK = transactions.mark_commit


def median_toggle_ms(folder: Path, toggles: int, synchronous: str, settle: bool, mark: bool = True) -> float:
    """Median milliseconds of one toggle under the given settings."""
    database.SYNCHRONOUS = synchronous
    transactions.checkpoint = SHIPPED_CHECKPOINT if settle else (lambda _engine: None)
    transactions.mark_commit = SHIPPED_MARK if mark else (lambda _session: None)
    path = folder / f"loop-{synchronous}-{settle}-{mark}.thematic"
    make_start(path, answers=2000)
    times = []
    with Project.open(path) as project:
        ids = [r.id for r in project.responses()]
        for n in range(toggles):
            began = time.perf_counter()
            project.toggle(ids[n % len(ids)], "t-privacy", "ann")
            times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> int:
    """Print the median toggle time of each configuration and its ratio to the baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--toggles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    configs = [
        ("baseline: synchronous=NORMAL, no checkpoint", "NORMAL", False, False),
        ("synchronous=FULL, no checkpoint", "FULL", False, False),
        ("FULL + checkpoint, no commit mark", "FULL", True, False),
        ("shipped: FULL + checkpoint + commit mark", "FULL", True, True),
    ]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.repeat):
            for name, synchronous, settle, mark in configs:
                folder = Path(tmp) / f"r{round_}"
                folder.mkdir(exist_ok=True)
                results.setdefault(name, []).append(
                    median_toggle_ms(folder, args.toggles, synchronous, settle, mark)
                )
    base = statistics.median(results[configs[0][0]])
    for name, values in results.items():
        value = statistics.median(values)
        print(f"{name:45s} median toggle {value:6.1f} ms  ({value / base:.1f}x baseline)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Bounded fuzz run of the survey and codebook readers: the suite's properties with many more examples.

Run: python bench/fuzz_readers.py [--examples 5000]
Runs tests/core/test_reader_fuzz.py with THEMATIC_FUZZ_EXAMPLES set, so each property (any bytes give a
table or one clear SurveyFileError line; any text gives a codebook or one CodebookError line) is checked on
that many generated inputs; prints the wall time and pytest's verdict. Hypothesis keeps failing examples in
.hypothesis/ and replays them first on the next run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Run the fuzz properties with the requested number of examples and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000)
    args = parser.parse_args()
    env = {**os.environ, "THEMATIC_FUZZ_EXAMPLES": str(args.examples)}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/core/test_reader_fuzz.py"],
        cwd=ROOT,
        env=env,
        check=False,
    )
    elapsed = time.perf_counter() - start
    print(
        f"fuzz: {args.examples:,} examples per property, 2 properties, {elapsed:.0f} s, exit {result.returncode}"
    )
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()

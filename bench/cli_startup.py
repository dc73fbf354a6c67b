"""Start-up benchmark: wall time of `thematic --version` and `--help`, against a bare interpreter.

Run: python bench/cli_startup.py [--repeat 15]
Prints the median and the 90th percentile of each command started as a new process, and the same for
`python -c pass` (the floor any Python command pays), so the figures can be compared across noisy runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def _times(command: list[str], repeat: int) -> list[float]:
    """Run a command `repeat` times and return each wall time in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    """Measure each command and print one line per command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    floor = statistics.median(_times([sys.executable, "-c", "pass"], args.repeat))
    print(f"{'python -c pass':24} median {floor * 1000:6.0f} ms")
    for label, extra in (("thematic --version", ["--version"]), ("thematic --help", ["--help"])):
        times = sorted(_times([sys.executable, "-m", "app", *extra], args.repeat))
        median = statistics.median(times)
        p90 = times[int(0.9 * (len(times) - 1))]
        print(
            f"{label:24} median {median * 1000:6.0f} ms, p90 {p90 * 1000:6.0f} ms, "
            f"{median / floor:.1f}x the bare interpreter (aim < 300 ms)"
        )


if __name__ == "__main__":
    main()

"""The kill test of bench/crash_test.py, small: 10 SIGKILLs of a coding process, 2 during an import."""

from __future__ import annotations

from bench.crash_test import run_kills


def test_ten_kills_lose_nothing(tmp_path):
    """After each kill the file is intact, opens, and holds exactly the acknowledged work (maybe one more step)."""
    messages: list[str] = []
    counts = run_kills(tmp_path, kills=10, import_kills=2, import_rows=2000, seed=3, log=messages.append)
    assert counts["kills"] == 12 and counts["acknowledged"] > 0
    assert (counts["corrupt"], counts["lost"], counts["half"]) == (0, 0, 0), messages

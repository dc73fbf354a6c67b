"""The command line behaves like a Unix tool: usage errors exit 2, pipes close quietly, counts are checked."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `thematic ARGV` in-process and return (exit code, stdout, stderr)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo project, built once for this module."""
    path = tmp_path_factory.mktemp("demo") / "demo.thematic"
    assert main(["demo", "--no-gui", str(path)]) == 0
    return path


def test_agreement_without_project_or_file_is_a_usage_error(capsys):
    """Options that do not go together exit 2 with the command's usage, like argparse's own errors."""
    code, _, err = _run(capsys, "agreement")
    assert code == 2
    assert err.startswith("usage: thematic agreement")
    assert err.strip().endswith("thematic agreement: error: give a PROJECT or --codings FILE.csv")


@pytest.mark.parametrize(
    "argv",
    [
        ("history", "{demo}", "--limit", "-3"),
        ("agreement", "{demo}", "--bootstrap", "-5"),
        ("suggest", "{demo}", "--coder", "A", "--top", "0"),
    ],
)
def test_negative_counts_are_refused(capsys, demo, argv):
    """--limit, --bootstrap and --top refuse values that mean nothing, with exit code 2."""
    code, _, err = _run(capsys, *(a.format(demo=demo) for a in argv))
    assert code == 2
    assert "error: argument" in err


def test_code_with_respondent_but_no_question_is_a_usage_error(capsys, demo):
    """--respondent needs --question: exit 2, the database untouched."""
    code, _, err = _run(capsys, "code", str(demo), "--coder", "A", "--respondent", "R001", "--none")
    assert code == 2
    assert "--respondent needs --question" in err


def test_new_does_not_create_missing_folders(capsys, tmp_path):
    """`new` into a folder that does not exist says so and creates nothing."""
    target = tmp_path / "missing" / "deeper" / "p.thematic"
    code, _, err = _run(capsys, "new", str(target))
    assert code == 1
    assert "no such folder" in err
    assert not (tmp_path / "missing").exists()


def test_output_into_a_closed_pipe_ends_quietly():
    """A reader that stops early (`| head`) ends the output without a BrokenPipeError traceback."""
    writer = "from app.cli.entry import _print_result; _print_result('x' * 2_000_000)"
    reader = subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout.read(10) == b"x" * 10
    reader.stdout.close()
    assert reader.wait(timeout=60) == 0
    assert reader.stderr.read() == b""


def test_question_numbers_mean_the_surveys_numbers_everywhere(capsys, demo):
    """`--question 9` is the survey's question 9 in `responses`, and an ambiguous part lists the matches."""
    code, out, _ = _run(capsys, "responses", str(demo), "--question", "9")
    assert code == 0 and "\t9. What kind of recommendations" in out.splitlines()[0]
    code, _, err = _run(capsys, "responses", str(demo), "--question", "What")
    assert code == 1
    assert "ambiguous" in err and len(err.strip().splitlines()) == 3

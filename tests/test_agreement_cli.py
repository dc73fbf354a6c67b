"""`thematic agreement` for studies: levels, coder sets, the diagnosis, single-choice, the bootstrap cap."""

from __future__ import annotations

import json
import re

import pytest
from pypdf import PdfReader

from app.cli import main
from app.core.models import Codebook, Theme
from app.project import Project
from app.storage.survey_store import WaveRows, insert_wave
from tests.test_agreement_published import partial_project


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run `thematic ARGV` in-process and return (exit code, stdout, stderr)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def partial(tmp_path) -> str:
    """ann and ben on 108 answers, cem on 5."""
    path = str(tmp_path / "partial.thematic")
    partial_project(path).close()
    return path


def test_agreement_json_names_coders_pairs_and_level(capsys, partial):
    """The JSON says who was compared, who is apart, the level and every pair with its own n."""
    code, out, _ = run(capsys, "agreement", partial, "--bootstrap", "0", "--level-of-themes", "top", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["coders"] == ["ann", "ben"] and data["apart"] == ["cem"]
    assert data["units"] == 108 and data["level_of_themes"] == "top" and data["unit"] == "answer × theme"
    assert {tuple(p["coders"]): p["units"] for p in data["pairs"]} == {
        ("ann", "ben"): 108, ("ann", "cem"): 5, ("ben", "cem"): 5,
    }  # fmt: skip
    assert data["warnings"][0].startswith("coder cem decided 5 answers, far fewer than ann (108)")
    code, out, _ = run(capsys, "agreement", partial, "--bootstrap", "0")
    assert "Coders compared: ann, ben" in out and "Shown apart (far fewer answers): cem" in out
    assert "ann – cem: n = 15 answer × theme decisions (5 answers × 3 themes)" in out


def test_confusions_json(capsys, partial):
    """--confusions --json lists theme-pair confusions with example answers and blocks in coding order."""
    code, out, _ = run(capsys, "agreement", partial, "--confusions", "--block", "27", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["coders"] == ["ann", "ben"] and data["block_size"] == 27
    assert [(b["first"], b["last"]) for b in data["blocks"]] == [(1, 27), (28, 54), (55, 81), (82, 108)]
    top = data["confusions"][0]
    assert top == {
        "theme": "quality",
        "partner": "(nothing instead)",
        "count": 18,
        "examples": [top["examples"][0], top["examples"][1]],
    }
    assert top["examples"][0]["text"].startswith("answer ")
    code, out, _ = run(capsys, "agreement", partial, "--confusions")
    assert "Most frequent confusions" in out and "18  quality  ->  (nothing instead)" in out


def test_single_choice_command_and_bootstrap_cap(capsys, partial):
    """single-choice on/off/show; an oversized --bootstrap is capped with a message, not a MemoryError."""
    code, out, _ = run(capsys, "single-choice", partial, "on")
    assert code == 0 and "codebook: single-choice" in out
    code, out, err = run(capsys, "agreement", partial, "--bootstrap", "1000000000", "--json")
    assert code == 0
    assert err.strip() == "--bootstrap 1,000,000,000 is more than 20,000 draws; using 20,000"
    data = json.loads(out)
    assert data["bootstrap"] == 20000 and data["unit"] == "answer"
    assert data["categorical"]["confusion"][0]["coders"] == ["ann", "ben"]
    code, _, err = run(capsys, "agreement", partial, "--bootstrap", "-1")
    assert code == 2 and "-1" in err  # argparse refuses a negative count
    code, out, _ = run(capsys, "single-choice", partial, "off", "--question", "Q")
    assert "question Q: single-choice" in out  # the codebook still says single-choice
    code, out, _ = run(capsys, "single-choice", partial, "off")
    assert "codebook: multiple-choice" in out and "question Q: multiple-choice" in out


def test_report_chooses_coders_and_level(capsys, partial, tmp_path):
    """report --coders and --level-of-themes reach the report; an unknown coder is one clear line."""
    pdf = tmp_path / "r.pdf"
    code, out, _ = run(
        capsys, "report", partial, "-o", str(pdf), "--coders", "ann,cem", "--level-of-themes", "leaf",
        "--bootstrap", "50",
    )  # fmt: skip
    assert code == 0 and pdf.stat().st_size > 1000
    code, _, err = run(capsys, "report", partial, "-o", str(pdf), "--coders", "ann,zed")
    assert code == 1 and err.strip() == "thematic report: no coder named 'zed' (known: ann, ben, cem)"


def test_standalone_reads_the_projects_long_export(capsys, partial, tmp_path):
    """`agreement --codings` reads `export --long` as is."""
    export = tmp_path / "long.csv"
    assert run(capsys, "export", partial, "-o", str(export), "--long")[0] == 0
    code, out, _ = run(capsys, "agreement", "--codings", str(export), "--json", "--bootstrap", "0")
    assert code == 0
    data = json.loads(out)
    assert sorted(data["coders"]) == ["ann", "ben", "cem"] and data["units"] == 108 and data["multi_label"]


LONG_NAME = "reporting issues, complaints and feedback to the city administration"


def disagreeing_project(target: str):
    """ann and ben on 5 answers: they never agree on the long-named theme (negative κ); nobody uses 'unused'."""
    themes = (Theme(id="a", name=LONG_NAME), Theme(id="b", name="price"), Theme(id="c", name="unused"))
    project = Project.create(target, codebook=Codebook(name="cb", themes=themes))
    with project._session() as s:
        rows = [(f"r{i}", {}) for i in range(5)]
        insert_wave(
            s,
            WaveRows("w.csv", "x", [("Q", "?")], rows, [(f"r{i}", "Q", f"answer {i}") for i in range(5)], 0),
        )
    ids = [r.id for r in project.responses()]
    for i, rid in enumerate(ids):
        project.set_themes(rid, {"a", "b"} if i == 0 else {"a"} if i == 1 else {"b"}, "ann")
        project.set_themes(rid, {"a"} if i in (2, 3) else {"b"}, "ben")
    return project


def test_theme_table_columns_stay_apart(capsys, tmp_path):
    """A long theme name is elided at 40 characters, a negative κ keeps two spaces from %agree, n says its unit."""
    path = str(tmp_path / "apart.thematic")
    disagreeing_project(path).close()
    code, out, _ = run(capsys, "agreement", path, "--bootstrap", "0")
    assert code == 0
    assert "ann – ben: n = 15 answer × theme decisions (5 answers × 3 themes)" in out
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("theme "))
    table = lines[header : header + 5]
    elided = LONG_NAME[:39] + "…"
    assert table[2].startswith(elided + "  ") and LONG_NAME not in out
    names = [line.split("  ")[0].strip() for line in table[1:]]
    assert names == ["price", elided, "unused", "all themes (pooled)"]
    cells = [list(re.finditer(r"\S+(?: \S+)*", line)) for line in table]  # cells: 2+ spaces apart
    texts = [[c.group() for c in row] for row in cells]
    assert texts[0] == [
        "theme",
        "n",
        "ann",
        "ben",
        "%agree",
        "kappa",
        "alpha",
        "alpha 95% CI",
        "interpretation",
    ]
    # the long theme: ann on answers 1-2, ben on 3-4: agree on 1 of 5, kappa = (0.2 - 0.52) / 0.48
    assert texts[2][:7] == [elided, "5", "2", "2", "0.200", "-0.667", "-0.500"]
    assert texts[1][:7] == ["price", "5", "4", "3", "0.400", "-0.364", "-0.286"]
    assert texts[3][:7] == ["unused", "5", "0", "0", "1.000", "-", "-"]
    assert texts[4][:4] == ["all themes (pooled)", "15", "6", "5"]
    for column in range(1, 7):  # numbers are right-aligned under their heading
        assert {row[column].end() for row in cells} == {cells[0][column].end()}


def test_unused_theme_is_named_in_the_pooled_statistics(capsys, tmp_path):
    """A theme nobody used: the CLI and the PDF say the pooled figures count it as agreed absences."""
    path = str(tmp_path / "apart.thematic")
    disagreeing_project(path).close()
    code, out, _ = run(capsys, "agreement", path, "--bootstrap", "0")
    assert code == 0
    assert (
        "Pooled over 3 themes, 1 of them used by no coder (unused): its 5 answer × theme decisions count as "
        "agreed absences in the pooled statistics; on its own its κ and α are undefined."
    ) in out.splitlines()
    unused_row = next(line for line in out.splitlines() if line.startswith("unused "))
    assert unused_row.endswith("  used by no coder")
    code, out, _ = run(capsys, "agreement", path, "--bootstrap", "0", "--json")
    assert json.loads(out)["unused_themes"] == ["c"]
    pdf = tmp_path / "r.pdf"
    assert run(capsys, "report", path, "-o", str(pdf), "--bootstrap", "0")[0] == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Pooled over 3 themes, 1 of them used by no coder (unused): its 5 answer × theme decisions" in text
    assert (
        "15 decisions over three themes, including the 5 decisions on the theme no coder used (unused)"
        in text
    )
    assert "used by no coder, so there is no variation" in text

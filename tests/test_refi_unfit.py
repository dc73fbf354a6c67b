"""A .qdpx whose selections do not all fit their text: the import says what became of each that did not."""

from __future__ import annotations

import json
import zipfile

from app.cli.entry import main
from app.project import Project

TEXT = "The portal is slow but the staff help"
SOURCE = "68bbdc14-c361-4432-b4dd-ae1dbfc12890"
CODE = "e8811e5d-feb6-458a-b0dd-ae1dbfef84b8"
USER = "29518289-d0e3-447b-b7dd-ae1d8cd880a0"


def _selection(number: int, start: int, end: int) -> str:
    return (
        f'<PlainTextSelection guid="00000000-0000-4000-8000-00000000000{number}" startPosition="{start}" '
        f'endPosition="{end}" creatingUser="{USER}"><Coding guid="00000000-0000-4000-8000-00000000001{number}">'
        f'<CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>'
    )


def _archive(tmp_path) -> str:
    """One source, four selections: on word boundaries, inside a word, past the end, outside the text."""
    portal = TEXT.index("portal")
    help_ = TEXT.index("help")
    selections = [
        (portal, portal + len("portal")),  # fits
        (portal + 1, portal + len("portal")),  # "ortal": starts inside a word
        (help_, len(TEXT) + 5),  # "help" and five characters more than the text has
        (len(TEXT) + 2, len(TEXT) + 9),  # after the text
    ]
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="unfit" origin="hand-made">
 <Users><User guid="{USER}" name="Anna"/></Users>
 <CodeBook><Codes><Code guid="{CODE}" name="portal" isCodable="true"/></Codes></CodeBook>
 <Sources><TextSource guid="{SOURCE}" name="comment"><PlainTextContent>{TEXT}</PlainTextContent>
  {"".join(_selection(i, a, b) for i, (a, b) in enumerate(selections, 1))}
 </TextSource></Sources>
</Project>"""
    path = tmp_path / "unfit.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde.encode("utf-8"))
    return str(path)


def test_import_says_what_became_of_selections_that_do_not_fit(tmp_path, capsys):
    """1 of 4 fits; the message names the other three's fates, and the stored spans are those fates."""
    target = str(tmp_path / "unfit.thematic")
    code = main(["import-qdpx", _archive(tmp_path), "-o", target])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert (
        "positions read as code points (1 of 4 selections on word boundaries; "
        "1 with an end inside a word, kept as drawn; "
        "1 running past the end of the text, cut at its end; "
        "1 outside the text, left out; on word boundaries under the other readings:"
    ) in out
    assert "  3 selections over part of a source stored as coded spans" in out
    assert "  note: source 'comment': selection 39-46 is outside its text, left out" in out
    with Project.open(target) as project:
        (ranges,) = project.span_positions().values()
    assert sorted(TEXT[a:b] for a, b in ranges) == ["help", "ortal", "portal"]


def test_json_counts_each_fate(tmp_path, capsys):
    """--json gives the same counts by fate, and none where every selection fits."""
    code = main(["import-qdpx", _archive(tmp_path), "-o", str(tmp_path / "a.thematic"), "--json"])
    detail = json.loads(capsys.readouterr().out)
    assert code == 0
    assert detail["positions_unfit"] == {
        "with an end inside a word, kept as drawn": 1,
        "running past the end of the text, cut at its end": 1,
        "outside the text, left out": 1,
    }
    assert detail["spans"] == 3 and detail["spans_dropped"] == 0

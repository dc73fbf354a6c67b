"""The tolerant .qdpx reader on small archives that reproduce what other programs write."""

from __future__ import annotations

import codecs
import zipfile

from app.core.refi.mapping import DEFAULT_QUESTION, plan_import
from app.core.refi.positions import CODE_POINTS, UTF16
from app.core.refi.reader import read_project

SRC = "68BBDC14-C361-4432-B4DD-AE1DBFC12890"
SRC2 = "11111111-2222-4333-8444-555555555555"
CODE = "E8811E5D-FEB6-458A-B0DD-AE1DBFEF84B8"
USER = "29518289-D0E3-447B-B7DD-AE1D8CD880A0"
CASE = "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE"
VAR = "BBBBBBBB-BBBB-4CCC-8DDD-EEEEEEEEEEEE"
NOTE = "CCCCCCCC-BBBB-4CCC-8DDD-EEEEEEEEEEEE"
TEXT = "video_id\r\nKötelező oltás 💉💉 nem jó!\r\nSzerintem 👍 rendben van\r\nvége"


def _u16(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, before + len(word.encode("utf-16-le")) // 2


def _nvivo_like(tmp_path, namespace="urn:QDA-XML:project:1:0"):
    """Capitalised Sources/, a BOM, CR+LF, emoji, UTF-16 positions, braced GUIDs, media to skip."""
    a, b = _u16(TEXT, "nem jó")
    c, d = _u16(TEXT, "rendben van")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{namespace}" name="oltás" origin="NVivo-like">
 <Users><User guid="{{{USER}}}" name="Anna"/></Users>
 <CodeBook><Codes><Code guid="{{{CODE}}}" name="piros"/><Code guid="{CODE[:-2]}99" name="zöld" color="#0f0"/></Codes></CodeBook>
 <Variables><Variable guid="{VAR}" name="age" typeOfVariable="Integer"/></Variables>
 <Cases><Case guid="{CASE}" name="resp-1"><VariableValue><VariableRef targetGUID="{VAR.lower()}"/>
   <IntegerValue> 42 </IntegerValue></VariableValue><SourceRef targetGUID="{SRC.lower()}"/></Case></Cases>
 <Sources>
  <TextSource guid="{SRC.lower()}" name="comments" plainTextPath="internal://{SRC.lower()}.txt">
   <PlainTextSelection guid="{{{SRC2}}}" startPosition="{a}" endPosition="{b}" creatingUser="{USER.lower()}">
    <Coding guid="{SRC2}"><CodeRef targetGUID="{CODE.lower()}"/></Coding></PlainTextSelection>
   <PlainTextSelection guid="{SRC2[:-1]}6" startPosition="{c}" endPosition="{d}">
    <Coding guid="{SRC2[:-1]}7" creatingUser="{{{USER}}}"><CodeRef targetGUID="{CODE[:-2]}99"/></Coding></PlainTextSelection>
   <NoteRef targetGUID="{NOTE}"/>
  </TextSource>
  <TextSource guid="{SRC2}" plainTextPath="second.txt"/>
  <TextSource guid="{SRC2[:-1]}8" name="outside" plainTextPath="relative:///x.txt"/>
  <PDFSource guid="{SRC2[:-1]}1" name="paper" path="internal://p.pdf"/>
  <AudioSource guid="{SRC2[:-1]}2" name="talk"/><VideoSource guid="{SRC2[:-1]}3" name="film"/>
  <PictureSource guid="{SRC2[:-1]}4" name="photo"/><PictureSource guid="{SRC2[:-1]}5" name="photo2"/>
 </Sources>
 <Notes><Note guid="{NOTE}" name="memo" creatingUser="{USER}"><PlainTextContent>Look again</PlainTextContent></Note></Notes>
 <Sets/>
</Project>"""
    path = tmp_path / "nvivo.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Study Name.qde", qde.encode("utf-8"))
        archive.writestr(f"Sources/{SRC.lower()}.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"))
        archive.writestr("Sources/second.txt", "Második szöveg".encode())
    return path


def test_nvivo_like_archive_lands_every_selection_on_its_words(tmp_path):
    """UTF-16 positions are detected and said; every selection covers exactly the intended words."""
    project = read_project(_nvivo_like(tmp_path))
    source = project.sources[0]
    assert source.text == TEXT  # BOM dropped, CR+LF kept as written
    assert [source.text[s.start : s.end] for s in source.selections] == ["nem jó", "rendben van"]
    assert project.positions.startswith(
        f"{UTF16} (2 of 2 selections on word boundaries; on word boundaries under"
    )
    assert project.unfit == {}
    assert [c.code for s in source.selections for c in s.codings] == [CODE.lower(), CODE.lower()[:-2] + "99"]
    assert project.users == {USER.lower(): "Anna"}
    assert project.codes[1].color == "#00ff00" and all(c.codable for c in project.codes)


def test_what_is_skipped_or_unreadable_is_summarised_once(tmp_path):
    """Media are counted as skipped; a bare plainTextPath is read; an external text is reported."""
    project = read_project(_nvivo_like(tmp_path))
    assert project.skipped == {"PDF sources": 1, "audio sources": 1, "video sources": 1, "pictures": 2}
    assert [s.name for s in project.sources] == ["comments", "second"]
    assert project.sources[1].text == "Második szöveg"
    summary = project.summary()
    assert "skipped 1 PDF sources, 1 audio sources, 2 pictures, 1 video sources" in summary
    assert "lacks internal://" in summary and "outside the archive" in summary
    assert "\n" not in summary


def test_namespace_variants_read_the_same(tmp_path):
    """urn:...:1:0, 0:4 and no namespace at all give the same records."""
    results = []
    for index, namespace in enumerate(["urn:QDA-XML:project:1.0", "urn:QDA-XML:project:0:4", ""]):
        folder = tmp_path / str(index)
        folder.mkdir()
        project = read_project(_nvivo_like(folder, namespace))
        results.append((project.codes, project.sources, project.cases, project.notes))
    assert results[0] == results[1] == results[2]


def test_plan_maps_cases_to_respondents_and_notes_to_memos(tmp_path):
    """A source listed by a case is that respondent's answer; attributes come from its variables."""
    plan = plan_import(read_project(_nvivo_like(tmp_path)))
    assert plan.questions == [DEFAULT_QUESTION]
    assert [(a.respondent, a.question) for a in plan.answers] == [("resp-1", "text"), ("second", "text")]
    assert dict(plan.respondents)["resp-1"] == {"age": "42"}
    assert [(c.coder, c.whole) for c in plan.codings] == [("Anna", False), ("Anna", False)]
    assert plan.memos == [(SRC.lower(), "Anna", "Look again", "")]


def test_code_point_positions_from_a_conformant_writer(tmp_path):
    """A writer that follows the standard (code points) is read as such, even with emoji present."""
    text = "Hi 😀 there, friends"
    start = text.index("friends")
    qde = (
        f'<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="{CODE}" name="c" '
        f'isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="{SRC}" name="s">'
        f"<PlainTextContent>{text}</PlainTextContent>"
        f'<PlainTextSelection guid="{SRC2}" startPosition="{start}" endPosition="{start + 7}">'
        f'<Coding guid="{SRC2[:-1]}9"><CodeRef targetGUID="{CODE}"/></Coding></PlainTextSelection>'
        f'<PlainTextSelection guid="{SRC2[:-1]}8" startPosition="0" endPosition="2"/>'
        "</TextSource></Sources></Project>"
    )
    path = tmp_path / "cp.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
    project = read_project(path)
    selection = project.sources[0].selections[0]
    assert project.positions.startswith(CODE_POINTS)
    assert text[selection.start : selection.end] == "friends"


def test_any_qde_name_and_a_wrapping_folder_are_found(tmp_path):
    """ATLAS.ti 26 names the XML after the project; some zippers wrap everything in one folder."""
    qde = (
        f'<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><TextSource guid="{SRC}" name="s" '
        f'plainTextPath="internal://{SRC}.txt"/></Sources></Project>'
    )
    path = tmp_path / "wrapped.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Export/My Study.qde", qde)
        archive.writestr(f"Export/SOURCES/{SRC}.txt", "Wrapped text")
    assert [s.text for s in read_project(path).sources] == ["Wrapped text"]

"""Coded spans, coding origins and memos through REFI-QDA, both directions, on SQLite and PostgreSQL."""

from __future__ import annotations

import zipfile

from lxml import etree

from app.core.models import Codebook, Origin, Theme
from app.core.refi.marks import read_mark, write_mark
from app.core.refi.validation import PROJECT_XSD, validate
from app.project import Project
from app.storage.survey_store import WaveRows, insert_wave

T_A = "0b9a3a44-2a1e-4c7e-9a55-0c3f2d6e7a10"
T_B = "5d2c1f0e-8b7a-4c3d-9e2f-1a0b9c8d7e6f"
T_C = "b34418c4-8370-4268-873d-4359d2d13b8e"
NS = {"p": "urn:QDA-XML:project:1.0"}
TEXT_1 = "Голосую на портале 👍\r\nи пишу петиции 😀 каждый месяц"
TEXT_2 = "Registration with EDS is too hard"
TEXT_3 = "Сайт жиі істемей қалады"
ANSWERS = [("r01", "Q5", TEXT_1), ("r01", "Q8", TEXT_2), ("r02", "Q5", TEXT_3)]


def _codebook() -> Codebook:
    return Codebook(
        name="cb",
        themes=(
            Theme(id=T_A, name="portal", position=1),
            Theme(id=T_B, name="petitions", position=2),
            Theme(id=T_C, name="problems", position=3),
        ),
    )


def _survey(target, title="spans") -> Project:
    project = Project.create(target, title=title, codebook=_codebook())
    with project._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "w",
                [("Q5", "How do you take part?"), ("Q8", "What problems?")],
                [("r01", {"age": "30"}), ("r02", {"age": "41"})],
                ANSWERS,
                0,
            ),
        )
    return project


def _ids(project: Project) -> dict[str, str]:
    return {r.text: r.id for r in project.responses()}


def _coded(target) -> Project:
    """Whole-answer and span codings with every origin, a span over a whole answer, memos."""
    project = _survey(target)
    ids = _ids(project)
    words = TEXT_1.index("пишу петиции")
    month = TEXT_1.index("каждый месяц")
    project.code_span(ids[TEXT_1], T_B, words, words + len("пишу петиции"), "ann")
    project.code_span(ids[TEXT_1], T_B, month, len(TEXT_1), "ann")
    project.code_span(ids[TEXT_1], T_A, 0, TEXT_1.index(" "), "Болат")
    project.code_span(ids[TEXT_3], T_C, 0, len(TEXT_3), "ann")  # a span that covers the whole answer
    project.assign(ids[TEXT_2], T_C, "ann", origin=Origin.SUGGESTION)
    project.assign(ids[TEXT_1], T_A, "ann", origin=Origin.CONSENSUS)
    project.assign(ids[TEXT_3], T_A, "Болат", origin=Origin.IMPORT)
    project.set_memo(ids[TEXT_2], "ann", "EDS again")
    project.set_memo(None, "Болат", "Whole project")
    return project


def _snapshot(project: Project) -> dict:
    """Codings with origins and spans, keyed by what survives a round trip (texts, names)."""
    texts = {r.id: r.text for r in project.responses()}
    coders = {c.id: c.name for c in project.coders()}
    return {
        "codings": sorted(
            (texts[c.response_id], c.theme_id, coders[c.coder_id], c.origin.value, c.created_at)
            for c in project.codings()
        ),
        "spans": sorted(
            (texts[sp.response_id], sp.theme_id, coders[sp.coder_id], sp.start, sp.end)
            for sp in project.spans()
        ),
        "memos": sorted((texts.get(m.response_id, ""), m.coder, m.text) for m in project.memos()),
        "themes": project.themes(),
        "attributes": sorted((r.external_id, r.attributes) for r in project.respondents()),
    }


def _round_trip(source_target, copy_target, tmp_path) -> None:
    original = _coded(source_target)
    archive = tmp_path / "spans.qdpx"
    original.export_refi(archive)
    copy, changes = Project.create_from_qdpx(archive, copy_target)
    try:
        expected = _snapshot(original)
        assert _snapshot(copy) == expected
        assert len(expected["spans"]) == 4 and changes.detail["spans"] == 4
        assert {o for _, _, _, o, _ in expected["codings"]} == {"manual", "suggestion", "consensus", "import"}
    finally:
        original.close()
        copy.close()


def test_spans_and_origins_survive_a_round_trip_from_this_backend(project_target, tmp_path):
    """Thematic -> .qdpx -> Thematic keeps every coding's origin and every span exactly."""
    _round_trip(project_target, str(tmp_path / "copy.thematic"), tmp_path)


def test_spans_and_origins_survive_a_round_trip_into_this_backend(project_target, tmp_path):
    """The same round trip with the new project on each backend."""
    _round_trip(str(tmp_path / "original.thematic"), project_target, tmp_path)


def test_each_span_is_one_selection_over_the_exact_words_written(tmp_path):
    """A coding with spans: one selection per span in code points; a whole coding: 0..len; it validates."""
    project = _coded(str(tmp_path / "a.thematic"))
    project.export_refi(tmp_path / "a.qdpx")
    project.close()
    with zipfile.ZipFile(tmp_path / "a.qdpx") as z:
        qde = z.read("project.qde")
        texts = {n[len("sources/") : -4]: z.read(n).decode("utf-8") for n in z.namelist() if "/" in n}
    validate(qde, PROJECT_XSD, "test")
    root = etree.fromstring(qde)
    found = []
    for selection in root.iterfind(".//p:PlainTextSelection", NS):
        text = texts[selection.getparent().get("guid")]
        start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
        codes = [c.find("p:CodeRef", NS).get("targetGUID") for c in selection.iterfind("p:Coding", NS)]
        description = selection.findtext("p:Description", default="", namespaces=NS)
        found.append((text, text[start:end], tuple(codes), description))
    assert sorted(found) == sorted(
        [
            (TEXT_1, "пишу петиции", (T_B,), "Thematic: origin=manual; span"),
            (TEXT_1, "каждый месяц", (T_B,), "Thematic: origin=manual; span"),
            (TEXT_1, "Голосую", (T_A,), "Thematic: origin=manual; span"),
            (TEXT_1, TEXT_1, (T_A,), "Thematic: origin=consensus"),
            (TEXT_2, TEXT_2, (T_C,), "Thematic: origin=suggestion"),
            (TEXT_3, TEXT_3, (T_C,), "Thematic: origin=manual; span"),
            (TEXT_3, TEXT_3, (T_A,), "Thematic: origin=import"),
        ]
    )


def test_marks_read_back_only_what_they_wrote():
    """The Description line parses back; another program's description says nothing."""
    assert read_mark(write_mark("suggestion", True)) == read_mark("Thematic: origin=suggestion; span")
    assert (read_mark(write_mark("consensus", False)).origin, read_mark("Thematic: span").span) == (
        "consensus",
        True,
    )
    assert read_mark("Thematic: origin=robot") == read_mark("Interesting quote") == read_mark("")


U = "68bbdc14-c361-4432-b4dd-ae1dbfc12890"
CODE = "e8811e5d-feb6-458a-b0dd-ae1dbfef84b8"
NVIVO_TEXT = "video_id\r\nKötelező oltás 💉💉 nem jó!\r\nSzerintem 👍 rendben van\r\nvége"


def _u16(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, before + len(word.encode("utf-16-le")) // 2


def _foreign(tmp_path, origin="NVivo-like") -> str:
    """Another program's archive: UTF-16 positions, a partial and a whole selection, a Thematic-like note."""
    a, b = _u16(NVIVO_TEXT, "nem jó")
    c, d = _u16(NVIVO_TEXT, "rendben van")
    whole = len(NVIVO_TEXT.encode("utf-16-le")) // 2
    sel = '<PlainTextSelection guid="{g}" startPosition="{s}" endPosition="{e}">{x}<Coding guid="{g}1">'
    code = '<CodeRef targetGUID="{c}"/></Coding></PlainTextSelection>'
    selections = "".join(
        (sel + code).format(g=f"{n:08d}-0000-4000-8000-00000000000", s=s, e=e, x=x, c=k)
        for n, s, e, x, k in [
            (1, a, b, "<Description>Thematic: origin=suggestion</Description>", CODE),
            (2, c, d, "", CODE),
            (3, 0, whole, "", CODE[:-1] + "0"),
        ]
    )
    qde = (
        f'<Project xmlns="urn:QDA-XML:project:1.0" name="n" origin="{origin}"><Users><User guid="{U}" '
        f'name="Anna"/></Users><CodeBook><Codes><Code guid="{CODE}" name="red" isCodable="true"/>'
        f'<Code guid="{CODE[:-1]}0" name="green" isCodable="true"/></Codes></CodeBook><Sources>'
        f'<TextSource guid="{U[:-1]}0" name="comments" plainTextPath="internal://t.txt">'
        f"{selections}</TextSource></Sources></Project>"
    )
    path = tmp_path / "foreign.qdpx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("project.qde", qde)
        z.writestr("Sources/t.txt", NVIVO_TEXT.encode("utf-8"))
    return str(path)


def test_partial_selections_of_another_program_become_spans_on_the_right_words(project_target, tmp_path):
    """UTF-16 positions land on the words; partial -> span coding, whole -> whole coding, origin import."""
    project, changes = Project.create_from_qdpx(_foreign(tmp_path), project_target)
    with project:
        text = project.responses()[0].text
        assert text == NVIVO_TEXT
        assert sorted(text[sp.start : sp.end] for sp in project.spans()) == ["nem jó", "rendben van"]
        assert {sp.theme_id for sp in project.spans()} == {CODE}
        assert sorted((c.theme_id, c.origin.value) for c in project.codings()) == [
            (CODE[:-1] + "0", "import"),
            (CODE, "import"),  # a Thematic-like note in a file Thematic did not write is not trusted
        ]
        assert changes.detail["spans"] == 2 and changes.detail["positions"].startswith("UTF-16")


def test_into_an_open_project_brings_spans_and_memos_once_and_undoes(project_target, tmp_path):
    """--into adds codings with their origins and spans, and the memos; again adds nothing; undo."""
    original = _coded(str(tmp_path / "a.thematic"))
    archive = tmp_path / "a.qdpx"
    original.export_refi(archive)
    expected = _snapshot(original)
    original.close()
    other = _survey(project_target)
    with other:
        ids = _ids(other)
        other.set_memo(ids[TEXT_2], "ann", "My own note")
        changes = other.import_qdpx_into(archive, coder="lead")
        got = _snapshot(other)
        assert [c[:4] for c in got["codings"]] == [c[:4] for c in expected["codings"]]
        assert got["spans"] == expected["spans"]
        assert got["memos"] == [("", "Болат", "Whole project"), (TEXT_2, "ann", "My own note\n\nEDS again")]
        assert (changes.detail["spans_added"], changes.detail["memos_added"]) == (4, 1)
        assert changes.detail["memos_extended"] == 1
        again = other.import_qdpx_into(archive, coder="lead")
        assert (again.detail["codings_added"], again.detail["spans_added"]) == (0, 0)
        assert (again.detail["memos_added"], again.detail["memos_extended"]) == (0, 0)
        assert _snapshot(other) == got
        other.undo("lead")  # the second import changed nothing, so undo takes back the first
        assert other.codings() == [] and other.spans() == []
        assert [(m.coder, m.text) for m in other.memos()] == [("ann", "My own note")]


def test_into_an_answer_whose_text_differs_keeps_the_coding_but_not_the_span(tmp_path):
    """Positions of a source only fit its own text: a changed answer gets the coding, the span is counted."""
    original = _coded(str(tmp_path / "a.thematic"))
    original.export_refi(tmp_path / "a.qdpx")
    original.close()
    other = Project.create(str(tmp_path / "b.thematic"), title="b", codebook=_codebook())
    with other:
        with other._session() as s:
            changed = [(r, q, t + " (edited)" if t == TEXT_1 else t) for r, q, t in ANSWERS]
            insert_wave(
                s, WaveRows("w.csv", "w", [("Q5", "a"), ("Q8", "b")], [("r01", {}), ("r02", {})], changed, 0)
            )
        changes = other.import_qdpx_into(tmp_path / "a.qdpx")
        assert changes.detail["spans_dropped"] == 3 and changes.detail["spans_added"] == 1
        texts = {r.id: r.text for r in other.responses()}
        assert [texts[sp.response_id] for sp in other.spans()] == [TEXT_3]
        assert len(other.codings()) == 6

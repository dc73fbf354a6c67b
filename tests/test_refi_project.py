"""REFI-QDA exchange through the project and the command line, on SQLite and PostgreSQL."""

from __future__ import annotations

import zipfile

from lxml import etree

from app.cli.entry import main
from app.core.models import Codebook, Theme
from app.core.refi.elements import guid_for
from app.core.refi.validation import PROJECT_XSD, validate
from app.project import Project
from app.storage.survey_store import WaveRows, insert_wave

T_PORTAL = "0b9a3a44-2a1e-4c7e-9a55-0c3f2d6e7a10"
T_USE = "5d2c1f0e-8b7a-4c3d-9e2f-1a0b9c8d7e6f"
T_AWARE = "b34418c4-8370-4268-873d-4359d2d13b8e"
NS = {"p": "urn:QDA-XML:project:1.0"}
ANSWERS = [
    ("r01", "Q5", "Голосую на портале 👍\r\nи пишу петиции"),
    ("r01", "Q8", "Registration with EDS is too hard"),
    ("r02", "Q5", "Ничего 😀😀 не делаю\x0b"),
    ("r03", "Q8", "Сайт жиі істемей қалады"),
]


def _codebook() -> Codebook:
    return Codebook(
        name="cb",
        themes=(
            Theme(id=T_PORTAL, name="Portal", color="#4e79a7", position=1),
            Theme(
                id=T_USE,
                name="usability",
                parent_id=T_PORTAL,
                color="#59A14F",
                definition="How easy it is.\n\nTwo paragraphs.",
                inclusion="navigation",
                exclusion="outages",
                examples=("simpler forms", "two\nlines"),
                keywords={"en": ("easy", "hard"), "ru": ("сложн",)},
                position=1,
            ),
            Theme(id=T_AWARE, name="awareness", color="#f28e2b", definition="Knowing", position=2),
        ),
    )


def _study(target, *, coded: bool = True) -> Project:
    """Two questions, three respondents with typed attributes, two coders, memos and a 'none' decision."""
    project = Project.create(target, title="Astana study", codebook=_codebook())
    with project._session() as s:
        insert_wave(
            s,
            WaveRows(
                file_name="wave.csv",
                checksum="wave-1",
                questions=[("Q5", "How do you take part?"), ("Q8", "What problems do you meet?")],
                respondents=[
                    ("r01", {"age": "01", "city": "Astana ", "joined": "2024-05-31", "score": "1.50"}),
                    ("r02", {"age": "35", "city": "Алматы", "joined": "2023-01-02", "score": "2"}),
                    ("r03", {"age": "42", "city": "", "score": "-3.0"}),
                ],
                answers=ANSWERS,
                blank_answers=0,
            ),
        )
    if coded:
        ids = {(r.external_id, project.question(r.question_id).key): r.id for r in project.responses()}
        project.assign([ids[("r01", "Q5")], ids[("r01", "Q8")]], T_USE, "ann")
        project.assign(ids[("r01", "Q5")], T_AWARE, "ann")
        project.assign(ids[("r01", "Q5")], T_AWARE, "Болат")
        project.mark_none(ids[("r02", "Q5")], "Болат")
        project.assign(ids[("r03", "Q8")], T_USE, "Болат")
        project.set_memo(ids[("r01", "Q8")], "ann", "Check EDS wording")
        project.set_memo(None, "Болат", "Project-wide note")
    return project


def _snapshot(project: Project) -> dict:
    """Everything a round trip must keep, keyed by what survives (external ids, keys, names)."""
    questions = {q.id: q for q in project.questions()}
    respondents = {r.id: r for r in project.respondents()}
    responses = {r.id: r for r in project.responses()}
    coders = {c.id: c.name for c in project.coders()}

    def where(response_id):
        r = responses[response_id]
        return respondents[r.respondent_id].external_id, questions[r.question_id].key

    nones = {
        (where(rid), name)
        for name, decisions in project.all_decisions().items()
        for rid, themes in decisions.items()
        if not themes
    }
    return {
        "title": project.title,
        "questions": [(q.key, q.text) for q in questions.values()],
        "answers": sorted((*where(r.id), r.text) for r in responses.values()),
        "attributes": {r.external_id: r.attributes for r in respondents.values()},
        "themes": project.themes(),
        "coders": sorted(coders.values()),
        "codings": sorted(
            (where(c.response_id), c.theme_id, coders[c.coder_id], c.created_at) for c in project.codings()
        ),
        "none": sorted(nones),
        "memos": sorted(
            (
                where(m.response_id) if m.response_id else ("", ""),
                m.coder,
                m.text,
                m.created_at,
            )
            for m in project.memos()
        ),
    }


def _round_trip(source_target, copy_target, tmp_path):
    original = _study(source_target)
    archive = tmp_path / "study.qdpx"
    original.export_refi(archive)
    copy, changes = Project.create_from_qdpx(archive, copy_target)
    try:
        assert _snapshot(copy) == _snapshot(original)
        assert changes.detail["codings"] == 5 and changes.detail["none_applies"] == 1
        assert changes.detail["positions"].startswith("code points")
    finally:
        original.close()
        copy.close()
    return archive


def test_round_trip_from_this_backend_preserves_everything(project_target, tmp_path):
    """Thematic -> .qdpx -> Thematic keeps answers, attributes, themes, coders, codings, memos exactly."""
    _round_trip(project_target, str(tmp_path / "copy.thematic"), tmp_path)


def test_round_trip_into_this_backend_preserves_everything(project_target, tmp_path):
    """The same round trip with the new project on each backend."""
    _round_trip(str(tmp_path / "original.thematic"), project_target, tmp_path)


def test_qdpx_layout_validates_and_maps_answers_cases_and_sets(tmp_path):
    """project.qde validates; one UTF-8 source per answer; cases carry typed variables; sets are questions."""
    project = _study(str(tmp_path / "s.thematic"))
    archive = tmp_path / "s.qdpx"
    project.export_refi(archive)
    # a source's GUID is the answer's id when that is a UUID, else a stable GUID derived from it
    responses = {guid_for(r.id, "response"): r for r in project.responses()}
    project.close()
    with zipfile.ZipFile(archive) as z:
        qde = z.read("project.qde")
        texts = {n: z.read(n) for n in z.namelist() if n.startswith("sources/")}
    validate(qde, PROJECT_XSD, "test")
    assert {n: t.decode("utf-8") for n, t in texts.items()} == {
        f"sources/{i}.txt": r.text for i, r in responses.items()
    }
    assert not any(t.startswith(b"\xef\xbb\xbf") for t in texts.values())
    root = etree.fromstring(qde)
    assert [etree.QName(e).localname for e in root] == [
        "Users",
        "CodeBook",
        "Variables",
        "Cases",
        "Sources",
        "Notes",
        "Sets",
        "NoteRef",
    ]
    kinds = {v.get("name"): v.get("typeOfVariable") for v in root.iterfind(".//p:Variable", NS)}
    assert kinds == {"age": "Integer", "city": "Text", "joined": "Date", "score": "Float"}
    assert [c.get("isCodable") for c in root.iterfind(".//p:Code", NS)] == [
        "false",
        "true",
        "true",
    ]  # Portal groups
    selection = root.find(".//p:PlainTextSelection", NS)
    source = selection.getparent()
    text = responses[source.get("guid")].text
    assert (int(selection.get("startPosition")), int(selection.get("endPosition"))) == (0, len(text))
    coding = selection.find("p:Coding", NS)
    assert coding.get("creatingUser") and coding.get("creationDateTime")
    assert coding.find("p:CodeRef", NS).get("targetGUID") in {T_USE, T_AWARE}
    assert [s.get("name") for s in root.iterfind(".//p:Set", NS)] == ["Q5", "Q8"]


def test_qdpx_into_an_open_project_adds_codings_once_and_undoes(project_target, tmp_path):
    """Codes and codings join matching answers (by respondent and question) once; undo takes them back."""
    original = _study(str(tmp_path / "a.thematic"))
    archive = tmp_path / "a.qdpx"
    original.export_refi(archive)
    expected = _snapshot(original)["codings"]
    original.close()
    with Project.create(
        project_target, title="Astana study", codebook=Codebook(name="x", themes=())
    ) as other:
        with other._session() as s:
            insert_wave(
                s,
                WaveRows(
                    "w.csv",
                    "w",
                    [("Q5", "How do you take part?"), ("Q8", "What problems do you meet?")],
                    [(r, {}) for r in ("r01", "r02", "r03")],
                    ANSWERS,
                    0,
                ),
            )
        changes = other.import_qdpx_into(archive, coder="lead")
        assert changes.detail["sources_matched"] == 4 and changes.detail["themes_added"] == 3
        assert [(w, t, c) for w, t, c, _ in _snapshot(other)["codings"]] == [
            (w, t, c) for w, t, c, _ in expected
        ]
        again = other.import_qdpx_into(archive, coder="lead")
        assert again.detail["codings_added"] == 0 and again.detail["themes_added"] == 0
        assert len(other.themes()) == 3
        other.undo("lead")  # the second import changed nothing, so undo takes back the first
        assert other.codings() == [] and other.themes() == []


def test_qdc_merges_by_guid_then_name_without_duplicates(project_target, tmp_path):
    """Exporting and merging a .qdc twice adds each theme once; the stored fields stay exact."""
    original = _study(str(tmp_path / "a.thematic"), coded=False)
    original.export_refi(tmp_path / "cb.qdc")
    themes = original.themes()
    original.close()
    with Project.create(
        project_target, codebook=Codebook(name="x", themes=(Theme(id="own", name="awareness", position=1),))
    ) as other:
        first = other.import_qdc(tmp_path / "cb.qdc")
        assert (first.detail["added"], first.detail["updated"]) == (2, 1)
        second = other.import_qdc(tmp_path / "cb.qdc")
        assert second.detail["added"] == 0
        merged = {t.name: t for t in other.themes()}
        assert len(merged) == 3 and merged["awareness"].id == "own"
        assert merged["awareness"].definition == "Knowing"
        assert merged["usability"] == next(t for t in themes if t.name == "usability")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_import_and_codebook(tmp_path, capsys):
    """export -o .qdpx/.qdc, import-qdpx -o, codebook import .qdc; CSV export keeps working."""
    project = _study(str(tmp_path / "a.thematic"))
    project.close()
    a = str(tmp_path / "a.thematic")
    assert run(capsys, "export", a, "-o", str(tmp_path / "a.qdpx"))[0] == 0
    code, out, _ = run(capsys, "export", a, "-o", str(tmp_path / "a.qdc"))
    assert code == 0 and "3 themes" in out
    assert run(capsys, "export", a, "-o", str(tmp_path / "a.csv"))[0] == 0
    assert (tmp_path / "a.csv").read_text(encoding="utf-8-sig").count("\n") >= 4
    code, out, _ = run(capsys, "import-qdpx", str(tmp_path / "a.qdpx"), "-o", str(tmp_path / "b.thematic"))
    assert (
        code == 0
        and "4 answers of 3 respondents to 2 questions" in out
        and "positions read as code points" in out
    )
    code, out, _ = run(capsys, "codebook", "import", str(tmp_path / "b.thematic"), str(tmp_path / "a.qdc"))
    assert code == 0 and out.startswith("0 themes added")
    assert run(capsys, "codebook", "export", a, str(tmp_path / "a.yaml"))[0] == 0
    code, out, _ = run(
        capsys, "import-qdpx", str(tmp_path / "a.qdpx"), "--into", str(tmp_path / "b.thematic"), "--json"
    )
    assert code == 0 and '"codings_added": 0' in out


def test_cli_refuses_a_hostile_archive_with_one_line_and_no_project(tmp_path, capsys):
    """A zip-slip archive: exit 1, one line, no project file left behind."""
    bad = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("project.qde", '<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>')
        z.writestr("../../escape.txt", "x")
    code, out, err = run(capsys, "import-qdpx", str(bad), "-o", str(tmp_path / "new.thematic"))
    assert code == 1 and out == "" and err.count("\n") == 1 and "climbs out" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.qdpx"]
    assert not (tmp_path.parent / "escape.txt").exists()


def test_answers_with_compact_ids_match_the_guids_their_export_wrote(tmp_path):
    """Two answers of one respondent to one question, same words: only the GUID tells them apart."""
    from app.project.exchange_import import _match_answers, _read

    project = Project.create(tmp_path / "a.thematic", title="t", codebook=_codebook())
    with project._session() as s:
        insert_wave(
            s,
            WaveRows(
                "w.csv",
                "w",
                [("Q5", "q")],
                [("r01", {})],
                [("r01", "Q5", "same", 1), ("r01", "Q5", "same", 2)],
                0,
            ),
        )
    responses = project.responses()
    assert [len(r.id) for r in responses] == [20, 20]
    archive = tmp_path / "a.qdpx"
    project.export_refi(archive)
    _, plan = _read(archive, lambda fraction, label: None)
    matched = _match_answers(plan, responses, {q.id: q.key for q in project.questions()})
    assert sorted(matched.values()) == sorted(r.id for r in responses)
    assert all(source != answer for source, answer in matched.items())  # GUIDs derived from the ids
    project.close()

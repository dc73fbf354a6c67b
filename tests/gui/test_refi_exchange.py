"""The REFI-QDA menu entries on the real window: export .qdpx/.qdc, import as a new project, merge a .qdc."""

from __future__ import annotations

import zipfile

from app.gui.refi_exchange import import_summary


def test_export_qdpx_then_import_it_as_a_new_project(qtbot, window, tmp_path):
    """File ▸ Export REFI-QDA writes the archive; File ▸ Import REFI-QDA opens a project with the same coding."""
    coded = window.project.responses()[:5]
    window.project.assign([r.id for r in coded], "t2", "ann")
    archive, new = tmp_path / "out.qdpx", tmp_path / "copy.thematic"
    window.refi.save_path = lambda title, suggested, filter_: str(tmp_path / "out")
    window.refi.update_actions()
    assert window.refi.export_qdpx_action.isEnabled()
    window.refi.export_qdpx_action.trigger()
    qtbot.waitUntil(archive.exists, timeout=20000)
    with zipfile.ZipFile(archive) as z:
        assert len([n for n in z.namelist() if n.startswith("sources/")]) == 30
    window.refi.open_path = lambda title, filter_: str(archive)
    window.refi.save_path = lambda title, suggested, filter_: str(new)
    window.refi.import_new_action.trigger()
    qtbot.waitUntil(lambda: window.project is not None and window.project.target == str(new), timeout=20000)
    assert len(window.project.responses()) == 30
    texts = {r.id: r.text for r in window.project.responses()}
    usability = window.project.theme("usability").id  # "t2" is no UUID: it travels as a GUID derived from it
    assert {texts[i]: t for i, t in window.project.coder_codings("ann").items()} == {
        r.text: frozenset({usability}) for r in coded
    }
    assert window.coder == "ann"
    qtbot.waitUntil(lambda: window.refi.summary is not None and window.refi.summary.isVisible(), timeout=5000)
    assert window.refi.summary.summary.text().startswith("30 answers of 30 respondents, 11 themes, 1 coders")


def test_codebook_menu_merges_a_qdc_without_duplicates(qtbot, window, tmp_path):
    """Codebook ▸ Export then Import .qdc: the summary says nothing was added and the tree is unchanged."""
    qdc = tmp_path / "cb.qdc"
    window.refi.save_path = lambda title, suggested, filter_: str(qdc)
    window.refi.export_qdc_action.trigger()
    qtbot.waitUntil(qdc.exists, timeout=20000)
    before = window.project.themes()
    window.refi.open_path = lambda title, filter_: str(qdc)
    window.refi.import_qdc_action.trigger()
    qtbot.waitUntil(
        lambda: window.refi.summary is not None and window.refi.summary.isVisible(), timeout=20000
    )
    assert window.refi.summary.summary.text().startswith("0 themes added")
    assert window.project.themes() == before
    assert window.codebook.tree.topLevelItemCount() == 11


def test_summary_lists_positions_spans_and_problems():
    """The summary's detail lines say how positions were read, the spans kept and what was not imported."""
    summary, lines = import_summary(
        {
            "added": 2,
            "updated": 0,
            "read": "3 codes; positions read as UTF-16 code units",
            "spans": 4,
            "spans_dropped": 1,
            "problems": ["source 'a': missing"],
        }
    )
    assert summary == "2 themes added, 0 updated."
    assert lines[0].endswith("UTF-16 code units")
    assert lines[1] == "4 selections over part of a source are kept as coded spans."
    assert lines[2].startswith("1 spans were left out")
    assert lines[3] == "Note: source 'a': missing"

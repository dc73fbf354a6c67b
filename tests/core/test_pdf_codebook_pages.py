"""A codebook entry taller than a page goes on under "<theme> (continued)", as a split table does."""

from __future__ import annotations

from pypdf import PdfReader

from app.core.models import Theme
from app.core.pdf import render_codebook_pdf


def _pages(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def test_entry_longer_than_a_page_is_labelled_where_it_continues(tmp_path):
    """A definition of ~2,500 words and three examples: every page it carries on to opens with its label."""
    words = " ".join(f"word{i:04d}" for i in range(2500))
    themes = [
        Theme(id="a", name="Short one", definition="Fits easily.", position=1),
        Theme(
            id="b",
            name="Very long theme",
            definition=words,
            inclusion="Include when the answer says so.",
            examples=("first example", "second example", "last example"),
            position=2,
        ),
        Theme(id="c", name="After it", definition="Short again.", position=3),
    ]
    path = tmp_path / "codebook.pdf"
    render_codebook_pdf(themes, "Long codebook", path, generated="2026-01-01")
    text = _pages(path)
    first = next(i for i, t in enumerate(text) if "Very long theme" in t)
    last = next(i for i, t in enumerate(text) if "last example" in t)
    assert last >= first + 2  # the entry spans at least three pages
    assert "Very long theme (continued)" not in text[first] and "word0000" in text[first]
    for page in text[first + 1 : last + 1]:
        assert "Very long theme (continued)" in page
        assert page.index("Very long theme (continued)") < 200  # at the top, under the running header
    body = " ".join(text[first : last + 1])
    assert all(f"word{i:04d}" in body for i in range(2500))  # nothing lost at the breaks
    assert all(x in body for x in ("first example", "second example", "last example"))
    assert "Short one (continued)" not in " ".join(text) and "After it (continued)" not in " ".join(text)

"""`python packaging/check_pdf_fonts.py REPORT.pdf`: every font that sets text is embedded (per pdffonts).

ReportLab selects its default Helvetica at the start of some text objects without drawing a glyph in
it; pdffonts lists that font as not embedded. A font only counts when a text operator draws with it.
"""

from __future__ import annotations

import base64
import re
import subprocess
import sys
import zlib
from pathlib import Path

STREAM = re.compile(rb"/Filter \[ /ASCII85Decode /FlateDecode \].*?stream\r?\n(.*?)endstream", re.S)
TOKENS = re.compile(rb"/([\w+]+) [\d.]+ Tf|(\)|\]) ?(Tj|TJ|'|\")")


def drawing_fonts(pdf: bytes) -> set[str]:
    """Return the resource names of fonts that draw glyphs in the page and form content streams."""
    used: set[str] = set()
    for match in STREAM.finditer(pdf):
        raw = match.group(1).strip()
        content = zlib.decompress(base64.a85decode(raw if raw.startswith(b"<~") else b"<~" + raw, adobe=True))
        current = None
        for token in TOKENS.finditer(content):
            if token.group(1):
                current = token.group(1).decode()
            elif current:
                used.add(current)
    return used


def resource_names(pdf: bytes) -> dict[str, str]:
    """Map font resource names (/F1) to their base font names (Helvetica)."""
    return {
        name.decode(): base.decode()
        for base, name in re.findall(rb"/BaseFont /([\w+-]+)[^>]*?/Name /([\w+]+)", pdf)
    }


def main(path: str) -> int:
    """Print the fonts and fail when a font that draws text is not embedded."""
    listing = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    not_embedded = {row[0] for row in rows if row[-5] != "yes"}
    pdf = Path(path).read_bytes()
    drawing = {resource_names(pdf).get(name, name).split("+")[-1] for name in drawing_fonts(pdf)}
    bad = sorted(font for font in not_embedded if font.split("+")[-1] in drawing)
    embedded = sorted(row[0].split("+")[-1] for row in rows if row[-5] == "yes")
    if bad or not embedded:
        print(f"{path}: fonts drawing text but not embedded: {', '.join(bad) or 'no fonts at all'}")
        return 1
    unused = f"; not embedded and drawing nothing: {', '.join(sorted(not_embedded))}" if not_embedded else ""
    print(f"embedded: {', '.join(embedded)}{unused}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))

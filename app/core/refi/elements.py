"""Tolerant access to REFI-QDA XML: names matched whatever the namespace, GUIDs and colours normalised."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from xml.etree.ElementTree import Element

# Thematic's ids are UUIDs; anything else (a hand-written codebook id) gets a name-based GUID from it.
GUID_NAMESPACE = uuid.UUID("1f0d7c52-8a4b-4d55-9a36-5b0e2f6f3c11")
_GUID = re.compile(r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?")
_HEX6 = re.compile(r"#?([0-9a-fA-F]{6})")
_HEX3 = re.compile(r"#?([0-9a-fA-F]{3})")
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,[^)]*)?\)", re.I)


def local(tag: str) -> str:
    """Return an element or attribute name without its namespace (`{urn:...:1:0}Code` -> `Code`)."""
    return tag.rsplit("}", 1)[-1].split(":")[-1]


def children(element: Element, name: str) -> Iterator[Element]:
    """Yield the direct children with this local name, in document order."""
    for child in element:
        if isinstance(child.tag, str) and local(child.tag) == name:
            yield child


def child(element: Element, name: str) -> Element | None:
    """Return the first direct child with this local name, or None."""
    return next(children(element, name), None)


def descendants(element: Element, name: str) -> Iterator[Element]:
    """Yield every element below with this local name."""
    for node in element.iter():
        if isinstance(node.tag, str) and local(node.tag) == name:
            yield node


def attr(element: Element, name: str, default: str = "") -> str:
    """Return an attribute by local name (any namespace prefix, any letter case), or the default."""
    if name in element.attrib:
        return element.attrib[name]
    folded = name.casefold()
    for key, value in element.attrib.items():
        if local(key).casefold() == folded:
            return value
    return default


def text_of(element: Element | None) -> str:
    """Return an element's text content (empty for a missing or empty element)."""
    return "" if element is None else "".join(element.itertext())


def normal_guid(value: str) -> str:
    """Return a GUID lower-cased and without braces; other ids are kept as written (trimmed)."""
    value = value.strip()
    match = _GUID.fullmatch(value)
    return match.group(1).lower() if match else value


def read_guid(value: str) -> str:
    """Normalise a GUID read from a file; a non-GUID id becomes a stable GUID, an empty one stays empty."""
    return guid_for(value, "id") if value.strip() else ""


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop the control characters XML 1.0 cannot carry (they may occur in pasted survey answers)."""
    return _XML_INVALID.sub("", text)


def guid_for(value: str, kind: str = "") -> str:
    """Return the stored id when it is a UUID, else a stable name-based GUID derived from it."""
    if _GUID.fullmatch(value.strip()):
        return normal_guid(value)
    return str(uuid.uuid5(GUID_NAMESPACE, f"{kind}:{value}"))


def derived_guid(*parts: str) -> str:
    """Return a stable GUID for an element that has no id of its own (selections, codings)."""
    return str(uuid.uuid5(GUID_NAMESPACE, "\x1f".join(parts)))


def parse_colour(value: str) -> str | None:
    """Read `#RRGGBB`, `#RGB`, `RRGGBB` or `rgb(r, g, b)` as `#rrggbb` (six digits keep their case)."""
    value = (value or "").strip()
    if match := _HEX6.fullmatch(value):
        return "#" + match.group(1)
    if match := _HEX3.fullmatch(value):
        return "#" + "".join(c * 2 for c in match.group(1)).lower()
    if match := _RGB.fullmatch(value):
        channels = [min(255, int(v)) for v in match.groups()]
        return "#" + "".join(f"{c:02x}" for c in channels)
    return None

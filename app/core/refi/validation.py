"""Validation of what Thematic writes against the REFI-QDA schemas shipped with the package."""

from __future__ import annotations

from functools import cache
from importlib import resources

from lxml import etree

from app.core.refi.errors import RefiError

CODEBOOK_XSD = "Codebook.xsd"
PROJECT_XSD = "Project.xsd"


@cache
def _schema(name: str) -> etree.XMLSchema:
    """Load one of the standard's schemas (package data, MIT licensed: see schemas/LICENSE-REFI-QDA.txt)."""
    data = resources.files("app.core.refi").joinpath("schemas", name).read_bytes()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.fromstring(data, parser))


def validate(xml: bytes, schema: str, where: str) -> None:
    """Refuse a document that does not validate, naming the first problem and its line."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    document = etree.fromstring(xml, parser)
    checker = _schema(schema)
    if not checker.validate(document):
        error = checker.error_log.filter_from_errors()[0]
        raise RefiError(f"{where}: does not validate against {schema}: line {error.line}: {error.message}")

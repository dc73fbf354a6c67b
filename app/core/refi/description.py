"""One Description field for a theme's definition, criteria, keywords and examples, and back."""

from __future__ import annotations

import re

from app.core.models import Theme

INCLUDE, EXCLUDE, EXAMPLES = "Include: ", "Exclude: ", "Examples:"
_KEYWORDS = re.compile(r"Keywords \(([A-Za-z0-9_-]{2,12})\): (.*)")
_SECTION = re.compile(r"\n\n(?=Include: |Exclude: |Keywords \([A-Za-z0-9_-]{2,12}\): |Examples:\n)")
KEYWORD_SEPARATOR = "; "


def render_description(theme: Theme) -> str:
    """Render the theme's fields as labelled paragraphs that other programs show as plain text."""
    blocks = []
    if theme.definition:
        blocks.append(theme.definition)
    if theme.inclusion:
        blocks.append(INCLUDE + theme.inclusion)
    if theme.exclusion:
        blocks.append(EXCLUDE + theme.exclusion)
    if any(theme.keywords.values()):
        blocks.append(
            "\n".join(
                f"Keywords ({lang}): {KEYWORD_SEPARATOR.join(words)}"
                for lang, words in theme.keywords.items()
                if words
            )
        )
    if theme.examples:
        blocks.append(EXAMPLES + "\n" + "\n".join("- " + e.replace("\n", "\n  ") for e in theme.examples))
    return "\n\n".join(blocks)


def parse_description(text: str) -> dict:
    """Split a Description back into Thematic's fields; unlabelled text is the definition."""
    fields: dict = {"definition": "", "inclusion": "", "exclusion": "", "examples": (), "keywords": {}}
    text = (text or "").replace("\r\n", "\n")
    if not text.strip():
        return fields
    blocks = _SECTION.split(text)
    definition = []
    for index, block in enumerate(blocks):
        if block.startswith(INCLUDE):
            fields["inclusion"] = block[len(INCLUDE) :]
        elif block.startswith(EXCLUDE):
            fields["exclusion"] = block[len(EXCLUDE) :]
        elif block.startswith(EXAMPLES + "\n") and index:
            fields["examples"] = _examples(block[len(EXAMPLES) + 1 :])
        elif index and all(_KEYWORDS.fullmatch(line) for line in block.split("\n")):
            for line in block.split("\n"):
                lang, words = _KEYWORDS.fullmatch(line).groups()
                fields["keywords"][lang] = tuple(w for w in words.split(KEYWORD_SEPARATOR) if w)
        else:
            definition.append(block)
    fields["definition"] = "\n\n".join(definition)
    return fields


def _examples(block: str) -> tuple[str, ...]:
    """Read '- example' lines, where continuation lines are indented by two spaces."""
    examples: list[str] = []
    for line in block.split("\n"):
        if line.startswith("- "):
            examples.append(line[2:])
        elif line.startswith("  ") and examples:
            examples[-1] += "\n" + line[2:]
        elif line.strip():
            examples.append(line)
    return tuple(examples)

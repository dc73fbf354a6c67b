"""Plain records of what a REFI-QDA file holds, as the tolerant reader found it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RefiCode:
    """A code of the codebook; `parent` is the enclosing code's GUID."""

    guid: str
    name: str
    parent: str | None
    color: str | None
    description: str
    codable: bool
    position: int


@dataclass(frozen=True)
class RefiCoding:
    """One code applied to a selection, by a user at a time (both may be missing)."""

    code: str
    user: str
    created: str


@dataclass(frozen=True)
class RefiSelection:
    """A coded stretch of a text source, positions in code points of the decoded text (end exclusive)."""

    guid: str
    name: str
    start: int
    end: int
    user: str
    created: str
    codings: tuple[RefiCoding, ...]
    description: str = ""


@dataclass(frozen=True)
class RefiSource:
    """A text source with its decoded text; `note_refs` are the GUIDs of its notes."""

    guid: str
    name: str
    text: str
    selections: tuple[RefiSelection, ...]
    note_refs: tuple[str, ...] = ()
    values: dict[str, str] = field(default_factory=dict)  # variable GUID -> value


@dataclass(frozen=True)
class RefiVariable:
    """A typed attribute of cases (Text, Boolean, Integer, Float, Date, DateTime)."""

    guid: str
    name: str
    kind: str


@dataclass(frozen=True)
class RefiCase:
    """A case (a respondent) with its variable values and the sources that belong to it."""

    guid: str
    name: str
    values: dict[str, str]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class RefiNote:
    """A note (memo) with its text, author and time."""

    guid: str
    name: str
    text: str
    user: str
    created: str


@dataclass(frozen=True)
class RefiSet:
    """A named group of sources or codes."""

    guid: str
    name: str
    description: str
    sources: tuple[str, ...]
    codes: tuple[str, ...]


@dataclass
class RefiProject:
    """Everything read from a .qdpx (or a .qdc, which fills only `codes`), plus what was left out."""

    name: str = ""
    origin: str = ""
    users: dict[str, str] = field(default_factory=dict)  # GUID -> name
    codes: list[RefiCode] = field(default_factory=list)
    variables: list[RefiVariable] = field(default_factory=list)
    cases: list[RefiCase] = field(default_factory=list)
    sources: list[RefiSource] = field(default_factory=list)
    notes: dict[str, RefiNote] = field(default_factory=dict)
    sets: list[RefiSet] = field(default_factory=list)
    project_note_refs: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # kind of source -> count
    problems: list[str] = field(default_factory=list)
    positions: str = ""  # how selection positions were read
    unfit: dict[str, int] = field(default_factory=dict)  # selections off word boundaries: what became of them

    def summary(self, problems: bool = True) -> str:
        """Say in one line what was read, skipped and (unless asked not to) what could not be read."""
        selections = sum(len(s.selections) for s in self.sources)
        parts = [
            f"{len(self.codes)} codes",
            f"{len(self.sources)} text sources",
            f"{selections} coded selections",
            f"{len(self.users)} users",
            f"{len(self.cases)} cases",
            f"{len(self.notes)} notes",
        ]
        line = ", ".join(parts)
        if self.positions:
            line += f"; positions read as {self.positions}"
        if self.skipped:
            line += "; skipped " + ", ".join(f"{n} {kind}" for kind, n in sorted(self.skipped.items()))
        if problems and self.problems:
            line += f"; {len(self.problems)} problem(s): " + " | ".join(self.problems[:5])
            if len(self.problems) > 5:
                line += f" | and {len(self.problems) - 5} more"
        return line

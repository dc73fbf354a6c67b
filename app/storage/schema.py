"""The project database schema (SQLAlchemy 2.0 typed models); migrations mirror it."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations can name every constraint."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class MetaRow(Base):
    """Project-wide settings such as the title."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SourceRow(Base):
    """A survey file that was imported, so the same file is not imported twice."""

    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    checksum: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[str] = mapped_column(String(32))
    respondents: Mapped[int] = mapped_column(Integer, default=0)
    answers: Mapped[int] = mapped_column(Integer, default=0)
    blank_answers: Mapped[int] = mapped_column(Integer, default=0)


class QuestionRow(Base):
    """An open-ended question (a survey column)."""

    __tablename__ = "questions"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    single_choice: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class RespondentRow(Base):
    """A person who answered the survey, under the id the survey file gave them."""

    __tablename__ = "respondents"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    external_id: Mapped[str] = mapped_column(Text, unique=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    attributes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: closed answers and demographics
    source_id: Mapped[str | None] = mapped_column(ForeignKey("sources.id"), nullable=True)


class ResponseRow(Base):
    """One respondent's answer to one open question: the unit of coding."""

    __tablename__ = "responses"
    __table_args__ = (
        UniqueConstraint("respondent_id", "question_id", "part"),
        Index("ix_responses_question_seq", "question_id", "seq"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    respondent_id: Mapped[str] = mapped_column(ForeignKey("respondents.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    source_id: Mapped[str | None] = mapped_column(ForeignKey("sources.id"), nullable=True)
    # 1, 2, ... for several answers of one respondent to one question (a long file's repeated rows)
    part: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ThemeRow(Base):
    """A codebook entry; `parent_id` makes the codebook a tree."""

    __tablename__ = "themes"
    __table_args__ = (
        # Sibling themes have distinct names, ignoring case (names are how people and files refer to
        # them). SQLite's lower() folds ASCII only; the application's check under the codebook lock
        # folds every script.
        Index("uq_themes_sibling_name", text("coalesce(parent_id, '')"), text("lower(name)"), unique=True),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("themes.id"), nullable=True)
    name: Mapped[str] = mapped_column(Text)
    color: Mapped[str] = mapped_column(String(16), default="#4e79a7")
    definition: Mapped[str] = mapped_column(Text, default="")
    inclusion: Mapped[str] = mapped_column(Text, default="")
    exclusion: Mapped[str] = mapped_column(Text, default="")
    examples: Mapped[str] = mapped_column(Text, default="[]")
    keywords: Mapped[str] = mapped_column(Text, default="{}")
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str | None] = mapped_column(String(32), nullable=True)  # codebook's numeric code
    # Optimistic checks: an edit names the version it saw and is refused when the theme moved on.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(Text, nullable=True)  # coder name of the last edit
    changed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class TeamRoleRow(Base):
    """A person's role in the project: owner, coder or reader (no rows: everyone may do everything)."""

    __tablename__ = "team_roles"
    __table_args__ = (CheckConstraint("role IN ('owner', 'coder', 'reader')", name="role"),)
    name: Mapped[str] = mapped_column(Text, primary_key=True)
    role: Mapped[str] = mapped_column(String(16))


class CoderRow(Base):
    """A person who codes."""

    __tablename__ = "coders"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class CodingRow(Base):
    """One theme on one response by one coder."""

    __tablename__ = "codings"
    __table_args__ = (
        Index("ix_codings_coder_response", "coder_id", "response_id"),
        {"sqlite_with_rowid": False},
    )
    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True)
    theme_id: Mapped[str] = mapped_column(ForeignKey("themes.id"), primary_key=True, index=True)
    coder_id: Mapped[str] = mapped_column(ForeignKey("coders.id"), primary_key=True)
    origin: Mapped[str] = mapped_column(String(16), default="manual")
    created_at: Mapped[str] = mapped_column(String(32), default="")


class NoneAppliesRow(Base):
    """A coder decided that no theme applies to a response (not the same as not yet coded).

    Triggers (migration 0002) refuse a row here beside a coding of the same coder and response, and
    the other way round: a decision is either themes or "no theme applies".
    """

    __tablename__ = "none_applies"
    __table_args__ = {"sqlite_with_rowid": False}
    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True)
    coder_id: Mapped[str] = mapped_column(ForeignKey("coders.id"), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32), default="")


class SuggestionRow(Base):
    """A proposed coding waiting in a coder's review queue, or the coder's verdict on it."""

    __tablename__ = "suggestions"
    __table_args__ = {"sqlite_with_rowid": False}
    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True)
    theme_id: Mapped[str] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True)
    coder_id: Mapped[str] = mapped_column(ForeignKey("coders.id"), primary_key=True)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending, accepted, rejected
    created_at: Mapped[str] = mapped_column(String(32), default="")


class MemoRow(Base):
    """A coder's note on a response (or on the project when response_id is empty)."""

    __tablename__ = "memos"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    response_id: Mapped[str | None] = mapped_column(
        ForeignKey("responses.id", ondelete="CASCADE"), nullable=True, index=True
    )
    coder_id: Mapped[str] = mapped_column(ForeignKey("coders.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32), default="")


class EventRow(Base):
    """One user action: the audit trail, and the row changes that undo and redo replay."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_coder_undo", "coder_id", "undoable", "undone", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    coder_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="[]")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[str] = mapped_column(String(32), default="")
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    undoable: Mapped[bool] = mapped_column(Boolean, default=True)


class ThemeKeyRow(Base):
    """A quick key a coder bound to a theme (themes without one get the default 1–9, Ctrl+1–9)."""

    __tablename__ = "theme_keys"
    theme_id: Mapped[str] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(16), unique=True)


class CodingSpanRow(Base):
    """Characters of an answer (code points, end exclusive) that justify one coder's coding of it."""

    __tablename__ = "coding_spans"
    __table_args__ = (
        Index("ix_coding_spans_coder_response", "coder_id", "response_id"),
        {"sqlite_with_rowid": False},
    )
    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True)
    theme_id: Mapped[str] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True)
    coder_id: Mapped[str] = mapped_column(ForeignKey("coders.id"), primary_key=True)
    start: Mapped[int] = mapped_column(Integer, primary_key=True)
    end: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32), default="")


class AnswerVectorRow(Base):
    """An answer's sentence embedding by one model (the semantic extra): a cache, rebuilt when text or model change."""

    __tablename__ = "answer_vectors"
    __table_args__ = ({"sqlite_with_rowid": False},)
    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True)
    model: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    digest: Mapped[str] = mapped_column(String(40))  # SHA-1 of the text that was embedded
    dim: Mapped[int] = mapped_column(Integer)
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # little-endian float32

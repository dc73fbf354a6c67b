"""reliability: unique sibling theme names, a decision is themes or "no theme applies", event index

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 21:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = [
    """CREATE TRIGGER codings_exclude_none_applies BEFORE INSERT ON codings
    WHEN EXISTS (SELECT 1 FROM none_applies
                 WHERE response_id = NEW.response_id AND coder_id = NEW.coder_id)
    BEGIN SELECT RAISE(ABORT, 'a coding beside "no theme applies" of the same coder'); END""",
    """CREATE TRIGGER none_applies_exclude_codings BEFORE INSERT ON none_applies
    WHEN EXISTS (SELECT 1 FROM codings
                 WHERE response_id = NEW.response_id AND coder_id = NEW.coder_id)
    BEGIN SELECT RAISE(ABORT, '"no theme applies" beside a coding of the same coder'); END""",
]

POSTGRES_TRIGGERS = [
    """CREATE FUNCTION thematic_codings_exclude_none_applies() RETURNS trigger AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM none_applies
                   WHERE response_id = NEW.response_id AND coder_id = NEW.coder_id) THEN
            RAISE EXCEPTION 'a coding beside "no theme applies" of the same coder'
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER codings_exclude_none_applies BEFORE INSERT OR UPDATE ON codings
    FOR EACH ROW EXECUTE FUNCTION thematic_codings_exclude_none_applies()""",
    """CREATE FUNCTION thematic_none_applies_exclude_codings() RETURNS trigger AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM codings
                   WHERE response_id = NEW.response_id AND coder_id = NEW.coder_id) THEN
            RAISE EXCEPTION '"no theme applies" beside a coding of the same coder'
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER none_applies_exclude_codings BEFORE INSERT OR UPDATE ON none_applies
    FOR EACH ROW EXECUTE FUNCTION thematic_none_applies_exclude_codings()""",
]


def upgrade() -> None:
    """Apply this revision."""
    bind = op.get_bind()
    # Older versions allowed clashing sibling names in a few paths: number the later ones.
    themes = bind.execute(sa.text("SELECT id, parent_id, name FROM themes ORDER BY position, id")).all()
    seen: set[tuple[str, str]] = set()
    for theme_id, parent_id, name in themes:
        key, new_name, n = (parent_id or "", name), name, 1
        while key in seen:
            n += 1
            new_name = f"{name} ({n})"
            key = (parent_id or "", new_name)
        seen.add(key)
        if new_name != name:
            bind.execute(sa.text("UPDATE themes SET name = :n WHERE id = :i"), {"n": new_name, "i": theme_id})
    # A decision is either themes or "no theme applies": keep the themes where both were stored.
    bind.execute(
        sa.text(
            "DELETE FROM none_applies WHERE EXISTS (SELECT 1 FROM codings c WHERE "
            "c.response_id = none_applies.response_id AND c.coder_id = none_applies.coder_id)"
        )
    )
    op.create_index(
        "uq_themes_sibling_name", "themes", [sa.text("coalesce(parent_id, '')"), "name"], unique=True
    )
    op.create_index("ix_events_coder_undo", "events", ["coder_id", "undoable", "undone", "id"])
    for statement in SQLITE_TRIGGERS if bind.dialect.name == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    bind = op.get_bind()
    op.execute("DROP TRIGGER IF EXISTS codings_exclude_none_applies" + _on(bind, "codings"))
    op.execute("DROP TRIGGER IF EXISTS none_applies_exclude_codings" + _on(bind, "none_applies"))
    if bind.dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS thematic_codings_exclude_none_applies()")
        op.execute("DROP FUNCTION IF EXISTS thematic_none_applies_exclude_codings()")
    op.drop_index("ix_events_coder_undo", table_name="events")
    op.drop_index("uq_themes_sibling_name", table_name="themes")


def _on(bind, table: str) -> str:
    """PostgreSQL names the table a trigger belongs to; SQLite does not."""
    return "" if bind.dialect.name == "sqlite" else f" ON {table}"

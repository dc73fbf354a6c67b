"""team mode: theme versions for optimistic checks, roles, sibling names unique ignoring case

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 01:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add themes.version/changed_by/changed_at and team_roles; make the sibling-name index ignore case."""
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("changed_by", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("changed_at", sa.String(length=32), nullable=True))
    op.create_table(
        "team_roles",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.CheckConstraint("role IN ('owner', 'coder', 'reader')", name=op.f("ck_team_roles_role")),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_team_roles")),
    )
    op.drop_index("uq_themes_sibling_name", table_name="themes")
    _rename_case_duplicates(op.get_bind())
    op.create_index(
        "uq_themes_sibling_name",
        "themes",
        [sa.text("coalesce(parent_id, '')"), sa.text("lower(name)")],
        unique=True,
    )


def _rename_case_duplicates(bind) -> None:
    """Siblings whose names differ only in case ("Trust", "trust") get a number, as in revision 0002.

    The application has refused such names since 0002, so only files written by other tools or by
    hand have them; the first in codebook order keeps its name, the others become "trust (2)".
    """
    themes = bind.execute(sa.text("SELECT id, parent_id, name FROM themes ORDER BY position, id")).all()
    taken = {(parent_id or "", name.casefold()) for _id, parent_id, name in themes}
    seen: set[tuple[str, str]] = set()
    for theme_id, parent_id, name in themes:
        key = (parent_id or "", name.casefold())
        if key not in seen:
            seen.add(key)
            continue
        n, new_name = 2, f"{name} (2)"
        while (parent_id or "", new_name.casefold()) in taken:
            n += 1
            new_name = f"{name} ({n})"
        taken.add((parent_id or "", new_name.casefold()))
        seen.add((parent_id or "", new_name.casefold()))
        bind.execute(sa.text("UPDATE themes SET name = :n WHERE id = :i"), {"n": new_name, "i": theme_id})


def downgrade() -> None:
    """Drop the team columns and table; the sibling-name index is case-sensitive again."""
    op.drop_index("uq_themes_sibling_name", table_name="themes")
    op.create_index(
        "uq_themes_sibling_name", "themes", [sa.text("coalesce(parent_id, '')"), "name"], unique=True
    )
    op.drop_table("team_roles")
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.drop_column("changed_at")
        batch_op.drop_column("changed_by")
        batch_op.drop_column("version")

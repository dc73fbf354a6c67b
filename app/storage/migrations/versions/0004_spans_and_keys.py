"""quick keys per theme and coded spans of answers

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 21:35:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the theme_keys and coding_spans tables."""
    op.create_table(
        "theme_keys",
        sa.Column("theme_id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["themes.id"], name=op.f("fk_theme_keys_theme_id_themes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("theme_id", name=op.f("pk_theme_keys")),
        sa.UniqueConstraint("key", name=op.f("uq_theme_keys_key")),
    )
    op.create_table(
        "coding_spans",
        sa.Column("response_id", sa.String(length=36), nullable=False),
        sa.Column("theme_id", sa.String(length=36), nullable=False),
        sa.Column("coder_id", sa.String(length=36), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["coder_id"], ["coders.id"], name=op.f("fk_coding_spans_coder_id_coders")),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["responses.id"],
            name=op.f("fk_coding_spans_response_id_responses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["themes.id"], name=op.f("fk_coding_spans_theme_id_themes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("response_id", "theme_id", "coder_id", "start", name=op.f("pk_coding_spans")),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_coding_spans_coder_response", "coding_spans", ["coder_id", "response_id"], unique=False
    )


def downgrade() -> None:
    """Drop the tables again."""
    op.drop_index("ix_coding_spans_coder_response", table_name="coding_spans")
    op.drop_table("coding_spans")
    op.drop_table("theme_keys")

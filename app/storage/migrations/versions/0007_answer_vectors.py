"""answer vectors: cached sentence embeddings of answers (the semantic extra)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the answer_vectors table."""
    op.create_table(
        "answer_vectors",
        sa.Column("response_id", sa.String(length=36), nullable=False),
        sa.Column("model", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("digest", sa.String(length=40), nullable=False),
        sa.Column("dim", sa.Integer(), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["responses.id"],
            name=op.f("fk_answer_vectors_response_id_responses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "model", name=op.f("pk_answer_vectors")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    """Drop the table again (the vectors are a cache: they are embedded again on demand)."""
    op.drop_table("answer_vectors")

"""theme codes and several answers of one respondent to one question

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add themes.code and responses.part; answers are unique per respondent, question and part."""
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=32), nullable=True))
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("part", sa.Integer(), server_default="1", nullable=False))
        batch_op.drop_constraint("uq_responses_respondent_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_responses_respondent_id", ["respondent_id", "question_id", "part"]
        )


def downgrade() -> None:
    """Drop themes.code and responses.part (fails if a respondent has several answers to a question)."""
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.drop_constraint("uq_responses_respondent_id", type_="unique")
        batch_op.create_unique_constraint("uq_responses_respondent_id", ["respondent_id", "question_id"])
        batch_op.drop_column("part")
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.drop_column("code")

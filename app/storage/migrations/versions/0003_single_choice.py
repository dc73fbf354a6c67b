"""questions can be single-choice

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add questions.single_choice (each answer gets exactly one theme; coding replaces, agreement is categorical)."""
    with op.batch_alter_table("questions") as batch:
        batch.add_column(sa.Column("single_choice", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    """Drop questions.single_choice."""
    with op.batch_alter_table("questions") as batch:
        batch.drop_column("single_choice")

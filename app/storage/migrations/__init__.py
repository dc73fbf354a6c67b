"""Alembic migrations shipped with the package so every installed copy can upgrade projects."""

"""Persistence: the only package that imports SQLAlchemy or Alembic; it returns core records."""

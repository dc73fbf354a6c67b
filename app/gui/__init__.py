"""The PySide6 desktop window: a thin layer over the project facade (the only Qt user)."""

"""REFI-QDA exchange (.qdc codebooks, .qdpx projects): pure functions, no Qt, no database."""

"""Default codebooks shipped as data files (YAML), installed with the package."""

from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent


def default_codebook_path() -> Path:
    """Return the path of the seed study's codebook, the one new projects start from."""
    return DIRECTORY / "open_government.yaml"

"""Build the demo project of the seed study through the same import paths a researcher uses."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from app.core.demo_survey import RESPONDENT, build_demo_survey, demo_codings_csv_text, demo_survey_csv_text
from app.core.models import ColumnRole
from app.project import Project

DEMO_TITLE = "Citizen participation in open government (Astana, demo)"


def build_demo_project(target: str | Path, progress: Callable[[float, str], None] | None = None) -> Project:
    """Create the demo project: the default codebook, the 213-respondent survey and two coders' codings."""
    report = progress or (lambda _fraction, _label: None)
    report(0.05, "Creating the demo project")
    from app.core.codebook_io import load_codebook
    from codebook import default_codebook_path

    survey = build_demo_survey()
    roles = {header: ColumnRole.ATTRIBUTE for header in survey.headers}
    roles[RESPONDENT] = ColumnRole.RESPONDENT_ID
    roles.update({header: ColumnRole.OPEN for header in survey.open_questions})

    def fill(project: Project) -> None:
        with tempfile.TemporaryDirectory() as folder:
            survey_file = Path(folder) / "astana_open_government_survey.csv"
            survey_file.write_text(demo_survey_csv_text(), encoding="utf-8")
            codings_file = Path(folder) / "astana_codings.csv"
            codings_file.write_text(demo_codings_csv_text(), encoding="utf-8")
            project.import_survey(survey_file, roles=roles)
            project.import_codings(codings_file, layout="long")

    # built under a temporary name and renamed when complete: a killed build leaves no stub behind
    project = Project.create(
        target, title=DEMO_TITLE, codebook=load_codebook(default_codebook_path()), fill=fill
    )
    report(1.0, "Done")
    return project

"""R's missing values in a CSV that R wrote: `write.csv` writes NA for a missing value, never a blank.

A file is taken as R's when its first column has no name and holds the row numbers 1, 2, 3… (what
`write.csv` writes by default, `row.names = TRUE`); in such a file a cell that is exactly `NA` is a
missing value, so an answer `NA` is no answer and an attribute `NA` is absent. Other files are left
alone: there `NA` may be someone's answer (or Namibia). The table counts the cells it emptied.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.survey_table import SurveyTable, cell

R_MISSING = "NA"
SAMPLE_ROWS = 5000


def is_r_export(table: SurveyTable) -> bool:
    """Tell a CSV that R's write.csv wrote: an unnamed first column of row numbers."""
    from app.core.survey_roles import _is_row_number  # the role proposal's own test of that column

    if table.kind != "text" or not table.headers or not table.rows:
        return False
    return _is_row_number(table, 0, [cell(row, 0) for row in table.rows[:SAMPLE_ROWS]])


def without_r_missing(table: SurveyTable) -> SurveyTable:
    """Empty the `NA` cells of an R export in place and count them; other tables come back unchanged."""
    if not is_r_export(table):
        return table
    emptied = 0
    for row in table.rows:
        if R_MISSING in row:
            for i, value in enumerate(row):
                if value == R_MISSING:
                    row[i] = ""
                    emptied += 1
    return replace(table, missing_na=emptied) if emptied else table

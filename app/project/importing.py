"""Import use cases of the project facade: survey waves and coding spreadsheets, all or nothing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from app.core.models import ColumnRole, Origin
from app.core.progress import Progress
from app.core.survey_import import ParsedSurvey, collector_paused
from app.core.survey_reading import SurveyOptions
from app.core.theme_matching import CodeMatchError
from app.project.codebook import CodebookUseCases
from app.project.outcomes import Changes, ProjectError
from app.storage.answer_codes import insert_planned_themes, store_answer_codes, theme_matcher
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.decisions import current_decisions, write_decisions
from app.storage.events import log_step
from app.storage.survey_store import WaveCounts, WaveRows, find_source, insert_wave
from app.storage.team_writes import serialize


def _store_codes(s, path, codes, *args, **kwargs):
    """Store an import's codes, turning refused codes into the facade's error."""
    try:
        return store_answer_codes(s, path, codes, *args, **kwargs)
    except CodeMatchError as exc:
        raise ProjectError(str(exc)) from exc


def _wave_rows(path: str | Path, survey: ParsedSurvey) -> WaveRows:
    """Turn a parsed survey into the plain rows the storage layer writes."""
    return WaveRows(
        file_name=Path(path).name,
        checksum=survey.source_checksum,
        questions=[(q.key, q.text) for q in survey.questions],
        respondents=survey.respondents,  # (external id, attributes, row): read by position, not copied
        answers=survey.answers,  # (respondent, question key, text, part, row)
        blank_answers=survey.blank_answers,
    )


def _keyed(path, survey: ParsedSurvey, sheet, layout: str, seen: dict[str, str | Path]) -> ParsedSurvey:
    """Key the wave on the file, sheet, layout and questions taken; refuse the same import twice in one call."""
    from app.core.import_key import wave_key

    key = wave_key(survey.source_checksum, sheet, (q.key for q in survey.questions), layout)
    if key in seen:
        raise ProjectError(f"{path}: this is the same file, sheet and columns as {seen[key]}")
    seen[key] = path
    return replace(survey, source_checksum=key)


def _refuse_changes(path: str | Path, counts: WaveCounts) -> None:
    """Never overwrite, never drop silently: a wave that contradicts stored data is refused whole."""
    if counts.changed_answers:
        respondent, question = counts.changed_answers[0]
        more = len(counts.changed_answers) - 1
        raise ProjectError(
            f"{path}: respondent {respondent} already has a different answer to {question!r}"
            + (f" (and {more} more)" if more else "")
            + "; stored answers are never overwritten, so nothing was imported"
        )
    if counts.changed_attributes:
        who, name, old, new = counts.changed_attributes[0]
        more = len(counts.changed_attributes) - 1
        raise ProjectError(
            f"{path}: respondent {who} has {name!r} = {old!r} in the project but {new!r} in this file"
            + (f" (and {more} more)" if more else "")
            + "; stored attributes are never overwritten, so nothing was imported"
        )


class ImportUseCases(CodebookUseCases):
    """Mixin of the Project facade that brings survey files and coding spreadsheets in."""

    def preview_survey(
        self,
        path: str | Path,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        header_rows: int | None = None,
        sheet: str | None = None,
        max_rows: int = 20,
        options: SurveyOptions | None = None,
    ):
        """Read the first rows of a survey file and propose a role for each column, as the import will."""
        from app.core.survey_reading import preview_table, proposed_roles

        options = options or SurveyOptions(
            encoding=encoding, delimiter=delimiter, header_rows=header_rows, sheet=sheet
        )
        table = preview_table(path, options)
        roles = proposed_roles(table, options)
        if len(table.rows) > max_rows:
            table = replace(table, rows=table.rows[:max_rows], row_numbers=table.row_numbers[:max_rows])
        return table, roles

    def survey_file_facts(self, path: str | Path, *, options: SurveyOptions | None = None) -> dict:
        """Count a survey file's rows and find a repeated respondent id, for a preview beside its sample."""
        from app.core.survey_preview import count_rows, first_repeated_id
        from app.core.survey_reading import preview_table, proposed_roles

        options = options or SurveyOptions()
        table = preview_table(path, options)
        repeated = first_repeated_id(table, proposed_roles(table, options))
        return {"rows": count_rows(table), "repeated_id": repeated._asdict() if repeated else None}

    def import_survey(
        self,
        path: str | Path,
        *,
        roles: Mapping[str, ColumnRole] | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
        header_rows: int | None = None,
        sheet: str | None = None,
        progress: Progress | None = None,
        options: SurveyOptions | None = None,
        hierarchy_separator: str | None = None,
        create_themes: bool = False,
    ) -> Changes:
        """Import a survey wave; the same file twice is refused, stored answers and codings are kept."""
        options = options or SurveyOptions(
            encoding=encoding, delimiter=delimiter, header_rows=header_rows, sheet=sheet, roles=roles or {}
        )
        return self.import_surveys(
            [path],
            options=options,
            progress=progress,
            hierarchy_separator=hierarchy_separator,
            create_themes=create_themes,
        )

    def import_surveys(
        self,
        paths: Sequence[str | Path],
        *,
        options: SurveyOptions | None = None,
        progress: Progress | None = None,
        hierarchy_separator: str | None = None,
        create_themes: bool = False,
    ) -> Changes:
        """Import several files in one transaction (all or none); respondents match by id across files."""
        with collector_paused():  # a million small acyclic records: the collector would rescan them all
            return self._import_surveys(paths, options, progress, hierarchy_separator, create_themes)

    def _import_surveys(
        self,
        paths: Sequence[str | Path],
        options: SurveyOptions | None,
        progress: Progress | None,
        hierarchy_separator: str | None,
        create_themes: bool,
    ) -> Changes:
        """The body of import_surveys, run with the cyclic collector paused."""
        from app.core.survey_reading import parse_survey, read_table

        options = options or SurveyOptions()
        report = progress or (lambda fraction, label: None)
        if not paths:
            raise ProjectError("name at least one survey file to import")
        report(0.0, "Reading files")
        waves: list[tuple[str | Path, WaveRows, list]] = []
        checksums: dict[str, str | Path] = {}
        cleaned = repaired = missing_na = 0
        chosen: list[dict] = []  # sheets read in place of an opening sheet without a table
        for number, path in enumerate(paths):
            table = read_table(path, options)
            if table.passed_over:
                chosen.append(
                    {"file": str(path), "sheet": table.sheet, "passed_over": list(table.passed_over)}
                )
            report(0.3 * (number + 0.5) / len(paths), "Checking answers")
            survey = parse_survey(table, options)
            survey = _keyed(path, survey, table.sheet, options.layout, checksums)
            with self._session() as s:
                earlier = find_source(s, survey.source_checksum) or find_source(s, table.checksum)
            if earlier is not None:
                raise ProjectError(
                    f"{path}: this file was already imported with the same sheet and open columns "
                    f"(as {earlier[0]} on {earlier[1]})"
                )
            cleaned += survey.cleaned_cells
            repaired += survey.repaired_quotes
            missing_na += survey.missing_na
            del table  # the wave rows are all that is needed now; free the parsed copy before storing
            waves.append((path, _wave_rows(path, survey), survey.codes))
            del survey
        report(0.5, "Storing answers")
        totals = dict.fromkeys(
            ("new_respondents", "new_questions", "new_answers", "kept_answers", "blank_answers"), 0
        )
        totals["updated_respondents"] = 0
        coded = {"codings_added": 0, "themes_created": [], "replaced_none": 0}
        with self._session() as s:
            for path, wave, codes in waves:
                serialize(s, f"source:{wave.checksum}")  # a second program importing the file waits here
                earlier = find_source(s, wave.checksum)
                if earlier is not None:
                    raise ProjectError(
                        f"{path}: this file was already imported with the same sheet and open columns "
                        f"(as {earlier[0]} on {earlier[1]})"
                    )
                counts = insert_wave(s, wave, want_ids=bool(codes))
                _refuse_changes(path, counts)
                for key in totals:
                    totals[key] += getattr(counts, key)
                if codes:
                    added = _store_codes(
                        s,
                        path,
                        codes,
                        counts.response_ids,
                        hierarchy_separator,
                        create_themes,
                        known_answers=counts.kept_answers > 0,
                    )
                    coded["codings_added"] += added.codings
                    coded["themes_created"] += added.themes_created
                    coded["replaced_none"] += added.replaced_none
            names = ", ".join(Path(p).name for p in paths)
            detail = {
                "file": str(paths[0]) if len(paths) == 1 else [str(p) for p in paths],
                **totals,
                "cleaned_cells": cleaned,
                "repaired_quotes": repaired,
                "sheets_chosen": chosen,
                "missing_na": missing_na,
                **coded,
            }
            log_step(s, None, "import-survey", f"Import {names}", detail)
            report(0.95, "Saving")
        report(1.0, "Imported")
        self._coder_ids.clear()  # coders may have been added inside the transaction
        return Changes(
            label=f"Import {names}",
            survey=True,
            coders=bool(coded["codings_added"]),
            affected=totals["new_answers"],
            detail=detail,
        )

    def import_codings(
        self,
        path: str | Path,
        *,
        coder: str | None = None,
        layout: str | None = None,
        question: str | None = None,
        create_themes: bool = False,
        origin: Origin = Origin.IMPORT,
        code_separator: str | None = None,
        hierarchy_separator: str | None = None,
        coder_columns: Mapping[str, str] | None = None,
        id_column: str | None = None,
        check_text: bool = True,
    ) -> Changes:
        """Bring coding done in a spreadsheet (long, wide or codes in columns) in as one undoable step.

        Rows whose answer text differs from the project's are refused (the whole file) unless
        `check_text` is off; see `app.core.answer_matching` for how rows find their answers.
        """
        from app.core.coding_table import read_coding_table

        rows = read_coding_table(
            path,
            layout=layout,
            question=question,
            code_separator=code_separator,
            coder_columns=coder_columns,
            id_column=id_column,
        )
        answer_ids = _match_answers(
            rows,
            path,
            self.questions(),
            self.responses(),
            question and self.question(question).id,
            check_text,
        )
        wanted: dict[tuple[str, str], set[str]] = {}
        with self._session() as s:
            matcher = theme_matcher(s, hierarchy_separator, create_themes)
            for row, response_id in zip(rows, answer_ids):
                where = f"{path}: row {row.row}"
                who = (coder or row.coder or "").strip()  # --coder, when given, wins over the file's column
                if not who:
                    raise ProjectError(f"{where}: no coder (add a coder column, --coder or --coder-column)")
                themes = wanted.setdefault((who, response_id), set())
                if row.theme.strip():  # an empty theme records the decision "no theme applies"
                    theme_id = matcher.resolve(row.theme, row.row)
                    if theme_id is not None:
                        themes.add(theme_id)
            _check_codes(matcher, path)
            rec = ChangeRecorder(s)
            created = insert_planned_themes(s, matcher, rec)  # in this step, so one undo takes them off
            by_coder: dict[str, dict[str, set[str]]] = {}
            for (who, response_id), theme_ids in wanted.items():
                by_coder.setdefault(who, {})[response_id] = theme_ids
            added, replaced, stamp = 0, 0, now_iso()
            for who, decisions in by_coder.items():
                coder_id = self._coder_in(s, who)
                written = write_decisions(
                    rec,
                    coder_id,
                    decisions,
                    current_decisions(s, coder_id, decisions),
                    origin=Origin(origin).value,
                    stamp=stamp,
                    replace=False,
                )
                added += written.codings + written.none_applies
                replaced += written.replaced_none
            label = f"Import codings from {Path(path).name}"
            # undoable by the coder named with --coder; a file naming its own coders is one logged, final step
            self._log(
                s,
                rec,
                self._coder_in(s, coder) if coder and coder.strip() else None,
                "import-codings",
                label,
                {"codings": added},
            )
        return Changes(
            label=label,
            affected=added,
            coders=True,
            detail={
                "file": str(path),
                "codings_added": added,
                "rows": len(rows),
                "themes_created": created,
                "replaced_none": replaced,
            },
        )


def _check_codes(matcher, path: str | Path) -> None:
    """Refuse unknown or ambiguous codes as the facade's error (one line listing them)."""
    try:
        matcher.check(str(path))
    except CodeMatchError as exc:
        raise ProjectError(str(exc)) from exc


def _match_answers(rows, path, questions, responses, default_question, check_text: bool) -> list[str]:
    """Find each coding row's answer (id, respondent and question, text, position), or refuse."""
    from app.core.answer_matching import AnswerMatcher, AnswerMatchError, StoredAnswer

    question_of: dict[str, str] = {}
    for q in questions:
        question_of[q.key] = q.id
        question_of[q.text] = q.id
    matcher = AnswerMatcher(
        [StoredAnswer(r.id, r.external_id, r.question_id, r.text) for r in responses],
        question_of,
        default_question or (questions[0].id if len(questions) == 1 else None),
    )
    try:
        return matcher.match(rows, str(path), check_text=check_text)
    except AnswerMatchError as exc:
        raise ProjectError(str(exc)) from exc

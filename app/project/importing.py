"""Import use cases of the project facade: survey waves and coding spreadsheets, all or nothing."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from app.core.models import ColumnRole, Origin
from app.core.progress import Progress
from app.project.codebook import CodebookUseCases
from app.project.outcomes import Changes, ProjectError
from app.storage.changes import ChangeRecorder, now_iso
from app.storage.decisions import current_decisions, write_decisions
from app.storage.events import log_step
from app.storage.survey_store import WaveRows, find_source, insert_wave
from app.storage.team_writes import serialize


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
    ):
        """Read the first rows of a survey file and propose a role for each column."""
        from app.core.survey_file import read_survey_table
        from app.core.survey_import import propose_roles

        table = read_survey_table(
            path,
            encoding=encoding,
            delimiter=delimiter,
            header_rows=header_rows,
            sheet=sheet,
            max_rows=max_rows,
        )
        return table, propose_roles(table)

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
    ) -> Changes:
        """Import a survey wave; the same file twice is refused, stored answers and codings are kept."""
        from app.core.survey_file import read_survey_table
        from app.core.survey_import import build_survey, propose_roles

        report = progress or (lambda fraction, label: None)
        report(0.0, "Reading file")
        table = read_survey_table(
            path, encoding=encoding, delimiter=delimiter, header_rows=header_rows, sheet=sheet
        )
        with self._session() as s:
            earlier = find_source(s, table.checksum)
        if earlier is not None:
            raise ProjectError(f"{path}: this file was already imported (as {earlier[0]} on {earlier[1]})")
        chosen = dict(propose_roles(table))
        chosen.update(roles or {})
        report(0.3, "Checking answers")
        survey = build_survey(table, chosen)
        wave = WaveRows(
            file_name=Path(path).name,
            checksum=survey.source_checksum,
            questions=[(q.key, q.text) for q in survey.questions],
            respondents=[(r.external_id, dict(r.attributes)) for r in survey.respondents],
            answers=[(a.respondent_id, a.question_key, a.text) for a in survey.answers],
            blank_answers=survey.blank_answers,
        )
        del table, survey  # the wave rows are all that is needed now; free the parsed copies before storing
        report(0.5, "Storing answers")
        with self._session() as s:
            serialize(s, f"source:{wave.checksum}")  # a second program importing the same file waits here
            earlier = find_source(s, wave.checksum)
            if earlier is not None:
                raise ProjectError(
                    f"{path}: this file was already imported (as {earlier[0]} on {earlier[1]})"
                )
            counts = insert_wave(s, wave)
            if counts.changed_answers:  # never overwrite, never drop silently: refuse the whole wave
                respondent, question = counts.changed_answers[0]
                more = len(counts.changed_answers) - 1
                raise ProjectError(
                    f"{path}: respondent {respondent} already has a different answer to {question!r}"
                    + (f" (and {more} more)" if more else "")
                    + "; stored answers are never overwritten, so nothing was imported"
                )
            detail = {
                "file": str(path),
                "new_respondents": counts.new_respondents,
                "new_questions": counts.new_questions,
                "new_answers": counts.new_answers,
                "kept_answers": counts.kept_answers,
                "blank_answers": counts.blank_answers,
            }
            log_step(s, None, "import-survey", f"Import {Path(path).name}", detail)
            report(0.95, "Saving")
        report(1.0, "Imported")
        return Changes(
            label=f"Import {Path(path).name}", survey=True, affected=counts.new_answers, detail=detail
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
    ) -> Changes:
        """Bring coding done in a spreadsheet (long or wide) into the project as one undoable step."""
        from app.core.coding_table import read_coding_table

        rows = read_coding_table(path, layout=layout, question=question)
        questions = self.questions()
        responses = self.responses()
        by_id = {r.id: r for r in responses}
        question_of = {}
        for q in questions:
            question_of[q.key.casefold()] = q.id
            question_of[q.text.casefold()] = q.id
        by_pair = {(r.external_id, r.question_id): r.id for r in responses}
        themes = {t.name.casefold(): t.id for t in self.themes()}
        themes.update({t.id: t.id for t in self.themes()})
        default_question = (
            self.question(question).id if question else (questions[0].id if len(questions) == 1 else None)
        )
        wanted: dict[tuple[str, str], set[str]] = {}
        new_themes: list[str] = []
        for row in rows:
            where = f"{path}: row {row.row}"
            response_id = row.response_id
            if response_id is not None and response_id not in by_id and row.respondent and row.question:
                response_id = None  # an id from another program: match by respondent and question instead
            if response_id is not None and response_id not in by_id:
                raise ProjectError(f"{where}: no answer with id {response_id!r} in this project")
            if response_id is None:
                qid = question_of.get((row.question or "").casefold()) if row.question else default_question
                if qid is None:
                    raise ProjectError(
                        f"{where}: question {row.question!r} is not in this project"
                        if row.question
                        else f"{where}: say which question (--question)"
                    )
                response_id = by_pair.get((row.respondent or "", qid))
                if response_id is None:
                    raise ProjectError(
                        f"{where}: respondent {row.respondent!r} has no answer to that question"
                    )
            who = (coder or row.coder or "").strip()  # --coder, when given, wins over the file's column
            if not who:
                raise ProjectError(f"{where}: no coder (add a coder column or use --coder)")
            theme_key = row.theme.strip()
            if " / " in theme_key and theme_key.casefold() not in themes:
                theme_key = theme_key.rsplit(" / ", 1)[1].strip()  # "parent / child", as exports write it
            if not theme_key:  # an empty theme records the decision "no theme applies"
                wanted.setdefault((who, response_id), set())
                continue
            if theme_key.casefold() not in themes and theme_key not in themes:
                if not create_themes:
                    raise ProjectError(
                        f"{where}: theme {row.theme!r} is not in the codebook "
                        "(add it, or use --create-themes)"
                    )
                new_themes.append(theme_key)
                themes[theme_key.casefold()] = theme_key  # placeholder, replaced below
            wanted.setdefault((who, response_id), set()).add(theme_key)
        added = 0
        with self._session() as s:
            rec = ChangeRecorder(s)
            for name in dict.fromkeys(new_themes):  # in this step, so one undo takes them off again
                themes[name.casefold()] = self._add_theme_in(s, rec, name).id
            stamp = now_iso()
            coder_ids = {name: self._coder_in(s, name) for name in {who for who, _ in wanted}}
            by_coder: dict[str, dict[str, set[str]]] = {}
            for (who, response_id), names in wanted.items():
                by_coder.setdefault(who, {})[response_id] = {
                    themes.get(n.casefold(), themes.get(n)) for n in names
                }
            for who, decisions in by_coder.items():
                written = write_decisions(
                    rec,
                    coder_ids[who],
                    decisions,
                    current_decisions(s, coder_ids[who], decisions),
                    origin=Origin(origin).value,
                    stamp=stamp,
                    replace=False,
                )
                added += written.codings + written.none_applies
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
                "themes_created": list(dict.fromkeys(new_themes)),
            },
        )

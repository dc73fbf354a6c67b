"""Single-choice use cases of the project facade: mark the codebook or a question single-choice."""

from __future__ import annotations

from app.project.base import ProjectBase
from app.project.outcomes import Changes
from app.storage import repository as repo
from app.storage.changes import ChangeRecorder


class SingleChoiceUseCases(ProjectBase):
    """Mixin of the Project facade: single-choice codebooks and questions (one theme per answer)."""

    def codebook_single_choice(self) -> bool:
        """Tell whether the whole codebook is single-choice."""
        with self._session() as s:
            return repo.codebook_single_choice(s)

    def is_single_choice(self, question_id: str | None = None) -> bool:
        """Tell whether answers (of one question, or of every question) take exactly one theme."""
        if self.codebook_single_choice():
            return True
        questions = [q for q in self.questions() if question_id is None or q.id == question_id]
        return bool(questions) and all(q.single_choice for q in questions)

    def response_single_choice(self, response_id: str) -> bool:
        """Tell whether this answer takes exactly one theme (what a theme key does in the coding loop)."""
        with self._session(write=False) as s:
            return repo.response_single_choice(s, response_id)

    def set_single_choice(
        self, on: bool, question_id: str | None = None, coder: str | None = None
    ) -> Changes:
        """Mark the codebook (or one question) single-choice or not, as one undoable step."""
        coder_id = self.coder_id(coder) if coder else None
        with self._session() as s:
            rec = ChangeRecorder(s)
            if question_id is None:
                self._mark_codebook_single_choice(s, rec, on)
                what = "the codebook"
            else:
                question = self.question(question_id)
                rec.update("questions", {"single_choice": bool(on)}, id=question.id)
                what = f"question {question.key}"
            label = f"Mark {what} {'single-choice' if on else 'multiple-choice'}"
            self._log(s, rec, coder_id, "single-choice", label, {"question_id": question_id, "on": bool(on)})
        return Changes(label=label, codebook=question_id is None)

    @staticmethod
    def _mark_codebook_single_choice(s, rec: ChangeRecorder, on: bool = True) -> None:
        """Write the codebook's single-choice setting through the change recorder (undoable)."""
        repo.record_codebook_single_choice(rec, on)

"""Judge answers read out of a re-run notebook, in the grader's own process, with the installed engine.

The student's kernel may have patched its copy of the engine, rewritten its progress store or replaced its own
check calls; none of that reaches here. What reaches here is plain data (:mod:`smm_course.grading.answers`),
and the verdict is what this process's questions say about it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from typing import Any

from smm_course.exercises import catalog, get, quizzes
from smm_course.i18n import translate
from smm_course.grading.answers import decode
from smm_course.grading.written import written_files

__all__ = ["Verdict", "exercise_variables", "judge_notebook", "questions_in"]


@dataclass
class Verdict:
    """One question's grade: its status, the feedback the student would have seen, and the answer judged."""

    question_id: str
    status: str  # correct, incorrect, not_attempted, error, submitted (written work, graded by people)
    message: str
    answer: Any = None
    answered: bool = False


def questions_in(notebook: str) -> list[str]:
    """The ids of every question of a notebook, in catalogue order (quiz questions one by one), then the files
    its run writes for people to grade (:mod:`.written`)."""
    table = catalog()
    return list(table.loc[table["notebook"] == notebook, "id"]) + [w.id for w in written_files(notebook)]


def exercise_variables(notebook: str) -> dict[str, dict[str, str | None]]:
    """Exercise id (as cell metadata names it) -> {question id: its variable, or None for a widget question}."""
    quiz_of = {inner.id: quiz_id for quiz_id, quiz in quizzes().items() for inner in quiz.questions}
    mapping: dict[str, dict[str, str | None]] = {}
    table = catalog()
    for question_id in table.loc[table["notebook"] == notebook, "id"]:
        exercise = quiz_of.get(question_id, question_id)
        mapping.setdefault(exercise, {})[question_id] = getattr(get(question_id), "variable", None) or None
    return mapping


def judge_notebook(notebook: str, answers: dict[str, Any], present: set[str],
                   files: dict[str, str] | None = None) -> list[Verdict]:
    """A verdict for every question of ``notebook``: ``answers`` maps question ids to encoded answers,
    ``present`` holds the exercise ids whose cells the submission still has (and the ids of the written files
    whose writing cell it still has), ``files`` the text of each written file the re-run wrote."""
    verdicts = []
    for exercise, questions in exercise_variables(notebook).items():
        for question_id, variable in questions.items():
            if exercise not in present:
                verdicts.append(Verdict(question_id, "not_attempted", translate("grading.cell_missing")))
            elif question_id not in answers:
                # The student reads these in feedback/: they speak the language `smm-course grade --lang` chose.
                what = (translate("grading.not_defined", variable=variable) if variable
                        else translate("grading.not_chosen"))
                verdicts.append(Verdict(question_id, "not_attempted", what))
            else:
                verdicts.append(_judge(question_id, decode(answers[question_id].get("answer"))))
    for written in written_files(notebook):
        text = (files or {}).get(written.id)
        if written.id not in present:
            verdicts.append(Verdict(written.id, "not_attempted",
                                    translate("grading.written_cell_missing", file=written.file)))
        elif not text or not text.strip():
            verdicts.append(Verdict(written.id, "not_attempted", translate("grading.written_empty", file=written.file)))
        else:
            verdicts.append(Verdict(written.id, "submitted", translate("grading.handed_in"), text, answered=True))
    return verdicts


def _judge(question_id: str, answer: Any) -> Verdict:
    with _private_store():
        result = get(question_id).check(answer)
    return Verdict(question_id, result.status, result.message, answer, answered=answer is not Ellipsis)


@contextlib.contextmanager
def _private_store():
    # A check publishes an event the progress store may record; the grader's checks must never land in the
    # instructor's own store.
    before = os.environ.get("SMM_COURSE_HOME")
    with tempfile.TemporaryDirectory(prefix="smm-course-judge-") as home:
        os.environ["SMM_COURSE_HOME"] = home
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("SMM_COURSE_HOME", None)
            else:
                os.environ["SMM_COURSE_HOME"] = before

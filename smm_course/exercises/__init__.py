"""Checked exercises: one module of questions per notebook, and the catalogue of them all.

In a notebook::

    from smm_course.exercises import nb03 as ex
    answer = ...          # the starter's placeholder: replace ... with your answer
    ex.q1.check()         # immediate feedback (reads `answer`); ex.q1.check(value) works too
    ex.q1.hint()          # the next, more specific hint
    ex.q1.solution()      # the solution, when you give up

Authors declare questions as data in ``nbNN.py`` (see docs/authoring.md); known wrong answers are
:class:`Mistake` objects, often built with the public matchers of :mod:`smm_course.exercises.matchers`, and
each value question's precision is a :class:`~smm_course.exercises.precision.Precision`.

The catalogue finds every ``nbNN`` module in this package by itself (``pkgutil``), so adding
``nb05.py`` needs no registry edit.

>>> table = catalog()
>>> list(table.columns[:4])
['id', 'notebook', 'kind', 'title']
>>> get("00.q1").id
'00.q1'
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
import re
from types import ModuleType

import pandas as pd

from smm_course.exercises.core import (
    CheckResult,
    Incorrect,
    Mistake,
    NotAttempted,
    Question,
    Submitted,
    Uncheckable,
)
from smm_course.exercises.kinds import (
    ChoiceQuestion,
    ClassifyQuestion,
    Dropdown,
    ExplorerQuestion,
    LiveView,
    Quiz,
    ReflectionQuestion,
    Slider,
    ValueQuestion,
)
from smm_course.exercises.precision import Precision

__all__ = [
    "CheckResult", "ChoiceQuestion", "ClassifyQuestion", "Dropdown", "ExplorerQuestion", "Incorrect", "LiveView",
    "Mistake", "NotAttempted", "Precision", "Question", "Quiz", "ReflectionQuestion", "Slider", "Submitted",
    "Uncheckable", "UnknownQuestionError", "ValueQuestion", "catalog", "get", "notebook_modules", "questions_of",
    "quizzes",
]

_MODULE_NAME = re.compile(r"^nb(\d\d)$")
CATALOG_COLUMNS = ["id", "notebook", "kind", "title", "has_widget", "variable", "hints", "module"]


def notebook_modules() -> dict[str, ModuleType]:
    """Import and return every question module of this package, keyed by notebook number (``"03"``).

    >>> "00" in notebook_modules()
    True
    """
    modules = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        match = _MODULE_NAME.match(info.name)
        if match:
            modules[match.group(1)] = importlib.import_module(f"{__name__}.{info.name}")
    return modules


def questions_of(module: ModuleType) -> list[Question]:
    """The questions a notebook module declares (module attributes and quiz items), in id order.

    Raises ``ValueError`` when an id does not belong to the module's notebook or two questions share an id.

    >>> [q.id for q in questions_of(notebook_modules()["00"])][:1]
    ['00.q1']
    """
    notebook = _MODULE_NAME.match(module.__name__.rsplit(".", 1)[-1]).group(1)
    found: dict[str, Question] = {}
    candidates = []
    for value in vars(module).values():
        if isinstance(value, Question):
            candidates.append(value)
        elif isinstance(value, Quiz):
            candidates.extend(value.questions)
    for question in candidates:
        if question.notebook != notebook:
            raise ValueError(f"{module.__name__} declares {question.id}, but its ids must start with '{notebook}.'.")
        if question.id in found and found[question.id] is not question:
            raise ValueError(f"{module.__name__} declares two questions with id {question.id}.")
        found[question.id] = question
    return [found[key] for key in sorted(found, key=_natural_key)]


def _natural_key(question_id: str) -> list:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", question_id)]


def _all_questions() -> dict[str, Question]:
    return {q.id: q for module in notebook_modules().values() for q in questions_of(module)}


def quizzes() -> dict[str, Quiz]:
    """Every quiz of the course by id (a quiz groups questions that one cell asks; the grader needs which)."""
    return {value.id: value for module in notebook_modules().values() for value in vars(module).values()
            if isinstance(value, Quiz)}


def catalog() -> pd.DataFrame:
    """Every question of the course, one row each.

    Columns: ``id`` (``"03.q2"``), ``notebook`` (``"03"``), ``kind`` (value, choice, classify, explorer,
    reflection), ``title`` (current language), ``has_widget``, ``variable`` (the starter's placeholder
    name, if any), ``hints`` (how many), ``module`` (where it is declared).
    """
    rows = [
        {"id": q.id, "notebook": q.notebook, "kind": q.kind, "title": q.title, "has_widget": q.has_widget,
         "variable": q.variable, "hints": len(q.hints), "module": _module_of(q)}
        for q in _all_questions().values()
    ]
    return pd.DataFrame(rows, columns=CATALOG_COLUMNS)


def _module_of(question: Question) -> str:
    return f"{__name__}.nb{question.notebook}"


class UnknownQuestionError(KeyError):
    """Raised by :func:`get` for an id that is not in the catalogue; the message suggests close ids."""

    def __str__(self) -> str:
        return str(self.args[0])


def get(question_id: str) -> Question | Quiz:
    """The question (or quiz) with this id, e.g. ``get("03.q2")``; an unknown id names the closest ones.

    >>> get("00.q9")
    Traceback (most recent call last):
    ...
    smm_course.exercises.UnknownQuestionError: No question '00.q9'. Did you mean: 00.q...? See smm_course.exercises.catalog() for every id.
    """
    if not isinstance(question_id, str):
        raise TypeError(f"question_id must be text such as '03.q2', not {type(question_id).__name__}.")
    known: dict[str, Question | Quiz] = {**_all_questions(), **quizzes()}
    if question_id in known:
        return known[question_id]
    close = difflib.get_close_matches(question_id, list(known), n=3, cutoff=0.5)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise UnknownQuestionError(f"No question {question_id!r}.{hint} See smm_course.exercises.catalog() for every id.")

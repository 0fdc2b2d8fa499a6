"""Each exercise's real context: its own notebook's cells, executed in order in this process.

The self-test needs, for every question, the namespace a student has when they reach the question's cell: the
notebook's imports, loaded data and every variable the cells above it built. Rather than a hand-written copy of
that state (which drifted from the notebooks), :func:`states_of` executes the notebook's code cells top to bottom,
once per notebook per test run, and keeps a snapshot of the namespace just before each exercise cell. The
exercise cell itself then runs as shipped (with its placeholders), so the cells below it see what a student who
has not answered yet sees. A notebook edit that breaks an exercise therefore fails the fast suite.

Cells run with plain ``exec`` (the notebooks use no magics), with matplotlib's Agg backend, their printed output
swallowed, figures closed after each cell, and the current folder set to a private temporary one (notebook 11
writes a report file there).
"""

from __future__ import annotations

import ast
import contextlib
import copy
import functools
import io
import os
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
import pytest

from smm_course import i18n
from smm_course.exercises import get
from smm_course.instructor import exercise_ids, solve_source

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
#: The course's editions: English (the source, in notebooks/) and the translations built into notebooks/<lang>/.
LANGUAGES = ("en", "it")


def edition_folder(lang: str = "en") -> Path:
    """The folder of an edition's notebooks: ``notebooks/`` for English, ``notebooks/<lang>/`` for the others."""
    return NOTEBOOKS if lang == "en" else NOTEBOOKS / lang


def edition_notebooks(lang: str = "en") -> list[Path]:
    """The notebooks of one edition, in course order."""
    return sorted(edition_folder(lang).glob("[0-9][0-9]_*.ipynb"))


def edition_language(path: Path) -> str:
    """The language of the edition a notebook belongs to: its folder's name for another edition, else English."""
    folder = Path(path).parent.name
    return folder if folder in LANGUAGES and Path(path).parent != NOTEBOOKS else "en"


def every_edition(number_only: bool = False) -> list:
    """Every notebook of every edition as pytest params with ids like ``en-03_interaction.ipynb`` (or ``it-03``
    with ``number_only``), so ``-k it-03`` picks the Italian 03."""
    return [pytest.param(path, id=f"{lang}-{path.name[:2] if number_only else path.name}")
            for lang in LANGUAGES for path in edition_notebooks(lang)]


@dataclass
class ExerciseCell:
    """One exercise cell of a notebook: where it is, what it says, and the namespace just before it ran."""

    notebook: str
    index: int
    source: str
    ids: list[str]
    namespace: dict = field(repr=False)

    def fresh_namespace(self) -> dict:
        """A copy of the state before this cell that running code in cannot change for the next test."""
        return _snapshot(self.namespace)

    def run_starter(self) -> tuple[dict, Any]:
        """Run the cell as shipped in a fresh copy of the state; return (namespace, the cell's last value)."""
        namespace = self.fresh_namespace()
        return namespace, run_cell(self.source, namespace)

    def run_solved(self) -> tuple[dict, Any]:
        """Run the cell with its placeholder replaced by the solution, as ``smm-course solutions`` does; return
        (namespace, the cell's last value: a CheckResult, or an answered widget)."""
        item = get(self.ids[0])
        has_answer = hasattr(item, "solution_answer") and ".widget(" in self.source
        solved = solve_source(self.source, item.solution_code if getattr(item, "variable", None) else "",
                              item.solution_answer() if has_answer else None, has_answer)
        namespace = self.fresh_namespace()
        return namespace, run_cell(solved, namespace)


def notebook_path(number: str, lang: str = "en") -> Path:
    matches = sorted(edition_folder(lang).glob(f"{number}_*.ipynb"))
    if not matches:
        raise FileNotFoundError(f"{edition_folder(lang).relative_to(ROOT)}/ has no {number}_*.ipynb")
    return matches[0]


def run_cell(source: str, namespace: dict) -> Any:
    """Execute a code cell's source in ``namespace`` and return the value of its last line if it is an
    expression (as Jupyter shows it), else None."""
    tree = ast.parse(source)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    with _quietly():
        exec(compile(tree, "<cell>", "exec"), namespace)
        return eval(compile(last, "<cell>", "eval"), namespace) if last is not None else None


@dataclass
class Fact:
    """A number a markdown cell states, with what the notebook's code gives for it at that point."""

    notebook: str
    index: int
    says: str
    expr: str
    gives: str | None = None
    error: str | None = None


@dataclass
class NotebookRun:
    """One in-order run of a notebook: its exercise cells (with their states) and its prose facts, evaluated."""

    cells: tuple[ExerciseCell, ...]
    facts: tuple[Fact, ...]


def facts_declared(cell) -> list[dict]:
    """The ``facts`` a markdown cell declares in ``metadata.smm_course`` (see docs/authoring.md)."""
    return list(cell.get("metadata", {}).get("smm_course", {}).get("facts", []))


def run_of(number: str, lang: str = "en") -> NotebookRun:
    """Notebook ``number``'s run in edition ``lang`` (see :func:`run_notebook`), done once per test run."""
    return run_notebook(notebook_path(number, lang))


@functools.lru_cache(maxsize=None)
def run_notebook(path: Path) -> NotebookRun:
    """Run a notebook top to bottom: snapshot the namespace before each exercise cell and evaluate each markdown
    cell's facts right where the cell stands (after every code cell above it)."""
    number = Path(path).name[:2]
    notebook = nbformat.read(path, as_version=4)
    namespace: dict = {"__name__": "__main__"}
    cells, facts = [], []
    folder = tempfile.mkdtemp(prefix=f"smm-course-state-{number}-")
    # The notebook's start(..., lang=) sets the engine's language; it must not leak into the tests that follow.
    with _inside(folder), i18n.use_language(None):
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type == "markdown":
                declared = facts_declared(cell)
                if declared:
                    # A copy, so that an expression cannot change the state later cells and exercises see.
                    view = _snapshot(namespace)
                    facts.extend(_evaluate(number, index, each, view) for each in declared)
                continue
            if cell.cell_type != "code":
                continue
            ids = exercise_ids(cell)
            if ids:
                cells.append(ExerciseCell(number, index, cell.source, ids, _snapshot(namespace)))
            try:
                run_cell(cell.source, namespace)
            except Exception as error:
                raise AssertionError(f"notebook {number}, cell {index} fails when run in order: {error!r}") from error
    return NotebookRun(tuple(cells), tuple(facts))


def states_of(number: str, lang: str = "en") -> tuple[ExerciseCell, ...]:
    """Every exercise cell of notebook ``number`` (edition ``lang``) with the namespace before it (computed once
    per test run)."""
    return run_of(number, lang).cells


def _evaluate(number: str, index: int, declared: dict, namespace: dict) -> Fact:
    fact = Fact(number, index, str(declared.get("says", "")), str(declared.get("expr", "")))
    try:
        with _quietly():
            fact.gives = str(eval(compile(fact.expr, f"<fact in cell {index}>", "eval"), namespace))
    except Exception as error:  # reported by the test with the cell and the expression
        fact.error = f"{type(error).__name__}: {error}"
    return fact


def cell_of(question_id: str, lang: str = "en") -> ExerciseCell:
    """The exercise cell that asks ``question_id`` in edition ``lang`` (a quiz question's cell names its quiz)."""
    item = get(question_id)
    notebook = question_id.split(".", 1)[0]
    for cell in states_of(notebook, lang):
        for exercise_id in cell.ids:
            asked = get(exercise_id)
            if asked is item or item in getattr(asked, "questions", ()):
                return cell
    raise LookupError(f"{question_id} has no exercise cell in notebook {notebook}")


def _snapshot(namespace: dict) -> dict:
    # Later cells may change a table in place; the copy keeps each exercise's state as it was.
    copied = {}
    for name, value in namespace.items():
        if hasattr(value, "copy") and type(value).__module__.split(".")[0] in {"pandas", "numpy"}:
            copied[name] = value.copy()
        elif isinstance(value, (list, dict, set)):
            copied[name] = copy.copy(value)
        else:
            copied[name] = value
    return copied


@contextlib.contextmanager
def _quietly():
    import matplotlib.pyplot as plt

    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        try:
            yield
        finally:
            plt.close("all")


@contextlib.contextmanager
def _inside(folder: str):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)

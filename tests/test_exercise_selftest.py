"""Every question in the catalogue tests itself: its starter, its solution, wrong answers, hints and solution.

Parametrised over ``catalog()``, so questions added in new ``nbNN`` modules are covered with no edit here.
Each module declares its notebook's context as ``SETUP`` (code: the notebook's imports and data loads) or
``context()`` (a function returning the namespace).
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from smm_course.exercises import catalog, get, notebook_modules
from smm_course.exercises.compare import is_number
from smm_course.instructor import exercise_ids, placeholder_names

ROOT = Path(__file__).resolve().parent.parent
CATALOG = catalog()
IDS = list(CATALOG["id"])


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


@functools.lru_cache(maxsize=None)
def _context(notebook: str) -> dict:
    module = notebook_modules()[notebook]
    if hasattr(module, "context"):
        return dict(module.context())
    assert hasattr(module, "SETUP"), f"{module.__name__} must declare SETUP (code) or context() (a function)"
    namespace: dict = {}
    exec(compile(module.SETUP, f"<{module.__name__}.SETUP>", "exec"), namespace)
    return namespace


def run_solution(question):
    namespace = dict(_context(question.notebook))
    tree = ast.parse(question.solution_code)
    if question.variable is None and len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
        return eval(compile(ast.Expression(tree.body[0].value), "<solution>", "eval"), namespace)
    exec(compile(tree, "<solution>", "exec"), namespace)
    return namespace


def wrong_answers(question):
    answers = [None, "a string", 12345, pd.DataFrame(), [], {}, pd.Series(dtype=float), float("nan")]
    expected = getattr(question, "expected", None)
    if is_number(expected):
        answers += [expected * 100 if expected else 1, expected * 1.5 + 1, -expected - 1]
    elif isinstance(expected, pd.Series):
        answers += [expected * 100 if pd.api.types.is_numeric_dtype(expected) else expected.iloc[:-1],
                    expected.iloc[:-1], expected.to_frame()]
    elif isinstance(expected, pd.DataFrame):
        answers += [expected.iloc[:-1], expected.iloc[:, :-1]]
    elif isinstance(expected, str):
        answers += [expected + " not"]
    return answers


@pytest.mark.parametrize("question_id", IDS)
def test_placeholder_is_not_attempted(question_id):
    assert get(question_id).check(...).status == "not_attempted"


@pytest.mark.parametrize("question_id", IDS)
def test_solution_in_its_notebook_context_is_accepted(question_id):
    question = get(question_id)
    assert question.solution_code.strip(), f"{question_id} has no solution"
    outcome = run_solution(question)
    if question.variable:
        tree = ast.parse(question.solution_code)
        assigned = {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    for target in node.targets if isinstance(target, ast.Name)}
        assert question.variable in assigned, f"the solution must assign {question.variable}"
        result = question.check(outcome[question.variable])
    elif hasattr(outcome, "result"):  # a widget solved with answer=...
        result = outcome.result
    else:
        result = question.check(question.solution_answer())
    wanted = "submitted" if question.kind == "reflection" else "correct"
    assert result.status == wanted, str(result)
    if hasattr(question, "solution_answer"):
        assert question.check(question.solution_answer()).status == wanted


@pytest.mark.parametrize("question_id", IDS)
def test_wrong_answers_are_never_correct_and_never_raise(question_id):
    question = get(question_id)
    for answer in wrong_answers(question):
        result = question.check(answer)
        assert result.status != "correct", f"{answer!r} was accepted"
        assert result.message, f"no feedback for {answer!r}"


@pytest.mark.parametrize("question_id", IDS)
def test_hints_and_solution_render_as_html_and_text(question_id):
    question = get(question_id)
    assert question.hints, f"{question_id} needs at least one hint"
    for number in range(1, len(question.hints) + 1):
        view = question.hint(number)
        assert question.hints[number - 1] in str(view) and view._repr_html_().startswith("<div")
    solution = question.solution()
    assert str(solution).strip() and "<div" in solution._repr_html_()
    if question.kind != "reflection":
        assert "<pre" in solution._repr_html_()
    question._next_hint = 1


def test_reflections_are_never_correct():
    from smm_course.exercises import ReflectionQuestion

    reflections = [get(i) for i in IDS if get(i).kind == "reflection"]
    reflections.append(ReflectionQuestion(id="demo.why", title="Why", model_answer="Because customers trust customers."))
    for question in reflections:
        # Long enough for the question's own minimum: a reflection may ask for a few sentences.
        thoughtful = " ".join(["A thoughtful answer about the brand and its customers."] * (question.min_words // 5 + 1))
        for answer in [thoughtful, question.model_answer]:
            assert question.check(answer).status == "submitted"
        too_short = " ".join(["word"] * (question.min_words - 1))
        assert question.check(too_short).status != "correct"


# -- notebooks and catalogue agree -----------------------------------------------------------------
def notebook_path(number: str) -> Path:
    matches = sorted((ROOT / "notebooks").glob(f"{number}_*.ipynb"))
    assert matches, f"smm_course/exercises/nb{number}.py has questions but notebooks/ has no {number}_*.ipynb"
    return matches[0]


@pytest.mark.parametrize("number", sorted(notebook_modules()))
def test_starter_cells_and_catalogue_agree(number):
    notebook = nbformat.read(notebook_path(number), as_version=4)
    placed: dict[str, str] = {}
    for cell in notebook.cells:
        for exercise_id in exercise_ids(cell):
            assert cell.cell_type == "code", f"{exercise_id} is tagged on a {cell.cell_type} cell"
            item = get(exercise_id)  # raises with the closest id when unknown
            assert "exercise" in cell.metadata.get("tags", []), f"the cell of {exercise_id} needs the tag 'exercise'"
            for question in getattr(item, "questions", [item]):
                assert question.id not in placed, f"{question.id} is placed twice"
                placed[question.id] = cell.source
    ours = set(CATALOG.loc[CATALOG["notebook"] == number, "id"])
    assert ours == set(placed), f"missing from the notebook: {sorted(ours - set(placed))}; unknown: {sorted(set(placed) - ours)}"
    for question_id, source in placed.items():
        question = get(question_id)
        if question.variable:
            assert question.variable in placeholder_names(source), (
                f"{question_id}: its starter needs a line `{question.variable} = ...`")
            assert f".check({question.variable})" in source
        else:
            assert ".widget()" in source, f"{question_id}: its starter needs a widget call"


def test_check_is_fast_after_the_notebooks_data_is_loaded():
    import time

    for question_id in IDS:
        question = get(question_id)
        run_solution(question)
        started = time.perf_counter()
        question.check(...)
        question.check("a wrong answer")
        assert time.perf_counter() - started < 0.4, f"{question_id} takes too long to check"

"""Grading the Italian edition, end to end through ``smm-course grade``.

Two kinds of Italian hand-in must grade correct: a solved copy of the Italian notebooks (what a student who did
everything hands in), and the graded copy that ``smm-course release --graded --notebooks notebooks/it`` writes,
answered the way its Italian comments ask: items, options and categories by their Italian labels. The untouched
Italian starter must score nothing, so the test can fail. The graded copies of notebooks 00 and 01 (the fastest)
cover a choice, a classification and a quiz answered in code as well as values computed in variables; the solved
copy and the starter are notebook 00 only, to keep the run short (`tests/test_solved_course.py` runs every solved
Italian notebook).
"""

from __future__ import annotations

import ast
import csv
from pathlib import Path

import nbformat
import pytest

from smm_course.cli import main
from smm_course.exercises import get, quizzes
from smm_course.grading.judge import questions_in
from smm_course.instructor import answer_in, exercise_ids, notebook_language, solve_notebook

ROOT = Path(__file__).resolve().parent.parent
ITALIAN = ROOT / "notebooks" / "it"
NOTEBOOKS = ["00_start_here.ipynb", "01_smm_at_a_glance.ipynb"]


def answer_graded_copy(notebook):
    """A graded Italian copy as a student who follows its comments hands it in: values computed, and each
    ``widget(answer=...)`` template replaced by the right answer written with the Italian labels."""
    notebook = solve_notebook(notebook)  # the value questions' placeholders, with the Italian solution code
    for cell in notebook.cells:
        for exercise in exercise_ids(cell):
            item = quizzes().get(exercise) or get(exercise)
            call = next((node for node in ast.walk(ast.parse(cell.source)) if isinstance(node, ast.Call)
                         and getattr(node.func, "attr", "") == "widget" and node.keywords), None)
            if call is None or getattr(item, "variable", None):
                continue
            template = call.keywords[0].value
            lines = cell.source.splitlines()
            right = repr(answer_in(item, item.solution_answer(), "it"))
            before = lines[template.lineno - 1][:template.col_offset]
            after = lines[template.end_lineno - 1][template.end_col_offset:]
            lines[template.lineno - 1:template.end_lineno] = [before + right + after]
            cell.source = "\n".join(lines)
    return notebook


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = tmp_path_factory.mktemp("italian-class")
    released = root / "released"
    assert main(["release", "--graded", "--notebooks", str(ITALIAN), "--out", str(released)]) == 0
    submissions = root / "submissions"
    for student in ("solved", "graded_copy", "starter"):
        (submissions / student).mkdir(parents=True)
    written = {}
    for name in NOTEBOOKS:
        italian = nbformat.read(ITALIAN / name, as_version=4)
        assert notebook_language(italian) == "it"
        if name == NOTEBOOKS[0]:
            nbformat.write(solve_notebook(italian), submissions / "solved" / name)
        copy = nbformat.read(released / name, as_version=4)
        answered = answer_graded_copy(copy)
        written[name] = "\n".join(c.source for c in answered.cells if exercise_ids(c))
        nbformat.write(answered, submissions / "graded_copy" / name)
    nbformat.write(nbformat.read(ITALIAN / NOTEBOOKS[0], as_version=4), submissions / "starter" / NOTEBOOKS[0])
    assert main(["grade", str(submissions), "--out", str(root / "out"), "--timeout", "120", "--workers", "2"]) == 0
    with (root / "out" / "grades.csv").open(encoding="utf-8") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    return {"rows": rows, "answers": written}


@pytest.mark.parametrize("student, notebooks", [("solved", NOTEBOOKS[:1]), ("graded_copy", NOTEBOOKS)])
def test_an_italian_hand_in_grades_correct(graded, student, notebooks):
    row = graded["rows"][student]
    questions = [q for name in notebooks for q in questions_in(name[:2])]
    statuses = {q: row[f"{q} status"] for q in questions}
    expected = {q: "submitted" if get(q).kind == "reflection" else "correct" for q in questions}
    assert statuses == expected, row
    assert row["problems"] == "" and row["integrity_flags"] == "", row


def test_the_graded_copy_was_answered_with_italian_labels(graded):
    answers = graded["answers"]["01_smm_at_a_glance.ipynb"]
    classify = next(q for q in questions_in("01") if get(q).kind == "classify")
    item = get(classify)
    label, english = item.item_label(item.items[0], "it"), item.items[0]
    assert label != english and repr(label) in answers and repr(english) not in answers


def test_the_italian_starter_scores_nothing(graded):
    row = graded["rows"]["starter"]
    assert row["points"] == "0" and row["00.q1 status"] == "not_attempted", row

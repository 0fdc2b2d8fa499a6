"""The solved copy of the whole course, as `smm-course solutions` writes it, runs top to bottom and reports every
exercise correct (reflections report "submitted": they are never scored), in each edition."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from notebook_states import LANGUAGES, edition_folder, edition_notebooks
from smm_course import instructor
from smm_course.exercises import catalog

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module", params=LANGUAGES)
def solved_course(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"solved-{request.param}")
    home = tmp_path_factory.mktemp(f"solved-home-{request.param}")
    written = instructor.write_solutions(out, edition_folder(request.param), execute=True, home=home, file=None)
    recorded = json.loads((home / "progress.json").read_text(encoding="utf-8"))["questions"]
    return written, recorded


def test_every_notebook_is_solved(solved_course):
    written, _ = solved_course
    assert [p.name for p in written] == [p.name for p in edition_notebooks("en")]


def test_every_exercise_ends_correct(solved_course):
    _, recorded = solved_course
    questions = catalog()
    expected = {row.id: ("submitted" if row.kind == "reflection" else "correct") for row in questions.itertuples()}
    got = {qid: recorded.get(qid, {}).get("status", "never checked") for qid in expected}
    wrong = {qid: status for qid, status in got.items() if status != expected[qid]}
    assert wrong == {}, f"solved copies left these exercises not correct: {wrong}"


def test_solved_notebooks_show_no_error(solved_course):
    written, _ = solved_course
    for path in written:
        notebook = nbformat.read(path, as_version=4)
        errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
        assert errors == [], f"{path.name}: {errors[:1]}"

"""Grading by re-running, end to end through ``smm-course grade``, on a class built to break it.

The class hands in notebook 00 (the fastest to run) in every state an instructor meets: solved, untouched,
forged in the ways students have forged the self-reported gradebook, with exercise cells deleted, duplicated
or moved, and broken (an endless loop, a kernel that exits, a flood of output, a truncated file, a PDF). One
grading run of the whole class is shared by the tests below, which read the CSVs it wrote.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import json
from pathlib import Path

import nbformat
import pytest

from smm_course.cli import main
from smm_course.instructor import exercise_ids, solve_notebook

ROOT = Path(__file__).resolve().parent.parent
STARTER = nbformat.read(ROOT / "notebooks" / "00_start_here.ipynb", as_version=4)
NAME = "00_start_here.ipynb"

FORGERIES = {
    "forged_store": (  # 1: write "correct" into the progress store
        "import json, os, pathlib\n"
        "home = pathlib.Path(os.environ.get('SMM_COURSE_HOME', '.'))\n"
        "(home / 'progress.json').write_text(json.dumps({'00.q1': {'status': 'correct'}, "
        "'00.q2': {'status': 'correct'}}))"),
    "forged_record": (  # 3: record a correct check for every id
        "from smm_course import progress\nfrom smm_course.exercises.core import CheckResult\n"
        "for qid in ('00.q1', '00.q2'):\n    progress.record_check(CheckResult('correct', '', qid))"),
    "forged_exec": (  # 4: run every question's solution code
        "from smm_course.exercises import get\nfor qid in ('00.q1', '00.q2'):\n    exec(get(qid).solution_code)\n"
        "youtube_share = get('00.q1').expected"),
    "forged_patch": (  # 5: make the kernel's engine accept anything
        "from smm_course.exercises import kinds\nkinds.ValueQuestion._judge = lambda self, answer: None\n"
        "kinds.ChoiceQuestion._judge = lambda self, answer: None\nyoutube_share = 'banana'\n"
        "ex.q1.check()\nex.q2.check('X')"),
}


def _with_cell(notebook, source: str):
    forged = copy.deepcopy(notebook)
    forged.cells.append(nbformat.v4.new_code_cell(source))
    return forged


def _exercise_index(notebook, exercise: str) -> int:
    return next(i for i, cell in enumerate(notebook.cells) if exercise in exercise_ids(cell))


def build_class(folder: Path) -> None:
    solved = solve_notebook(copy.deepcopy(STARTER))
    notebooks = {"solved": solved, "starter": STARTER}
    for name, code in FORGERIES.items():
        notebooks[name] = _with_cell(STARTER, code)
    deleted = copy.deepcopy(solved)
    del deleted.cells[_exercise_index(deleted, "00.q1")]
    notebooks["deleted_q1"] = deleted
    duplicated = copy.deepcopy(solved)
    again = copy.deepcopy(duplicated.cells[_exercise_index(duplicated, "00.q1")])
    again.source = again.source.replace(again.source.splitlines()[0], "youtube_share = 83")
    again.id = "duplicated-by-student"
    duplicated.cells.append(again)  # the later run of the variable is wrong
    notebooks["duplicated_q1"] = duplicated
    moved = copy.deepcopy(solved)
    moved.cells.append(moved.cells.pop(_exercise_index(moved, "00.q2")))
    notebooks["moved_q2"] = moved
    notebooks["endless_loop"] = _with_cell(solved, "while True:\n    pass")
    notebooks["kernel_exit"] = _with_cell(solved, "import os\nos._exit(1)")
    notebooks["flood"] = _with_cell(solved, "for _ in range(200):\n    print('x' * 1_000_000)")
    for student, notebook in notebooks.items():
        (folder / student).mkdir(parents=True)
        nbformat.write(notebook, folder / student / NAME)
    # 2 and 6: a forged export beside an untouched starter is never read
    (folder / "starter" / "progress_export.json").write_text(json.dumps(
        {"student": "starter", "exported_at": "2099-01-01", "questions": {"00.q1": {"status": "correct"}}}))
    (folder / "malformed").mkdir()
    (folder / "malformed" / NAME).write_text('{"cells": [{"cell_type": "code", "source": "x = ')
    (folder / "pdf").mkdir()
    (folder / "pdf" / NAME).write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = tmp_path_factory.mktemp("class")
    submissions = root / "submissions"
    build_class(submissions)
    before = _digest(submissions)
    assert main(["grade", str(submissions), "--out", str(root / "out"), "--timeout", "60", "--workers", "2"]) == 0
    with (root / "out" / "grades.csv").open(encoding="utf-8") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    return {"rows": rows, "root": root, "before": before, "after": _digest(submissions)}


def test_the_solved_course_gets_full_marks_and_the_starter_none(graded):
    rows = graded["rows"]
    assert rows["solved"]["percent"] == "100.0", rows["solved"]
    assert rows["starter"]["points"] == "0" and rows["starter"]["00.q1 status"] == "not_attempted"


@pytest.mark.parametrize("student", list(FORGERIES) + ["starter"])
def test_no_forgery_scores_above_the_starter_it_began_from(graded, student):
    row = graded["rows"][student]
    assert row["points"] == "0", f"{student} scored {row['points']}: {row}"


@pytest.mark.parametrize("student, flag", [
    ("forged_store", "progress store"), ("forged_record", "engine's internals"),
    ("forged_exec", "expected answer or solution"), ("forged_patch", "patches the smm_course package")])
def test_forgeries_are_flagged_for_the_instructor(graded, student, flag):
    assert flag in graded["rows"][student]["integrity_flags"], graded["rows"][student]["integrity_flags"]
    assert graded["rows"]["solved"]["integrity_flags"] == ""


def test_cell_edits_change_only_the_questions_they_touch(graded):
    rows = graded["rows"]
    assert (rows["deleted_q1"]["00.q1 status"], rows["deleted_q1"]["00.q2 status"]) == ("not_attempted", "correct")
    assert (rows["duplicated_q1"]["00.q1 status"], rows["duplicated_q1"]["00.q2 status"]) == ("incorrect", "correct")
    assert rows["moved_q2"]["percent"] == "100.0"


@pytest.mark.parametrize("student, words", [
    ("endless_loop", "timeout"), ("kernel_exit", "kernel died"), ("flood", "MB of output"),
    ("malformed", "not valid JSON"), ("pdf", "PDF")])
def test_each_broken_file_gets_a_row_that_says_what_went_wrong(graded, student, words):
    assert words in graded["rows"][student]["problems"], graded["rows"][student]


def test_work_done_before_a_notebook_broke_still_counts(graded):
    for student in ("endless_loop", "kernel_exit", "flood"):
        assert graded["rows"][student]["00.q1 status"] == "correct", graded["rows"][student]


def test_the_submissions_folder_is_not_modified(graded):
    assert graded["after"] == graded["before"]


def test_questions_and_feedback_are_written(graded):
    out = graded["root"] / "out"
    with (out / "questions.csv").open(encoding="utf-8") as handle:
        questions = {row["question"]: row for row in csv.DictReader(handle)}
    assert questions["00.q1"]["judged"] != "0" and "83" in questions["00.q1"]["common_wrong_answers"]
    page = (out / "feedback" / "duplicated_q1.html").read_text(encoding="utf-8")
    assert "00.q1" in page and "incorrect" in page


def test_shards_graded_apart_and_merged_give_the_whole_class(tmp_path):
    submissions = tmp_path / "submissions"
    for student, notebook in (("ada", solve_notebook(copy.deepcopy(STARTER))), ("bob", STARTER)):
        (submissions / student).mkdir(parents=True)
        nbformat.write(notebook, submissions / student / NAME)
    for index in (1, 2):
        assert main(["grade", str(submissions), "--shard", f"{index}/2", "--out", str(tmp_path / f"s{index}"),
                     "--workers", "1", "--timeout", "120"]) == 0
        with (tmp_path / f"s{index}" / "grades.csv").open(encoding="utf-8") as handle:
            assert len(list(csv.DictReader(handle))) == 1, "each shard grades its own slice"
    assert main(["grade", "--merge", str(tmp_path / "s1"), str(tmp_path / "s2"), "--out", str(tmp_path / "all"),
                 "--lms", "canvas"]) == 0
    with (tmp_path / "all" / "grades.csv").open(encoding="utf-8") as handle:
        percent = {row["student"]: row["percent"] for row in csv.DictReader(handle)}
    assert percent == {"ada": "100.0", "bob": "0.0"}
    assert (tmp_path / "all" / "canvas_grades.csv").is_file()

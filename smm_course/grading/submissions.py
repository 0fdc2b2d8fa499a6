"""Find the submissions in nbgrader's layout, ``SUBMISSIONS_DIR/<student>/<notebook>.ipynb``, and tell a course
notebook from a broken file before anything runs.

Only the file's bytes are read here (as JSON): a PDF renamed ``.ipynb``, a truncated file or a notebook from
another course gets a problem that says exactly that, and the rest of the class is graded as usual.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Submission", "find_submissions"]

_NUMBER = re.compile(r"^(\d\d)_")


@dataclass
class Submission:
    """One submitted file: whose it is, which course notebook it is (if any), and what is wrong with it."""

    student: str
    path: Path
    notebook: str | None = None
    problem: str = ""
    exercises: frozenset = frozenset()  # exercise ids whose cells the file holds, and ids of files its cells write
    code: tuple = ()  # (cell index, source) of every code cell, for the integrity scan
    graded: bool = False  # released as a graded copy (metadata smm_course.graded)


def find_submissions(folder: Path) -> list[Submission]:
    """Every ``<student>/<name>.ipynb`` under ``folder``, sorted by student and notebook, each classified."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder of submissions (expected {folder}/<student>/*.ipynb).")
    found = []
    for student in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for path in sorted(student.glob("*.ipynb")):
            found.append(_classified(Submission(student.name, path)))
    return found


def _classified(submission: Submission) -> Submission:
    raw = submission.path.read_bytes()
    if raw.startswith(b"%PDF"):
        submission.problem = "not a notebook: the file is a PDF with an .ipynb name"
        return submission
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        submission.problem = f"not a notebook: the file is not valid JSON ({_short(error)})"
        return submission
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        submission.problem = "not a notebook: the JSON has no list of cells"
        return submission
    metadata = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    course = metadata.get("smm_course") if isinstance(metadata.get("smm_course"), dict) else {}
    number = course.get("notebook")
    submission.graded = course.get("graded") is True
    match = _NUMBER.match(submission.path.name)
    submission.notebook = str(number) if number else (match.group(1) if match else None)
    if submission.notebook is None:
        submission.problem = "not a course notebook: no smm_course metadata and no NN_ file name"
        return submission
    written_for = course.get("written_for")
    moved = _renumbered(submission.notebook, written_for)
    if moved is not None:  # e.g. a 0.1 capstone, 10_capstone.ipynb: 10 is social listening since 0.2.0
        submission.problem = (
            f"an old copy: notebook {submission.notebook} of smm-course {written_for}, which is notebook {moved} now "
            f"(notebook {submission.notebook} is another lesson); not graded. Ask the student for notebook {moved} "
            f"of the current course, with the answers copied in")
        submission.notebook = moved
        return submission
    exercises, code = set(), []
    for index, cell in enumerate(data["cells"]):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        code.append((index, source))
        roles = (cell.get("metadata") or {}).get("smm_course") or {}
        tagged = roles.get("exercise")
        exercises.update(tagged if isinstance(tagged, list) else [tagged] if tagged else [])
        if isinstance(roles.get("writes"), dict) and roles["writes"].get("id"):
            exercises.add(roles["writes"]["id"])
    submission.exercises, submission.code = frozenset(exercises), tuple(code)
    return submission


def _renumbered(notebook: str, written_for) -> str | None:
    """The notebook's number now, when it was written for a course version before a release renumbered it."""
    from smm_course.course import renumbered

    if not isinstance(written_for, str):
        return None
    try:
        return renumbered(notebook, written_for)
    except ValueError:  # not a version number: leave it to the version check of the re-run
        return None


def _short(error: Exception) -> str:
    return str(error).split("\n", 1)[0][:120]

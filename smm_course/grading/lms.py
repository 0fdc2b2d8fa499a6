"""Grades in the import formats of two learning platforms, from a graded class (:class:`~.gradebook.Table`).

- **Canvas** (Grades > Import): the columns ``Student``, ``ID``, ``SIS User ID``, ``SIS Login ID``, ``Section``,
  then one column per assignment; a column whose name is new creates the assignment, and a second row
  ``Points Possible`` gives its maximum. Canvas matches a row to a student by ``ID``, ``SIS User ID`` or
  ``SIS Login ID``; the submission folder's name is written as the SIS Login ID, so name the folders by login.
- **Moodle** (Grades > Import > CSV file): one column that identifies the user and one per grade item, with
  optional feedback columns; the import page maps the columns. The folder's name is written as ``Username``.

Both get the weighted total as a percentage and each notebook's percentage. The columns are tested against
these descriptions (tests/test_grading_outputs.py).
"""

from __future__ import annotations

import csv
from pathlib import Path

from smm_course.grading.gradebook import Table, safe_name
from smm_course.i18n import translate

__all__ = ["FORMATS", "write_lms"]

CANVAS_ID_COLUMNS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
TOTAL = "SMM course total"


def _notebook_column(notebook: str) -> str:
    return f"SMM course notebook {notebook}"


def write_canvas(table: Table, path: Path) -> Path:
    with Path(path).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        columns = [TOTAL] + [_notebook_column(n) for n in table.notebooks]
        writer.writerow(CANVAS_ID_COLUMNS + columns)
        writer.writerow(["Points Possible", "", "", "", ""] + ["100"] * len(columns))
        for student in table.students:
            writer.writerow([student, "", "", student, ""] + [f"{table.total[student]:.1f}"] +
                            [f"{table.percent[(student, n)]:.1f}" for n in table.notebooks])
    return Path(path)


def write_moodle(table: Table, path: Path) -> Path:
    with Path(path).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Username", TOTAL, "Feedback"] + [_notebook_column(n) for n in table.notebooks])
        for student in table.students:
            writer.writerow([student, f"{table.total[student]:.1f}",
                             translate("grading.lms_feedback", file=f"feedback/{safe_name(student)}.html")] +
                            [f"{table.percent[(student, n)]:.1f}" for n in table.notebooks])
    return Path(path)


FORMATS = {"canvas": write_canvas, "moodle": write_moodle}


def write_lms(table: Table, platform: str, out: Path) -> Path:
    """Write ``<out>/<platform>_grades.csv``; ``platform`` is ``"canvas"`` or ``"moodle"``."""
    if platform not in FORMATS:
        raise ValueError(f"--lms {platform!r}: choose one of {', '.join(FORMATS)}.")
    return FORMATS[platform](table, Path(out) / f"{platform}_grades.csv")

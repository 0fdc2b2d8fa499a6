"""The words every part of the course shares about a check: its statuses and the shape of a question id.

This module imports nothing of the package, so the engine, the progress store, the grader and the command line
can all use it without importing each other.

>>> STATUSES[-1], STATUS_ICONS["correct"]
('correct', '✔')
>>> bool(COURSE_ID.match("03.q2")), bool(COURSE_ID.match("demo.q1"))
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["COURSE_ID", "DONE_STATUSES", "QUESTION_ID", "RENUMBERED", "STATUSES", "STATUS_ICONS", "STATUS_RANK"]

#: Every status a check can report, from worst to best. ``submitted`` is for reflections only.
STATUSES = ("not_attempted", "error", "incorrect", "submitted", "correct")
#: Status -> rank (higher is better), to keep the best status of several attempts.
STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}
#: Statuses that count a question as done.
DONE_STATUSES = ("correct", "submitted")
#: Icons shown before the text label; never the only signal (WCAG 1.4.1).
STATUS_ICONS = {
    "correct": "✔",
    "incorrect": "✘",
    "not_attempted": "…",
    "error": "⚠",
    "submitted": "✎",
}
#: Any question id: a prefix, a dot, a name (``"03.q2"``, ``"demo.q1"``).
QUESTION_ID = re.compile(r"^[A-Za-z0-9_]+\.[A-Za-z_][A-Za-z0-9_]*$")
#: Ids of course questions: a two-digit notebook number, a dot, a name (``"03.q2"``, ``"03.quiz1"``).
COURSE_ID = re.compile(r"^(?P<notebook>\d\d)\.(?P<name>[A-Za-z_][A-Za-z0-9_]*)$")
#: Notebooks a release gave a new number: the release -> {old number: new number}. In 0.2.0 the capstone moved
#: from 10 to 11, so that social listening could be notebook 10, after 09 Risks. Old notebook copies
#: (:func:`smm_course.start`), progress stores and exports (:mod:`smm_course.progress`) and handed-in notebooks
#: (the grader) all follow this table.
RENUMBERED = {"0.2.0": {"10": "11"}}

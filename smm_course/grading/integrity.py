r"""Integrity flags: code in a submission that reaches for answers or tampers with the course's machinery.

A flag is for the instructor to look at, not a penalty: re-running already makes these tricks useless for the
grade (answers are judged in the grader's process, the progress store is never read), but an instructor wants
to know who tried. The scan reads the code cells as text; nothing in them runs.

>>> for flag in flags_in("x = ex.q2.expected\nk.ValueQuestion._judge = lambda s, a: None\nsmm_course.data.load = print"):
...     print(flag)
reads a question's expected answer or solution (line 1)
calls or replaces the engine's internals (line 2)
patches the smm_course package (line 3)
"""

from __future__ import annotations

import re

__all__ = ["RULES", "flags_in"]

# (pattern on one line of code, what the instructor reads). Comments are stripped first: the shipped
# "#ex.q1.solution()" lines are not a flag, an uncommented call is.
RULES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\.(expected|_expected|solution_code|solution_answer|right_answer|model_answer)\b"),
     "reads a question's expected answer or solution"),
    (re.compile(r"\bex\.\w+\.solution\s*\("), "shows a question's solution"),
    (re.compile(r"\b(_judge|_report|_result|record_check|_praise)\b"), "calls or replaces the engine's internals"),
    (re.compile(r"\b(smm_course|kinds|core|compare|matchers|exercises|progress|events)(\.\w+)+\s*=[^=]"),
     "patches the smm_course package"),
    (re.compile(r"\bsetattr\s*\(\s*(smm_course|kinds|core|ex\b|exercises|progress)"), "patches the smm_course package"),
    (re.compile(r"progress\.json|SMM_COURSE_HOME|\.smm_course\b|progress\.(save|record|_store|store)"),
     "writes or reads the progress store"),
    (re.compile(r"\b(exec|eval)\s*\(.*solution", re.I), "runs a question's solution code"),
    (re.compile(r"__smm_course_grader"), "touches the grader's capture code"),
)


def flags_in(code: str) -> list[str]:
    """What :data:`RULES` find in ``code``, one entry per rule with the first line it matched on."""
    found: dict[str, int] = {}
    for number, line in enumerate(code.splitlines(), start=1):
        line = _without_comment(line)
        for pattern, label in RULES:
            if label not in found and pattern.search(line):
                found[label] = number
    return [f"{label} (line {number})" for label, number in found.items()]


def _without_comment(line: str) -> str:
    # Good enough for flags: a '#' inside a string may hide the rest of a line, which only misses a flag.
    return line.split("#", 1)[0]

"""The heart of the exercise engine: check results, the signals that checking logic raises, and the
base class every kind of question shares.

Checking logic never builds a result itself. It raises :class:`NotAttempted`, :class:`Incorrect` or
:class:`Uncheckable` (or returns quietly when the answer is right), and :meth:`Question.check` turns that
into a :class:`CheckResult`, records it in the progress store and tells any listener (the progress widget).
Rendering lives in :mod:`smm_course.exercises.views`, so a result looks the same in code and in a widget.

>>> result = CheckResult("incorrect", "This looks like a percentage.", question_id="demo.q1", title="Share")
>>> print(result)
✘ Not quite (demo.q1 Share): This looks like a percentage.
>>> result.correct
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from smm_course.i18n import LocalizedText, localize, translate

#: Every status a check can report, from worst to best. ``submitted`` is for reflections only.
STATUSES = ("not_attempted", "error", "incorrect", "submitted", "correct")
#: Icons shown before the text label; never the only signal (WCAG 1.4.1).
STATUS_ICONS = {
    "correct": "✔",
    "incorrect": "✘",
    "not_attempted": "…",
    "error": "⚠",
    "submitted": "✎",
}
#: Ids of course questions: a two-digit notebook number, a dot, a name (``"03.q2"``, ``"03.quiz1"``).
COURSE_ID = re.compile(r"^(?P<notebook>\d\d)\.(?P<name>[A-Za-z_][A-Za-z0-9_]*)$")


class NotAttempted(Exception):
    """Raised by checking logic when the answer is still the starter's placeholder (``...``)."""


class Incorrect(Exception):
    """Raised by checking logic when the answer is wrong; the message says what is wrong."""


class Uncheckable(Exception):
    """Raised by checking logic when the answer cannot be checked at all (it broke while being read)."""


class Submitted(Exception):
    """Raised by a reflection's checking logic when a written answer is accepted (never scored)."""


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: a status and a message for the student.

    ``str()`` and ``repr()`` give the same stable plain text (no ids of objects, times or paths), and
    ``_repr_html_`` gives an accessible HTML box, so notebooks store deterministic outputs.

    Parameters
    ----------
    status : str
        One of :data:`STATUSES`.
    message : str
        What is right or wrong, in the current language. Text between backticks is code.
    question_id : str
        The question's catalogue id, e.g. ``"03.q2"``.
    title : str
        The question's title in the current language.

    >>> CheckResult("correct", "Well done.", "demo.q1", "Total reach").label
    'Correct'
    """

    status: str
    message: str
    question_id: str = ""
    title: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status={self.status!r} is not a check status; use one of: {', '.join(STATUSES)}.")

    @property
    def correct(self) -> bool:
        """True only when the status is ``"correct"``."""
        return self.status == "correct"

    @property
    def icon(self) -> str:
        """The status icon, e.g. ``"✔"``."""
        return STATUS_ICONS[self.status]

    @property
    def label(self) -> str:
        """The status as words in the current language, e.g. ``"Not quite"``."""
        return translate(f"status.{self.status}")

    def __str__(self) -> str:
        from smm_course.exercises.views import result_text

        return result_text(self)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        from smm_course.exercises.views import result_html

        return result_html(self)


def _describe_exception(error: BaseException) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class Question:
    """What every kind of question shares: identity, text, hints, solution, and the check protocol.

    Subclasses implement :meth:`_judge`, which returns quietly for a right answer and raises
    :class:`NotAttempted`, :class:`Incorrect` or :class:`Uncheckable` otherwise (it may return a
    message to show with a right answer). :meth:`check` wraps it so that no exception from a student's
    answer ever escapes.

    Parameters
    ----------
    id : str
        Catalogue id, ``"NN.name"`` (e.g. ``"03.q2"``). Ids that do not start with a notebook number
        (e.g. ``"demo.q1"``) are checked but not recorded in the progress store.
    title, prompt : str or dict
        Short title and the full question; a plain string or ``{"en": ..., "it": ...}``.
    hints : sequence of str or dict
        From gentle to specific; :meth:`hint` shows them in order.
    solution : str
        Python code that answers the question, as a student would write it in the starter cell.
    explanation : str or dict
        Why the solution is right; shown with the solution and after a correct answer.
    variable : str or None
        The starter cell's placeholder variable (``name = ...``) that the solution assigns.
    """

    kind = "question"
    has_widget = False

    def __init__(
        self,
        id: str,
        title: LocalizedText,
        prompt: LocalizedText = "",
        hints: Sequence[LocalizedText] = (),
        solution: str = "",
        explanation: LocalizedText = "",
        variable: str | None = None,
    ) -> None:
        if not isinstance(id, str) or not re.match(r"^[A-Za-z0-9_]+\.[A-Za-z_][A-Za-z0-9_]*$", id):
            raise ValueError(f"id={id!r} must look like 'NN.name', e.g. '03.q2'.")
        if isinstance(hints, (str, dict)):
            raise TypeError("hints must be a list of hints, e.g. hints=['Look at ...', 'Use ...'].")
        self.id = id
        self._title = title
        self._prompt = prompt
        self._hints = list(hints)
        self._solution = solution
        self._explanation = explanation
        self.variable = variable
        self._next_hint = 1

    # -- text in the current language -------------------------------------------------------------
    @property
    def title(self) -> str:
        """The title in the current language."""
        return localize(self._title)

    @property
    def prompt(self) -> str:
        """The question in the current language."""
        return localize(self._prompt)

    @property
    def hints(self) -> list[str]:
        """All hints in the current language, gentle first."""
        return [localize(hint) for hint in self._hints]

    @property
    def explanation(self) -> str:
        """Why the solution is right, in the current language."""
        return localize(self._explanation)

    @property
    def notebook(self) -> str:
        """The notebook number, the part of the id before the dot (``"03"`` for ``"03.q2"``)."""
        return self.id.split(".", 1)[0]

    @property
    def solution_code(self) -> str:
        """The solution as Python code."""
        return self._solution

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}: {self.title}>"

    # -- checking ---------------------------------------------------------------------------------
    def _judge(self, answer: Any) -> str | None:
        raise NotImplementedError

    def check(self, answer: Any) -> CheckResult:
        """Check an answer and return a :class:`CheckResult`; never raises for a student's answer.

        The placeholder ``...`` gives ``not_attempted``. A wrong answer gives ``incorrect`` with a message
        that says what is wrong. An answer that breaks while being checked gives ``error``. Every check
        is recorded in the progress store (see :mod:`smm_course.progress`).
        """
        try:
            if answer is Ellipsis:
                raise NotAttempted()
            praise = self._judge(answer)
            result = self._result("correct", praise or self._praise())
        except NotAttempted as signal:
            result = self._result("not_attempted", str(signal) or translate("feedback.not_attempted"))
        except Incorrect as signal:
            result = self._result("incorrect", str(signal) or translate("feedback.incorrect_generic"))
        except Submitted as signal:
            result = self._result("submitted", str(signal) or translate("feedback.submitted"))
        except Uncheckable as signal:
            result = self._result("error", str(signal))
        except Exception as error:  # an answer whose own code fails (e.g. a broken __eq__)
            result = self._result("error", translate("feedback.could_not_check", error=_describe_exception(error)))
        self._report(result)
        return result

    def _praise(self) -> str:
        # A self-paced learner who got it right by trial deserves the why too, not only "well done".
        praise = translate("feedback.correct")
        return f"{praise} {self.explanation}" if self.explanation else praise

    def _result(self, status: str, message: str) -> CheckResult:
        return CheckResult(status, message, self.id, self.title)

    def _report(self, result: CheckResult) -> None:
        from smm_course import progress

        progress.record_check(result)

    # -- help ---------------------------------------------------------------------------------------
    def hint(self, number: int | None = None):
        """Show the next hint (each call a more specific one), or hint ``number`` (1 is the first).

        After the last hint, says there are no more and points to :meth:`solution`.
        """
        from smm_course import progress
        from smm_course.exercises.views import HintView

        total = len(self._hints)
        if number is None:
            number = self._next_hint
            if number > total:
                return HintView(self, None, total)
            self._next_hint += 1
        else:
            if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= max(total, 1):
                raise ValueError(
                    f"number={number!r} is not a hint of {self.id}: it has {total} hint(s), numbered 1 to {total}."
                )
            if total == 0:
                return HintView(self, None, total)
            self._next_hint = max(self._next_hint, number + 1)
        progress.record_help(self.id, hint=number)
        return HintView(self, number, total)

    def solution(self):
        """Show the solution: code (syntax-highlighted in HTML, plain in text) and why it is right."""
        from smm_course import progress
        from smm_course.exercises.views import SolutionView

        progress.record_help(self.id, solution=True)
        return SolutionView(self)


class Mistake:
    """A known wrong answer and the targeted feedback for it, declared as data.

    Parameters
    ----------
    match : value or callable
        A value that the answer is compared with (with the question's tolerance), or a predicate
        ``match(answer) -> bool``.
    message : str or dict
        What to tell the student when it matches.

    >>> Mistake(lambda a: a > 1, "Rates are fractions here.").matches(5, lambda a, b: a == b)
    True
    """

    def __init__(self, match: Any, message: LocalizedText) -> None:
        self.match = match
        self._message = message

    @property
    def message(self) -> str:
        """The feedback in the current language."""
        return localize(self._message)

    def matches(self, answer: Any, same: Callable[[Any, Any], bool]) -> bool:
        """True when the answer is this mistake; ``same(answer, value)`` compares with a value."""
        try:
            if callable(self.match):
                return bool(self.match(answer))
            return bool(same(answer, self.match))
        except Exception:  # a predicate that cannot handle this answer's type simply does not match
            return False

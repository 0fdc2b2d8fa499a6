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

import html
import inspect
import sys
from dataclasses import dataclass
from types import FrameType
from typing import Any, Callable, Sequence

from smm_course import events
from smm_course.exercises import views
from smm_course.i18n import LocalizedText, localize, translate
from smm_course.status import COURSE_ID, QUESTION_ID, STATUS_ICONS, STATUSES

__all__ = ["COURSE_ID", "NOT_GIVEN", "STATUSES", "STATUS_ICONS", "CheckResult", "Incorrect", "Mistake",
           "NotAttempted", "Question", "Submitted", "Uncheckable", "answer_in_namespace", "graded_assignment",
           "set_graded_assignment"]


class _NotGiven:
    """The default of ``check(answer)``: no answer was passed, so the notebook's variable is read."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


#: Marks "no argument" in :meth:`Question.check` (``None`` and ``...`` are answers a student can give).
NOT_GIVEN = _NotGiven()


# Set by ``smm_course.start(..., graded=True)``, the first cell of a copy written by ``smm-course release --graded``.
# A kernel runs one notebook, so one flag per kernel is the assignment's state.
_graded_assignment = False


def set_graded_assignment(graded: bool) -> None:
    """Turn hints and solutions off (``True``) or on (``False``) in this kernel; checks are never affected.

    >>> set_graded_assignment(True); graded_assignment()
    True
    >>> set_graded_assignment(False)
    """
    global _graded_assignment
    _graded_assignment = bool(graded)


def graded_assignment() -> bool:
    """True when this kernel runs a graded assignment: :meth:`Question.hint` and :meth:`Question.solution` are off.

    >>> graded_assignment()
    False
    """
    return _graded_assignment


class NotAttempted(Exception):
    """Raised by checking logic when the answer is still the starter's placeholder (``...``)."""


class Incorrect(Exception):
    """Raised by checking logic when the answer is wrong; the message says what is wrong."""


class Uncheckable(Exception):
    """Raised by checking logic when the answer cannot be checked at all (it broke while being read)."""


class Submitted(Exception):
    """Raised by a reflection's checking logic when a written answer is accepted (never scored)."""


@dataclass(frozen=True)
class CheckResult(views.ShownAtOnce):
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
        return views.result_text(self)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        return views.result_html(self)


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
    solution : str or dict
        Python code that answers the question, as a student would write it in the starter cell; a dict by
        language when the code quotes a student-visible text (an option, an item), so that it reads in the
        student's language.
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
        solution: LocalizedText = "",
        explanation: LocalizedText = "",
        variable: str | None = None,
    ) -> None:
        if not isinstance(id, str) or not QUESTION_ID.match(id):
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
        """The solution as Python code, in the current language."""
        return localize(self._solution)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}: {self.title}>"

    # -- checking ---------------------------------------------------------------------------------
    def _judge(self, answer: Any) -> str | None:
        raise NotImplementedError

    def check(self, answer: Any = NOT_GIVEN) -> CheckResult:
        """Check an answer and return a :class:`CheckResult`; never raises for a student's answer.

        Called with no argument (``ex.q2.check()``), it reads the question's variable from the notebook, as
        the starter cells do; an undefined variable, or one still set to the placeholder ``...``, gives
        ``not_attempted`` naming the variable. A wrong answer gives ``incorrect`` with a message that says what
        is wrong. An answer that breaks while being checked gives ``error``. Every check is published to
        :data:`smm_course.events.engine` (the progress store records it).
        """
        given = answer
        try:
            if answer is NOT_GIVEN:
                answer = given = self._answer_from(sys._getframe(1))
            if answer is Ellipsis:
                raise NotAttempted(self._placeholder_message())
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
        self._report(result, None if given is NOT_GIVEN else given)
        result.show_now()
        return result

    def _placeholder_message(self) -> str:
        if self.variable:
            return translate("feedback.placeholder_named", name=self.variable)
        return translate("feedback.not_attempted")

    def _answer_from(self, frame: FrameType | None) -> Any:
        """The value of this question's variable where ``check()`` was called (the notebook's namespace)."""
        if not self.variable:
            raise NotAttempted(translate("feedback.check_needs_answer", id=self.id,
                                         call=f"ex.{self.id.split('.', 1)[1]}.widget()"))
        found, value = answer_in_namespace(self.variable, frame)
        if not found:
            raise NotAttempted(translate("feedback.variable_undefined", name=self.variable))
        return value

    def _praise(self) -> str:
        # A self-paced learner who got it right by trial deserves the why too, not only "well done".
        praise = translate("feedback.correct")
        return f"{praise} {self.explanation}" if self.explanation else praise

    def _result(self, status: str, message: str) -> CheckResult:
        return CheckResult(status, message, self.id, self.title)

    def _report(self, result: CheckResult, answer: Any = None) -> None:
        events.engine.publish(events.Checked(result, answer))

    # -- help ---------------------------------------------------------------------------------------
    def hint(self, number: int | None = None):
        """Show the next hint (each call a more specific one), or hint ``number`` (1 is the first).

        After the last hint, says there are no more and points to :meth:`solution`. In a graded assignment
        (see :func:`graded_assignment`) it shows no hint and says that hints are off.
        """
        if _graded_assignment:
            return self._shown(views.HelpOff(self, "hint"))
        total = len(self._hints)
        if number is None:
            number = self._next_hint
            if number > total:
                return self._shown(views.HintView(self, None, total))
            self._next_hint += 1
        else:
            if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= max(total, 1):
                raise ValueError(
                    f"number={number!r} is not a hint of {self.id}: it has {total} hint(s), numbered 1 to {total}."
                )
            if total == 0:
                return self._shown(views.HintView(self, None, total))
            self._next_hint = max(self._next_hint, number + 1)
        events.engine.publish(events.HelpShown(self.id, hint=number))
        return self._shown(views.HintView(self, number, total))

    def solution(self):
        """Show the solution: code (syntax-highlighted in HTML, plain in text) and why it is right.

        In a graded assignment (see :func:`graded_assignment`) it shows no solution and says that solutions are off.
        """
        if _graded_assignment:
            return self._shown(views.HelpOff(self, "solution"))
        events.engine.publish(events.HelpShown(self.id, solution=True))
        return self._shown(views.SolutionView(self))

    @staticmethod
    def _shown(view):
        view.show_now()
        return view


def answer_in_namespace(name: str, frame: FrameType | None) -> tuple[bool, Any]:
    """Find ``name`` where a check was called: the calling code's variables, then the notebook's.

    Returns ``(found, value)``. The frame's locals and globals come first (a notebook cell's globals *are* the
    notebook's namespace, and so is the namespace a test executes cells in); IPython's user namespace is the
    fallback for a check called from inside a helper function.

    >>> total_reach = 42
    >>> answer_in_namespace("total_reach", sys._getframe())
    (True, 42)
    >>> answer_in_namespace("no_such_name", sys._getframe())
    (False, None)
    """
    if frame is not None:
        for scope in (frame.f_locals, frame.f_globals):
            if name in scope:
                return True, scope[name]
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with JupyterLab
        return False, None
    shell = get_ipython()
    if shell is not None and name in shell.user_ns:
        return True, shell.user_ns[name]
    return False, None


class Mistake:
    """A known wrong answer and the targeted feedback for it, declared as data.

    Parameters
    ----------
    match : value, function of no arguments, or predicate
        What the wrong answer looks like, in one of three unambiguous forms:

        - a **value**, compared with the answer with the question's own tolerance;
        - a **lazy value**: a function of *no* arguments that computes the value from the course data (like a
          question's ``expected``); it runs at the first check, never at import, and its result is kept;
        - a **predicate**: a function of *one* argument, the answer, returning True when it is this mistake
          (the matchers of :mod:`smm_course.exercises.matchers`, such as ``rounded(...)``, are predicates).

        A function taking any other number of arguments is refused when the question is declared.
    message : str or dict
        What to tell the student when it matches.

    >>> Mistake(lambda answer: answer > 1, "Rates are fractions here.").matches(5, lambda a, b: a == b)
    True
    >>> halved = Mistake(lambda: 0.25, "You halved it.")
    >>> halved.kind, halved.matches(0.25, lambda a, b: a == b)
    ('lazy value', True)
    """

    def __init__(self, match: Any, message: LocalizedText) -> None:
        self.kind = _kind_of_match(match)
        self.match = match
        self._message = message
        self._value_ready = self.kind == "value"
        self._value = match if self._value_ready else None

    @property
    def message(self) -> str:
        """The feedback in the current language."""
        return localize(self._message)

    @property
    def value(self) -> Any:
        """The wrong value this mistake stands for (computed once for a lazy value); None for a predicate."""
        if self.kind == "predicate":
            return None
        if not self._value_ready:
            self._value = self.match()
            self._value_ready = True
        return self._value

    def matches(self, answer: Any, same: Callable[[Any, Any], bool]) -> bool:
        """True when the answer is this mistake; ``same(answer, value)`` compares with a value.

        A lazy value that fails to compute is an authoring error and raises; a predicate that cannot handle
        this answer's type simply does not match.
        """
        if self.kind == "predicate":
            try:
                return bool(self.match(answer))
            except Exception:  # e.g. a number predicate given a DataFrame
                return False
        value = self.value
        try:
            return bool(same(answer, value))
        except Exception:
            return False


def _kind_of_match(match: Any) -> str:
    if not callable(match) or isinstance(match, type):
        return "value"
    try:
        parameters = inspect.signature(match).parameters.values()
    except (TypeError, ValueError):  # a builtin without a signature: it is given the answer
        return "predicate"
    required = [p for p in parameters if p.default is p.empty
                and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if not required:
        return "lazy value"
    if len(required) == 1:
        return "predicate"
    raise TypeError(
        f"Mistake(match=...) got a function of {len(required)} arguments. Give a value, a function of no arguments "
        "(a lazy value, computed on the first check) or a function of one argument (a predicate given the answer)."
    )

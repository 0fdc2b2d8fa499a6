"""How results, hints and solutions look: stable plain text and accessible, deterministic HTML.

Nothing here depends on time, paths or object ids, so notebooks store outputs that nbval can compare.
Status is never shown by colour alone: every box has an icon and a text label, and every text colour has
a contrast of at least 4.5:1 with its background (WCAG 2.1 AA, success criterion 1.4.3).

Screen readers are told what each box is (WCAG 2.1 success criteria 4.1.2 and 4.1.3). A check result is a status
message (``role="status"``, which implies ``aria-live="polite"``): it is read out when it appears, without
interrupting. A hint, a solution and the "help is off" box are notes (``role="note"``): content beside the
exercise that the student asked for. Icons are ``aria-hidden``, since the text label says the same.

>>> from smm_course.exercises.core import CheckResult
>>> print(result_text(CheckResult("correct", "Well done.", "demo.q1", "Total reach")))
✔ Correct (demo.q1 Total reach): Well done.
"""

from __future__ import annotations

import contextlib
import contextvars
import html
import re
from typing import TYPE_CHECKING, Iterator

from smm_course.i18n import translate

if TYPE_CHECKING:
    from smm_course.exercises.core import CheckResult, Question

#: status -> (text colour, background colour, border colour). Text on background is >= 4.5:1.
STATUS_COLOURS = {
    "correct": ("#14532d", "#dcfce7", "#15803d"),
    "incorrect": ("#7f1d1d", "#fee2e2", "#b91c1c"),
    "not_attempted": ("#1f2937", "#f3f4f6", "#6b7280"),
    "error": ("#78350f", "#fef3c7", "#b45309"),
    "submitted": ("#1e3a8a", "#dbeafe", "#1d4ed8"),
}
#: Colours of hint and solution boxes: (text, background, border).
HINT_COLOURS = ("#3b0764", "#f3e8ff", "#7e22ce")
SOLUTION_COLOURS = ("#111827", "#f9fafb", "#4b5563")

_BACKTICKS = re.compile(r"`([^`]+)`")
#: True while a widget handles a check, hint or solution: the widget shows it, not the call.
_QUIET = contextvars.ContextVar("smm_course_quiet", default=False)


@contextlib.contextmanager
def quietly() -> Iterator[None]:
    """Inside this block, checks, hints and solutions do not show themselves (a widget shows them instead)."""
    token = _QUIET.set(True)
    try:
        yield
    finally:
        _QUIET.reset(token)


class ShownAtOnce:
    """What a call such as ``ex.q1.check()`` shows at once in a notebook, and not twice.

    Jupyter shows only a cell's last expression, so a check followed by an uncommented ``ex.q1.hint()`` would
    hide the check. Like learntools, a check, hint or solution therefore shows itself when it is made (in a
    notebook, outside a widget). It is still returned, for code that reads it; when it is also the cell's last
    expression, Jupyter's own display of it is skipped, so it appears once. Subclasses give ``__str__`` and
    ``_repr_html_``.
    """

    def show_now(self) -> None:
        """Display this now if running in IPython (and not inside :func:`quietly`)."""
        if _QUIET.get() or _shell() is None:
            return
        from IPython.display import display

        display(self)

    def _ipython_display_(self) -> None:
        from IPython.display import publish_display_data

        shell = _shell()
        count = getattr(shell, "execution_count", None)
        if count is not None and self.__dict__.get("_shown_in") == count:
            return  # shown already by the call in this same cell
        object.__setattr__(self, "_shown_in", count)  # CheckResult is frozen: this is display state only
        publish_display_data({"text/plain": str(self), "text/html": self._repr_html_()})


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with JupyterLab
        return None
    return get_ipython()


def markup(text: str) -> str:
    """Escape text for HTML and show text between backticks as code.

    >>> markup("Use `a < 5` & `b`")
    'Use <code>a &lt; 5</code> &amp; <code>b</code>'
    """
    return _BACKTICKS.sub(r"<code>\1</code>", html.escape(text))


def _box(colours: tuple[str, str, str], role: str, css_class: str, body: str) -> str:
    text, background, border = colours
    style = (f"color:{text};background:{background};border-left:4px solid {border};"
             "padding:0.5em 0.75em;margin:0.25em 0;border-radius:4px;line-height:1.5")
    return f'<div class="{css_class}" role="{role}" style="{style}">{body}</div>'


def result_text(result: "CheckResult") -> str:
    """One line of plain text: icon, label, question, message.

    >>> from smm_course.exercises.core import CheckResult
    >>> result_text(CheckResult("not_attempted", "Replace ... with your answer.", "demo.q1", "Reach"))
    '… Not attempted yet (demo.q1 Reach): Replace ... with your answer.'
    """
    where = " ".join(part for part in (result.question_id, result.title) if part)
    head = f"{result.icon} {result.label}" + (f" ({where})" if where else "")
    return f"{head}: {result.message}" if result.message else head


def result_html(result: "CheckResult") -> str:
    """An accessible HTML box (``role="status"``) with icon, text label, question and message.

    >>> from smm_course.exercises.core import CheckResult
    >>> 'role="status"' in result_html(CheckResult("correct", "Yes.", "demo.q1"))
    True
    """
    where = " ".join(part for part in (result.question_id, result.title) if part)
    body = (f'<span aria-hidden="true" style="font-weight:bold">{result.icon}</span> '
            f"<strong>{html.escape(result.label)}</strong>")
    if where:
        body += f" <span>· {html.escape(where)}</span>"
    if result.message:
        body += f"<br>{markup(result.message)}"
    return _box(STATUS_COLOURS[result.status], "status", f"smm-check smm-check-{result.status}", body)


def changed_html(message: str) -> str:
    """The box that replaces a check's result once the answer it judged has changed (``role="status"``): a
    result must never stand beside an answer it was not about.

    >>> 'smm-check-changed' in changed_html("You changed your answer.")
    True
    """
    body = f'<span aria-hidden="true" style="font-weight:bold">↺</span> {markup(message)}'
    return _box(STATUS_COLOURS["not_attempted"], "status", "smm-check smm-check-changed", body)


def highlight_python(code: str) -> str:
    """Python code as syntax-highlighted HTML with inline styles (no stylesheet needed).

    >>> highlight_python("x = 1").startswith("<pre")
    True
    """
    try:
        from pygments import highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import PythonLexer
    except ImportError:  # Pygments ships with IPython, but plain escaped code is a fine fallback
        inner = html.escape(code)
    else:
        inner = highlight(code, PythonLexer(), HtmlFormatter(noclasses=True, nowrap=True, style="default"))
    return ('<pre style="background:#ffffff;color:#111827;padding:0.5em;border:1px solid #d1d5db;'
            f'border-radius:4px;overflow-x:auto;margin:0.4em 0">{inner.rstrip()}</pre>')


class _HelpNote(ShownAtOnce):
    """A help box (``role="note"``) in the hint box's colours: an icon, a heading, the question, a text.
    Subclasses set ``icon`` and ``css_class`` and give ``_heading_and_text``."""

    icon = ""
    css_class = ""

    def _heading_and_text(self) -> tuple[str, str]:
        raise NotImplementedError

    def __str__(self) -> str:
        heading, text = self._heading_and_text()
        return f"{self.icon} {heading} ({self.question_id} {self.title}): {text}"

    __repr__ = __str__

    def _repr_html_(self) -> str:
        heading, text = self._heading_and_text()
        body = (f'<span aria-hidden="true">{self.icon}</span> <strong>{html.escape(heading)}</strong> '
                f"· {html.escape(self.question_id)} {html.escape(self.title)}<br>{markup(text)}")
        return _box(HINT_COLOURS, "note", self.css_class, body)


class HintView(_HelpNote):
    """A hint as it appears in a notebook: ``str()`` for text, ``_repr_html_`` for HTML.

    ``number`` is None when there are no more hints to show.
    """

    icon, css_class = "💡", "smm-hint"

    def __init__(self, question: "Question", number: int | None, total: int) -> None:
        self.question_id, self.title = question.id, question.title
        self.number, self.total = number, total
        self.text = question.hints[number - 1] if number else ""
        self.call = f"ex.{question.id.split('.', 1)[1]}.solution()"

    def _heading_and_text(self) -> tuple[str, str]:
        if self.total == 0:
            return translate("hint.none_heading"), translate("hint.none", call=self.call)
        if self.number is None:
            return translate("hint.no_more_heading"), translate("hint.no_more", total=self.total, call=self.call)
        return translate("hint.heading", number=self.number, total=self.total), self.text


class HelpOff(_HelpNote):
    """What :meth:`Question.hint` and :meth:`Question.solution` show in a graded assignment: that help is off
    and checks still work. Nothing is raised, so a cell that asks for help still runs to its end.

    >>> from smm_course.exercises.kinds import ValueQuestion
    >>> print(HelpOff(ValueQuestion(id="demo.q9", title="Reach", expected=1), "hint"))  # doctest: +ELLIPSIS
    🔒 Hints are off (demo.q9 Reach): This notebook is a graded assignment...
    """

    # The hint box's colours: the student asked for help, and this is the answer to that.
    icon, css_class = "🔒", "smm-help-off"

    def __init__(self, question: Question, what: str) -> None:
        if what not in ("hint", "solution"):
            raise ValueError(f"what={what!r} must be 'hint' or 'solution'.")
        self.question_id, self.title, self.what = question.id, question.title, what

    def _heading_and_text(self) -> tuple[str, str]:
        heading = translate("graded.hint_off") if self.what == "hint" else translate("graded.solution_off")
        return heading, translate("graded.help_off")


class SolutionView(ShownAtOnce):
    """A solution as it appears in a notebook: code (highlighted in HTML) and why it is right."""

    def __init__(self, question: "Question") -> None:
        self.question_id, self.title = question.id, question.title
        self.kind = question.kind
        self.code = question.solution_code
        self.explanation = question.explanation

    def __str__(self) -> str:
        heading = translate("solution.model_answer" if self.kind == "reflection" else "solution.heading")
        parts = [f"{heading} ({self.question_id} {self.title}):"]
        if self.kind != "reflection" and self.code:
            parts.append(self.code)
        if self.explanation:
            parts.append(self.explanation)
        return "\n".join(parts)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        heading = translate("solution.model_answer" if self.kind == "reflection" else "solution.heading")
        body = (f'<span aria-hidden="true">🔑</span> <strong>{html.escape(heading)}</strong> '
                f"· {html.escape(self.question_id)} {html.escape(self.title)}")
        if self.kind != "reflection" and self.code:
            body += highlight_python(self.code)
        if self.explanation:
            body += f"<div>{markup(self.explanation)}</div>"
        return _box(SOLUTION_COLOURS, "note", "smm-solution", body)

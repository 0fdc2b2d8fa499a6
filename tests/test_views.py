"""How results, hints and solutions look: accessible colours, icons and labels, deterministic text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from smm_course.exercises import CheckResult, ValueQuestion
from smm_course.exercises.views import HINT_COLOURS, SOLUTION_COLOURS, STATUS_COLOURS


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


# -- display ---------------------------------------------------------------------------------------
def relative_luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("colours", [*STATUS_COLOURS.values(), HINT_COLOURS, SOLUTION_COLOURS])
def test_text_colours_meet_wcag_aa(colours):
    assert contrast(colours[0], colours[1]) >= 4.5


@pytest.mark.parametrize("status, label", [("correct", "✔ Correct"), ("incorrect", "✘ Not quite"),
                                           ("not_attempted", "… Not attempted yet"), ("error", "⚠"),
                                           ("submitted", "✎ Submitted")])
def test_result_has_icon_and_text_label_in_text_and_html(status, label):
    result = CheckResult(status, "Message with `code`.", "demo.q1", "Title")
    assert str(result).startswith(label) and repr(result) == str(result)
    page = result._repr_html_()
    assert 'role="status"' in page and result.icon in page and f"<strong>{html.escape(result.label)}</strong>" in page
    assert "<code>code</code>" in page


def test_output_is_deterministic_and_free_of_volatile_values(number):
    first, second = number.check(83), number.check(83)
    assert str(first) == str(second) and first._repr_html_() == second._repr_html_()
    text = str(first) + first._repr_html_() + number.solution()._repr_html_() + str(number.hint(1))
    assert not re.search(r"0x[0-9a-f]{6,}|\d{4}-\d\d-\d\dT|/tmp/", text)


def test_result_escapes_html():
    result = CheckResult("incorrect", "<script>alert(1)</script>", "demo.q1", "<b>")
    assert "<script>" not in result._repr_html_()


def test_status_must_be_known():
    with pytest.raises(ValueError, match="correct"):
        CheckResult("right", "")


def test_hints_progress_then_say_there_are_no_more():
    question = ValueQuestion(id="demo.h", title="H", expected=1, hints=["first", "second"])
    shown = [str(question.hint()) for _ in range(3)]
    assert "Hint 1 of 2" in shown[0] and shown[0].endswith("first")
    assert "Hint 2 of 2" in shown[1] and shown[1].endswith("second")
    assert "No more hints" in shown[2] and "ex.h.solution()" in shown[2]
    assert str(question.hint(1)).endswith("first")
    with pytest.raises(ValueError, match="1 to 2"):
        question.hint(3)
    assert "💡" in question.hint(2)._repr_html_()


def test_solution_shows_highlighted_code_and_plain_text():
    question = ValueQuestion(id="demo.so", title="S", expected=1, solution="answer = 1  # one", explanation="Because.")
    view = question.solution()
    assert str(view).splitlines()[1:] == ["answer = 1  # one", "Because."]
    assert "<pre" in view._repr_html_() and "style=" in view._repr_html_() and "Because." in view._repr_html_()




# -- what a screen reader is told ------------------------------------------------------------------
class _Outer(HTMLParser):
    """The attributes of a fragment's outermost element, and the text a screen reader reads (aria-hidden skipped)."""

    def __init__(self, fragment: str) -> None:
        super().__init__()
        self.outer: dict[str, str] | None = None
        self.read: list[str] = []
        self._hidden_depth = 0
        self._depth = 0
        self.feed(fragment)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.outer is None:
            self.outer = attrs
        self._depth += 1
        if self._hidden_depth == 0 and attrs.get("aria-hidden") == "true":
            self._hidden_depth = self._depth

    def handle_endtag(self, tag):
        if self._hidden_depth == self._depth:
            self._hidden_depth = 0
        self._depth -= 1

    def handle_data(self, data):
        if not self._hidden_depth and data.strip():
            self.read.append(data.strip())


def _boxes(question):
    """Every kind of box, as (HTML, the role it must have, the words that say what it is)."""
    from smm_course.exercises.views import HelpOff

    first_hint = question.hint()._repr_html_()
    return {
        "check": (question.check(0.5)._repr_html_(), "status", "Not quite"),
        "hint": (first_hint, "note", "Hint 1 of 1"),
        "no more hints": (question.hint()._repr_html_(), "note", "No more hints"),
        "solution": (question.solution()._repr_html_(), "note", "Solution"),
        "help off": (HelpOff(question, "hint")._repr_html_(), "note", "Hints are off"),
    }


def test_each_box_tells_screen_readers_what_it_is_and_reads_its_label_not_its_icon(number):
    # A check result is a live region (role="status" implies aria-live="polite" and aria-atomic="true"): it is
    # read out when it appears. Hints, solutions and "help is off" are notes: content beside the exercise that
    # the student asked for. Icons are decoration (aria-hidden); the words say the same.
    question = ValueQuestion(id="demo.r", title="Roles", expected=0.83, hints=["Divide."], solution="x = 0.83",
                             explanation="Because.")
    boxes = _boxes(question)
    for name, (fragment, role, label) in boxes.items():
        box = _Outer(fragment)
        assert box.outer is not None and box.outer.get("role") == role, f"{name}: role {box.outer}, not {role!r}"
        assert "aria-live" not in box.outer or box.outer["aria-live"] == "polite", f"{name} must not interrupt"
        read = " ".join(box.read)
        assert label in read, f"{name}: a screen reader reads {read!r}, without {label!r}"
        assert not re.search(r"[✔✘…⚠✎💡🔑🔒]", read), f"{name}: the icon is read out: {read!r}"
    assert 'role="alert"' not in "".join(fragment for fragment, _, _ in boxes.values())


def test_widget_shows_results_as_status_and_help_as_notes():
    from smm_course.exercises.kinds import ChoiceQuestion

    question = ChoiceQuestion(id="demo.w9", title="Biggest", options=["YouTube", "X"], answer="YouTube",
                              hints=["Think video."], explanation="YouTube reaches most adults.")
    box = question.widget()
    box.controls["choice"].value = "X"
    box.check_button.click()
    assert _Outer(box.feedback.value).outer["role"] == "status"
    box.hint_button.click()
    assert _Outer(box.help.value).outer["role"] == "note" and "Think video." in box.help.value
    box.solution_button.click()
    assert _Outer(box.help.value).outer["role"] == "note" and "YouTube reaches most adults." in box.help.value

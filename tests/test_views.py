"""How results, hints and solutions look: accessible colours, icons and labels, deterministic text."""

from __future__ import annotations

import html
import re

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



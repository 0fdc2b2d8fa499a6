"""Widgets driven as a student would: set the controls, press Check, read the feedback."""

from __future__ import annotations

import html

import ipywidgets as w
import pytest

from smm_course.exercises import (
    ChoiceQuestion, ClassifyQuestion, Dropdown, ExplorerQuestion, Quiz, Slider, catalog, get,
)


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


def feedback_text(box) -> str:
    return html.unescape(box.feedback.value)


def widget_questions():
    table = catalog()
    return list(table.loc[table["has_widget"], "id"])


def set_answer(box, question, answer):
    """Put an answer into the controls, as a student clicking them would."""
    if isinstance(question, ChoiceQuestion):
        if question.multiple:
            for key, checkbox in box.controls.items():
                checkbox.value = key in answer
        else:
            box.controls["choice"].value = question.option_key(answer)
    elif isinstance(question, ClassifyQuestion):
        for item, category in answer.items():
            box.controls[item].value = question.category_key(category)
    else:
        for name, value in answer.items():
            box.controls[name].value = value


def a_wrong_answer(question):
    if isinstance(question, ChoiceQuestion):
        wrong = [key for key in question.options if key not in question._answer]
        return [wrong[0]] if question.multiple else wrong[0]
    if isinstance(question, ClassifyQuestion):
        right = question.solution_answer()
        categories = list(question.categories)
        first = next(iter(right))
        other = next(c for c in categories if c != right[first])
        return {**right, first: other}
    return None


@pytest.mark.parametrize("question_id", widget_questions())
def test_course_widget_fresh_then_wrong_then_right(question_id):
    question = get(question_id)
    box = question.widget()
    assert box.feedback.value == "" and box.result is None
    box.check_button.click()
    assert box.result.status in {"not_attempted", "incorrect"}
    wrong = a_wrong_answer(question)
    if wrong is not None:
        set_answer(box, question, wrong)
        box.check_button.click()
        assert box.result.status == "incorrect"
        assert "✘" in feedback_text(box) and "Not quite" in feedback_text(box)
        assert box.result == question.check(wrong), "widget and code must agree"
    set_answer(box, question, question.solution_answer())
    box.check_button.click()
    assert box.result.status == "correct"
    assert "✔" in feedback_text(box) and "Correct" in feedback_text(box) and 'role="status"' in box.feedback.value


@pytest.mark.parametrize("question_id", widget_questions())
def test_course_widget_with_answer_is_preset_and_checked(question_id):
    question = get(question_id)
    box = question.widget(answer=question.solution_answer())
    assert box.result.status == "correct" and "Correct" in feedback_text(box)


@pytest.mark.parametrize("question_id", widget_questions())
def test_course_widget_controls_are_labelled_and_keyboard_friendly(question_id):
    box = get(question_id).widget()
    assert box.check_button.description and box.check_button.tooltip
    for control in box.controls.values():
        assert isinstance(control, (w.RadioButtons, w.Checkbox, w.Dropdown, w.IntSlider, w.FloatSlider, w.VBox))
        assert control.description or isinstance(control, w.VBox)
    assert repr(box).startswith(f"Exercise {question_id}:")


def test_multiple_choice_widget():
    question = ChoiceQuestion(id="demo.mw", title="High arousal", options=["awe", "anger", "sadness"],
                              answer=["awe", "anger"], multiple=True)
    box = question.widget()
    box.controls["awe"].value = True
    box.check_button.click()
    assert box.result.status == "incorrect" and "1 more" in feedback_text(box)
    box.controls["anger"].value = True
    box.check_button.click()
    assert box.result.correct
    assert question.widget(answer=["anger", "awe"]).result.correct


def test_a_result_gives_way_when_the_answer_changes_and_returns_when_it_changes_back():
    # A busy kernel can receive a Check click before the radio's new value; the stale result must not stay.
    question = ChoiceQuestion(id="demo.cw", title="Which", options=["a", "b", "c"], answer="b")
    box = question.widget()
    radio = box.controls["choice"]
    radio.value = "b"
    box.check_button.click()
    judged = box.feedback.value
    assert box.result.correct and "smm-check-correct" in judged
    radio.value = "a"
    assert "smm-check-changed" in box.feedback.value and 'role="status"' in box.feedback.value
    assert "Press Check to check the new one" in feedback_text(box) and "correct" not in box.feedback.value
    radio.value = "b"
    assert box.feedback.value == judged
    radio.value = "c"
    box.check_button.click()
    assert box.result.status == "incorrect" and "smm-check-incorrect" in box.feedback.value


def test_changing_an_answer_before_any_check_shows_nothing():
    box = ChoiceQuestion(id="demo.cw2", title="Which", options=["a", "b"], answer="b").widget()
    box.controls["choice"].value = "a"
    assert box.feedback.value == ""


def test_classify_widget():
    question = ClassifyQuestion(id="demo.cw", title="Media", categories=["paid", "earned"],
                                items={"Sponsored post": "paid", "Customer review": "earned"})
    box = question.widget()
    box.controls["Sponsored post"].value = "paid"
    box.check_button.click()
    assert "no category yet: Customer review" in feedback_text(box)
    box.controls["Customer review"].value = "earned"
    box.check_button.click()
    assert box.result.correct
    assert question.widget(answer={"Sponsored post": "banana"}).result.status == "error"


class RecordingView:
    """A live view as the engine expects one: widgets to place, and update(values) after every move."""

    def __init__(self, shown: list) -> None:
        self.shown = shown
        self.sentence = w.HTML()
        self.widgets = [self.sentence]

    def update(self, values: dict) -> None:
        self.shown.append(dict(values))
        self.sentence.value = f"{values['seeds']} seeds"


def test_explorer_widget_shows_live_values_and_checks_the_state():
    shown = []
    question = ExplorerQuestion(
        id="demo.xw", title="Seeds", controls=[Slider("seeds", 1, 10, value=1), Dropdown("strategy", ["random", "hubs"])],
        goal=lambda v: (v["seeds"] >= 4 and v["strategy"] == "hubs") or "Not far enough yet.",
        answer={"seeds": 4, "strategy": "hubs"}, live=lambda: RecordingView(shown))
    box = question.widget()
    assert shown == [{"seeds": 1, "strategy": "random"}]  # drawn once before any move
    assert box.live.sentence in box.children
    assert isinstance(box.controls["seeds"], w.IntSlider) and box.controls["seeds"].description == "seeds"
    box.controls["seeds"].value = 6
    assert shown[-1] == {"seeds": 6, "strategy": "random"} and box.live.sentence.value == "6 seeds"
    box.check_button.click()
    assert "Not far enough yet." in feedback_text(box)
    box.controls["strategy"].value = "hubs"
    box.check_button.click()
    assert box.result.correct
    assert question.widget(answer={"seeds": 4, "strategy": "hubs"}).result.correct


def test_quiz_widget_checks_each_and_all():
    q1 = ChoiceQuestion(id="demo.quiz1", title="One", options=["a", "b"], answer="a")
    q2 = ChoiceQuestion(id="demo.quiz2", title="Two", options=["a", "b"], answer="b")
    quiz = Quiz(id="demo.quiz", title="Check your understanding", questions=[q1, q2])
    box = quiz.widget()
    item = box.controls["demo.quiz1"]
    item.controls["choice"].value = "a"
    item.check_button.click()
    assert item.result.correct
    box.check_button.click()
    assert "1 of 2 right" in box.feedback.value
    solved = quiz.widget(answer=quiz.solution_answer())
    assert "2 of 2 right" in solved.feedback.value
    with pytest.raises(ValueError, match="demo.quiz1, demo.quiz2"):
        quiz.widget(answer={"demo.nope": "a"})


def test_widget_text_is_in_the_chosen_language():
    from smm_course import i18n

    i18n.set_language("it")
    try:
        box = get(widget_questions()[0]).widget()
        assert box.check_button.description == "Controlla"
    finally:
        i18n._chosen_language = None


def test_explorer_live_view_is_widget_state_and_prints_nothing(capsys):
    # A view that display()s only reaches the widget through a front end; under nbval it leaked into the cell.
    # The engine's live view sets widget values, so the cell prints nothing.
    question = ExplorerQuestion(id="demo.live", title="Live", controls=[Slider("seeds", 1, 5)],
                                goal=lambda v: v["seeds"] >= 3, answer={"seeds": 3}, live=lambda: RecordingView([]))
    box = question.widget()
    assert box.live.sentence.value == "1 seeds"
    box.controls["seeds"].value = 4
    assert box.live.sentence.value == "4 seeds"
    assert capsys.readouterr().out == ""
    # Each widget gets its own view: two widgets of one question never share a picture.
    assert question.widget().live is not box.live


@pytest.mark.parametrize("question_id", widget_questions())
def test_every_widget_has_labelled_hint_and_solution_buttons_that_record_help(question_id, course_home):
    from smm_course import progress

    question = get(question_id)
    box = question.widget()
    items = list(box.controls.values()) if question.kind == "quiz" else [box]
    for item, asked in zip(items, getattr(question, "questions", [question])):
        for button in (item.check_button, item.hint_button, item.solution_button):
            assert button.description and button.tooltip  # an accessible name and what it does
        item.hint_button.click()
        assert item.help.value == asked.hint(1)._repr_html_()  # the first hint, as hint() shows it
        item.solution_button.click()
        assert item.help.value == asked.solution()._repr_html_()
        entry = progress.load()[asked.id]
        assert entry["hints_used"] >= 1 and entry["solution_seen"] is True
        asked._next_hint = 1


def test_integer_column_label_is_shown_as_python_would_index_it():
    import pandas as pd

    from smm_course.exercises.kinds import ValueQuestion

    question = ValueQuestion(id="demo.intcol", title="Series", expected=pd.Series([1.0, 2.0]), variable="s",
                             solution="s = ...", hints=["h"])
    message = question.check(pd.DataFrame({0: [1.0, 2.0]})).message
    assert "`[0]`" in message

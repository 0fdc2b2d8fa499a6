"""Interactive views of questions (ipywidgets). Every Check button calls the question's own ``check``,
so a widget and code always agree.

Controls are native form elements (radio buttons, checkboxes, dropdowns, sliders, buttons), so they work
with the keyboard, and each has a text label. Feedback appears below in an HTML box with an icon and a
text label (see :mod:`smm_course.exercises.views`), announced to screen readers (``role="status"``).

Every question's view has a Check, a Hint and a Solution button: help is one click away, and it is recorded in
the progress store exactly as ``hint()`` and ``solution()`` record it (they are what the buttons call).

Each view is an :class:`ExerciseBox` with the parts a test (or a curious student) can drive:
``box.controls`` (name -> widget), ``box.check_button``, ``box.hint_button``, ``box.solution_button``,
``box.feedback`` (the check's result), ``box.help`` (the hint or solution shown) and ``box.result``.

>>> from smm_course.exercises.kinds import ChoiceQuestion
>>> q = ChoiceQuestion(id="demo.w1", title="Biggest", options=["YouTube", "X"], answer="YouTube")
>>> box = q.widget()
>>> box.controls["choice"].value = "YouTube"
>>> box.check_button.click()
>>> box.result.status
'correct'
"""

from __future__ import annotations

import html
from typing import Any, Callable, Mapping

import ipywidgets as w

from smm_course.exercises.core import CheckResult, graded_assignment
from smm_course.exercises.views import changed_html, markup, quietly
from smm_course.i18n import translate

__all__ = ["ExerciseBox", "choice_widget", "classify_widget", "explorer_widget", "quiz_widget"]

_WIDE = {"description_width": "initial"}


class ExerciseBox(w.VBox):
    """A question's widget: a VBox that remembers its parts and has a short, stable text form."""

    def __init__(self, children: list, text: str, **kwargs: Any) -> None:
        super().__init__(children, **kwargs)
        self._text = text
        self.controls: dict[str, w.Widget] = {}
        self.check_button: w.Button | None = None
        self.hint_button: w.Button | None = None
        self.solution_button: w.Button | None = None
        self.feedback: w.HTML | None = None
        self.help: w.HTML | None = None
        self.result: CheckResult | None = None
        self.live: Any = None

    def __repr__(self) -> str:
        return self._text


def _header(question: Any) -> w.HTML:
    prompt = getattr(question, "prompt", "")
    body = f"<strong>{html.escape(question.id)} · {html.escape(question.title)}</strong>"
    if prompt:
        body += f"<br>{markup(prompt)}"
    return w.HTML(value=f'<div style="margin:0.25em 0">{body}</div>')


def _button(key: str, icon: str) -> w.Button:
    # The description is the accessible name; the tooltip says what pressing it does.
    return w.Button(description=translate(f"button.{key}"), tooltip=translate(f"button.{key}_tooltip"), icon=icon)


def _given(answer: Any) -> Any:
    """The part of ``answer=`` the student filled in; None when nothing is.

    The graded copies' starters read ``widget(answer=...)``, or a dict whose values are ``...`` until the student
    fills them in: a ``...`` is a blank, so it leaves its control unset, and an answer of blanks only is no answer
    at all (nothing is checked, and nothing is recorded as an attempt).

    >>> _given(...), _given({"a": ..., "b": "x"}), _given({"a": ...})
    (None, {'b': 'x'}, None)
    """
    if answer is Ellipsis:
        return None
    if isinstance(answer, Mapping):
        filled = {key: value for key, value in answer.items() if value is not Ellipsis}
        return filled or None
    return answer


def _assemble(question: Any, controls: dict[str, w.Widget], layout_children: list[w.Widget],
              read_answer: Callable[[], Any]) -> ExerciseBox:
    check, hint, solution = _button("check", "check"), _button("hint", "question-circle"), _button("solution", "key")
    if graded_assignment():  # the buttons stay (they explain when pressed); the tooltips say so at once
        hint.tooltip, solution.tooltip = translate("button.hint_off_tooltip"), translate("button.solution_off_tooltip")
    feedback, shown_help = w.HTML(value=""), w.HTML(value="")
    box = ExerciseBox([_header(question), *layout_children, w.HBox([check, hint, solution]), feedback, shown_help],
                      text=translate("widget.repr", id=question.id, title=question.title))
    box.controls, box.feedback, box.help = controls, feedback, shown_help
    box.check_button, box.hint_button, box.solution_button = check, hint, solution

    # The widget shows results and help in its own boxes, so the calls must not also display them.
    def on_check(_button: w.Button) -> None:
        box.checked_answer = read_answer()
        with quietly():
            box.result = question.check(box.checked_answer)
        feedback.value = box.result._repr_html_()

    # A result shown beside an answer it did not judge would mislead, and a click can reach the kernel before the
    # control's new value when the kernel is busy (ipywidgets holds back a model's update while an earlier one is
    # pending; a button's click is sent at once). So when the answer changes after a check, the result gives way
    # to "press Check"; when the answer changes back, the result returns.
    def on_change(_change: Any) -> None:
        if getattr(box, "result", None) is None:
            return
        if read_answer() == box.checked_answer:
            feedback.value = box.result._repr_html_()
        else:
            feedback.value = changed_html(translate("widget.answer_changed", check=translate("button.check")))

    for control in controls.values():
        control.observe(on_change, names="value")

    def on_hint(_button: w.Button) -> None:
        with quietly():
            shown_help.value = question.hint()._repr_html_()

    def on_solution(_button: w.Button) -> None:
        with quietly():
            shown_help.value = question.solution()._repr_html_()

    check.on_click(on_check)
    hint.on_click(on_hint)
    solution.on_click(on_solution)
    return box


def _show_check_of(question: Any, box: ExerciseBox, answer: Any) -> ExerciseBox:
    """An answer the controls cannot show: report what the check says about the raw answer."""
    box.checked_answer = answer
    with quietly():
        box.result = question.check(answer)
    box.feedback.value = box.result._repr_html_()
    return box


def choice_widget(question: Any, answer: Any = None) -> ExerciseBox:
    """Radio buttons (single choice) or checkboxes (multiple choice) with a Check button.

    With ``answer`` the controls are preset and checked at once.

    >>> from smm_course.exercises.kinds import ChoiceQuestion
    >>> q = ChoiceQuestion(id="demo.w2", title="Which", options=["a", "b"], answer="b")
    >>> choice_widget(q, answer="a").result.status
    'incorrect'
    """
    options = question.options
    if question.multiple:
        boxes = {key: w.Checkbox(value=False, description=text, indent=False) for key, text in options.items()}
        group = w.VBox(list(boxes.values()))
        controls: dict[str, w.Widget] = dict(boxes)

        def read() -> Any:
            return [key for key, box in boxes.items() if box.value]
    else:
        radio = w.RadioButtons(options=[(text, key) for key, text in options.items()], value=None,
                               description=translate("widget.your_answer"), style=_WIDE,
                               layout=w.Layout(width="max-content"))
        group = radio
        controls = {"choice": radio}

        def read() -> Any:
            return radio.value

    box = _assemble(question, controls, [group], read)
    answer = _given(answer)
    if answer is not None:
        _preset_choice(question, box, answer)
    return box


def _preset_choice(question: Any, box: ExerciseBox, answer: Any) -> None:
    try:
        picked = answer if question.multiple and not isinstance(answer, str) else [answer]
        keys = [question.option_key(item) for item in picked]
    except Exception:  # an answer the controls cannot show
        _show_check_of(question, box, answer)
        return
    if question.multiple:
        for key, checkbox in box.controls.items():
            checkbox.value = key in keys
    else:
        box.controls["choice"].value = keys[0]
    box.check_button.click()


def classify_widget(question: Any, answer: Mapping[str, str] | None = None) -> ExerciseBox:
    """One dropdown per item (labelled with the item in the student's language) and a Check button.

    >>> from smm_course.exercises.kinds import ClassifyQuestion
    >>> q = ClassifyQuestion(id="demo.w3", title="Media", categories=["paid", "earned"], items={"Review": "earned"})
    >>> classify_widget(q, answer={"Review": "earned"}).result.status
    'correct'
    """
    choices = [(translate("widget.pick_category"), None)] + [(name, key) for key, name in question.categories.items()]
    dropdowns = {item: w.Dropdown(options=choices, value=None, description=label, style=_WIDE)
                 for item, label in question.item_labels.items()}

    def read() -> dict[str, Any]:
        return {item: dropdown.value for item, dropdown in dropdowns.items() if dropdown.value is not None}

    box = _assemble(question, dict(dropdowns), list(dropdowns.values()), read)
    answer = _given(answer)
    if answer is not None:
        try:
            for item, category in answer.items():  # an item or category may be named in any language
                dropdowns[question.item_key(item)].value = question.category_key(category)
        except Exception:  # not representable by the dropdowns
            return _show_check_of(question, box, answer)
        box.check_button.click()
    return box


def _control_widget(control: Any) -> w.Widget:
    if hasattr(control, "options"):
        return w.Dropdown(options=[(label, option) for option, label in control.labels.items()], value=control.value,
                          description=control.description, style=_WIDE)
    slider = w.IntSlider if control.integer else w.FloatSlider
    return slider(value=control.value, min=control.min, max=control.max, step=control.step,
                  # Explorers redraw while the slider is dragged, not only when it is let go.
                  description=control.description, continuous_update=True, style=_WIDE,
                  layout=w.Layout(width="32em"))


def explorer_widget(question: Any, answer: Mapping[str, Any] | None = None) -> ExerciseBox:
    """The question's controls, its live view (if any) updating as they move, and a Check button.

    >>> from smm_course.exercises.kinds import ExplorerQuestion, Slider
    >>> q = ExplorerQuestion(id="demo.w4", title="Seeds", controls=[Slider("seeds", 1, 5)],
    ...                      goal=lambda v: v["seeds"] >= 3, answer={"seeds": 3})
    >>> explorer_widget(q, answer={"seeds": 2}).result.status
    'incorrect'
    """
    controls = {control.name: _control_widget(control) for control in question.controls}
    by_name = {control.name: control for control in question.controls}

    def read() -> dict[str, Any]:
        return {name: widget.value for name, widget in controls.items()}

    children: list[w.Widget] = list(controls.values())
    if any(isinstance(widget, (w.IntSlider, w.FloatSlider)) for widget in controls.values()):
        from smm_course.explorers.base import slider_namer

        children.append(slider_namer())  # gives the slider handles their labels as accessible names
    live = question.live() if question.live is not None else None
    if live is not None:
        children.extend(live.widgets)
    box = _assemble(question, controls, children, read)
    box.live = live
    if live is not None:
        def refresh(_change: Any = None) -> None:
            live.update(read())

        for widget in controls.values():
            widget.observe(refresh, names="value")
        refresh()
    answer = _given(answer)
    if answer is not None:
        try:
            for name, value in answer.items():  # a dropdown's option may be named by its label
                controls[name].value = by_name[name].validate(value) if hasattr(by_name[name], "options") else value
        except Exception:  # e.g. an unknown control or a value out of range: the check explains it
            return _show_check_of(question, box, dict(answer))
        box.check_button.click()
    return box


def quiz_widget(quiz: Any, answer: Mapping[str, Any] | None = None) -> ExerciseBox:
    """Every quiz question with its own Check button, and one button that checks them all.

    >>> from smm_course.exercises.kinds import ChoiceQuestion, Quiz
    >>> quiz = Quiz(id="demo.quiz", title="Check", questions=[
    ...     ChoiceQuestion(id="demo.quiz1", title="One", options=["a", "b"], answer="a")])
    >>> quiz_widget(quiz, answer={"demo.quiz1": "a"}).feedback.value
    '<div role="status"><strong>1 of 1 right.</strong></div>'
    """
    items = [choice_widget(question) for question in quiz.questions]
    check_all = w.Button(description=translate("button.check_all"), tooltip=translate("button.check_all_tooltip"),
                         icon="check-square")
    summary = w.HTML(value="")
    title = w.HTML(value=f"<h4 style='margin:0.5em 0'>{html.escape(quiz.title)}</h4>")
    box = ExerciseBox([title, *items, check_all, summary],
                      text=translate("widget.quiz_repr", id=quiz.id, title=quiz.title, n=len(items)))
    box.controls = {question.id: item for question, item in zip(quiz.questions, items)}
    box.check_button, box.feedback = check_all, summary

    def update_summary() -> None:
        right = sum(item.result is not None and item.result.correct for item in items)
        score = html.escape(translate("quiz.score", right=right, total=len(items)))
        summary.value = f'<div role="status"><strong>{score}</strong></div>'

    def on_check_all(_button: w.Button) -> None:
        for item in items:
            item.check_button.click()
        update_summary()

    check_all.on_click(on_check_all)
    answer = _given(answer)
    if answer is not None:
        unknown = [key for key in answer if key not in box.controls]
        if unknown:
            raise ValueError(f"answer has ids {unknown} that are not in quiz {quiz.id}: {', '.join(box.controls)}.")
        for question, item in zip(quiz.questions, items):
            if question.id in answer:
                _preset_choice(question, item, answer[question.id])
        update_summary()
    return box

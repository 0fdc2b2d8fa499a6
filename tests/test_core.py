"""The check protocol every question shares: checking with no argument reads the notebook, mistakes are data in
three unambiguous forms, and checks are published as events that the progress store records (no import cycle)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from smm_course import events
from smm_course.exercises import ChoiceQuestion, Mistake, ReflectionQuestion, ValueQuestion
from smm_course.exercises.matchers import off_by_one, rounded, upside_down

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


@pytest.fixture
def rate():
    return ValueQuestion(id="demo.rate", title="Rate", expected=0.25, variable="click_rate", precision=3,
                         solution="click_rate = 1 / 4", hints=["Divide."])


# -- check() with no argument ---------------------------------------------------------------------------------
def test_check_without_argument_reads_the_variable_where_it_is_called(rate):
    namespace = {"ex_q": rate, "click_rate": 0.25}
    exec("result = ex_q.check()", namespace)
    assert namespace["result"].status == "correct"
    namespace["click_rate"] = 0.3
    exec("result = ex_q.check()", namespace)
    assert namespace["result"].status == "incorrect"


def test_check_without_argument_names_a_placeholder_or_a_missing_variable(rate):
    namespace = {"ex_q": rate, "click_rate": ...}
    exec("result = ex_q.check()", namespace)
    assert namespace["result"].status == "not_attempted" and "`click_rate`" in namespace["result"].message
    del namespace["click_rate"]
    exec("result = ex_q.check()", namespace)
    result = namespace["result"]
    assert result.status == "not_attempted" and "no `click_rate` yet" in result.message


def test_check_without_argument_inside_a_function_finds_the_callers_variable(rate):
    def helper():
        click_rate = 0.25
        return rate.check()

    assert helper().status == "correct"


def test_a_widget_question_checked_without_argument_points_to_its_widget():
    choice = ChoiceQuestion(id="demo.pick", title="Pick", options=["a", "b"], answer="a")
    result = choice.check()
    assert result.status == "not_attempted" and "ex.pick.widget()" in result.message


def test_check_with_a_value_still_works(rate):
    assert rate.check(0.25).correct and rate.check(...).status == "not_attempted"


# -- mistakes ---------------------------------------------------------------------------------------------------
def test_a_lazy_value_mistake_is_computed_once_and_compared_with_the_questions_precision():
    calls = []

    def halved():
        calls.append(1)
        return 0.125

    question = ValueQuestion(id="demo.half", title="Half", expected=0.25, precision=3,
                             mistakes=[Mistake(halved, "You halved it.")])
    assert calls == []  # nothing runs when the question is declared
    assert question.check(0.125).message == "You halved it."
    assert question.check(0.1251).message == "You halved it."  # 3 decimals is enough, for mistakes too
    question.check(0.126)
    assert calls == [1]


def test_mistake_forms_are_unambiguous():
    assert Mistake(0.5, "m").kind == "value"
    assert Mistake(lambda: 0.5, "m").kind == "lazy value"
    assert Mistake(lambda answer: answer > 1, "m").kind == "predicate"
    assert Mistake(upside_down(0.5), "m").kind == "predicate"
    with pytest.raises(TypeError, match="2 arguments"):
        Mistake(lambda a, b: True, "m")


def test_a_lazy_value_that_fails_is_an_authoring_error_not_a_silent_miss():
    def broken():
        raise KeyError("no such column")

    question = ValueQuestion(id="demo.broken", title="Broken", expected=1.0, mistakes=[Mistake(broken, "m")])
    result = question.check(2.0)
    assert result.status == "error" and "no such column" in result.message


def test_public_matchers_as_mistakes():
    question = ValueQuestion(id="demo.year", title="Year", expected=2029, precision="exact", mistakes=[
        Mistake(off_by_one(2029), "Count the first year too."),
    ])
    assert question.check(2030).message == "Count the first year too."
    question = ValueQuestion(id="demo.cpm", title="CPM", expected=lambda: 1 / 3, mistakes=[
        Mistake(rounded(lambda: 1 / 3), "Keep the digits."), Mistake(upside_down(lambda: 1 / 3), "Upside down.")])
    assert question.check(0.33).message == "Keep the digits."
    assert question.check(3.0).message == "Upside down."


# -- events and the progress store ----------------------------------------------------------------------------
def test_checks_and_help_are_published_as_events(rate):
    heard = []
    events.engine.add(heard.append)
    try:
        result = rate.check(0.25)
        rate.hint()
        rate.solution()
    finally:
        events.engine.remove(heard.append)
    # The answer travels with the check: the grader's capture reads widget answers from it.
    assert heard == [events.Checked(result, 0.25), events.HelpShown("demo.rate", hint=1),
                     events.HelpShown("demo.rate", solution=True)]


def test_the_progress_store_records_what_the_engine_publishes():
    from smm_course import progress

    question = ReflectionQuestion(id="97.why", title="Why", model_answer="Because.", variable="why")
    question.check("Because replies build trust with customers.")
    question.hint()
    entry = progress.load()["97.why"]
    assert entry["status"] == "submitted" and entry["attempts"] == 1


def test_a_listener_that_breaks_never_breaks_a_check(rate):
    def broken(_event):
        raise RuntimeError("a display went away")

    events.engine.add(broken)
    try:
        assert rate.check(0.25).correct
    finally:
        events.engine.remove(broken)


@pytest.mark.parametrize("module, must_not_load", [
    ("smm_course.exercises", "smm_course.progress"),
    ("smm_course.status", "smm_course.exercises"),
    ("smm_course.events", "smm_course.exercises"),
])
def test_no_import_cycle_between_the_engine_and_the_store(module, must_not_load):
    code = f"import sys, {module}; print({must_not_load!r} in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert loaded.stdout.strip() == "False", f"importing {module} loads {must_not_load}"


def test_shared_constants_import_nothing_of_the_package():
    for name in ("status.py", "events.py"):
        source = (ROOT / "smm_course" / name).read_text(encoding="utf-8")
        assert "from smm_course" not in source and "import smm_course" not in source, name


def test_in_a_notebook_a_check_shows_itself_once_even_when_a_hint_line_follows(course_home):
    # Jupyter shows only a cell's last expression: with `ex.q1.check()` then an uncommented `ex.q1.hint()`, the
    # check would vanish. Checks and help show themselves when made, and are not shown a second time.
    import nbformat
    from nbclient import NotebookClient

    cells = [
        "from smm_course.exercises import ValueQuestion\n"
        "q = ValueQuestion(id='demo.k', title='K', expected=0.5, variable='x', hints=['Halve it.'], solution='x = 0.5')",
        "x = 0.4\nq.check()\nq.hint()",
        "x = 0.5\nq.check()",
    ]
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in cells])
    NotebookClient(notebook, kernel_name="python3", timeout=120).execute()
    shown = [[output.get("data", {}).get("text/plain", "") for output in cell.outputs] for cell in notebook.cells]
    assert len(shown[1]) == 2 and shown[1][0].startswith("✘ Not quite") and "Halve it." in shown[1][1]
    assert len(shown[2]) == 1 and shown[2][0].startswith("✔ Correct")

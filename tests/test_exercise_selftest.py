"""Every question tests itself three ways, in its own notebook's real state: the starter is not attempted, the
solution is accepted, and wrong answers (generic ones and the question's own declared mistakes) are rejected.
Each way runs in both editions: the Italian one in the Italian notebook's state, with the engine speaking Italian.

The state comes from the notebook itself (:mod:`notebook_states` executes its cells in order, once per notebook),
never from a hand-written copy, so a notebook edit that breaks an exercise fails here. Parametrised over
``catalog()``: questions added in new ``nbNN`` modules are covered with no edit here.
"""

from __future__ import annotations

import ast
import re

import nbformat
import pandas as pd
import pytest

from notebook_states import LANGUAGES, cell_of, notebook_path
from smm_course import i18n
from smm_course.exercises import catalog, get, notebook_modules
from smm_course.exercises.compare import is_number
from smm_course.i18n import localize
from smm_course.instructor import exercise_ids, placeholder_names

CATALOG = catalog()
IDS = list(CATALOG["id"])


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


@pytest.fixture(params=LANGUAGES)
def lang(request):
    """Each edition, with the engine speaking its language while the test runs."""
    with i18n.use_language(request.param):
        yield request.param


def box_of(question, shown):
    """The question's own widget in what its cell showed (a quiz shows one box per question)."""
    inner = getattr(shown, "controls", {}).get(question.id)
    return inner if hasattr(inner, "check_button") else shown


def result_in(question, namespace, shown):
    """The check result of ``question`` after its cell ran: its variable checked, or its widget's result."""
    if question.variable:
        return question.check(namespace.get(question.variable, ...))
    box = box_of(question, shown)
    if box.result is None:
        box.check_button.click()
    return box.result


@pytest.mark.parametrize("question_id", IDS)
def test_starter_in_its_notebook_is_not_attempted(question_id, lang):
    question = get(question_id)
    namespace, shown = cell_of(question_id, lang).run_starter()
    result = result_in(question, namespace, shown)
    if question.kind == "explorer":  # the controls start somewhere: that must not already meet the goal
        assert result.status != "correct", str(result)
    else:
        assert result.status == "not_attempted", str(result)
    if question.variable:  # the cell's own last line is the check, and it names the variable left to fill in
        assert shown.status == "not_attempted" and question.variable in shown.message, str(shown)


@pytest.mark.parametrize("question_id", IDS)
def test_solution_in_its_notebook_is_accepted(question_id, lang):
    question = get(question_id)
    assert question.solution_code.strip(), f"{question_id} has no solution"
    namespace, shown = cell_of(question_id, lang).run_solved()
    if question.variable:
        tree = ast.parse(question.solution_code)
        assigned = {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    for target in node.targets if isinstance(target, ast.Name)}
        assert question.variable in assigned, f"the solution must assign {question.variable}"
    result = result_in(question, namespace, shown)
    wanted = "submitted" if question.kind == "reflection" else "correct"
    assert result.status == wanted, str(result)
    if hasattr(question, "solution_answer"):
        assert question.check(question.solution_answer()).status == wanted


def generic_wrong_answers(question):
    answers = [None, "a string", 12345, pd.DataFrame(), [], {}, pd.Series(dtype=float), float("nan")]
    expected = getattr(question, "expected", None)
    if is_number(expected):
        answers += [expected * 100 if expected else 1, expected * 1.5 + 1, -expected - 1]
    elif isinstance(expected, pd.Series):
        answers += [expected * 100 if pd.api.types.is_numeric_dtype(expected) else expected.iloc[:-1],
                    expected.iloc[:-1], expected.to_frame()]
    elif isinstance(expected, pd.DataFrame):
        answers += [expected.iloc[:-1], expected.iloc[:, :-1]]
    elif isinstance(expected, str):
        answers += [expected + " not"]
    return answers


@pytest.mark.parametrize("question_id", IDS)
def test_wrong_answers_in_its_notebook_are_rejected_with_feedback(question_id, lang):
    question = get(question_id)
    cell_of(question_id, lang).run_starter()  # the notebook's state is loaded, as when a student checks
    for answer in generic_wrong_answers(question):
        result = question.check(answer)
        assert result.status != "correct", f"{answer!r} was accepted"
        assert result.message, f"no feedback for {answer!r}"
    declared = [m for m in getattr(question, "mistakes", []) if m.kind != "predicate"]
    for position, mistake in enumerate(declared):
        result = question.check(mistake.value)
        assert result.status == "incorrect", f"the declared mistake {mistake.value!r} gives {result}"
        earlier = [m.message for m in question.mistakes[: question.mistakes.index(mistake) + 1]]
        assert result.message in earlier, f"{mistake.value!r} should get its own feedback, got: {result.message}"
    for key, message in getattr(question, "_feedback", {}).items():
        if question.kind == "choice":
            result = question.check([key] if question.multiple else key)
        else:  # classify: the solution with one item moved to a category the question has feedback for
            item, category = key
            result = question.check({**question.solution_answer(), item: category})
        assert result.status == "incorrect" and localize(message) in result.message, (key, str(result))


@pytest.mark.parametrize("question_id", IDS)
def test_hints_and_solution_render_as_html_and_text(question_id):
    question = get(question_id)
    assert question.hints, f"{question_id} needs at least one hint"
    for number in range(1, len(question.hints) + 1):
        view = question.hint(number)
        assert question.hints[number - 1] in str(view) and view._repr_html_().startswith("<div")
    solution = question.solution()
    assert str(solution).strip() and "<div" in solution._repr_html_()
    if question.kind != "reflection":
        assert "<pre" in solution._repr_html_()
    question._next_hint = 1


def test_reflections_are_never_correct():
    from smm_course.exercises import ReflectionQuestion

    reflections = [get(i) for i in IDS if get(i).kind == "reflection"]
    reflections.append(ReflectionQuestion(id="demo.why", title="Why", model_answer="Because customers trust customers."))
    for question in reflections:
        # Long enough for the question's own minimum: a reflection may ask for a few sentences.
        thoughtful = " ".join(["A thoughtful answer about the brand and its customers."] * (question.min_words // 5 + 1))
        for answer in [thoughtful, question.model_answer]:
            assert question.check(answer).status == "submitted"
        too_short = " ".join(["word"] * (question.min_words - 1))
        assert question.check(too_short).status != "correct"


# -- notebooks, catalogue and question modules agree -----------------------------------------------
HELP_LINE = re.compile(r"^#ex\.(?P<name>\w+)\.(?P<what>hint|solution)\(\)$", re.MULTILINE)


@pytest.mark.parametrize("number", sorted(notebook_modules()))
def test_starter_cells_and_catalogue_agree(number):
    notebook = nbformat.read(notebook_path(number), as_version=4)
    placed: dict[str, tuple[int, str]] = {}
    for index, cell in enumerate(notebook.cells):
        for exercise_id in exercise_ids(cell):
            assert cell.cell_type == "code", f"{exercise_id} is tagged on a {cell.cell_type} cell"
            item = get(exercise_id)  # raises with the closest id when unknown
            assert "exercise" in cell.metadata.get("tags", []), f"the cell of {exercise_id} needs the tag 'exercise'"
            for question in getattr(item, "questions", [item]):
                assert question.id not in placed, f"{question.id} is placed twice"
                placed[question.id] = (index, cell.source)
    ours = set(CATALOG.loc[CATALOG["notebook"] == number, "id"])
    assert ours == set(placed), f"missing from the notebook: {sorted(ours - set(placed))}; unknown: {sorted(set(placed) - ours)}"
    for question_id, (index, source) in placed.items():
        question = get(question_id)
        name = question_id.split(".", 1)[1]
        if question.variable:
            assert question.variable in placeholder_names(source), (
                f"{question_id}: its starter needs a line `{question.variable} = ...`")
            assert f"ex.{name}.check()" in source, f"{question_id}: its starter checks with `ex.{name}.check()`"
            # Kaggle-style help, one uncommented character away
            helps = {(m["name"], m["what"]) for m in HELP_LINE.finditer(source)}
            assert {(name, "hint"), (name, "solution")} <= helps, (
                f"{question_id}: under the check, add the lines `#ex.{name}.hint()` and `#ex.{name}.solution()` (no space, so deleting the # leaves no indent)")
            assert notebook.cells[index - 1].cell_type == "markdown", (
                f"{question_id}: the question's wording is the markdown cell just above its starter")
        else:
            assert ".widget()" in source, f"{question_id}: its starter needs a widget call"


@pytest.mark.parametrize("question_id", [q for q in IDS if get(q).kind == "value"])
def test_value_starters_state_their_precision(question_id, lang):
    question = get(question_id)
    if not is_number(question.expected) and not isinstance(question.expected, (pd.Series, pd.DataFrame, list, dict)):
        return  # text, dates and booleans have no precision to state
    line = next(line for line in cell_of(question_id, lang).source.splitlines()
                if re.match(rf"\s*{question.variable}\s*=\s*\.\.\.", line))
    assert question.precision_note in line, f"{question_id}: its placeholder comment must say '{question.precision_note}'"


@pytest.mark.parametrize("number", sorted(notebook_modules()))
def test_question_modules_hold_no_notebook_state_or_duplicate_wording(number):
    module = notebook_modules()[number]
    assert not hasattr(module, "SETUP"), f"{module.__name__}: the notebook is the only source of its state"
    for question in [get(q) for q in IDS if q.startswith(number + ".")]:
        if question.kind in ("value", "reflection"):
            assert not question._prompt, (f"{question.id}: its wording lives in the notebook's markdown, so the "
                                          "module declares no prompt= (nothing would show it)")

"""`smm-course release`: the students' copies, and the graded ones that `smm-course grade` can grade.

A graded copy turns hints and solutions off in its kernel (answer checks still work) and asks for widget answers in
code, because a click is not saved in the notebook file that is handed in. The last tests run a graded copy of
notebook 00 in a real kernel and through the grader.
"""

from __future__ import annotations

import ast
import copy
import re
from pathlib import Path

import nbformat
import pytest

import smm_course
from smm_course import events, i18n, progress
from smm_course.cli import main
from smm_course.exercises import catalog, get, quizzes
from smm_course.exercises.core import graded_assignment, set_graded_assignment
from smm_course.instructor import answer_in, exercise_ids, graded_notebook, graded_source, graded_starter

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
NB00 = ROOT / "notebooks" / "00_start_here.ipynb"


def widget_only(exercise_id: str):
    """The catalogue item a widget starter answers, or None when the exercise is answered in a variable."""
    item = quizzes().get(exercise_id) or get(exercise_id)
    return None if getattr(item, "variable", None) or not getattr(item, "has_widget", False) else item


@pytest.fixture
def graded_kernel():
    """This process as a graded copy's kernel: start(..., graded=True), then hints and solutions back on."""
    smm_course.start("00", graded=True)
    yield
    set_graded_assignment(False)


@pytest.fixture(scope="module")
def releases(tmp_path_factory):
    root = tmp_path_factory.mktemp("release")
    assert main(["release", "--out", str(root / "plain")]) == 0
    assert main(["release", "--graded", "--out", str(root / "graded")]) == 0
    return root


def test_a_plain_release_is_the_notebooks_as_shipped(releases):
    written = sorted((releases / "plain").glob("*.ipynb"))
    assert [p.name for p in written] == [p.name for p in NOTEBOOKS]
    for path in written:
        assert path.read_bytes() == (ROOT / "notebooks" / path.name).read_bytes(), path.name


@pytest.mark.parametrize("shipped", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_a_graded_copy_is_flagged_and_keeps_every_exercise(releases, shipped):
    original = nbformat.read(shipped, as_version=4)
    graded = nbformat.read(releases / "graded" / shipped.name, as_version=4)
    assert graded.metadata["smm_course"]["graded"] is True
    assert "graded" not in original.metadata.get("smm_course", {})
    starts = [c.source for c in graded.cells if c.cell_type == "code" and "start(" in c.source]
    assert re.search(r'smm_course\.start\("\d\d", written_for="[^"]+", lang="en", graded=True\)', starts[0]), starts[0]
    kept = [(c.id, exercise_ids(c)) for c in original.cells if exercise_ids(c)]
    assert [(c.id, exercise_ids(c)) for c in graded.cells if exercise_ids(c)] == kept
    assert sum(c.id == "smm-course-graded-note" and "graded assignment" in c.source for c in graded.cells) == 1


@pytest.mark.parametrize("shipped", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_graded_starters_take_widget_answers_in_code_and_drop_the_help_lines(releases, shipped):
    graded = nbformat.read(releases / "graded" / shipped.name, as_version=4)
    for cell in (c for c in graded.cells if exercise_ids(c)):
        ast.parse(cell.source)  # still Python
        assert not re.search(r"#\s*ex\.\w+\.(hint|solution)\(\)", cell.source), cell.source
        assert cell.outputs == []
        widgets = [e for e in exercise_ids(cell) if widget_only(e)]
        if widgets:
            assert ".widget()" not in cell.source, cell.source
            assert ".widget(answer=" in cell.source and "not saved for grading" in comments_of(cell.source), cell.source


def comments_of(source: str) -> str:
    """A cell's comment lines as one text (wrapped comments read as one sentence)."""
    return " ".join(line.strip().lstrip("#").strip() for line in source.splitlines() if line.strip().startswith("#"))


def template_of(source: str):
    """The ``answer=`` argument of the widget call in a graded starter, as a value (``...`` stays ``...``)."""
    call = next(node for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "widget")
    return ast.literal_eval(call.keywords[0].value)


WIDGET_EXERCISES = sorted({*quizzes(), *(qid for qid in catalog()["id"] if qid not in
                                         {q.id for quiz in quizzes().values() for q in quiz.questions})})


@pytest.mark.parametrize("exercise", [e for e in WIDGET_EXERCISES if widget_only(e)])
def test_each_template_has_a_blank_for_exactly_what_the_answer_needs(exercise, course_home):
    item = widget_only(exercise)
    name = exercise.split(".", 1)[1]
    template = template_of(graded_source(f"ex.{name}.widget()", exercise[:2]))
    right = item.solution_answer()
    if isinstance(right, dict):
        assert set(template) == set(right) and set(template.values()) == {Ellipsis}
        box = item.widget(answer={**template, **right})  # the template filled in with the right answers
        results = [inner.result for inner in box.controls.values()] if item.kind == "quiz" else [box.result]
        assert all(result.correct for result in results), results
    else:
        assert template is Ellipsis
    words = comments_of("\n".join(graded_starter(item)[0]))
    assert "answer=..." in words and "not saved for grading" in words


@pytest.mark.parametrize("exercise", [e for e in WIDGET_EXERCISES if widget_only(e)])
def test_an_unfilled_template_is_no_answer_at_all(exercise, course_home):
    item = widget_only(exercise)
    name = exercise.split(".", 1)[1]
    heard = []
    events.engine.add(heard.append)
    try:
        box = item.widget(answer=template_of(graded_source(f"ex.{name}.widget()", exercise[:2])))
    finally:
        events.engine.remove(heard.append)
    assert heard == [], "an unfilled template must check nothing"
    assert box.result is None and box.feedback.value == ""
    controls = box.controls.values()
    if item.kind == "quiz":  # each quiz question is a choice widget of its own
        assert all(inner.result is None for inner in controls)
        controls = [inner.controls["choice"] for inner in controls]
    if item.kind != "explorer":  # an explorer's controls start at their defaults, as with no answer
        assert all(control.value in (None, False) for control in controls)
    assert not progress.store_path().exists()


def test_an_ellipsis_blank_leaves_only_its_control_unset(course_home):
    quiz = quizzes()["03.quiz"]
    first, second = quiz.questions[:2]
    box = quiz.widget(answer={first.id: first.solution_answer(), second.id: ...})
    assert box.controls[first.id].result.correct
    assert box.controls[second.id].result is None and box.controls[second.id].controls["choice"].value is None


def test_in_a_graded_kernel_hints_and_solutions_are_off_and_checks_still_work(graded_kernel, course_home, capsys):
    question = get("00.q1")
    assert graded_assignment()
    hint, solution = question.hint(), question.solution()
    assert "Hints are off" in str(hint) and "graded assignment" in str(hint)
    assert "Solutions are off" in str(solution) and question.solution_code not in str(solution)
    assert all(text not in str(hint) + hint._repr_html_() for text in question.hints)
    assert question.check(question.expected).correct
    wrong = question.check(83)
    assert wrong.status == "incorrect" and wrong.message
    recorded = progress.load()["00.q1"]
    assert recorded["hints_used"] == 0 and recorded["solution_seen"] is False and recorded["attempts"] == 2


def test_in_a_graded_kernel_the_widget_buttons_say_help_is_off(graded_kernel, course_home):
    question = get("00.q2")
    box = question.widget()
    assert "off" in box.hint_button.tooltip and "off" in box.solution_button.tooltip
    box.hint_button.click()
    assert "Hints are off" in box.help.value and question.hints[0] not in box.help.value
    box.solution_button.click()
    assert "Solutions are off" in box.help.value
    box.controls["choice"].value = question.solution_answer()
    box.check_button.click()
    assert box.result.correct


def test_hints_come_back_when_a_notebook_starts_without_graded(graded_kernel, course_home):
    smm_course.start("00")
    assert not graded_assignment()
    assert get("00.q1").hints[0] in str(get("00.q1").hint(1))
    with pytest.raises(TypeError, match="graded="):
        smm_course.start("00", graded="yes")


def test_a_notebook_without_a_start_call_cannot_be_made_graded():
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import pandas")])
    with pytest.raises(ValueError, match="no smm_course.start"):
        graded_notebook(notebook, Path("07_viral_marketing.ipynb"))


def test_release_refuses_to_overwrite_the_notebooks(capsys):
    assert main(["release", "--graded", "--out", str(ROOT / "notebooks")]) == 2
    assert "notebooks folder" in capsys.readouterr().err


# -- a graded copy of notebook 00, run for real ---------------------------------------------------------------
def answered_copy(q2_answer) -> nbformat.NotebookNode:
    """The graded copy of notebook 00 as a student hands it in: q1 computed, q2's choice written in code."""
    notebook = graded_notebook(nbformat.read(NB00, as_version=4), NB00)
    for cell in notebook.cells:
        if "00.q1" in exercise_ids(cell):
            cell.source = re.sub(r"^youtube_share = \.\.\..*$", get("00.q1").solution_code, cell.source, flags=re.M)
        if "00.q2" in exercise_ids(cell):
            assert "widget(answer=...)" in cell.source
            cell.source = cell.source.replace("widget(answer=...)", f"widget(answer={q2_answer!r})")
    return notebook


def test_a_graded_copy_runs_with_help_off_and_checks_on(tmp_path):
    from smm_course.instructor import _execute

    notebook = answered_copy(get("00.q2").solution_answer())
    notebook.cells.append(nbformat.v4.new_code_cell("ex.q1.hint()\nex.q1.solution()"))
    _execute(notebook, NB00.parent, tmp_path / "home", timeout=120)

    def shown(exercise):
        cell = next(c for c in notebook.cells if exercise in exercise_ids(c))
        return " ".join(str(o.get("data", {}).get("text/plain", "")) + o.get("text", "") for o in cell.outputs)

    assert "✔ Correct" in shown("00.q1")
    help_shown = " ".join(o["data"]["text/plain"] for o in notebook.cells[-1].outputs)
    assert "Hints are off" in help_shown and "Solutions are off" in help_shown
    assert get("00.q1").solution_code not in help_shown
    recorded = progress._read(tmp_path / "home" / "progress.json")["questions"]
    assert recorded["00.q2"]["status"] == "correct" and recorded["00.q1"]["hints_used"] == 0


def test_the_grader_grades_a_widget_answer_written_in_a_graded_copy(tmp_path):
    from smm_course.grading import grade_submissions

    wrong = next(key for key in get("00.q2").options if key != get("00.q2").solution_answer())
    handed_in = {"right": answered_copy(get("00.q2").solution_answer()), "wrong": answered_copy(wrong),
                 "clicked_only": graded_notebook(nbformat.read(NB00, as_version=4), NB00)}
    for student, notebook in handed_in.items():
        (tmp_path / student).mkdir()
        nbformat.write(copy.deepcopy(notebook), tmp_path / student / NB00.name)
    graded = {g.submission.student: {v.question_id: v.status for v in g.verdicts}
              for g in grade_submissions(tmp_path, timeout=120, workers=2)}
    assert graded["right"] == {"00.q1": "correct", "00.q2": "correct"}
    assert graded["wrong"]["00.q2"] == "incorrect"
    assert graded["clicked_only"] == {"00.q1": "not_attempted", "00.q2": "not_attempted"}


# -- the Italian edition --------------------------------------------------------------------------------------
ITALIAN = ROOT / "notebooks" / "it"
NOTEBOOKS_IT = sorted(ITALIAN.glob("[0-9][0-9]_*.ipynb"))


@pytest.fixture(scope="module")
def italian_release(tmp_path_factory):
    out = tmp_path_factory.mktemp("release-it")
    assert main(["release", "--graded", "--notebooks", str(ITALIAN), "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize("shipped", NOTEBOOKS_IT, ids=lambda p: f"it-{p.name[:2]}")
def test_an_italian_graded_copy_speaks_italian(italian_release, shipped):
    graded = nbformat.read(italian_release / shipped.name, as_version=4)
    assert graded.metadata["smm_course"]["graded"] is True and graded.metadata["smm_course"]["language"] == "it"
    starts = [c.source for c in graded.cells if c.cell_type == "code" and "start(" in c.source]
    assert re.search(r'smm_course\.start\("\d\d", written_for="[^"]+", lang="it", graded=True\)', starts[0]), starts[0]
    (note,) = [c.source for c in graded.cells if c.id == "smm-course-graded-note"]
    assert note.startswith("**Questo è un compito valutato.**") and "graded assignment" not in note
    for cell in (c for c in graded.cells if exercise_ids(c)):
        ast.parse(cell.source)
        words = comments_of(cell.source)
        assert "Graded assignment" not in words and "not saved for grading" not in words, cell.source
        if any(widget_only(e) for e in exercise_ids(cell)):
            assert "Compito valutato" in words and "non viene salvato per la valutazione" in words, cell.source


@pytest.mark.parametrize("exercise", [e for e in WIDGET_EXERCISES if widget_only(e)])
def test_an_italian_template_filled_with_italian_labels_is_right(exercise, course_home):
    item = widget_only(exercise)
    name = exercise.split(".", 1)[1]
    template = template_of(graded_source(f"ex.{name}.widget()", exercise[:2], "it"))
    right = item.solution_answer()
    assert answer_in(item, right, "en") == right, "English names every answer by its key"
    italian = answer_in(item, right, "it")
    if isinstance(right, dict):
        assert set(template) == set(italian) and set(template.values()) == {Ellipsis}
        if item.kind == "classify":  # the blanks are the items as the Italian widget shows them
            with i18n.use_language("it"):
                assert list(template) == list(item.item_labels.values())
        box = item.widget(answer={**template, **italian})
        results = [inner.result for inner in box.controls.values()] if item.kind == "quiz" else [box.result]
        assert all(result.correct for result in results), results
    else:
        assert template is Ellipsis and item.check(italian).correct
    words = comments_of("\n".join(graded_starter(item, lang="it")[0]))
    assert "answer=..." in words and "non viene salvato per la valutazione" in words


def test_a_graded_copy_speaks_its_notebooks_language_not_the_processs():
    with i18n.use_language("it"):
        english = graded_notebook(nbformat.read(NB00, as_version=4), NB00)
    assert "graded assignment" in english.cells[1].source and "not saved for grading" in comments_of(
        "\n".join(c.source for c in english.cells if "00.q2" in exercise_ids(c)))
    italian = graded_notebook(nbformat.read(ITALIAN / NB00.name, as_version=4), NB00)
    assert "compito valutato" in italian.cells[1].source

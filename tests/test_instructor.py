"""Instructor tools: solved copies of the notebooks, and the gradebook from students' exports."""

from __future__ import annotations

import io
import json

import nbformat
import pandas as pd
import pytest

from smm_course import i18n, instructor, progress
from smm_course.exercises import catalog, get
from smm_course.instructor import gradebook, solve_notebook, solve_source, write_solutions

ROOT = instructor.Path(__file__).resolve().parent.parent


def test_placeholder_lines_are_replaced_keeping_indentation():
    source = "if True:\n    share = ...  # your answer\nex.q1.check(share)"
    assert solve_source(source, "a = 1\nshare = a / 2") == "if True:\n    a = 1\n    share = a / 2\nex.q1.check(share)"


def test_lines_that_only_mention_ellipsis_are_left_alone():
    source = "x = [...]\ny = ...,\nprint('...')"
    assert solve_source(source, "SOLVED") == source


def test_widget_calls_get_the_answer():
    assert solve_source("box = ex.quiz.widget()", "", {"03.quiz1": "b"}, True) == "box = ex.quiz.widget(answer={'03.quiz1': 'b'})"


def test_solved_notebook_00_has_no_placeholder_left():
    notebook = solve_notebook(nbformat.read(ROOT / "notebooks" / "00_start_here.ipynb", as_version=4))
    starters = [c for c in notebook.cells if instructor.exercise_ids(c)]
    assert starters
    for cell in starters:
        assert not instructor.placeholder_names(cell.source)
        assert ".widget()" not in cell.source
    assert get("00.q1").solution_code in starters[0].source



def test_a_solved_italian_notebook_names_its_answers_in_italian():
    notebook = solve_notebook(nbformat.read(ROOT / "notebooks" / "it" / "01_smm_at_a_glance.ipynb", as_version=4))
    starters = "\n".join(c.source for c in notebook.cells if instructor.exercise_ids(c))
    classify = next(q for q in catalog().query("notebook == '01' and kind == 'classify'")["id"])
    item = get(classify)
    assert repr(item.item_label(item.items[0], "it")) in starters and repr(item.items[0]) not in starters
    with i18n.use_language("it"):
        assert get("01.q1").solution_code in starters

def test_write_solutions_runs_notebook_00_and_every_question_ends_correct(tmp_path, course_home):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    (notebooks / "00_start_here.ipynb").write_bytes((ROOT / "notebooks" / "00_start_here.ipynb").read_bytes())
    store = tmp_path / "solutions-home"
    report = io.StringIO()
    written = write_solutions(tmp_path / "solved", notebooks, execute=True, home=store, file=report)
    assert written == [tmp_path / "solved" / "00_start_here.ipynb"]
    recorded = json.loads((store / "progress.json").read_text())["questions"]
    ours = catalog().query("notebook == '00'")["id"]
    assert all(recorded[qid]["status"] == "correct" for qid in ours), recorded
    assert report.getvalue().strip() == f"00_start_here.ipynb: {len(ours)} of {len(ours)} checked questions correct"
    solved = nbformat.read(written[0], as_version=4)
    outputs = [o for c in solved.cells if instructor.exercise_ids(c) for o in c.outputs]
    assert any("✔ Correct" in o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "widgets" in solved.metadata, "widget state must be stored"
    assert not course_home.exists(), "the instructor's own progress store must stay untouched"


def test_write_solutions_without_running(tmp_path):
    written = write_solutions(tmp_path / "out", ROOT / "notebooks", execute=False, file=None)
    assert written and all(path.exists() for path in written)


def test_write_solutions_refuses_to_overwrite_the_student_notebooks():
    with pytest.raises(ValueError, match="out_dir"):
        write_solutions(ROOT / "notebooks", ROOT / "notebooks", execute=False, file=None)


def test_write_solutions_needs_notebooks(tmp_path):
    with pytest.raises(FileNotFoundError, match="00_start_here"):
        write_solutions(tmp_path / "out", tmp_path, execute=False)


def export_for(name, tmp_path, monkeypatch, answers):
    home = tmp_path / f"home-{name}"
    monkeypatch.setenv("SMM_COURSE_HOME", str(home))
    monkeypatch.setenv("SMM_COURSE_STUDENT", name)
    for question_id, answer in answers.items():
        get(question_id).check(answer)
    return progress.export(tmp_path / f"{name}.json")


def test_gradebook_merges_students(tmp_path, monkeypatch):
    ada = export_for("Ada", tmp_path, monkeypatch, {"00.q1": 0.83, "00.q2": "Instagram"})
    bob = export_for("Bob", tmp_path, monkeypatch, {"00.q1": 83})
    out = tmp_path / "grades" / "grades.csv"
    table = gradebook([ada, bob], out)
    assert list(table.index) == ["Ada", "Bob"]
    assert table.loc["Ada", "00.q1"] == "correct" and table.loc["Bob", "00.q1"] == "incorrect"
    assert table.loc["Bob", "00.q2"] == "not_attempted"
    assert table.loc["Ada", "done"] == 2 and table.loc["Bob", "done"] == 0
    assert set(catalog()["id"]) <= set(table.columns)
    assert pd.read_csv(out, index_col="student").loc["Ada", "00.q2"] == "correct"
    scores = gradebook([ada, bob], None, values="score")
    assert scores.loc["Ada", "00.q1"] == 1.0 and scores.loc["Bob", "00.q1"] == 0.0


def test_sessions_of_one_student_merge_instead_of_replacing_each_other(tmp_path, monkeypatch):
    first = export_for("Ada", tmp_path / "monday", monkeypatch, {"00.q1": 0.83})
    second = export_for("Ada", tmp_path / "tuesday", monkeypatch, {"00.q1": 83, "00.q2": "Instagram"})
    table = gradebook([second, first])
    assert list(table.index) == ["Ada"]
    assert table.loc["Ada", "00.q1"] == "correct", "a question correct in one session stays correct"
    assert table.loc["Ada", "00.q2"] == "correct" and table.loc["Ada", "done"] == 2
    assert table.loc["Ada", "attempts"] == 3 and table.loc["Ada", "sessions"] == 2
    assert table.loc["Ada", "files"] == "Ada.json; Ada.json" and table.loc["Ada", "source"] == "self-reported"
    merged = instructor.merge_exports([first, second])["Ada"]["questions"]["00.q1"]
    assert merged["attempts"] == 2 and merged["last_status"] == "incorrect"
    monday = json.loads(first.read_text())["questions"]["00.q1"]
    assert merged["first_seen"] == monday["first_seen"] == table.loc["Ada", "first_seen"]


def test_two_exports_of_one_store_count_its_attempts_once(tmp_path, monkeypatch):
    early = export_for("Ada", tmp_path, monkeypatch, {"00.q1": 83})
    early = early.rename(tmp_path / "early.json")
    late = export_for("Ada", tmp_path, monkeypatch, {"00.q1": 0.83})  # same store, one more check
    table = gradebook([early, late])
    assert table.loc["Ada", "00.q1"] == "correct"
    assert table.loc["Ada", "attempts"] == 2 and table.loc["Ada", "sessions"] == 1


def test_exports_from_before_store_ids_are_matched_by_their_first_seen_times(tmp_path, monkeypatch):
    same_store = [export_for("Ada", tmp_path, monkeypatch, {"00.q1": 83})]
    same_store.append(same_store[0].rename(tmp_path / "early.json"))
    same_store[0] = export_for("Ada", tmp_path, monkeypatch, {"00.q2": "Instagram"})
    other_session = export_for("Ada", tmp_path / "binder", monkeypatch, {"00.q1": 0.83})
    for path in [*same_store, other_session]:
        data = json.loads(path.read_text())
        del data["store_id"], data["student_id"]
        if path == other_session:  # the next day, as a second session would be (this test runs within a second)
            for entry in data["questions"].values():
                entry["first_seen"] = entry["last_seen"] = "2030-01-02T10:00:00+00:00"
        path.write_text(json.dumps(data))
    table = gradebook([*same_store, other_session])
    assert table.loc["Ada", "sessions"] == 2 and table.loc["Ada", "attempts"] == 3
    assert table.loc["Ada", "00.q1"] == "correct" and table.loc["Ada", "00.q2"] == "correct"


def test_two_students_under_one_name_are_an_error_that_names_both_files(tmp_path, monkeypatch):
    monkeypatch.setenv("SMM_COURSE_STUDENT_ID", "s100")
    one = export_for("Maria Rossi", tmp_path / "one", monkeypatch, {"00.q1": 0.83})
    monkeypatch.setenv("SMM_COURSE_STUDENT_ID", "s200")
    other = export_for("Maria Rossi", tmp_path / "other", monkeypatch, {"00.q1": 83})
    with pytest.raises(instructor.StudentClash) as clash:
        gradebook([one, other])
    assert str(one) in str(clash.value) and str(other) in str(clash.value)
    monkeypatch.delenv("SMM_COURSE_STUDENT_ID")
    unnamed = export_for("Maria Rossi", tmp_path / "third", monkeypatch, {"00.q2": "Instagram"})
    table = gradebook([one, unnamed])  # a file without an id is taken to be the same student
    assert table.loc["Maria Rossi", "student_id"] == "s100" and table.loc["Maria Rossi", "sessions"] == 2


def test_gradebook_explains_bad_files(tmp_path):
    not_json = tmp_path / "notes.json"
    not_json.write_text("hello")
    with pytest.raises(ValueError, match="notes.json is not valid JSON"):
        gradebook([not_json])
    other = tmp_path / "other.json"
    other.write_text('{"a": 1}')
    with pytest.raises(ValueError, match="smm-course export"):
        gradebook([other])
    with pytest.raises(ValueError, match="values="):
        gradebook([other], values="grade")
    with pytest.raises(ValueError, match="files is empty"):
        gradebook([])

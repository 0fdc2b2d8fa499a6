"""The progress store: what is recorded, atomic and concurrent writes, corruption, summaries and export."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import warnings

import pandas as pd
import pytest

from smm_course import progress
from smm_course.exercises import ValueQuestion, get
from smm_course.exercises.core import CheckResult


@pytest.fixture
def question():
    return ValueQuestion(id="99.q1", title="Test question", expected=0.5, hints=["one", "two"], solution="x = 0.5")


def entry(question_id="99.q1"):
    return progress.load()[question_id]


def test_store_lives_in_smm_course_home(course_home, question):
    question.check(0.5)
    assert progress.store_path() == course_home / "progress.json"
    assert "99.q1" in json.loads((course_home / "progress.json").read_text())["questions"]


def test_default_home_is_in_the_users_home(monkeypatch):
    monkeypatch.delenv("SMM_COURSE_HOME")
    assert progress.home() == progress.Path.home() / ".smm_course"


def test_placeholder_is_seen_but_not_an_attempt(course_home, question):
    question.check(...)
    recorded = entry()
    assert recorded["attempts"] == 0 and recorded["status"] == "not_attempted"
    assert recorded["first_seen"] and recorded["last_seen"]


def test_best_status_is_kept_and_later_attempts_count(course_home, question):
    question.check(0.4)
    assert entry()["status"] == "incorrect"
    question.check(0.5)
    question.check(0.1)
    question.check(...)
    recorded = entry()
    assert recorded["status"] == "correct"
    assert recorded["last_status"] == "incorrect"
    assert recorded["attempts"] == 3
    assert recorded["first_seen"] <= recorded["last_seen"]


def test_hints_and_solution_are_recorded(course_home, question):
    question.hint()
    question.hint()
    question.hint(1)
    question.solution()
    recorded = entry()
    assert recorded["hints_used"] == 2 and recorded["solution_seen"] is True and recorded["attempts"] == 0


def test_examples_outside_the_course_are_not_recorded(course_home):
    ValueQuestion(id="demo.q1", title="D", expected=1).check(1)
    assert progress.load() == {}


def test_store_is_valid_json_after_every_write_and_leaves_no_temp_files(course_home, question):
    for answer in (0.1, 0.5, 0.2):
        question.check(answer)
        json.loads(progress.store_path().read_text())
    leftovers = [p.name for p in course_home.iterdir() if p.name not in {"progress.json", "progress.json.lock"}]
    assert leftovers == []


def _hammer(home: str, worker: int, count: int) -> None:
    os.environ["SMM_COURSE_HOME"] = home
    from smm_course import progress as store

    for i in range(count):
        status = "correct" if i == count - 1 else "incorrect"
        store.record_check(CheckResult(status, "", f"98.w{worker % 2}"))
        store.record_help(f"98.h{worker}", hint=i + 1)


def test_two_processes_checking_at_once_lose_no_update(course_home):
    count = 100
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    workers = [context.Process(target=_hammer, args=(str(course_home), n, count)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    recorded = progress.load()
    assert recorded["98.w0"]["attempts"] == 2 * count
    assert recorded["98.w1"]["attempts"] == 2 * count
    assert recorded["98.w0"]["status"] == "correct"
    assert all(recorded[f"98.h{n}"]["hints_used"] == count for n in range(4))


def test_corrupted_store_is_backed_up_with_a_warning(course_home, question):
    course_home.mkdir(parents=True)
    progress.store_path().write_text('{"format": 1, "questions": {"00.q1": {"status": "corr')
    with pytest.warns(progress.ProgressWarning, match="corrupt-") as caught:
        question.check(0.5)
    backups = list(course_home.glob("progress.json.corrupt-*"))
    assert len(backups) == 1
    assert str(backups[0]) in str(caught[0].message)
    assert backups[0].read_text().startswith('{"format": 1')
    assert entry()["status"] == "correct"


def test_wrong_shape_of_store_also_counts_as_corrupted(course_home):
    course_home.mkdir(parents=True)
    progress.store_path().write_text("[1, 2, 3]")
    with pytest.warns(progress.ProgressWarning):
        assert progress.load() == {}
    assert list(course_home.glob("progress.json.corrupt-*"))


def test_a_store_that_cannot_be_saved_warns_once_and_checks_still_work(tmp_path, monkeypatch, question):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SMM_COURSE_HOME", str(blocker / "home"))
    monkeypatch.setattr(progress, "_save_failed_warned", False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert question.check(0.5).correct
        assert question.check(0.4).status == "incorrect"
    assert len([w for w in caught if issubclass(w.category, progress.ProgressWarning)]) == 1
    assert "SMM_COURSE_HOME" in str(caught[0].message)


def test_lock_timeout_says_what_to_do(course_home, monkeypatch):
    course_home.mkdir(parents=True)
    path = progress.store_path()
    with progress._locked(path):
        with pytest.raises(TimeoutError, match="delete .*progress.json.lock"):
            with progress._locked(path, timeout=0.05):
                pass


def test_summary_covers_every_catalogue_question(course_home):
    get("00.q1").check(0.83)
    table = progress.summary()
    assert list(table.columns) == progress.SUMMARY_COLUMNS
    from smm_course.exercises import catalog

    assert sorted(table["question"]) == sorted(catalog()["id"])
    row = table.set_index("question").loc["00.q1"]
    assert row["status"] == "correct" and row["attempts"] == 1
    assert isinstance(row["last_seen"], pd.Timestamp)
    others = table[table["question"] != "00.q1"]
    assert (others["status"] == "not_attempted").all() and others["last_seen"].isna().all()


def test_print_table_counts_per_notebook(course_home):
    get("00.q1").check(0.83)
    get("00.q2").check("TikTok")
    out = io.StringIO()
    progress.print_table(file=out)
    lines = out.getvalue().splitlines()
    row = next(line for line in lines if line.startswith("00"))
    assert row.split()[-3:] == ["1", "2", "2"]
    assert "done" in lines[1] and "attempted" in lines[1] and "total" in lines[1]


def test_export_writes_one_file_to_hand_in(course_home, tmp_path, monkeypatch):
    monkeypatch.setenv("SMM_COURSE_STUDENT", "Ada Lovelace")
    monkeypatch.chdir(tmp_path)
    get("00.q1").check(0.83)
    path = progress.export()
    assert path.parent == tmp_path and "Ada-Lovelace" in path.name and path.suffix == ".json"
    data = json.loads(path.read_text())
    assert data["student"] == "Ada Lovelace" and data["format"] == progress.EXPORT_FORMAT
    from smm_course.course import course_version

    assert data["course_version"] == course_version()
    assert data["questions"]["00.q1"]["status"] == "correct"
    assert progress.export(tmp_path / "sub" / "mine.json") == tmp_path / "sub" / "mine.json"
    with pytest.raises(ValueError, match="folder"):
        progress.export(tmp_path)


def test_student_name_falls_back_to_the_os_user(monkeypatch):
    monkeypatch.delenv("SMM_COURSE_STUDENT", raising=False)
    assert progress.student_name()


def test_listeners_hear_checks_and_can_leave(course_home, question):
    heard = []
    progress.add_listener(heard.append)
    question.check(0.5)
    question.hint()
    progress.remove_listener(heard.append)
    question.check(0.5)
    assert heard == ["99.q1", "99.q1"]


def test_progress_widget_updates_when_a_question_is_checked(course_home):
    board = progress.widget()
    total = len(progress.summary())
    assert board.totals == (0, total)
    assert f"0 of {total} done" in board.children[0].value
    assert not any(ch.isdigit() for ch in str(board)), "the text form must not change as the course grows"
    row = board.children[1]
    assert row.children[0].value.startswith("00 Start here")
    assert row.children[1].value == 0 and "0 of 2 done" in row.children[2].value
    get("00.q1").check(0.83)
    assert row.children[1].value == 1 and "1 of 2 done, 1 tried" in row.children[2].value
    assert board.totals == (1, total) and f"1 of {total} done" in board.children[0].value

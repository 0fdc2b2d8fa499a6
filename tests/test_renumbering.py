"""Release 0.2.0 moved the capstone from notebook 10 to 11 (social listening is 10 now). What students and
instructors already hold follows it: the progress store, exported progress files and handed-in notebooks.

The move is one table, ``smm_course.status.RENUMBERED``; the progress store's ``MIGRATIONS`` follow it. An old
copy of a notebook (``smm_course.start``) is tested in ``test_course_start.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest

from smm_course import instructor, progress
from smm_course.grading.submissions import find_submissions
from smm_course.status import RENUMBERED

ROOT = Path(__file__).resolve().parent.parent

CAPSTONE_Q1 = {"status": "correct", "last_status": "incorrect", "attempts": 3, "hints_used": 2,
               "solution_seen": False, "first_seen": "2025-11-03T10:00:00+00:00",
               "last_seen": "2025-11-03T10:20:00+00:00"}
RISKS_Q1 = {"status": "incorrect", "last_status": "incorrect", "attempts": 1, "hints_used": 0,
            "solution_seen": False, "first_seen": "2025-11-01T09:00:00+00:00",
            "last_seen": "2025-11-01T09:00:00+00:00"}


def test_the_mapping_is_the_capstone_from_10_to_11_in_one_place():
    assert RENUMBERED == {"0.2.0": {"10": "11"}}
    assert progress.STORE_FORMAT == 2 and progress.MIGRATIONS == {1: {"10": "11"}}


def write_format_1_store(home: Path) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "progress.json"
    # As smm-course 0.1.x wrote it: indent 1, sorted keys, format 1, the capstone under "10.*".
    path.write_text(json.dumps({"format": 1, "store_id": "abc123",
                                "questions": {"10.q1": CAPSTONE_Q1, "09.q1": RISKS_Q1}}, indent=1, sort_keys=True),
                    encoding="utf-8")
    return path


def test_a_format_1_store_loads_with_the_capstone_under_11_and_a_backup_of_the_old_file(course_home):
    path = write_format_1_store(course_home)
    original = path.read_bytes()
    questions = progress.load()
    assert questions == {"11.q1": CAPSTONE_Q1, "09.q1": RISKS_Q1}  # every field kept, attempts and all
    backup = course_home / "progress.json.format1"
    assert backup.read_bytes() == original
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["format"] == 2 and stored["store_id"] == "abc123" and set(stored["questions"]) == {"11.q1", "09.q1"}
    assert progress.summary().set_index("question").loc["11.q1", "status"] == "correct"


def test_a_second_load_changes_nothing(course_home):
    path = write_format_1_store(course_home)
    progress.load()
    migrated, backups = path.read_bytes(), sorted(p.name for p in course_home.iterdir())
    assert progress.load() == {"11.q1": CAPSTONE_Q1, "09.q1": RISKS_Q1}
    assert path.read_bytes() == migrated
    assert sorted(p.name for p in course_home.iterdir()) == backups


def test_the_first_check_after_the_upgrade_migrates_the_store_before_recording(course_home):
    from smm_course.exercises import CheckResult

    write_format_1_store(course_home)
    progress.record_check(CheckResult("incorrect", "", "11.q1"))
    entry = progress.load()["11.q1"]
    assert entry["status"] == "correct" and entry["attempts"] == 4 and entry["last_status"] == "incorrect"
    assert "10.q1" not in progress.load()
    assert (course_home / "progress.json.format1").exists()


def test_a_taken_backup_name_is_never_overwritten(course_home):
    write_format_1_store(course_home)
    (course_home / "progress.json.format1").write_text("an earlier backup", encoding="utf-8")
    progress.load()
    assert (course_home / "progress.json.format1").read_text(encoding="utf-8") == "an earlier backup"
    assert json.loads((course_home / "progress.json.format1-1").read_text(encoding="utf-8"))["format"] == 1


def test_a_format_2_store_keeps_10_for_social_listening(course_home):
    course_home.mkdir(parents=True)
    path = course_home / "progress.json"
    path.write_text(json.dumps({"format": 2, "questions": {"10.q1": RISKS_Q1}}), encoding="utf-8")
    assert progress.load() == {"10.q1": RISKS_Q1}
    assert sorted(p.name for p in course_home.iterdir() if not p.name.endswith(".lock")) == ["progress.json"]


def test_migrating_onto_an_id_already_there_merges_and_loses_no_attempt():
    later = {**RISKS_Q1, "attempts": 2, "first_seen": "2025-12-01T09:00:00+00:00",
             "last_seen": "2025-12-01T09:00:00+00:00"}
    merged = progress.migrate({"10.q1": CAPSTONE_Q1, "11.q1": later}, from_format=1)
    assert list(merged) == ["11.q1"]
    assert merged["11.q1"]["status"] == "correct" and merged["11.q1"]["attempts"] == 5


def test_ids_outside_the_course_and_other_notebooks_do_not_move():
    questions = {"demo.q1": {"status": "correct"}, "01.q10": {"status": "correct"}, "10.quiz": {"status": "correct"}}
    assert set(progress.migrate(questions, from_format=1)) == {"demo.q1", "01.q10", "11.quiz"}


def old_export(path: Path, **fields) -> Path:
    data = {"format": progress.EXPORT_FORMAT, "format_version": 1, "student": "Ada", "student_id": "",
            "store_id": "old-store", "course_version": "0.1.0", "exported_at": "2025-11-05T10:00:00+00:00",
            "questions": {"10.q1": CAPSTONE_Q1, "09.q1": RISKS_Q1}}
    data.update(fields)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_old_export_merges_with_a_new_one_under_the_capstones_new_ids(tmp_path, course_home, monkeypatch):
    from smm_course.exercises import CheckResult

    monkeypatch.setenv("SMM_COURSE_STUDENT", "Ada")
    old = old_export(tmp_path / "ada-0.1.json")
    progress.record_check(CheckResult("incorrect", "", "11.q1"))  # a second session, on 0.2.0
    progress.record_check(CheckResult("correct", "", "11.q2"))
    new = progress.export(tmp_path / "ada-0.2.json")
    assert json.loads(new.read_text(encoding="utf-8"))["format_version"] == 2
    merged = instructor.merge_exports([old, new])["Ada"]
    assert merged["sessions"] == 2
    questions = merged["questions"]
    assert "10.q1" not in questions
    assert questions["11.q1"]["status"] == "correct" and questions["11.q1"]["attempts"] == 4
    assert questions["11.q2"]["status"] == "correct" and questions["09.q1"] == RISKS_Q1
    table = instructor.gradebook([old, new])
    assert table.loc["Ada", "11.q1"] == "correct" and table.loc["Ada", "11.q2"] == "correct"
    assert "10.q1" not in table.columns or table.loc["Ada", "10.q1"] == "not_attempted"


def test_an_export_without_format_version_is_from_0_1(tmp_path):
    path = old_export(tmp_path / "ada.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["format_version"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert set(instructor.merge_exports([path])["Ada"]["questions"]) == {"11.q1", "09.q1"}


def test_a_new_export_keeps_10_for_social_listening(tmp_path):
    path = old_export(tmp_path / "ada.json", format_version=2, course_version="0.2.0")
    assert set(instructor.merge_exports([path])["Ada"]["questions"]) == {"10.q1", "09.q1"}


def test_an_export_with_a_nonsense_format_version_is_explained(tmp_path):
    path = old_export(tmp_path / "ada.json", format_version="two")
    with pytest.raises(ValueError, match="format_version"):
        instructor.merge_exports([path])


def capstone_copy(written_for: str, number: str):
    notebook = nbformat.read(ROOT / "notebooks" / "11_capstone.ipynb", as_version=4)
    notebook.metadata["smm_course"] = {"notebook": number, "written_for": written_for}
    return notebook


def test_a_handed_in_0_1_capstone_gets_a_row_that_says_it_is_an_old_copy(tmp_path):
    (tmp_path / "ada").mkdir()
    nbformat.write(capstone_copy("0.1.0", "10"), tmp_path / "ada" / "10_capstone.ipynb")
    (tmp_path / "bob").mkdir()
    nbformat.write(capstone_copy("0.2.0", "11"), tmp_path / "bob" / "11_capstone.ipynb")
    ada, bob = find_submissions(tmp_path)
    assert ada.notebook == "11"
    assert "old copy" in ada.problem and "0.1.0" in ada.problem and "notebook 11" in ada.problem
    assert bob.notebook == "11" and bob.problem == ""


def test_smm_course_grade_reports_the_old_copy_in_the_students_row(tmp_path):
    import csv

    from smm_course.cli import main

    (tmp_path / "subs" / "ada").mkdir(parents=True)
    nbformat.write(capstone_copy("0.1.0", "10"), tmp_path / "subs" / "ada" / "10_capstone.ipynb")
    assert main(["grade", str(tmp_path / "subs"), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    with (tmp_path / "out" / "grades.csv").open(encoding="utf-8") as handle:
        (row,) = csv.DictReader(handle)
    assert "10_capstone.ipynb: an old copy" in row["problems"] and "notebook 11" in row["problems"]
    assert row["11.q1 status"] == "not_submitted"

"""What grading writes, from verdicts: manual grading round trip, grading.toml, LMS formats, shards and merge.

These start from a ``verdicts.csv`` (what a grading run writes first) so that they run in seconds; the re-running
itself is tested in tests/test_grading.py. Each goes through the ``smm-course grade`` command.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from smm_course.cli import main
from smm_course.grading.gradebook import RECORD_FIELDS, write_records
from smm_course.grading.judge import questions_in


def verdict_rows(student: str, right: set[str], reflection: str = "") -> list[dict]:
    rows = [{"student": student, "file": "09_risks.ipynb", "notebook": "09", "question": "", "status": "",
             "message": "", "answer": "", "problem": "", "flags": ""}]
    for question in questions_in("09"):
        status = "correct" if question in right else "incorrect"
        answer = "12"
        if question == "09.q5":
            status, answer = "submitted", reflection
        rows.append({"student": student, "file": "09_risks.ipynb", "notebook": "09", "question": question,
                     "status": status, "message": "Checked.", "answer": answer, "problem": "", "flags": ""})
    return rows


@pytest.fixture
def graded_folder(tmp_path) -> Path:
    scored = [q for q in questions_in("09") if q != "09.q5"]
    rows = (verdict_rows("ada", set(scored), "We would answer on TikTok first, where the video spread, then "
                                              "escalate to legal.")
            + verdict_rows("bob", set(scored[:1]), "asdf"))
    out = tmp_path / "graded"
    out.mkdir()
    write_records(rows, out / "verdicts.csv")
    assert main(["grade", "--out", str(out)]) == 0
    return out


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def by_student(path: Path) -> dict[str, dict]:
    return {row["student"]: row for row in read(path)}


def test_written_work_goes_to_manual_csv_with_near_empty_text_flagged(graded_folder):
    manual = {row["student"]: row for row in read(graded_folder / "manual.csv")}
    assert manual["ada"]["text"].startswith("We would answer on TikTok") and manual["ada"]["flag"] == ""
    assert manual["bob"]["text"] == "asdf" and manual["bob"]["flag"] == "empty or near-empty"
    assert manual["ada"]["score"] == "" and manual["ada"]["rubric"]
    grades = by_student(graded_folder / "grades.csv")
    assert grades["bob"]["09.q5 status"] == "to_grade"


def test_manual_scores_and_comments_merge_into_grades_and_feedback(graded_folder, tmp_path):
    config = tmp_path / "grading.toml"
    config.write_text('[points]\n"09.q5" = 4\n')
    assert main(["grade", "--out", str(graded_folder), "--config", str(config)]) == 0
    rows = read(graded_folder / "manual.csv")
    for row in rows:
        row["score"], row["comment"] = ("3.5", "Clear order of steps.") if row["student"] == "ada" else ("0", "Empty.")
    with (graded_folder / "manual.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main(["grade", "--out", str(graded_folder), "--config", str(config),
                 "--manual", str(graded_folder / "manual.csv")]) == 0
    grades = by_student(graded_folder / "grades.csv")
    scored = len(questions_in("09")) - 1
    assert grades["ada"]["09.q5 points"] == "3.5" and grades["ada"]["09.q5 status"] == "graded"
    assert grades["ada"]["points"] == f"{scored + 3.5:g}" and grades["ada"]["max_points"] == f"{scored + 4:g}"
    feedback = (graded_folder / "feedback" / "ada.html").read_text(encoding="utf-8")
    assert "Clear order of steps." in feedback and "3.5 / 4" in feedback
    assert read(graded_folder / "manual.csv")[0]["score"] in {"3.5", "0"}  # the scores are kept, not wiped


def test_a_bad_manual_score_names_the_file_and_line(graded_folder, capsys):
    rows = read(graded_folder / "manual.csv")
    rows[0]["score"] = "lots"
    path = graded_folder / "manual.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main(["grade", "--out", str(graded_folder), "--manual", str(path)]) == 2
    assert f"{path}, line 2: score 'lots' is not a number" in capsys.readouterr().err


def test_points_and_weights_from_grading_toml(graded_folder, tmp_path):
    first = questions_in("09")[0]
    config = tmp_path / "grading.toml"
    config.write_text(f'notebooks = ["09"]\n[points]\n"{first}" = 3\n[weights]\n"09" = 2\n')
    assert main(["grade", "--out", str(graded_folder), "--config", str(config)]) == 0
    grades = by_student(graded_folder / "grades.csv")
    scored = len(questions_in("09")) - 1
    assert grades["bob"][f"{first} points"] == "3" and grades["bob"]["max_points"] == f"{scored + 2:g}"
    assert float(grades["bob"]["percent"]) == pytest.approx(100 * 3 / (scored + 2), abs=0.05)


@pytest.mark.parametrize("text, words", [
    ('[points]\n"99.q1" = 1\n', "not a question of the course"),
    ("[points]\nx = -1\n", "must be a number of 0 or more"),
    ("points = [", "is not valid TOML"),
    ("bonus = 1\n", "unknown key(s) bonus")])
def test_a_bad_grading_toml_names_the_file_and_the_key(graded_folder, tmp_path, capsys, text, words):
    config = tmp_path / "grading.toml"
    config.write_text(text)
    assert main(["grade", "--out", str(graded_folder), "--config", str(config)]) == 2
    error = capsys.readouterr().err
    assert str(config) in error and words in error


def test_canvas_import_file_has_canvas_columns(graded_folder):
    assert main(["grade", "--out", str(graded_folder), "--lms", "canvas"]) == 0
    with (graded_folder / "canvas_grades.csv").open(encoding="utf-8", newline="") as handle:
        header, possible, *rows = list(csv.reader(handle))
    assert header[:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    assert header[5:] == ["SMM course total", "SMM course notebook 09"]
    assert possible[0] == "Points Possible" and possible[5:] == ["100", "100"]
    assert {row[3] for row in rows} == {"ada", "bob"}
    ada = next(row for row in rows if row[3] == "ada")
    assert float(ada[5]) == pytest.approx(100.0)


def test_moodle_import_file_has_a_user_column_grades_and_feedback(graded_folder):
    assert main(["grade", "--out", str(graded_folder), "--lms", "moodle"]) == 0
    rows = read(graded_folder / "moodle_grades.csv")
    assert list(rows[0]) == ["Username", "SMM course total", "Feedback", "SMM course notebook 09"]
    bob = next(row for row in rows if row["Username"] == "bob")
    assert 0 < float(bob["SMM course total"]) < 100 and "feedback/bob.html" in bob["Feedback"]


def test_merging_shard_folders_gives_the_whole_class(graded_folder, tmp_path):
    rows = read(graded_folder / "verdicts.csv")
    shards = []
    for number, student in enumerate(("ada", "bob"), start=1):
        shard = tmp_path / f"shard{number}"
        shard.mkdir()
        write_records([r for r in rows if r["student"] == student], shard / "verdicts.csv")
        shards.append(str(shard))
    merged = tmp_path / "merged"
    assert main(["grade", "--merge", *shards, "--out", str(merged)]) == 0
    assert by_student(merged / "grades.csv") == by_student(graded_folder / "grades.csv")


def test_merge_refuses_a_folder_that_is_not_grading_output(tmp_path, capsys):
    assert main(["grade", "--merge", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "has no verdicts.csv" in capsys.readouterr().err


def test_records_keep_their_columns(graded_folder):
    with (graded_folder / "verdicts.csv").open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == RECORD_FIELDS


def test_a_graded_copy_that_lost_its_graded_flag_is_flagged(tmp_path):
    from smm_course.grading import integrity_flags
    from smm_course.grading.submissions import find_submissions

    for student, start in (("kept", 'start("00", written_for="1", graded=True)'), ("lost", 'start("00")')):
        (tmp_path / student).mkdir()
        notebook = {"cells": [{"cell_type": "code", "source": start, "metadata": {}, "outputs": []}],
                    "metadata": {"smm_course": {"notebook": "00", "graded": True}}, "nbformat": 4,
                    "nbformat_minor": 5}
        (tmp_path / student / "00_start_here.ipynb").write_text(json.dumps(notebook))
    flags = {s.student: integrity_flags(s) for s in find_submissions(tmp_path)}
    assert flags["kept"] == [] and "lost graded=True" in flags["lost"][0]

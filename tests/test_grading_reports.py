"""The capstone's report, written by a re-run of the notebook, is collected for people to grade.

The report is not an answer in a variable: it is the file the capstone writes once the plan is complete. The
installed capstone's cell metadata says which cell writes it and where its rubric is (smm_course.grading.written);
the grader collects the file that the re-run wrote, never one handed in beside the notebook.
"""

from __future__ import annotations

import copy
import csv
from pathlib import Path

import nbformat
import pytest

from smm_course.cli import main
from smm_course.grading.config import load_config
from smm_course.grading.judge import judge_notebook, questions_in
from smm_course.grading.written import plain_text, written_files
from smm_course.instructor import find_notebooks_dir, solve_notebook

CAPSTONE = next(find_notebooks_dir().glob("11_*.ipynb"))
REPORT = "11.report"


def test_the_capstone_declares_its_report_and_rubric_in_cell_metadata():
    (report,) = written_files("11")
    assert (report.id, report.kind) == (REPORT, "report")
    assert report.file.endswith(".html") and report.title
    assert report.rubric.startswith("part: The report; points: 2; full marks when: complete")
    assert REPORT in questions_in("11") and not written_files("00")


def test_the_writing_cell_is_the_one_that_writes_the_file():
    (report,) = written_files("11")
    cells = nbformat.read(CAPSTONE, as_version=4).cells
    writers = [c for c in cells if c.metadata.get("smm_course", {}).get("writes", {}).get("id") == REPORT]
    assert len(writers) == 1 and f'"{report.file}"' in writers[0].source


@pytest.mark.parametrize("present, text, status, words", [
    (set(), None, "not_attempted", "cell that writes"),
    ({REPORT}, None, "not_attempted", "wrote no"),
    ({REPORT}, "   ", "not_attempted", "wrote no"),
    ({REPORT}, "Plan\nGoal: +10% orders", "submitted", "instructor"),
])
def test_a_report_is_judged_from_what_the_run_wrote(present, text, status, words):
    files = {} if text is None else {REPORT: text}
    (verdict,) = [v for v in judge_notebook("11", {}, present, files) if v.question_id == REPORT]
    assert verdict.status == status and words in verdict.message


def test_plain_text_keeps_words_and_drops_markup_and_styles():
    text = plain_text("<html><head><title>x</title><style>td{}</style><script>alert(1)</script></head><body>"
                      "<h1>Spring plan</h1><table><tr><th>KPI</th><td>orders &amp; reach</td></tr></table>"
                      "<p>We will<br>adapt.</p></body></html>")
    assert text.splitlines() == ["Spring plan", "KPI | orders & reach", "We will", "adapt."]
    assert len(plain_text("<p>" + "word " * 10_000 + "</p>")) < 20_100


def test_grading_toml_can_give_the_report_points(tmp_path):
    path = tmp_path / "grading.toml"
    path.write_text('[points]\n"11.report" = 2\n')
    assert load_config(path).points == {REPORT: 2.0}


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_grading_collects_the_report_the_rerun_wrote_and_not_one_handed_in(tmp_path):
    starter = nbformat.read(CAPSTONE, as_version=4)
    submissions = tmp_path / "submissions"
    for student, notebook in {"solved": solve_notebook(copy.deepcopy(starter)), "starter": starter}.items():
        (submissions / student).mkdir(parents=True)
        nbformat.write(notebook, submissions / student / CAPSTONE.name)
    (report,) = written_files("11")
    # A report written by hand beside an untouched starter: the re-run writes none, so none is collected.
    (submissions / "starter" / report.file).write_text("<p>My brilliant plan, honestly written by me.</p>")
    out = tmp_path / "out"
    assert main(["grade", str(submissions), "--out", str(out), "--workers", "2", "--timeout", "300"]) == 0
    manual = {(row["student"], row["question"]): row for row in _read(out / "manual.csv")}
    solved, handed_in = manual[("solved", REPORT)], manual[("starter", REPORT)]
    assert "Nuvola" in solved["text"] and len(solved["text"].split()) > 100 and solved["flag"] == ""
    assert solved["rubric"] == report.rubric and solved["title"] == report.title
    assert handed_in["text"] == "" and handed_in["flag"] == "empty or near-empty"
    grades = {row["student"]: row for row in _read(out / "grades.csv")}
    assert grades["solved"][f"{REPORT} status"] == "to_grade"
    assert grades["starter"][f"{REPORT} status"] == "not_attempted"
    assert (submissions / "starter" / report.file).read_text().startswith("<p>My brilliant")
    feedback = (out / "feedback" / "solved.html").read_text(encoding="utf-8")
    assert REPORT in feedback and report.title in feedback

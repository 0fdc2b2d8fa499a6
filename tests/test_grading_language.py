"""`smm-course grade --lang it`: what students read (feedback pages, verdict messages) is Italian; what programs
read (CSV columns, status codes) is the same in both languages.

Like tests/test_grading_outputs.py these start from a ``verdicts.csv`` so that they run in seconds; the verdict
messages are checked on the judge itself, which re-running calls in the grader's process.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from smm_course import i18n
from smm_course.cli import main
from smm_course.grading import judge
from smm_course.grading.gradebook import write_records
from smm_course.grading.judge import questions_in


def verdict_rows(student: str, right: set[str]) -> list[dict]:
    rows = [{"student": student, "file": "09_risks.ipynb", "notebook": "09", "question": "", "status": "",
             "message": "", "answer": "", "problem": "", "flags": ""}]
    for question in questions_in("09"):
        status = "submitted" if question == "09.q5" else "correct" if question in right else "incorrect"
        rows.append({"student": student, "file": "09_risks.ipynb", "notebook": "09", "question": question,
                     "status": status, "message": "…", "answer": "12", "problem": "", "flags": ""})
    return rows


def grade(folder: Path, *options: str) -> Path:
    folder.mkdir()
    scored = [q for q in questions_in("09") if q != "09.q5"]
    write_records(verdict_rows("ada", set(scored[:2])), folder / "verdicts.csv")
    assert main(["grade", "--out", str(folder), *options]) == 0
    return folder


def header_and_codes(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


@pytest.fixture(autouse=True)
def no_language_from_the_environment(monkeypatch):
    monkeypatch.delenv("SMM_COURSE_LANG", raising=False)


def test_feedback_pages_are_italian_and_the_csv_files_keep_their_columns_and_codes(tmp_path):
    english, italian = grade(tmp_path / "en"), grade(tmp_path / "it", "--lang", "it")
    page = (italian / "feedback" / "ada.html").read_text(encoding="utf-8")
    assert "<html lang='it'>" in page and "Valutazione di ada" in page
    for words in ("Totale:", "Domanda", "Esito", "Punti", "Commento del docente", "non corretto", "da valutare"):
        assert words in page, words
    assert "Feedback for" not in page and "incorrect" not in page
    percent = f"{200 / (len(questions_in('09')) - 1):.1f}".replace(".", ",")
    assert f"Notebook 09: {percent}%" in page, "Italian prose writes a decimal comma"
    assert "<html lang='en'>" in (english / "feedback" / "ada.html").read_text(encoding="utf-8")
    # Programs read these: the same columns and the same status codes, whatever the language.
    assert header_and_codes(english / "grades.csv") == header_and_codes(italian / "grades.csv")
    assert header_and_codes(english / "questions.csv")[0] == header_and_codes(italian / "questions.csv")[0]
    manual_en, manual_it = header_and_codes(english / "manual.csv"), header_and_codes(italian / "manual.csv")
    assert manual_en[0] == manual_it[0]
    assert i18n.get_language() == "en", "`grade --lang it` must not leave the process speaking Italian"


def test_smm_course_lang_in_the_environment_is_the_default(tmp_path, monkeypatch):
    monkeypatch.setenv("SMM_COURSE_LANG", "it")
    # No language chosen in this process (an earlier test in the same worker may have chosen one): the variable rules.
    with i18n.use_language(None):
        page = (grade(tmp_path / "out") / "feedback" / "ada.html").read_text(encoding="utf-8")
    assert "Valutazione di ada" in page


def test_verdict_messages_speak_the_chosen_language():
    def messages() -> list[str]:
        return [verdict.message for verdict in judge.judge_notebook("09", {}, set())]

    english = messages()
    assert "The exercise cell is missing from the submitted notebook." in english
    i18n.set_language("it")
    try:
        italian = messages()
        checked = judge._judge("00.q1", 12345).message
    finally:
        i18n._chosen_language = None
    assert "Nel notebook consegnato manca la cella dell'esercizio." in italian
    assert not set(english) & set(italian)
    assert checked != judge._judge("00.q1", 12345).message, "the check's own feedback follows the language too"


def test_the_moodle_feedback_sentence_follows_the_language_and_names_the_real_file(tmp_path):
    folder = tmp_path / "graded"
    folder.mkdir()
    write_records(verdict_rows("Ada Rossi", set()), folder / "verdicts.csv")
    assert main(["grade", "--out", str(folder), "--lms", "moodle", "--lang", "it"]) == 0
    with (folder / "moodle_grades.csv").open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["Feedback"] == "Il feedback dettagliato è nel file feedback/Ada_Rossi.html"
    assert (folder / "feedback" / "Ada_Rossi.html").is_file()

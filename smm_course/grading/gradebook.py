"""Turn graded submissions into what an instructor reads and returns.

Grading writes ``verdicts.csv`` first: one row per question judged (and one per file, with its problem and
integrity flags). Everything else is made from those rows, so shards graded on different machines merge by
reading their ``verdicts.csv`` files, and the instructor's manual scores are merged in without re-running
anything. From the rows come:

- ``grades.csv``: one row per student, each question's status and points, each notebook's percentage, the
  weighted total, the problems with files and the integrity flags;
- ``questions.csv``: per question, how many students were judged, the pass rate, and the most common wrong
  answers with the feedback they got;
- ``manual.csv``: the written work (reflections and reports, :mod:`.written`), one row per student and question,
  with the rubric, the text, a flag for empty or near-empty text, and the score and comment columns the instructor
  fills in;
- ``feedback/<student>.html``: per notebook and question, the status, the feedback the student would have seen,
  the points and the instructor's comment.

Text that people read (feedback pages, the rubric and flag in ``manual.csv``) is in the engine's language
(``smm-course grade --lang it``); column names and status codes in the CSV files stay the same in every language,
because programs read them.
"""

from __future__ import annotations

import collections
import csv
import html
import re
from dataclasses import dataclass
from pathlib import Path

from smm_course.grading.config import GradingConfig, practice_notebooks
from smm_course.grading.judge import questions_in
from smm_course.grading.written import graded_item
from smm_course.i18n import get_language, translate

__all__ = ["RECORD_FIELDS", "Table", "build_table", "read_manual", "read_records", "records_of", "write_outputs"]

RECORD_FIELDS = ["student", "file", "notebook", "question", "status", "message", "answer", "problem", "flags"]
MANUAL_FIELDS = ["student", "question", "title", "max_points", "rubric", "text", "flag", "score", "comment"]
WRITTEN_KINDS = {"reflection", "report"}


def records_of(graded) -> list[dict]:
    """The rows of ``verdicts.csv`` for a list of :class:`~smm_course.grading.Graded`."""
    rows = []
    for item in graded:
        base = {"student": item.submission.student, "file": item.submission.path.name,
                "notebook": item.submission.notebook or ""}
        rows.append({**base, "question": "", "status": "", "message": "", "answer": "", "problem": item.problem,
                     "flags": " | ".join(item.flags)})
        for verdict in item.verdicts:
            written = graded_item(verdict.question_id).kind in WRITTEN_KINDS
            answer = "" if not verdict.answered else (str(verdict.answer) if written else _short(repr(verdict.answer)))
            rows.append({**base, "question": verdict.question_id, "status": verdict.status,
                         "message": verdict.message, "answer": answer, "problem": "", "flags": ""})
    return rows


def write_records(rows: list[dict], path: Path) -> Path:
    with Path(path).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=RECORD_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    return Path(path)


def read_records(folders: list[Path]) -> list[dict]:
    """The rows of every ``verdicts.csv`` in ``folders`` (shards), checked to be grading output."""
    rows = []
    for folder in folders:
        path = Path(folder) / "verdicts.csv"
        if not path.is_file():
            raise ValueError(f"{folder} has no verdicts.csv: is it the --out folder of `smm-course grade`?")
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != RECORD_FIELDS:
                raise ValueError(f"{path} does not have the columns `smm-course grade` writes.")
            rows.extend(reader)
    return rows


def read_manual(path: Path) -> dict[tuple[str, str], dict]:
    """The instructor's scores and comments from ``manual.csv``, by (student, question); checks each score."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file (the manual.csv that `smm-course grade` wrote, with scores added).")
    found = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"student", "question", "score", "comment"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path} lacks the column(s) {', '.join(sorted(missing))}.")
        for line, row in enumerate(reader, start=2):
            score = (row.get("score") or "").strip()
            if score:
                try:
                    value = float(score.replace(",", "."))
                except ValueError:
                    raise ValueError(f"{path}, line {line}: score {score!r} is not a number.") from None
                maximum = float(row.get("max_points") or "inf")
                if not 0 <= value <= maximum:
                    raise ValueError(f"{path}, line {line}: score {value:g} is outside 0 to {maximum:g}.")
                row["score"] = value
            else:
                row["score"] = None
            found[(row["student"], row["question"])] = row
    return found


@dataclass
class Table:
    """A graded class in memory: what :func:`write_outputs` and the LMS exports write."""

    students: list[str]
    notebooks: list[str]
    questions: list[str]
    verdicts: dict  # (student, question) -> record
    files: dict  # student -> list of file records
    points: dict  # (student, question) -> points earned
    maximum: dict  # question -> points possible
    percent: dict  # (student, notebook) -> percentage of that notebook
    total: dict  # student -> weighted percentage
    manual: dict


def build_table(rows: list[dict], config: GradingConfig, manual: dict | None = None) -> Table:
    manual = manual or {}
    students = sorted({r["student"] for r in rows})
    seen = sorted({r["notebook"] for r in rows if r["notebook"]})
    # Practice notebooks (GRADED = False in their question module) count only when grading.toml names them.
    practice = practice_notebooks()
    notebooks = list(config.notebooks or [n for n in seen if n not in practice])
    questions = [q for n in notebooks for q in questions_in(n)]
    maximum = {q: config.points.get(q, 0.0 if graded_item(q).kind in WRITTEN_KINDS else 1.0) for q in questions}
    verdicts, files = {}, collections.defaultdict(list)
    # Two files of one notebook from one student: the later file name wins (the row lists both files).
    for row in sorted(rows, key=lambda r: (r["student"], r["file"])):
        if row["question"]:
            verdicts[(row["student"], row["question"])] = row
        else:
            files[row["student"]].append(row)
    points, percent, total = {}, {}, {}
    for student in students:
        for question in questions:
            row = verdicts.get((student, question))
            graded_by_hand = manual.get((student, question), {}).get("score")
            if graded_item(question).kind in WRITTEN_KINDS:
                points[(student, question)] = min(graded_by_hand or 0.0, maximum[question])
            else:
                points[(student, question)] = maximum[question] if row and row["status"] == "correct" else 0.0
        weighted = weights = 0.0
        for notebook in notebooks:
            possible = sum(maximum[q] for q in questions if q.startswith(notebook + "."))
            earned = sum(points[(student, q)] for q in questions if q.startswith(notebook + "."))
            percent[(student, notebook)] = 100 * earned / possible if possible else 0.0
            if possible:
                weighted += config.weight(notebook) * percent[(student, notebook)]
                weights += config.weight(notebook)
        total[student] = weighted / weights if weights else 0.0
    return Table(students, notebooks, questions, verdicts, dict(files), points, maximum, percent, total, manual)


def write_outputs(rows: list[dict], out: Path, config: GradingConfig, manual: dict | None = None) -> Table:
    """Write verdicts.csv, grades.csv, questions.csv, manual.csv and feedback/ into ``out``."""
    out = Path(out)
    (out / "feedback").mkdir(parents=True, exist_ok=True)
    write_records(rows, out / "verdicts.csv")
    table = build_table(rows, config, manual)
    _write_grades(table, out / "grades.csv")
    _write_questions(table, out / "questions.csv")
    _write_manual(table, out / "manual.csv")
    for student in table.students:
        (out / "feedback" / f"{safe_name(student)}.html").write_text(_feedback_html(table, student), encoding="utf-8")
    return table


def _status(table: Table, student: str, question: str) -> str:
    row = table.verdicts.get((student, question))
    if row is None:
        return "not_submitted"
    if graded_item(question).kind in WRITTEN_KINDS and row["status"] == "submitted":
        return "graded" if table.manual.get((student, question), {}).get("score") is not None else "to_grade"
    return row["status"]


def _write_grades(table: Table, path: Path) -> None:
    header = ["student"] + [f"{q} {part}" for q in table.questions for part in ("status", "points")]
    header += [f"{n} percent" for n in table.notebooks]
    header += ["points", "max_points", "percent", "problems", "integrity_flags"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for student in table.students:
            row = [student]
            for question in table.questions:
                row += [_status(table, student, question), f"{table.points[(student, question)]:g}"]
            row += [f"{table.percent[(student, n)]:.1f}" for n in table.notebooks]
            earned = sum(table.points[(student, q)] for q in table.questions)
            files = table.files.get(student, [])
            problems = "; ".join(f"{f['file']}: {f['problem']}" for f in files if f["problem"])
            flags = "; ".join(f"{f['file']}: {f['flags']}" for f in files if f["flags"])
            writer.writerow(row + [f"{earned:g}", f"{sum(table.maximum.values()):g}", f"{table.total[student]:.1f}",
                                   problems, flags])


def _write_questions(table: Table, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["question", "title", "kind", "points", "judged", "correct", "pass_rate",
                         "common_wrong_answers"])
        for question in table.questions:
            rows = [table.verdicts[(s, question)] for s in table.students if (s, question) in table.verdicts]
            judged = [r for r in rows if r["status"] not in ("not_attempted", "")]
            correct = sum(r["status"] == "correct" for r in judged)
            wrong = collections.Counter((r["answer"], r["message"]) for r in judged
                                        if r["status"] in ("incorrect", "error"))
            common = " | ".join(f"{answer} (x{count}): {message[:160]}"
                                for (answer, message), count in wrong.most_common(3))
            item = graded_item(question)
            rate = f"{correct / len(judged):.3f}" if judged and item.kind not in WRITTEN_KINDS else ""
            writer.writerow([question, item.title, item.kind, f"{table.maximum[question]:g}", len(judged), correct,
                             rate, common])


def near_empty(text: str) -> bool:
    """Text too short to be an answer: fewer than five words, or no word of three letters."""
    words = re.findall(r"[^\W\d_]{3,}", text)
    return len(text.split()) < 5 or not words


def _write_manual(table: Table, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANUAL_FIELDS)
        writer.writeheader()
        for question in table.questions:
            item = graded_item(question)
            if item.kind not in WRITTEN_KINDS:
                continue
            rubric = getattr(item, "rubric", "") or translate("grading.model_answer",
                                                              answer=getattr(item, "model_answer", ""))
            for student in table.students:
                row = table.verdicts.get((student, question))
                text = row["answer"] if row else ""
                before = table.manual.get((student, question), {})
                writer.writerow({"student": student, "question": question, "title": item.title,
                                 "max_points": f"{table.maximum[question]:g}", "rubric": rubric, "text": text,
                                 "flag": translate("grading.near_empty") if near_empty(text) else "",
                                 "score": "" if before.get("score") is None else f"{before['score']:g}",
                                 "comment": before.get("comment", "")})


def _number(text: str) -> str:
    """A number formatted for the reader: Italian prose writes the decimal point as a comma."""
    return text.replace(".", ",") if get_language() == "it" else text


def status_text(status: str) -> str:
    """A status code of ``grades.csv`` in the words of the feedback page, in the engine's language.

    >>> status_text("to_grade"), status_text("not_attempted")
    ('to grade', 'not attempted')
    """
    try:
        return translate(f"grading.status_{status}")
    except KeyError:  # a status this version does not know: show the code itself
        return status.replace("_", " ")


def _feedback_html(table: Table, student: str) -> str:
    parts = ["<!doctype html>", f"<html lang='{get_language()}'><head><meta charset='utf-8'>",
             f"<title>{html.escape(translate('grading.feedback_title', student=student))}</title></head><body>",
             f"<h1>{html.escape(translate('grading.feedback_title', student=student))}</h1>",
             f"<p>{html.escape(translate('grading.total'))} "
             f"<strong>{_number(f'{table.total[student]:.1f}')}%</strong></p>"]
    for record in table.files.get(student, []):
        if record["problem"]:
            parts.append(f"<p><strong>{html.escape(record['file'])}:</strong> {html.escape(record['problem'])}</p>")
    headers = "".join(f"<th scope='col'>{html.escape(translate(f'grading.col_{column}'))}</th>"
                      for column in ("question", "status", "points", "feedback", "comment"))
    for notebook in table.notebooks:
        percent = _number(f"{table.percent[(student, notebook)]:.1f}")
        parts.append(f"<h2>Notebook {html.escape(notebook)}: {percent}%</h2>")
        parts.append(f"<table><thead><tr>{headers}</tr></thead><tbody>")
        for question in [q for q in table.questions if q.startswith(notebook + ".")]:
            row = table.verdicts.get((student, question), {})
            comment = table.manual.get((student, question), {}).get("comment", "")
            points = _number(f"{table.points[(student, question)]:g} / {table.maximum[question]:g}")
            parts.append(
                f"<tr><th scope='row'>{html.escape(question)} {html.escape(graded_item(question).title)}</th>"
                f"<td>{html.escape(status_text(_status(table, student, question)))}</td>"
                f"<td>{points}</td>"
                f"<td>{html.escape(row.get('message', ''))}</td><td>{html.escape(comment)}</td></tr>")
        parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."


def safe_name(name: str) -> str:
    """A student's name as a file name: letters, digits, '-', '_' and '.' kept, anything else '_'."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)

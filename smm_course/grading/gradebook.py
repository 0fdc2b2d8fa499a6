"""Write a graded class to ``--out``: ``grades.csv``, ``questions.csv`` and ``feedback/<student>.html``.

Every scored question is worth one point (reflections and the capstone report are written work, graded by
people, so they score nothing here). ``grades.csv`` has one row per student with each question's status and
points, the total, the maximum and the percentage, any problem with a file and the integrity flags.
``questions.csv`` has one row per question: how many students were judged on it, the pass rate, and the most
common wrong answers with the feedback they got, which is what an instructor reads before the next class.
"""

from __future__ import annotations

import collections
import csv
import html
from pathlib import Path

from smm_course.exercises import get
from smm_course.grading import Graded
from smm_course.grading.judge import questions_in

__all__ = ["points_of", "write_gradebook"]

WRITTEN = {"reflection"}


def points_of(question_id: str) -> float:
    """Points a question is worth: 1, or 0 for written work that people grade."""
    return 0.0 if get(question_id).kind in WRITTEN else 1.0


def write_gradebook(graded: list[Graded], out: Path) -> dict[str, Path]:
    """Write the three outputs; return their paths by name."""
    out = Path(out)
    (out / "feedback").mkdir(parents=True, exist_ok=True)
    notebooks = sorted({g.submission.notebook for g in graded if g.submission.notebook})
    question_ids = [q for n in notebooks for q in questions_in(n)]
    students = sorted({g.submission.student for g in graded})
    by_student = collections.defaultdict(list)
    for item in graded:
        by_student[item.submission.student].append(item)
    paths = {"grades": out / "grades.csv", "questions": out / "questions.csv"}
    _write_grades(paths["grades"], students, by_student, question_ids)
    _write_questions(paths["questions"], graded, question_ids)
    for student in students:
        path = out / "feedback" / f"{_safe(student)}.html"
        path.write_text(_feedback_html(student, by_student[student]), encoding="utf-8")
        paths[f"feedback/{student}"] = path
    return paths


def _verdicts(items: list[Graded]) -> dict:
    # Two files of the same notebook from one student: the later file name wins, and the row says so.
    found = {}
    for item in sorted(items, key=lambda g: g.submission.path.name):
        for verdict in item.verdicts:
            found[verdict.question_id] = verdict
    return found


def _write_grades(path: Path, students, by_student, question_ids) -> None:
    maximum = sum(points_of(q) for q in question_ids)
    header = ["student"] + [f"{q} {part}" for q in question_ids for part in ("status", "points")]
    header += ["points", "max_points", "percent", "problems", "integrity_flags"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for student in students:
            items = by_student[student]
            verdicts = _verdicts(items)
            row, total = [student], 0.0
            for question_id in question_ids:
                verdict = verdicts.get(question_id)
                status = verdict.status if verdict else "not_submitted"
                points = points_of(question_id) if status == "correct" else 0.0
                total += points
                row += [status, f"{points:g}"]
            problems = "; ".join(f"{i.submission.path.name}: {i.problem}" for i in items if i.problem)
            flags = "; ".join(f"{i.submission.path.name} {flag}" for i in items for flag in i.flags)
            percent = 100 * total / maximum if maximum else 0.0
            writer.writerow(row + [f"{total:g}", f"{maximum:g}", f"{percent:.1f}", problems, flags])


def _write_questions(path: Path, graded: list[Graded], question_ids) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["question", "title", "kind", "points", "judged", "correct", "pass_rate",
                         "common_wrong_answers"])
        for question_id in question_ids:
            verdicts = [v for g in graded for v in g.verdicts if v.question_id == question_id]
            judged = [v for v in verdicts if v.status != "not_attempted"]
            correct = sum(v.status == "correct" for v in judged)
            wrong = collections.Counter((_short(repr(v.answer)), v.message) for v in judged
                                        if v.status in ("incorrect", "error"))
            common = " | ".join(f"{answer} (x{count}): {message[:160]}"
                                for (answer, message), count in wrong.most_common(3))
            question = get(question_id)
            rate = f"{correct / len(judged):.3f}" if judged else ""
            writer.writerow([question_id, question.title, question.kind, f"{points_of(question_id):g}",
                             len(judged), correct, rate, common])


def _feedback_html(student: str, items: list[Graded]) -> str:
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Feedback for "
             f"{html.escape(student)}</title></head><body><h1>Feedback for {html.escape(student)}</h1>"]
    for item in sorted(items, key=lambda g: g.submission.path.name):
        parts.append(f"<h2>{html.escape(item.submission.path.name)}</h2>")
        if item.problem:
            parts.append(f"<p><strong>Problem:</strong> {html.escape(item.problem)}</p>")
        if item.verdicts:
            parts.append("<table><thead><tr><th scope='col'>Question</th><th scope='col'>Status</th>"
                         "<th scope='col'>Points</th><th scope='col'>Feedback</th></tr></thead><tbody>")
            for verdict in item.verdicts:
                points = points_of(verdict.question_id) if verdict.status == "correct" else 0
                parts.append(f"<tr><td>{html.escape(verdict.question_id)} {html.escape(get(verdict.question_id).title)}"
                             f"</td><td>{html.escape(verdict.status.replace('_', ' '))}</td><td>{points:g}</td>"
                             f"<td>{html.escape(verdict.message)}</td></tr>")
            parts.append("</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)

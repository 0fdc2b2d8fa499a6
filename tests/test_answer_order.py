"""No answer before its question: nothing a student sees above a value exercise shows that exercise's answer.

For every value question, the answer is what the question's own solution computes in its notebook's real state
(:mod:`notebook_states`). Everything above the exercise cell is then searched for it: the stored outputs of
code cells (printed text, tables as text and HTML) and the markdown. A number counts as shown when one of the
ways a notebook prints it appears as a whole number: as Python prints it, rounded to the decimals the question
asks for or to 1 to 3 decimals, as a percentage, or with thousands commas. Only renderings with at least three
digits are searched, since "5" or "0.3" turn up everywhere by chance. A Series, list, dict or table answer counts
as shown when all of its (at least two) searchable values appear in one single output or markdown cell.

Text and yes/no answers are not searched (a platform's name is rightly everywhere in the notebook); questions
that are not value questions show no computed answer to search for.
"""

from __future__ import annotations

import html
import math
import re
from numbers import Number

import nbformat
import pandas as pd
import pytest

from notebook_states import cell_of, notebook_path
from smm_course.exercises import catalog, get

VALUE_IDS = [row.id for row in catalog().itertuples() if row.kind == "value"]

# Exercises whose very task is to read a value off the table shown above them. They are held to the opposite:
# the value must be there to read, so the list cannot silently outlive a change to the notebook.
READ_OFF_THE_TABLE = {
    "00.q1": "the first exercise teaches how to answer by reading YouTube's share in the table above",
}


def renderings(value: float, decimals: int | None = None) -> set[str]:
    """The ways a notebook or a sentence would print ``value``, keeping those with at least three digits."""
    if isinstance(value, bool) or not isinstance(value, Number) or not math.isfinite(float(value)):
        return set()
    value = float(value)
    forms = {repr(value), f"{value:,}"}
    if value.is_integer():
        forms |= {str(int(value)), f"{int(value):,}"}
    for places in {1, 2, 3, decimals} - {None}:
        forms |= {f"{value:.{places}f}", f"{value:,.{places}f}"}
    if abs(value) < 10:
        forms |= {f"{value:.1%}", f"{value:.2%}"}
    return {form for form in forms if sum(ch.isdigit() for ch in form) >= 3 and form.strip("0.,-%")}


def values_of(answer) -> list:
    """The numbers inside an answer: itself, or the values of a Series, list, tuple, dict or DataFrame."""
    if isinstance(answer, pd.DataFrame):
        return list(answer.select_dtypes("number").to_numpy().ravel())
    if isinstance(answer, pd.Series):
        return list(answer.to_numpy()) if pd.api.types.is_numeric_dtype(answer) else []
    if isinstance(answer, dict):
        return list(answer.values())
    if isinstance(answer, (list, tuple)):
        return list(answer)
    return [answer]


def shown_texts(cell) -> list[str]:
    """What a student sees of a cell: a markdown cell's text, a code cell's stored outputs (one text each)."""
    if cell.cell_type == "markdown":
        return [cell.source]
    texts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            texts.append(output.get("text", ""))
        for kind in ("text/plain", "text/html", "text/markdown"):
            data = output.get("data", {}).get(kind)
            if data:
                texts.append(html.unescape(re.sub(r"<[^>]+>", " ", data)) if kind == "text/html" else data)
    return texts


def appears(form: str, text: str) -> bool:
    return re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", text) is not None


def early_answers(notebook, exercise_index: int, answer, decimals: int | None = None) -> list[str]:
    """Where, above cell ``exercise_index``, the answer is already shown ("cell 12: 2.245"); empty if nowhere."""
    searchable = [forms for forms in (renderings(v, decimals) for v in values_of(answer)[:200]) if forms]
    single = not isinstance(answer, (pd.Series, pd.DataFrame, list, tuple, dict))
    if not searchable or (not single and len(searchable) < 2):
        return []
    found = []
    for index, cell in enumerate(notebook.cells[:exercise_index]):
        for text in shown_texts(cell):
            hits = [next((form for form in sorted(forms) if appears(form, text)), None) for forms in searchable]
            if all(hits):
                found.append(f"cell {index} ({cell.cell_type}): {', '.join(dict.fromkeys(hits))}")
                break
    return found


@pytest.mark.parametrize("question_id", VALUE_IDS)
def test_no_output_or_sentence_above_a_value_exercise_shows_its_answer(question_id):
    question = get(question_id)
    cell = cell_of(question_id)
    namespace, _ = cell.run_solved()
    answer = namespace[question.variable]
    notebook = nbformat.read(notebook_path(question_id[:2]), as_version=4)
    decimals = question.precision.digits if question.precision.kind == "decimals" else None
    found = early_answers(notebook, cell.index, answer, decimals)
    if question_id in READ_OFF_THE_TABLE:
        assert found, f"{question_id} asks to read its answer off a table above, but no cell above shows it"
        return
    assert not found, (f"{question_id}'s answer ({question.variable} = {answer!r:.80}) is shown before the "
                       f"question asks for it, in {'; '.join(found)}. Move that output below the exercise.")


def planted_notebook(shown: str, answer_cell_source: str = "median_hours = ...") -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    early = nbformat.v4.new_code_cell("print(hours.median())", execution_count=1)
    early.outputs = [nbformat.v4.new_output("stream", name="stdout", text=shown)]
    notebook.cells = [nbformat.v4.new_markdown_cell("What is the typical reply time?"), early,
                      nbformat.v4.new_code_cell(answer_cell_source)]
    return notebook


def test_a_planted_early_answer_is_caught():
    assert early_answers(planted_notebook("median_hours 2.245\n"), 2, 2.245, decimals=1) == ["cell 1 (code): 2.245"]
    rounded = f"{2.245:.2f}"
    assert early_answers(planted_notebook(f"about {rounded} hours\n"), 2, 2.245, decimals=1) == [
        f"cell 1 (code): {rounded}"]


def test_other_numbers_and_answers_shown_after_the_question_pass():
    assert early_answers(planted_notebook("12.245 and 2.2451\n"), 2, 2.245, decimals=1) == []
    assert early_answers(planted_notebook("median_hours 2.245\n"), 1, 2.245, decimals=1) == []


def test_a_table_answer_counts_as_shown_only_when_all_its_values_are():
    answer = pd.Series({"TikTok": 0.0571, "Instagram": 0.0413})
    assert early_answers(planted_notebook("TikTok 0.0571\nInstagram 0.0413\n"), 2, answer, 3)
    assert early_answers(planted_notebook("TikTok 0.0571\n"), 2, answer, 3) == []

"""Numbers in the course's prose are tied to the code that produces them.

A markdown cell that states a number from the data declares it in ``metadata.smm_course.facts``: the text as it
reads (``says``) and one Python expression (``expr``) that produces that text from the notebook's own state at
that point. Two checks follow (docs/authoring.md, "Numbers in prose"):

* every fact holds: run in order, the expression gives exactly what the sentence says, so a data or code change
  that makes a sentence false fails here, naming the notebook, the cell and both texts;
* every number is accounted for: a number in markdown is either inside a declared fact or listed in the cell's
  ``not_data`` (a time in minutes, a step number, a figure from a cited source). Digits 0 to 9 and years are left
  out, since they are mostly counting words and dates; inline code, link targets and HTML tags are not prose.

The last two tests plant a false sentence and an undeclared number in a small notebook and check that both
checks catch them, so a check that passes everything would fail here.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from notebook_states import edition_language, every_edition, facts_declared, run_notebook

PATHS = every_edition(number_only=True)

# A number as prose writes it: an optional currency sign, digits with thousands separators, decimals, a percent
# sign. English groups thousands with commas and has a decimal point; Italian the other way round (STYLE.md §2).
NUMBER = {"en": re.compile(r"[€$£]?\d[\d,]*(?:\.\d+)?(?:\s?%)?"),
          "it": re.compile(r"[€$£]?\d[\d.]*(?:,\d+)?(?:\s?%)?")}
THOUSANDS = {"en": ",", "it": "."}
NOT_PROSE = [re.compile(r"`[^`\n]*`"), re.compile(r"\]\([^)]*\)"), re.compile(r"<[^>]+>"),
             re.compile(r"https?://\S+")]


def normalised(text: str) -> str:
    return " ".join(text.split())


def numbers_in(text: str, lang: str = "en") -> list[str]:
    """The numbers of ``text`` a reader would take as quantities: each with its €, % and decimals."""
    for pattern in NOT_PROSE:
        text = pattern.sub(" ", text)
    found = []
    for match in NUMBER[lang].finditer(text):
        token = match.group().replace(" ", "").rstrip(",.")
        bare = token.strip("€$£%").replace(THOUSANDS[lang], "")
        plain_integer = bare.isdigit() and token == bare
        if plain_integer and (int(bare) < 10 or 1900 <= int(bare) <= 2099):
            continue
        found.append(token)
    return found


def fact_problems(path: Path) -> list[str]:
    """What is wrong with the facts a notebook declares: an expression that fails, gives another text than the
    sentence says, or a ``says`` that is not in its cell."""
    notebook = nbformat.read(path, as_version=4)
    problems = []
    for fact in run_notebook(path).facts:
        where = f"notebook {fact.notebook}, cell {fact.index}"
        if normalised(fact.says) not in normalised(notebook.cells[fact.index].source):
            problems.append(f"{where}: the fact {fact.says!r} is not in the cell's text (reworded?)")
        elif fact.error:
            problems.append(f"{where}: the expression for {fact.says!r} fails: {fact.error}\n    {fact.expr}")
        elif fact.gives != fact.says:
            problems.append(f"{where} says {fact.says!r} but the code now gives {fact.gives!r}\n    {fact.expr}")
    return problems


def undeclared_numbers(path: Path) -> list[str]:
    """Numbers in markdown that no fact covers and no ``not_data`` list accounts for."""
    notebook = nbformat.read(path, as_version=4)
    problems = []
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "markdown":
            continue
        lang = edition_language(path)
        covered = set(cell.get("metadata", {}).get("smm_course", {}).get("not_data", []))
        for fact in facts_declared(cell):
            covered.update(numbers_in(str(fact.get("says", "")), lang))
        missing = [token for token in numbers_in(cell.source, lang) if token not in covered]
        if missing:
            problems.append(f"notebook {path.name[:2]}, cell {index}: {', '.join(dict.fromkeys(missing))} "
                            f"(declare each as a fact, or in not_data if it does not come from the data)")
    return problems


@pytest.mark.parametrize("path", PATHS)
def test_every_number_the_prose_states_matches_the_data(path):
    problems = fact_problems(path)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", PATHS)
def test_every_number_in_the_prose_is_accounted_for(path):
    problems = undeclared_numbers(path)
    assert not problems, "numbers in markdown that nothing ties to the data:\n" + "\n".join(problems)


def planted(folder: Path, sentence: str, facts: list[dict], not_data: list[str] = ()) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell("import pandas as pd\nposts = pd.DataFrame({'shares': [3, 5, 40]})"),
        nbformat.v4.new_markdown_cell(sentence, metadata={"smm_course": {"facts": facts,
                                                                           "not_data": list(not_data)}}),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "99_planted.ipynb"
    nbformat.write(notebook, path)
    return path


def test_a_false_sentence_is_caught(tmp_path):
    path = planted(tmp_path, "The best post got 41 shares.",
                   [{"says": "41 shares", "expr": "f\"{posts['shares'].max()} shares\""}])
    assert fact_problems(path) == [
        "notebook 99, cell 1 says '41 shares' but the code now gives '40 shares'\n"
        "    f\"{posts['shares'].max()} shares\""]


def test_a_true_sentence_passes_and_a_reworded_or_broken_fact_is_caught(tmp_path):
    true = planted(tmp_path, "The best post got 40 shares.",
                   [{"says": "40 shares", "expr": "f\"{posts['shares'].max()} shares\""}])
    assert fact_problems(true) == []
    reworded = planted(tmp_path / "reworded", "The best post got forty shares.",
                       [{"says": "40 shares", "expr": "f\"{posts['shares'].max()} shares\""}])
    assert "not in the cell's text" in fact_problems(reworded)[0]
    broken = planted(tmp_path / "broken", "The best post got 40 shares.",
                     [{"says": "40 shares", "expr": "posts['likes'].max()"}])
    assert "fails: KeyError" in fact_problems(broken)[0]


def test_an_undeclared_number_is_caught(tmp_path):
    path = planted(tmp_path, "The best post got 40 shares, 85% of all, in `2` of 12 weeks.",
                   [{"says": "40 shares", "expr": "f\"{posts['shares'].max()} shares\""}], not_data=["12"])
    assert undeclared_numbers(path) == [
        "notebook 99, cell 1: 85% (declare each as a fact, or in not_data if it does not come from the data)"]


def test_italian_numbers_are_read_the_italian_way():
    assert numbers_in("Il 58,4% di 5.733 adulti spende 1.200,50 € in 2025, passo 3.", "it") == [
        "58,4%", "5.733", "1.200,50"]


def test_numbers_are_read_as_a_reader_reads_them():
    assert numbers_in("€1,234.5 and 57 % in 2025, step 3, see `x = 99` and [the 42 link](a_77.ipynb)") == [
        "€1,234.5", "57%", "42"]

"""Every notebook meets the course's shape: metadata, objectives, exercises, figures introduced, takeaways,
glossary, and stored outputs from a clean run. nbval checks that the outputs reproduce; this checks the rest."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

import smm_course

from notebook_states import edition_language, edition_notebooks, every_edition

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = edition_notebooks("en")
EDITIONS = every_edition()

#: The fixed headings and phrases each edition's notebooks are built around (docs/authoring.md).
WORDS = {
    "en": {"objectives": r"Learning objectives|What you will learn", "why": r"why (it|this) matters",
           "takeaways": "Key takeaways", "further": "Going further", "optional": "(optional)",
           "next": "What comes next", "time": r"\*\*Time:\*\*\s*about (\d+) minutes"},
    "it": {"objectives": r"Obiettivi di apprendimento", "why": r"perché è importante",
           "takeaways": "Punti chiave", "further": "Approfondimenti", "optional": "(facoltativo)",
           "next": "Che cosa viene dopo", "time": r"\*\*Tempo:\*\*\s*circa (\d+) minuti"},
}


def words(path: Path) -> dict[str, str]:
    return WORDS[edition_language(path)]


def load(path: Path):
    return nbformat.read(path, as_version=4)


def markdown(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def exercise_ids(nb) -> list[str]:
    ids = []
    for cell in nb.cells:
        tagged = cell.get("metadata", {}).get("smm_course", {}).get("exercise")
        if tagged:
            ids.extend(tagged if isinstance(tagged, list) else [tagged])
    return ids


def test_the_course_has_its_notebooks():
    assert NOTEBOOKS and NOTEBOOKS[0].name == "00_start_here.ipynb"


def test_every_edition_has_every_notebook():
    english = [path.name for path in NOTEBOOKS]
    for lang in WORDS:
        assert [path.name for path in edition_notebooks(lang)] == english, f"the {lang} edition lacks notebooks"


@pytest.mark.parametrize("path", EDITIONS)
def test_metadata_names_kernel_and_course_version(path):
    nb = load(path)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.metadata["smm_course"]["notebook"] == path.name[:2]
    assert nb.metadata["smm_course"]["written_for"] == smm_course.__version__


@pytest.mark.parametrize("path", EDITIONS)
def test_opens_with_title_objectives_and_why(path):
    nb = load(path)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    text = markdown(nb)
    objectives = re.search(rf"#+\s*({words(path)['objectives']})[^\n]*\n+((?:\s*[-*\d].*\n?)+)", text, re.I)
    assert objectives, "no learning objectives list"
    count = len([line for line in objectives.group(2).splitlines() if re.match(r"\s*([-*]|\d+\.)\s", line)])
    assert 3 <= count <= 5, f"{count} learning objectives; the course asks for 3 to 5"
    assert re.search(words(path)["why"], text, re.I)
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    assert f'start("{path.name[:2]}", written_for="{smm_course.__version__}", lang="{edition_language(path)}")' in (
        first_code.source)


@pytest.mark.parametrize("path", EDITIONS)
def test_has_checked_exercises_and_a_widget(path):
    nb = load(path)
    ids = exercise_ids(nb)
    assert len(set(ids)) == len(ids), "an exercise is placed twice"
    assert all(i.startswith(path.name[:2] + ".") for i in ids)
    if path.name[:2] != "00":
        assert len(ids) >= 3, "at least 3 checked exercises"
    sources = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert ".widget(" in sources, "at least one widget-driven exercise"


@pytest.mark.parametrize("path", EDITIONS)
def test_ends_with_takeaways_and_glossary(path):
    nb = load(path)
    takeaways = heading_index(nb, words(path)["takeaways"])
    assert takeaways is not None, f"no '## {words(path)['takeaways']}' cell"
    glossary = [i for i, c in enumerate(nb.cells) if f'glossary.show("{path.name[:2]}")' in c.source]
    assert glossary and glossary[0] > takeaways, "the glossary cell belongs after the takeaways"


def heading_index(nb, title: str) -> int | None:
    """Index of the first markdown cell whose source opens with a level-2 heading ``title``."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown" and re.match(rf"##\s+{re.escape(title)}", cell.source.strip(), re.I):
            return index
    return None


@pytest.mark.parametrize("path", EDITIONS)
def test_states_how_long_the_core_path_takes(path):
    """The promise on the first screen: one sitting (20 to 40 minutes; the welcome notebook is shorter)."""
    first = load(path).cells[0].source
    stated = re.search(words(path)["time"], first)
    assert stated, f"the first cell must say {words(path)['time']!r} for the core path"
    minutes = int(stated.group(1))
    low, high = (5, 20) if path.name.startswith("00") else (20, 40)
    assert low <= minutes <= high, f"{minutes} minutes: a lesson's core path takes {low} to {high}"


@pytest.mark.parametrize("path", EDITIONS)
def test_optional_depth_comes_after_the_core(path):
    nb = load(path)
    further = heading_index(nb, words(path)["further"])
    if further is not None:
        assert words(path)["optional"] in nb.cells[further].source.splitlines()[0], "say that it is optional"
        assert further > heading_index(nb, words(path)["takeaways"]), "the optional part comes after the takeaways"


@pytest.mark.parametrize("path", EDITIONS)
def test_ends_with_what_comes_next(path):
    """The last cell says what the student can now do and links to the next notebook (a file that exists)."""
    nb = load(path)
    last = nb.cells[-1]
    assert last.cell_type == "markdown" and re.match(rf"##\s+{words(path)['next']}", last.source.strip()), (
        f"the last cell must be a markdown cell '## {words(path)['next']}'")
    targets = re.findall(r"\]\(([^)#\s]+)", last.source)
    assert targets, "the last cell needs a link"
    for target in targets:
        if "://" not in target:
            assert (path.parent / target).exists(), f"the link {target} points to no file"
    edition = edition_notebooks(edition_language(path))
    position = edition.index(path)
    if position + 1 < len(edition):
        assert edition[position + 1].name in targets, f"link to the next notebook, {edition[position + 1].name}"
    assert len(re.sub(r"##[^\n]*\n", "", last.source).split()) >= 12, "say in a sentence what the student can now do"


@pytest.mark.parametrize("path", EDITIONS)
def test_outputs_are_stored_from_a_clean_run(path):
    nb = load(path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    counts = [c.execution_count for c in code if c.source.strip()]
    assert None not in counts, "a code cell was not executed: run `make notebooks`"
    assert counts == list(range(1, len(counts) + 1)), "cells were run out of order: run `make notebooks`"
    for cell in code:
        for output in cell.outputs:
            assert output.output_type != "error", f"stored error in cell:\n{cell.source}"
            assert not (output.output_type == "stream" and output.name == "stderr"), (
                f"stored stderr (a warning?) in cell:\n{cell.source}\n{output.text}"
            )


@pytest.mark.parametrize("path", EDITIONS)
def test_every_figure_is_introduced_by_a_sentence(path):
    nb = load(path)
    for index, cell in enumerate(nb.cells):
        has_figure = cell.cell_type == "code" and any("image/png" in o.get("data", {}) for o in cell.outputs)
        if has_figure:
            before = nb.cells[index - 1]
            assert before.cell_type == "markdown" and before.source.strip(), (
                f"the figure from this cell needs a sentence before it saying what to look for:\n{cell.source}"
            )

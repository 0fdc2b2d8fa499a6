"""Every notebook meets the course's shape: metadata, objectives, exercises, figures introduced, takeaways,
glossary, and stored outputs from a clean run. nbval checks that the outputs reproduce; this checks the rest."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

import smm_course

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_metadata_names_kernel_and_course_version(path):
    nb = load(path)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.metadata["smm_course"]["notebook"] == path.name[:2]
    assert nb.metadata["smm_course"]["written_for"] == smm_course.__version__


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_opens_with_title_objectives_and_why(path):
    nb = load(path)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    text = markdown(nb)
    objectives = re.search(r"#+\s*(Learning objectives|What you will learn)[^\n]*\n+((?:\s*[-*\d].*\n?)+)", text, re.I)
    assert objectives, "no learning objectives list"
    count = len([line for line in objectives.group(2).splitlines() if re.match(r"\s*([-*]|\d+\.)\s", line)])
    assert 3 <= count <= 5, f"{count} learning objectives; the course asks for 3 to 5"
    assert re.search(r"why (it|this) matters", text, re.I)
    first_code = next(c for c in nb.cells if c.cell_type == "code")
    assert f'start("{path.name[:2]}", written_for="{smm_course.__version__}")' in first_code.source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_has_checked_exercises_and_a_widget(path):
    nb = load(path)
    ids = exercise_ids(nb)
    assert len(set(ids)) == len(ids), "an exercise is placed twice"
    assert all(i.startswith(path.name[:2] + ".") for i in ids)
    if path.name[:2] != "00":
        assert len(ids) >= 3, "at least 3 checked exercises"
    sources = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert ".widget(" in sources, "at least one widget-driven exercise"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_ends_with_takeaways_and_glossary(path):
    nb = load(path)
    assert re.search(r"#+\s*Key takeaways", markdown(nb), re.I)
    tail = "\n".join(c.source for c in nb.cells[-4:])
    assert f'glossary.show("{path.name[:2]}")' in tail


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_figure_is_introduced_by_a_sentence(path):
    nb = load(path)
    for index, cell in enumerate(nb.cells):
        has_figure = cell.cell_type == "code" and any("image/png" in o.get("data", {}) for o in cell.outputs)
        if has_figure:
            before = nb.cells[index - 1]
            assert before.cell_type == "markdown" and before.source.strip(), (
                f"the figure from this cell needs a sentence before it saying what to look for:\n{cell.source}"
            )

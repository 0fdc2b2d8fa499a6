"""The Italian edition is built from the English notebooks and stays in step with them.

* Every English notebook has a translation with no stale, missing, orphaned or code-changing cell
  (:func:`smm_course.editions.problems`), and notebooks/it/ holds exactly what `make notebooks` builds from it.
* The planted tests change one English cell (or one translated line) of a real notebook and check that each
  problem is reported, so the checks above cannot pass by accident.
* No English is left where an Italian student reads: markdown, the strings and comments of code cells, their stored
  printed and HTML outputs (messages, checks, reports), and the stored widgets. The heuristic, stated once: a sentence
  is English when it has at least 3 distinct English function words from :data:`ENGLISH_WORDS` (words Italian does not
  use), or when it has one and is word for word a sentence of 4 or more words of the English notebook (the glossary's
  Italian column is in both editions). Inline code, link targets, URLs and HTML tags are not prose; a sentence that
  cites a source (a year in brackets, "et al.", a DOI) keeps its original title and is skipped, and so is an output
  sentence that is data: text found as it is in the course's datasets (the mentions' posts, the reviews), which stays
  in its language as every data value does, and output marked ``lang="en"`` (the glossary's English column). Text in
  «» is a quotation (a mention, a control's label) and is not the course's prose. A cell whose English metadata
  declares ``smm_course.keeps_english`` (with the reason: the input of an English-only tool such as VADER) is skipped.
  Identifiers such as ``share_rate_by_arousal`` are code. Figures' text comes from these strings and from the
  explorers' and plots' catalogues (tested in their modules).
"""

from __future__ import annotations

import copy
import functools
import html
import json
import re
from pathlib import Path

import nbformat
import pytest

from notebook_states import edition_notebooks, notebook_path
from smm_course import editions

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = edition_notebooks("en")
LANG = "it"

#: Function words of English that Italian prose never uses (so a borrowed term such as "share of voice" has one).
ENGLISH_WORDS = frozenset("""the and of is are was were with your you this that these those which what from for how
does do not will can would should into than when where there their they has have been each every only by
its our we whose while about after before because""".split())
CITATION = re.compile(r"\(\d{4}[a-z]?\)|\bet al\.|doi\.org|\bdoi:", re.I)
NOT_PROSE = [re.compile(r"```.*?```", re.S), re.compile(r"`[^`\n]*`"), re.compile(r"«[^»\n]*»"),
             re.compile(r"\]\([^)]*\)"),
             re.compile(r"<[^>]+>"), re.compile(r"https?://\S+")]


def english_translation(path: Path) -> tuple[nbformat.NotebookNode, dict]:
    english = nbformat.read(path, as_version=4)
    return english, editions.load_translation(editions.translation_path(ROOT, LANG, path.name))


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: f"it-{p.name[:2]}")
def test_translation_is_complete_fresh_and_keeps_the_code(path):
    english, translation = english_translation(path)
    found = editions.problems(english, translation, name=path.name)
    assert not found, "\n".join(map(str, found))


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: f"it-{p.name[:2]}")
def test_built_notebook_is_what_the_translation_gives(path):
    """notebooks/it/ is rebuilt after every translation change (`make notebooks`): the same cells, sources and
    metadata as a fresh build, with outputs from a run."""
    english, translation = english_translation(path)
    expected = editions.build_notebook(english, translation, LANG)
    built = nbformat.read(editions.edition_path(ROOT, LANG, path.name), as_version=4)
    assert [c.get("id") for c in built.cells] == [c.get("id") for c in expected.cells]
    for got, want in zip(built.cells, expected.cells):
        assert got.source == want.source, f"cell {want.id} differs from its translation: run `make notebooks`"
        assert got.metadata == want.metadata, f"cell {want.id}'s metadata differs: run `make notebooks`"
    assert built.metadata["smm_course"]["language"] == LANG


# --- the checks catch what they are for -------------------------------------------------------------------------

def real_pair(number: str = "00"):
    english, translation = english_translation(notebook_path(number))
    return copy.deepcopy(english), copy.deepcopy(translation)


def test_a_changed_english_cell_makes_its_translation_stale():
    english, translation = real_pair()
    assert editions.problems(english, translation) == []
    changed = next(cell for cell in english.cells if cell.cell_type == "markdown")
    changed.source = changed.source.replace("Welcome", "Hello", 1)
    found = editions.problems(english, translation)
    assert [(p.cell, p.kind) for p in found] == [(changed.id, "stale")]
    assert "Hello" in found[0].detail  # says what the English cell reads now


def test_a_new_english_cell_is_missing_and_a_deleted_one_is_an_orphan():
    english, translation = real_pair()
    english.cells.insert(1, nbformat.v4.new_markdown_cell("A new paragraph.", id="newcell1"))
    removed = english.cells.pop(2)
    kinds = {(p.cell, p.kind) for p in editions.problems(english, translation)}
    assert kinds == {("newcell1", "missing"), (removed.id, "orphan")}


def test_translated_code_may_change_only_strings_and_comments():
    english, translation = real_pair()
    entry = next(e for e in translation["cells"] if e["type"] == "code" and "share_of_adults" in e["source"])
    entry["source"] = entry["source"].replace('"share_of_adults"', '"quota_di_adulti"')
    assert editions.problems(english, translation) == []  # a string literal: allowed (the reviewer's call)
    entry["source"] = entry["source"].replace("audiences[", "audiences.loc[", 1)
    assert [p.kind for p in editions.problems(english, translation)] == ["code differs"]


def test_exercise_cells_keep_their_help_lines():
    english, translation = real_pair()
    entry = next(e for e in translation["cells"] if "#ex.q1.hint()" in (e["source"] or ""))
    entry["source"] = entry["source"].replace("#ex.q1.hint()", "# ex.q1.hint()  # suggerimento")
    assert [p.kind for p in editions.problems(english, translation)] == ["code differs"]


def test_a_broken_translation_file_is_named_with_its_problem(tmp_path):
    broken = tmp_path / "00_start_here.json"
    broken.write_text('{"cells": [', encoding="utf-8")
    with pytest.raises(editions.TranslationError, match=r"00_start_here\.json: not valid JSON"):
        editions.load_translation(broken)


# --- no English left ---------------------------------------------------------------------------------------------

def sentences(text: str) -> list[str]:
    for pattern in NOT_PROSE:
        text = pattern.sub(" ", text)
    return [s.strip() for s in re.split(r"(?<=[.!?:;])\s+|\n\s*\n|\n\s*[-*#|]", text) if s.strip()]


def words_of(sentence: str) -> list[str]:
    """The words of a sentence, leaving out identifiers such as ``share_rate_by_arousal`` (code, not prose)."""
    return re.findall(r"[a-zà-ù']+", re.sub(r"\w*_\w*", " ", sentence.lower()))


def english_sentences(text: str, english_text: str = "") -> list[str]:
    """The sentences of ``text`` that the module's heuristic reads as English."""
    known = {" ".join(words_of(s)) for s in sentences(english_text) if len(words_of(s)) >= 4}
    found = []
    for sentence in sentences(text):
        if CITATION.search(sentence):
            continue
        tokens = words_of(sentence)
        if len(set(tokens) & ENGLISH_WORDS) >= 3 or (len(tokens) >= 4 and set(tokens) & ENGLISH_WORDS
                                                          and " ".join(tokens) in known):
            found.append(sentence[:120])
    return found


def code_text(source: str) -> str:
    """What a student reads in a code cell: its comments and string literals, one per line."""
    import ast
    import io
    import tokenize

    texts = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                texts.append(token.string.lstrip("#").strip())
    except (tokenize.TokenError, IndentationError):
        pass
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            texts.append(node.value)
    return "\n\n".join(texts)


@functools.lru_cache(maxsize=1)
def dataset_text() -> str:
    """Every dataset's raw text, one string: output sentences found in it are data, not the course's words."""
    return "\n".join(" ".join(path.read_text(encoding="utf-8").split())
                     for path in sorted((ROOT / "datasets").rglob("*.csv")))


def output_text(cell, marked: tuple[str, ...] = ("en",)) -> str:
    """What a code cell's stored outputs say in words: printed text, HTML and Markdown (tables' cells included;
    a table of data values rarely has three English function words in one cell), without the elements marked
    with a ``lang`` in ``marked``."""
    texts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            texts.append(output.get("text", ""))
        data = output.get("data", {})
        for mime in ("text/html", "text/markdown"):
            if mime in data:
                shown = re.sub(r"<(script|style)\b.*?</\1>", " ", "".join(data[mime]), flags=re.S)
                # Text marked lang="en" is English on purpose (the glossary's English column).
                for code in marked:
                    shown = re.sub(rf"<(\w+)[^>]*\blang=[\"']{code}[\"'][^>]*>.*?</\1>", " ", shown, flags=re.S)
                texts.append(shown)
    return "\n\n".join(html.unescape(re.sub(r"<[^>]+>", "\n\n", text)) for text in texts)


def widget_text(notebook) -> str:
    """The texts of the notebook's stored widgets a student sees: descriptions, labels, options, HTML values."""
    state = notebook.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    texts = []
    for model in state.get("state", {}).values():
        values = model.get("state", {})
        for key in ("description", "tooltip", "placeholder", "_options_labels", "value"):
            value = values.get(key)
            if isinstance(value, str) and len(value.split()) >= 3:
                texts.append(value)
            elif isinstance(value, list):
                texts.extend(v for v in value if isinstance(v, str))
    return "\n\n".join(texts)


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: f"it-{p.name[:2]}")
def test_no_english_is_left_in_the_italian_notebook(path):
    english = nbformat.read(path, as_version=4)
    italian = nbformat.read(editions.edition_path(ROOT, LANG, path.name), as_version=4)
    left = []
    for mine, theirs in zip(italian.cells, english.cells):
        if theirs.metadata.get("smm_course", {}).get("keeps_english"):
            continue  # input to an English-only tool (VADER), declared with the reason in the English cell
        if mine.cell_type == "markdown":
            left += [f"cell {mine.id}: {s}" for s in english_sentences(mine.source, theirs.source)]
        elif mine.cell_type == "code":
            left += [f"cell {mine.id} (code): {s}" for s in english_sentences(code_text(mine.source),
                                                                                 code_text(theirs.source))]
            # The English side leaves out lang="it" text (the glossary's Italian column, which both editions show).
            left += [f"cell {mine.id} (output): {s}" for s in english_sentences(output_text(mine),
                                                                                   output_text(theirs, ("en", "it")))
                     if " ".join(s.split()) not in dataset_text()]
    left += [f"widgets: {s}" for s in english_sentences(widget_text(italian), widget_text(english))]
    assert not left, "English left in the Italian edition:\n" + "\n".join(left)


def test_the_heuristic_finds_english_and_leaves_italian_alone():
    english = "Run the next cell. It loads the questions of this notebook as `ex`, and then computes a rate."
    assert [s[:8] for s in english_sentences(english)] == ["It loads"]  # 3+ function words
    assert [s[:8] for s in english_sentences(english, english)] == ["Run the ", "It loads"]  # copied as it was
    italian = ("La share of voice conta ogni menzione, «positiva» o «negativa». Esegui la cella: il tasso di "
               "coinvolgimento (engagement rate) sulla copertura è `0.05`, cioè il 5%.")
    assert english_sentences(italian) == []
    cited = "Blondel, V. D. et al. (2008). Fast unfolding of communities in large networks: the method that works."
    assert english_sentences(cited) == []
    same = "Open the Nuvola notebook"
    assert english_sentences(same, same) == [same]
    both = "selezione greedy dei semi"  # the glossary's Italian word, shown by both editions
    assert english_sentences(both, both) == []

"""The course in another language: an edition built from the English notebooks and a per-cell translation.

The English notebooks in ``notebooks/`` are the source. A translation lives in
``translations/<lang>/<notebook name>.json``: for every cell of the English notebook (by cell id), the translated
source and the *fingerprint* of the English cell it translates. :func:`build_notebook` puts the two together into
``notebooks/<lang>/<notebook name>``: same cells, same ids, same exercise metadata, with the translated text, the
translation's own prose facts (numbers written the Italian way), and ``lang="<lang>"`` in the ``start(...)`` call so
the engine speaks the edition's language with no environment variable.

:func:`problems` says what keeps a translation from being trusted:

* **stale**: the English cell changed after it was translated (its fingerprint differs);
* **missing**: an English cell has no translation, or a translation names a cell the English notebook no longer has;
* **code differs**: a translated code cell is not the English code once string literals and comments are set
  aside, or an exercise cell lost the commented ``hint()``/``solution()`` lines students uncomment.

A translation file looks like this (``source`` is ``null`` until translated)::

    {"language": "it", "notebook": "00_start_here.ipynb",
     "cells": [{"id": "e731d993", "type": "markdown", "english": "5d0c1e...", "source": "# Inizia qui ...",
                "metadata": {"not_data": ["15"]}}]}

>>> cell = {"cell_type": "markdown", "source": "Hello"}
>>> fingerprint(cell) == fingerprint({"cell_type": "markdown", "source": "Hello"})
True
>>> fingerprint(cell) == fingerprint({"cell_type": "markdown", "source": "Hello!"})
False
"""

from __future__ import annotations

import ast
import copy
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

__all__ = [
    "TranslationError",
    "fingerprint",
    "translation_path",
    "edition_path",
    "load_translation",
    "skeleton",
    "build_notebook",
    "code_shape",
    "problems",
]

#: Keys of a markdown cell's ``metadata.smm_course`` that belong to its language (numbers as the text writes them).
LANGUAGE_METADATA = ("facts", "not_data")
_START = re.compile(r'(smm_course\.start\([^)]*lang=")([a-z]{2})(")')
_HELP_LINE = re.compile(r"^\s*#\s*ex\.\w+\.(?:hint|solution)\(\)\s*$", re.MULTILINE)


class TranslationError(ValueError):
    """A translation file that cannot be read: names the file and the problem."""


def fingerprint(cell) -> str:
    """The fingerprint of an English cell: 16 hex digits of SHA-256 over its type and source.

    Whitespace at the ends of the source is ignored (editors add and drop a final newline); any other change,
    even one character, gives another fingerprint, so the translation is reported stale.
    """
    text = f"{cell['cell_type']}\n{_text(cell['source']).strip()}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def translation_path(root: Path, lang: str, notebook_name: str) -> Path:
    """``translations/<lang>/<notebook name without .ipynb>.json`` under the repository ``root``."""
    return Path(root) / "translations" / lang / f"{Path(notebook_name).stem}.json"


def edition_path(root: Path, lang: str, notebook_name: str) -> Path:
    """Where the built notebook goes: ``notebooks/<lang>/<notebook name>`` (the English name, so links work)."""
    return Path(root) / "notebooks" / lang / Path(notebook_name).name


def load_translation(path: Path) -> dict:
    """Read a translation file; a file that is not valid JSON or lacks ``cells`` raises :class:`TranslationError`
    naming the file and the problem."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TranslationError(f"{path}: no such translation file. Create it with "
                               f"`python scripts/build_editions.py skeleton`.") from None
    except json.JSONDecodeError as error:
        raise TranslationError(f"{path}: not valid JSON ({error.msg} at line {error.lineno}, column "
                               f"{error.colno}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        raise TranslationError(f"{path}: a translation needs a \"cells\" list (see smm_course/editions.py).")
    for position, entry in enumerate(data["cells"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise TranslationError(f"{path}: cell entry {position} has no \"id\".")
    return data


def skeleton(english: nbformat.NotebookNode, lang: str, existing: dict | None = None, name: str = "") -> dict:
    """A translation for ``english`` with every cell listed: entries of ``existing`` are kept as they are (a stale
    one stays stale until someone updates it), new cells get ``"source": null``.

    Code cells with no comment and no string that reads as words (``ex.q2.widget()``, ``df[["a", "b"]]``) are
    filled with the English code: there is nothing in them to translate.
    """
    kept = {entry["id"]: entry for entry in (existing or {}).get("cells", [])}
    cells = []
    for cell in english.cells:
        if cell.get("id") in kept:
            cells.append(kept[cell.id])
            continue
        entry = {"id": cell.id, "type": cell.cell_type, "english": fingerprint(cell), "source": None}
        if cell.cell_type == "code" and not _has_words(cell.source):
            entry["source"] = cell.source
        cells.append(entry)
    return {"language": lang, "notebook": name or english.metadata.get("smm_course", {}).get("notebook", ""),
            "cells": cells}


def build_notebook(english: nbformat.NotebookNode, translation: dict, lang: str) -> nbformat.NotebookNode:
    """The ``lang`` edition of ``english``: each cell's source from the translation (English where a cell has
    none yet, so a half-done translation still runs; :func:`problems` reports it), its language metadata from the
    translation, and ``lang="<lang>"`` in the ``start(...)`` call. Outputs are cleared: the edition is executed
    after it is built."""
    entries = {entry["id"]: entry for entry in translation.get("cells", [])}
    built = copy.deepcopy(english)
    for cell in built.cells:
        entry = entries.get(cell.get("id"), {})
        if entry.get("source") is not None:
            cell.source = _text(entry["source"])
        if cell.cell_type == "markdown":
            course = cell.metadata.setdefault("smm_course", {})
            for key in LANGUAGE_METADATA:
                course.pop(key, None)
            course.update({key: value for key, value in entry.get("metadata", {}).items() if key in LANGUAGE_METADATA})
            if not course:
                del cell.metadata["smm_course"]
        if cell.cell_type == "code":
            cell.source = _START.sub(lambda match: f"{match.group(1)}{lang}{match.group(3)}", cell.source)
            cell.outputs = []
            cell.execution_count = None
    built.metadata.setdefault("smm_course", {})["language"] = lang
    built.metadata.pop("widgets", None)
    return built


def code_shape(source: str) -> str:
    """What a code cell does, with its words set aside: the syntax tree with every string literal emptied
    (comments are not in the tree). Two cells with the same shape differ only in text a reader sees.

    >>> code_shape('plt.title("Reach by week")  # a comment') == code_shape("plt.title('Copertura per settimana')")
    True
    >>> code_shape('x = df["reach"].sum()') == code_shape('x = df["reach"].mean()')
    False
    """
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = ""
    return ast.dump(tree, include_attributes=False)


@dataclass(frozen=True)
class Problem:
    """One reason a translation cannot be trusted as it is."""

    notebook: str
    cell: str
    kind: str  # "stale", "missing", "orphan", "code differs"
    detail: str

    def __str__(self) -> str:
        return f"{self.notebook}, cell {self.cell}: {self.kind}: {self.detail}"


def problems(english: nbformat.NotebookNode, translation: dict, name: str = "") -> list[Problem]:
    """Every stale, missing, orphaned or code-changing entry of ``translation`` against ``english``."""
    name = name or translation.get("notebook", "")
    found = []
    entries = {entry["id"]: entry for entry in translation.get("cells", [])}
    ids = set()
    for cell in english.cells:
        ids.add(cell.get("id"))
        entry = entries.get(cell.get("id"))
        if entry is None or entry.get("source") is None:
            found.append(Problem(name, cell.get("id"), "missing", f"the {cell.cell_type} cell has no translation "
                                 "(run scripts/build_editions.py skeleton, then translate it)"))
            continue
        if entry.get("english") != fingerprint(cell):
            found.append(Problem(name, cell.id, "stale", "the English cell changed after it was translated; it now "
                                 f"reads: {_text(cell.source)[:160]!r}"))
        if cell.cell_type == "code":
            found.extend(_code_problems(name, cell, _text(entry["source"])))
    for orphan in sorted(set(entries) - ids):
        found.append(Problem(name, orphan, "orphan", "no English cell has this id any more; delete the entry"))
    return found


def _code_problems(name: str, cell, translated: str) -> list[Problem]:
    try:
        same = code_shape(translated) == code_shape(cell.source)
    except SyntaxError as error:
        return [Problem(name, cell.id, "code differs", f"the translated code does not parse: {error.msg} "
                        f"(line {error.lineno})")]
    found = [] if same else [Problem(name, cell.id, "code differs", "the code is not the English code once strings "
                                     "and comments are set aside; translate only strings and comments")]
    if _HELP_LINE.findall(cell.source) != _HELP_LINE.findall(translated):
        found.append(Problem(name, cell.id, "code differs", "the commented hint()/solution() lines must stay "
                             "exactly as in English (students uncomment them)"))
    return found


def _has_words(source: str) -> bool:
    """A comment, or a string literal with a space in it (a label, a title, a sentence)."""
    if "#" in source and any(line.lstrip().startswith("#") or " #" in line for line in source.splitlines()):
        return True
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return True
    return any(isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip()
               for node in ast.walk(tree))


def _text(source) -> str:
    return "".join(source) if isinstance(source, list) else str(source)

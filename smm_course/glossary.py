"""The course glossary: every term the course introduces, in English and Italian, with a one-line definition.

Each notebook's new terms live in ``smm_course/content/glossary/NN.csv`` (columns ``term``, ``term_it``,
``definition``, ``definition_it``), so the glossary travels with the package and notebooks never repeat it by hand.
The Italian terms follow the source article where it has them (*connessione*, *passaparola elettronico*, ...) and
the course's style guide. :func:`show` speaks the language in use: the Italian edition shows Italian definitions.
Every column is required and no cell may be empty, so an Italian notebook never falls back to an English definition.

>>> from smm_course import glossary
>>> table = glossary.terms()
>>> list(table.columns)
['notebook', 'term', 'term_it', 'definition', 'definition_it']
>>> bool((table["definition_it"].str.strip() != "").all())
True
"""

from __future__ import annotations

import html
from functools import lru_cache
from importlib import resources

import pandas as pd

from smm_course.i18n import get_language, translate

COLUMNS = ["term", "term_it", "definition", "definition_it"]


def _check(frame: pd.DataFrame, name: str) -> None:
    """Raise ``ValueError`` naming the file (and the term) when a column is missing or a cell is empty.

    >>> row = {"term": "reach", "term_it": "copertura (reach)", "definition": "How many people saw it."}
    >>> _check(pd.DataFrame([row]), "03.csv")
    Traceback (most recent call last):
    ...
    ValueError: glossary file 03.csv lacks columns ['definition_it']; it needs [...]
    >>> _check(pd.DataFrame([{**row, "definition_it": " "}]), "03.csv")
    Traceback (most recent call last):
    ...
    ValueError: glossary file 03.csv: term 'reach' has an empty definition_it
    """
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"glossary file {name} lacks columns {missing}; it needs {COLUMNS}")
    for number, row in enumerate(frame[COLUMNS].itertuples(index=False), start=2):
        for column, value in zip(COLUMNS, row):
            if not str(value).strip():
                term = repr(row.term) if str(row.term).strip() else f"on line {number}"
                raise ValueError(f"glossary file {name}: term {term} has an empty {column}")


@lru_cache(maxsize=1)
def _all_terms() -> pd.DataFrame:
    folder = resources.files("smm_course") / "content" / "glossary"
    frames = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".csv"):
            with entry.open("r", encoding="utf-8") as handle:
                frame = pd.read_csv(handle, dtype=str, keep_default_na=False)
            _check(frame, entry.name)
            frame.insert(0, "notebook", entry.name[:2])
            frames.append(frame[["notebook", *COLUMNS]])
    if not frames:
        return pd.DataFrame(columns=["notebook", *COLUMNS])
    return pd.concat(frames, ignore_index=True)


def terms(notebook: str | None = None) -> pd.DataFrame:
    """All glossary terms, or those a notebook introduces (``notebook="03"``), sorted as written.

    >>> terms("no-such-notebook").empty
    True
    """
    table = _all_terms()
    if notebook is not None:
        table = table[table["notebook"] == str(notebook).zfill(2)]
    return table.reset_index(drop=True).copy()


def lookup(term: str) -> pd.DataFrame:
    """Find a term by its English or Italian name (case-insensitive, partial match)."""
    table = _all_terms()
    needle = term.casefold()
    hits = table["term"].str.casefold().str.contains(needle, regex=False) | table["term_it"].str.casefold().str.contains(
        needle, regex=False
    )
    return table[hits].reset_index(drop=True).copy()


class GlossaryTable:
    """A glossary rendered as an HTML table in JupyterLab and as plain text elsewhere."""

    def __init__(self, table: pd.DataFrame, title: str, lang: str = "en"):
        self.table = table
        self.title = title
        self.lang = lang

    def _definition(self, row) -> str:
        return row.definition_it if self.lang == "it" else row.definition

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td lang=\"en\"><strong>{html.escape(r.term)}</strong></td><td lang=\"it\"><em>"
            f"{html.escape(r.term_it)}</em></td><td>{html.escape(self._definition(r))}</td></tr>"
            for r in self.table.itertuples()
        )
        return (
            f"<table class=\"smm-glossary\"><caption>{html.escape(self.title)}</caption>"
            "<thead><tr><th scope=\"col\">English</th><th scope=\"col\">Italiano</th>"
            f"<th scope=\"col\">{html.escape(translate('glossary.meaning', lang=self.lang))}</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )

    def __repr__(self) -> str:
        lines = [self.title]
        lines += [f"- {r.term} — {r.term_it}: {self._definition(r)}" for r in self.table.itertuples()]
        return "\n".join(lines)


def show(notebook: str | None = None, lang: str | None = None) -> GlossaryTable:
    """Display a notebook's new terms (or the whole glossary) as a table, in the language in use (or ``lang``):
    both names of each term, and its definition in that language."""
    lang = lang or get_language()
    table = terms(notebook)
    title = (translate("glossary.notebook_title", lang=lang, notebook=str(notebook).zfill(2)) if notebook
             else translate("glossary.course_title", lang=lang))
    return GlossaryTable(table, title, lang)

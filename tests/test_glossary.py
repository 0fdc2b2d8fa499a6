"""The glossary: every notebook's terms load, in English and Italian, with a definition."""

from pathlib import Path

import pandas as pd

from smm_course import glossary

ROOT = Path(__file__).resolve().parent.parent


def test_every_term_has_english_italian_and_definition():
    table = glossary.terms()
    assert not table.empty
    for column in ["term", "term_it", "definition"]:
        assert (table[column].str.strip() != "").all(), f"empty {column}"


def test_terms_are_not_repeated_across_notebooks():
    table = glossary.terms()
    repeated = table[table["term"].str.casefold().duplicated(keep=False)]
    assert repeated.empty, repeated


def test_each_notebook_shows_its_own_terms():
    for notebook in sorted({p.name[:2] for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")}):
        shown = glossary.show(notebook)
        assert not shown.table.empty, f"notebook {notebook} has no glossary terms"
        assert set(shown.table["notebook"]) == {notebook}
        html = shown._repr_html_()
        assert "<th scope=\"col\">Italiano</th>" in html and html.count("<tr>") == len(shown.table) + 1


def test_lookup_finds_italian_terms():
    found = glossary.lookup("connessione")
    assert list(found["term"]) == ["connection"]


def test_plain_text_form_is_stable():
    text = repr(glossary.show("01"))
    assert text.splitlines()[0] == "Glossary: new terms in notebook 01"
    assert "- connection (connessione):" in text
    assert isinstance(glossary.terms("01"), pd.DataFrame)

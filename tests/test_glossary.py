"""The glossary: every notebook's terms load, in English and Italian, with a definition."""

import re
from pathlib import Path

import pandas as pd
import pytest

from smm_course import glossary

ROOT = Path(__file__).resolve().parent.parent


def test_every_term_has_english_italian_and_both_definitions():
    table = glossary.terms()
    assert not table.empty
    for column in ["term", "term_it", "definition", "definition_it"]:
        empty = table[table[column].str.strip() == ""]
        assert empty.empty, f"empty {column} for: " + ", ".join(f"{r.notebook}.csv {r.term!r}" for r in empty.itertuples())
    # a definition left in English is not a translation
    assert not (table["definition_it"] == table["definition"]).any()


def test_every_glossary_file_has_the_italian_column(tmp_path):
    """The CSVs on disk (not only the combined table) carry definition_it, and a file without it, or with an empty
    cell, is rejected with a message that names the file and the term."""
    for path in sorted((ROOT / "smm_course" / "content" / "glossary").glob("*.csv")):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        assert list(frame.columns) == ["term", "term_it", "definition", "definition_it"], path.name
    broken = tmp_path / "99.csv"
    broken.write_text('term,term_it,definition,definition_it\nreach,copertura (reach),"How many saw it.",""\n',
                      encoding="utf-8")
    with pytest.raises(ValueError, match=r"99\.csv: term 'reach' has an empty definition_it"):
        glossary._check(pd.read_csv(broken, dtype=str, keep_default_na=False), broken.name)
    with pytest.raises(ValueError, match=r"99\.csv lacks columns \['definition_it'\]"):
        glossary._check(pd.read_csv(broken, dtype=str, keep_default_na=False).drop(columns="definition_it"),
                        broken.name)


def test_the_italian_edition_shows_italian_definitions():
    italian, english = glossary.show("03", lang="it"), glossary.show("03", lang="en")
    assert "- reach — copertura (reach): Quante persone diverse hanno visto un post almeno una volta." in repr(italian)
    assert "How many different people saw a post at least once." in repr(english)
    assert "Quante persone diverse" in italian._repr_html_() and "Quante persone" not in english._repr_html_()


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
    assert "- connection — connessione:" in text  # a dash, so a term with its own brackets reads cleanly
    assert isinstance(glossary.terms("01"), pd.DataFrame)


# -- the glossary and the Italian edition use the same words -------------------------------------------------------

def _stems(term: str) -> str:
    """A pattern for a term that tolerates Italian plurals and articles' elision: each word of 4+ letters may
    change its last letter (menzione/menzioni, interazione/interazioni), and case is ignored."""
    words = re.findall(r"[\w'’-]+", term.lower())
    parts = [re.escape(w[:-1]) + r"\w?" if len(w) >= 4 else re.escape(w) for w in words]
    return r"\b" + r"[\s'’/-]+".join(parts)  # "/" too: test A/B


def _heads(term_it: str) -> list[str]:
    """The names a notebook may use for a glossary term: the Italian term without its bracket, and the bracket
    itself when it is the English term the style guide keeps (``copertura (reach)``)."""
    outside = re.sub(r"\s*\([^)]*\)", "", term_it).strip(" «»")
    inside = re.findall(r"\(([^)]*)\)", term_it)
    return [name for name in [outside, *inside] if name]


@pytest.mark.parametrize("number", sorted({p.name[:2] for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")}))
def test_italian_notebooks_use_the_glossary_terms(number):
    """Each term the English notebook names in its text is named in the Italian notebook with the glossary's
    Italian word (or the English word the glossary keeps beside it), so the notebook and its glossary agree."""
    import nbformat

    english = next((ROOT / "notebooks").glob(f"{number}_*.ipynb"))
    italian = ROOT / "notebooks" / "it" / english.name
    text = {path: " ".join(c.source for c in nbformat.read(path, as_version=4).cells
                           if c.cell_type == "markdown").lower() for path in (english, italian)}
    missing = []
    for row in glossary.terms(number).itertuples():
        english_head = re.sub(r"\s*\(.*\)", "", row.term).lower()
        if english_head not in text[english]:
            continue  # the glossary names a term the lesson shows in a figure or a table only
        if not any(re.search(_stems(name), text[italian]) for name in _heads(row.term_it)):
            missing.append(f"{row.term} → {row.term_it}")
    assert not missing, (f"notebook {number}: the Italian text does not use the glossary's word for: "
                         + "; ".join(missing))

"""What a student reads in a built explorer, for the tests that build it in English and in Italian.

:func:`texts` collects the controls' descriptions and shown option labels, button texts, the status sentence,
the text form, and every text of the figure (titles, axis labels, annotations, legends), grouped by kind.
:func:`in_language` builds an explorer with the course speaking a language, and puts the choice back after.
"""

from __future__ import annotations

import html
import re

from smm_course import i18n


def _widgets(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _widgets(child)


def _figure_texts(explorer) -> list[str]:
    from matplotlib.text import Text

    figures = [getattr(owner, name, None) for owner in (explorer, getattr(explorer, "panel", None))
               for name in ("figure", "_figure")]
    figure = next((f for f in figures if f is not None), None)
    figure = getattr(figure, "figure", figure)
    if figure is None:
        return []
    return [t.get_text() for t in figure.findobj(Text) if t.get_text().strip()]


def texts(explorer) -> dict[str, list[str]]:
    """The explorer's visible texts by kind: controls, options, sentence, repr, figure."""
    found = {"controls": [], "options": [], "sentence": [], "repr": [repr(explorer)], "figure": []}
    for widget in _widgets(explorer):
        description = getattr(widget, "description", "")
        if description:
            found["controls"].append(description)
        labels = getattr(widget, "_options_labels", None)
        if labels:
            found["options"].extend(labels)
    found["sentence"].append(html.unescape(re.sub("<[^>]+>", "", explorer.sentence.value)))
    found["figure"] = _figure_texts(explorer)
    return found


def in_language(code: str, build):
    """``build()`` with the course speaking ``code``; the language choice is put back afterwards."""
    with i18n.use_language(code):
        return build()


def assert_italian(build, *, same_ok=()) -> tuple[dict, dict]:
    """Build the explorer in both languages; every kind of text must differ, and no English control label or
    figure title may appear unchanged in Italian (bar ``same_ok``, e.g. data values shown as labels)."""
    english = in_language("en", lambda: texts(build()))
    italian = in_language("it", lambda: texts(build()))
    for kind in ("controls", "sentence", "repr", "figure"):
        if english[kind]:
            assert italian[kind] != english[kind], (kind, italian[kind])
    unchanged = [text for text in english["controls"] if text in italian["controls"] and text not in same_ok]
    assert not unchanged, unchanged
    return english, italian

"""Engine text in English and Italian.

Every string the engine shows a student (feedback, button labels, progress tables, warnings) lives in
``smm_course/locales/<code>.json`` and is looked up here by key. The language comes from
:func:`set_language`, else from the ``SMM_COURSE_LANG`` environment variable, else English.

Question content (titles, prompts, hints) is written by notebook authors; it may be a plain string or a
dict such as ``{"en": "...", "it": "..."}``, and :func:`localize` picks the right one.

>>> from smm_course import i18n
>>> i18n.translate("status.correct", lang="en")
'Correct'
>>> i18n.translate("status.correct", lang="it")
'Corretto'
"""

from __future__ import annotations

import json
import os
import string
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Mapping, Union

LOCALES_DIR = Path(__file__).with_name("locales")
DEFAULT_LANGUAGE = "en"
LANGUAGE_ENV_VAR = "SMM_COURSE_LANG"

#: Text written by authors: one string for every language, or one string per language code.
LocalizedText = Union[str, Mapping[str, str]]

_chosen_language: str | None = None


def available_languages() -> list[str]:
    """List the language codes that have an engine catalogue, sorted.

    A language is available when ``smm_course/locales/<code>.json`` exists.

    >>> available_languages()
    ['en', 'it']
    """
    return sorted(path.stem for path in LOCALES_DIR.glob("*.json"))


def _validated(code: str, argument: str) -> str:
    if not isinstance(code, str):
        raise TypeError(f"{argument} must be a language code such as 'en' or 'it', not {type(code).__name__}.")
    normalised = code.strip().lower()
    options = available_languages()
    if normalised not in options:
        raise ValueError(
            f"{argument}={code!r} is not a course language. Choose one of: {', '.join(options)}."
        )
    return normalised


def set_language(code: str) -> str:
    """Choose the language of the engine's messages for this Python session.

    It overrides the ``SMM_COURSE_LANG`` environment variable. Returns the code now in use.

    Parameters
    ----------
    code : str
        A code from :func:`available_languages`, e.g. ``"en"`` or ``"it"`` (case does not matter).

    >>> set_language("it")
    'it'
    >>> translate("status.incorrect")
    'Non proprio'
    >>> set_language("en")
    'en'
    """
    global _chosen_language
    _chosen_language = _validated(code, "code")
    return _chosen_language


def get_language() -> str:
    """Return the language in use: :func:`set_language`'s choice, else ``SMM_COURSE_LANG``, else ``"en"``.

    An unknown code in ``SMM_COURSE_LANG`` raises a ``ValueError`` that lists the options.

    >>> get_language() in available_languages()
    True
    """
    if _chosen_language is not None:
        return _chosen_language
    from_env = os.environ.get(LANGUAGE_ENV_VAR, "").strip()
    if from_env:
        return _validated(from_env, LANGUAGE_ENV_VAR)
    return DEFAULT_LANGUAGE


@lru_cache(maxsize=None)
def load_catalogue(code: str) -> dict[str, str]:
    """Return the engine strings for one language as a dict (key -> text with ``{placeholders}``).

    >>> load_catalogue("en")["button.check"]
    'Check'
    """
    path = LOCALES_DIR / f"{_validated(code, 'code')}.json"
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def placeholders(text: str) -> set[str]:
    """Return the names of the ``{placeholders}`` in a catalogue string.

    >>> sorted(placeholders("{done} of {total} done"))
    ['done', 'total']
    """
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def translate(key: str, lang: str | None = None, **fields: object) -> str:
    """Return the engine string ``key`` in the current language, with ``fields`` filled in.

    A key missing from a language falls back to English, so a half-finished translation never breaks a
    notebook.

    >>> translate("progress.done_of_total", lang="en", done=2, total=5)
    '2 of 5 done'
    """
    code = _validated(lang, "lang") if lang is not None else get_language()
    catalogue = load_catalogue(code)
    if key in catalogue:
        template = catalogue[key]
    else:
        english = load_catalogue(DEFAULT_LANGUAGE)
        if key not in english:
            raise KeyError(f"No engine string called {key!r}; add it to smm_course/locales/*.json.")
        template = english[key]
    return template.format(**fields)


def format_number(value: float, spec: str = "", lang: str | None = None) -> str:
    """Write a number with a Python format ``spec``, in the language's convention (STYLE.md §2).

    English keeps Python's output (``1,234.5``); Italian swaps the separators: decimal comma, thousands point
    (``1.234,5``), so a generated sentence reads as Italian. Give the same ``spec`` the English text used.

    >>> format_number(3278.5, ",.1f", lang="en"), format_number(3278.5, ",.1f", lang="it")
    ('3,278.5', '3.278,5')
    >>> format_number(0.584, ".1%", lang="it")
    '58,4%'
    """
    text = format(value, spec)
    code = _validated(lang, "lang") if lang is not None else get_language()
    if code == "it":
        text = text.translate(_ITALIAN_SEPARATORS)
    return text


_ITALIAN_SEPARATORS = str.maketrans({",": ".", ".": ","})


class FromData(Mapping):
    """Text in each language, written from the course data when first shown (never at import).

    Feedback that states a number from the data computes it, so a change in the data cannot leave a sentence
    false. :func:`localize` reads it like the usual ``{"en": ..., "it": ...}`` dict; ``write`` runs once.

    >>> text = FromData(lambda: {"en": f"{2 + 2} accounts", "it": f"{2 + 2} account"})
    >>> localize(text, lang="it"), "en" in text
    ('4 account', True)
    """

    def __init__(self, write: Callable[[], dict[str, str]]) -> None:
        self._write = write
        self._texts: dict[str, str] | None = None

    def _all(self) -> dict[str, str]:
        if self._texts is None:
            self._texts = self._write()
        return self._texts

    def __getitem__(self, language: str) -> str:
        return self._all()[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def localize(content: LocalizedText | None, lang: str | None = None) -> str:
    """Pick the current language's version of author-written text.

    ``content`` is a plain string (same for every language) or a dict keyed by language code; a missing
    language falls back to English, then to the first entry.

    >>> localize({"en": "Hello", "it": "Ciao"}, lang="it")
    'Ciao'
    >>> localize({"en": "Hello"}, lang="it")
    'Hello'
    >>> localize("Same everywhere", lang="it")
    'Same everywhere'
    """
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    code = lang if lang is not None else get_language()
    if code in content:
        return content[code]
    if DEFAULT_LANGUAGE in content:
        return content[DEFAULT_LANGUAGE]
    return next(iter(content.values()), "")

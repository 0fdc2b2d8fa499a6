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

import contextlib
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


@lru_cache(maxsize=1)
def _catalogue_codes() -> tuple[str, ...]:
    # Read once: every lookup validates its language, and an explorer's slider step makes dozens of lookups.
    return tuple(sorted(path.stem for path in LOCALES_DIR.glob("*.json")))


def available_languages() -> list[str]:
    """List the language codes that have an engine catalogue, sorted.

    A language is available when ``smm_course/locales/<code>.json`` exists.

    >>> available_languages()
    ['en', 'it']
    """
    return list(_catalogue_codes())


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


@contextlib.contextmanager
def use_language(code: str | None) -> Iterator[str]:
    """Speak ``code`` inside a ``with`` block, then restore the choice made before it (or no choice at all).

    Tests and tools that run an Italian notebook in the same process as English ones use it, so the Italian
    notebook's ``start(..., lang="it")`` does not leak into what runs next. ``None`` clears the choice inside the
    block (the environment variable or English applies).

    >>> with use_language("it"):
    ...     translate("status.correct")
    'Corretto'
    >>> translate("status.correct")
    'Correct'
    """
    global _chosen_language
    before = _chosen_language
    _chosen_language = None if code is None else _validated(code, "code")
    try:
        yield get_language()
    finally:
        _chosen_language = before


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


def format_number(value: float, spec: str | int | None = None, lang: str | None = None, *,
                  decimals: int | None = None) -> str:
    """Write a number for prose in the reader's language (the course's Italian style guide, §2).

    English keeps Python's output (``3,278``, ``0.62``); Italian swaps the separators: thousands point, decimal
    comma (``3.278``, ``0,62``). Use it in every sentence an f-string writes for a student, never Python's ``:,``,
    which always prints the English form. Values a student must type stay in Python syntax (``0.05``), in
    backticks.

    Parameters
    ----------
    value : float
        The number to write (an ``int``, ``float`` or NumPy scalar).
    spec : str, optional
        A Python format spec, the one the English text uses (``",.1f"``, ``".1%"``). An int is read as
        ``decimals``. Default: thousands grouped, ``decimals`` places.
    lang : str, optional
        A language code such as ``"en"`` or ``"it"``; default: the language in use (:func:`get_language`).
    decimals : int, optional
        Decimal places when no ``spec`` is given (default 0); rounded half to even, as ``format`` does.

    Returns
    -------
    str
        The formatted number, e.g. ``"3.278"`` in Italian and ``"3,278"`` in English.

    Examples
    --------
    >>> format_number(3278, lang="it"), format_number(3278, lang="en")
    ('3.278', '3,278')
    >>> format_number(0.62, decimals=2, lang="it"), format_number(0.62, decimals=2, lang="en")
    ('0,62', '0.62')
    >>> format_number(3278.5, ",.1f", lang="it"), format_number(0.584, ".1%", lang="it")
    ('3.278,5', '58,4%')
    >>> format_number(1234567.891, decimals=1, lang="it"), format_number(-1500, lang="it")
    ('1.234.567,9', '-1.500')
    """
    if isinstance(spec, int) and not isinstance(spec, bool):
        spec, decimals = None, spec
    if spec is None:
        places = 0 if decimals is None else decimals
        if places < 0:
            raise ValueError(f"decimals must be 0 or more, not {places}.")
        spec = f",.{places}f"
        value = float(value)
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

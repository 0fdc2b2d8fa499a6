"""Text about an export that is decided while the file is read and shown later, in the course's language.

:func:`~smm_course.imports.reader.read_export` writes down what it did (the encoding, the notes, the rows it skipped)
in ``frame.attrs["report"]`` while it reads the file; :func:`~smm_course.imports.inspection.inspect_export` shows it,
perhaps after ``smm_course.start(..., lang="it")``. Each such text is a :class:`Phrase`: a ``str`` whose value is
the English text (so code and tests that compare it, search it or save it see the same English as always) and that
is *shown* in the language in use when it is printed or formatted (``print``, ``str``, an f-string). Its words come
from ``smm_course/locales/<code>.json`` (keys ``imports.*``).

>>> from smm_course import i18n
>>> note = Phrase("imports.note.zip_member", member="Table data.csv")
>>> note == "read Table data.csv from inside the zip file"
True
>>> with i18n.use_language("it"):
...     print(note)
letto Table data.csv dall'interno del file zip
"""

from __future__ import annotations

from smm_course import i18n

__all__ = ["Phrase", "shown"]


def shown(value, lang: str | None = None) -> str:
    """``value`` as a student reads it in ``lang`` (default: the language in use): a :class:`Phrase` is translated,
    anything else is written as ``str`` writes it."""
    if isinstance(value, Phrase):
        return value.shown(lang)
    return str(value)


class Phrase(str):
    """English text with the key (and fields) that write it in any course language; see the module's documentation.

    Parameters
    ----------
    key : str
        The catalogue key, e.g. ``"imports.note.zip_member"``.
    english : str, optional (keyword only)
        The English text when it comes from a data file (an alias's note in ``aliases/*.csv``, a format's label in
        ``formats.csv``): it is used for English, and the catalogue's ``key`` for the other languages.
    **fields
        The placeholders' values; a field that is itself a Phrase is shown in the same language.
    """

    _key: str
    _fields: dict
    _english: str | None

    def __new__(cls, key: str, /, *, english: str | None = None, **fields):
        value = english if english is not None else i18n.translate(key, lang="en", **_in(fields, "en"))
        self = super().__new__(cls, value)
        self._key, self._fields, self._english = key, dict(fields), english
        return self

    def shown(self, lang: str | None = None) -> str:
        """The text in ``lang`` (default: the language in use), as a plain ``str``."""
        code = lang or i18n.get_language()
        if self._english is not None and (code == i18n.DEFAULT_LANGUAGE
                                          or self._key not in i18n.load_catalogue(code)):
            return str.__str__(self)
        return i18n.translate(self._key, lang=code, **_in(self._fields, code))

    def __str__(self) -> str:
        return self.shown()

    def __format__(self, spec: str) -> str:
        return format(self.shown(), spec)

    def __reduce__(self):
        return _rebuild, (self._key, self._english, self._fields)


def _rebuild(key: str, english: str | None, fields: dict) -> Phrase:
    return Phrase(key, english=english, **fields)


def _in(fields: dict, lang: str) -> dict:
    return {name: shown(value, lang) for name, value in fields.items()}

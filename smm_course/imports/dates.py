"""Dates as the exports write them, in English or Italian, with or without a year.

The platforms write the same moment in many ways:

- Meta Business Suite: ``08/31/2025 14:05`` (month first in English, day first in Italian);
- X: ``Sat, Aug 31, 2024``; its older export ``2019-08-31 14:05 +0000``;
- YouTube Studio: ``Aug 31, 2024`` or ``31 ago 2024``;
- TikTok Studio: ``August 31`` or ``31 agosto``, without a year.

:func:`parse_dates` reads a whole column at once, because one value alone cannot say whether
``03/04/2025`` is the 3rd of April or the 4th of March: if any value in the column has a first number
above 12, the column is day first; if any has a second number above 12, month first; if none does, the
language of the headers decides and the result says the dates were ambiguous.

A date without a year needs the year: TikTok's daily export starts at some ``August 31`` and never says
which. ``year`` is the year of the file's first row; a file in date order that crosses New Year moves
on to the next year where December turns into January.

>>> result = parse_dates(["08/31/2025 14:05", "09/01/2025 09:30"])
>>> [str(t) for t in result.values]
['2025-08-31 14:05:00', '2025-09-01 09:30:00']
>>> result.has_time
True
>>> [str(t.date()) for t in parse_dates(["December 31", "January 1"], year=2024).values]
['2024-12-31', '2025-01-01']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from smm_course.imports.wording import Phrase

__all__ = ["DateProblem", "MissingYear", "ParsedDates", "parse_dates"]

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate([
    "january jan gennaio gen", "february feb febbraio", "march mar marzo", "april apr aprile",
    "may maggio mag", "june jun giugno giu", "july jul luglio lug", "august aug agosto ago",
    "september sep sept settembre set", "october oct ottobre ott", "november nov novembre",
    "december dec dicembre dic",
], start=1):
    for _name in _names.split():
        _MONTHS[_name] = _number

_WEEKDAYS = frozenset(
    "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun "
    "lunedì lunedi lun martedì martedi mar mercoledì mercoledi mer giovedì giovedi gio venerdì venerdi ven "
    "sabato sab domenica dom".split()
)

_TIME = re.compile(
    r"[\s,]+(?:at\s+|alle\s+|ore\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?P<tz>z|utc|gmt|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})$")
_MONTH_FIRST = re.compile(r"^(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?$")
_DAY_FIRST = re.compile(r"^(?P<d>\d{1,2})\.?\s+(?P<mon>[^\W\d_]+)\.?,?(?:\s+(?P<y>\d{4}))?$")


class DateProblem(ValueError):
    """A value that is not a date; ``index`` is its position in the column."""

    def __init__(self, index: int, value: str, reason: str):
        self.index = index
        self.value = value
        super().__init__(reason)


class MissingYear(DateProblem):
    """Dates that carry no year, and no ``year`` was given."""


@dataclass
class _Parts:
    """One value taken apart; ``first`` and ``second`` are the two numbers of ``03/04/2025``."""

    year: int | None
    first: int
    second: int | None  # None when the month is known (ISO dates, month names)
    hour: int = 0
    minute: int = 0
    second_of_minute: int = 0
    offset: str | None = None
    has_time: bool = False


@dataclass
class ParsedDates:
    """A column of dates: the values (``None`` for empty cells) and what had to be decided."""

    values: list[pd.Timestamp | None]
    has_time: bool = False
    has_timezone: bool = False
    notes: list[str] = field(default_factory=list)


def _offset_minutes(text: str) -> int:
    if text.casefold() in ("z", "utc", "gmt"):
        return 0
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:])
    return -minutes if text.startswith("-") else minutes


def _split(value: str, index: int) -> _Parts:
    """Take one value apart, without deciding yet which of two small numbers is the day."""
    text = " ".join(value.strip().split())
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}T", text):
        text = text.replace("T", " ", 1)
    hour = minute = second = 0
    offset = None
    has_time = False
    time = _TIME.search(text)
    if time:
        hour, minute, second = int(time["h"]), int(time["mi"]), int(time["s"] or 0)
        if time["ampm"]:
            if not 1 <= hour <= 12:
                raise DateProblem(index, value, Phrase("imports.reason.hour_ampm", value=repr(value), hour=hour))
            pm = time["ampm"].casefold().startswith("p")
            hour = hour % 12 + (12 if pm else 0)
        if hour > 23 or minute > 59 or second > 59:
            raise DateProblem(index, value, Phrase("imports.reason.not_a_time", value=repr(value)))
        offset = time["tz"]
        has_time = True
        text = text[: time.start()].strip(" ,")
    parts = _date_parts(text, index, value)
    parts.hour, parts.minute, parts.second_of_minute = hour, minute, second
    parts.offset, parts.has_time = offset, has_time
    return parts


def _date_parts(text: str, index: int, value: str) -> _Parts:
    match = _ISO.match(text)
    if match:
        return _Parts(int(match["y"]), int(match["mo"]) * 100 + int(match["d"]), None)
    match = _NUMERIC.match(text)
    if match:
        year = int(match["y"])
        return _Parts(year + 2000 if year < 100 else year, int(match["a"]), int(match["b"]))
    candidates = [text]
    head, _, rest = text.partition(" ")
    if head.strip(".,").casefold() in _WEEKDAYS and rest:
        candidates.append(rest.strip(" ,"))  # "Sat, Aug 31, 2024", "sab 31 ago 2024"
    for candidate in candidates:
        for pattern in (_MONTH_FIRST, _DAY_FIRST):
            match = pattern.match(candidate)
            if match and match["mon"].casefold() in _MONTHS:
                year = int(match["y"]) if match["y"] else None
                return _Parts(year, _MONTHS[match["mon"].casefold()] * 100 + int(match["d"]), None)
    raise DateProblem(index, value, Phrase("imports.reason.not_a_date", value=repr(value)))


def _years_in_order(keys: list[int], year: int) -> list[int] | None:
    """Years for month-day dates (``keys`` are month x 100 + day), ``year`` being the first row's.

    A file in date order can only go back in the calendar when it crosses New Year (a step back of six
    months or more); a file newest first can only go forward then. Returns None for a file in neither
    order, where New Year cannot be placed.
    """
    steps = list(zip(keys, keys[1:]))

    def wraps(a: int, b: int) -> bool:
        return a // 100 - b // 100 >= 6

    if all(b >= a or wraps(a, b) for a, b in steps):  # oldest first
        years = [year]
        for a, b in steps:
            years.append(years[-1] + (1 if b < a else 0))
        return years
    if all(b <= a or wraps(b, a) for a, b in steps):  # newest first
        years = [year]
        for a, b in steps:
            years.append(years[-1] - (1 if b > a else 0))
        return years
    return None


def parse_dates(values: Sequence[str], *, year: int | None = None, language: str = "en",
                row_years: Sequence[int | None] | None = None) -> ParsedDates:
    """Read a column of dates, deciding day or month first and the missing years for the whole column.

    Parameters
    ----------
    values : sequence of str
        The column's text, in file order. Empty cells give ``None``.
    year : int, optional
        The year of the first row, for dates written without one.
    language : {"en", "it"}
        The language of the file's headers: it settles dates like ``03/04/2025`` when no value in the
        column does (English month first, Italian day first).
    row_years : sequence of int or None, optional
        A year for each row from another source (such as a post ID that encodes its date); used for
        dates without a year before ``year``.

    Returns
    -------
    ParsedDates

    Raises
    ------
    DateProblem
        For the first value that is not a date (``.index`` says which).
    MissingYear
        When dates have no year and neither ``year`` nor ``row_years`` gives one.

    Examples
    --------
    >>> [str(t.date()) for t in parse_dates(["31/08/2025", "01/09/2025"]).values]
    ['2025-08-31', '2025-09-01']
    >>> parse_dates(["03/04/2025"], language="it").notes
    ['dates like 03/04/2025 could be read either way; read day first, as Italian files write them']
    >>> str(parse_dates(["2019-08-31 14:05 +0000"]).values[0])
    '2019-08-31 14:05:00+00:00'
    >>> parse_dates(["August 31"])
    Traceback (most recent call last):
    ...
    smm_course.imports.dates.MissingYear: 'August 31' has no year
    """
    parts: list[_Parts | None] = []
    for index, value in enumerate(values):
        text = "" if value is None else str(value).strip()
        parts.append(_split(text, index) if text else None)
    present = [(i, p) for i, p in enumerate(parts) if p is not None]
    notes: list[str] = []

    numeric = [(i, p) for i, p in present if p.second is not None]
    if numeric:
        day_first_proof = next(((i, p) for i, p in numeric if p.first > 12), None)
        month_first_proof = next(((i, p) for i, p in numeric if p.second > 12), None)
        if day_first_proof and month_first_proof:
            i = month_first_proof[0]
            raise DateProblem(i, values[i], Phrase("imports.reason.mixed_order", value=repr(values[i]),
                                                   other=repr(values[day_first_proof[0]])))
        if day_first_proof or month_first_proof:
            day_first = bool(day_first_proof)
        else:
            day_first = language == "it"
            example = str(values[numeric[0][0]]).split()[0]
            notes.append(Phrase("imports.note.day_first" if day_first else "imports.note.month_first",
                                example=example))
        for _, p in numeric:
            day, month = (p.first, p.second) if day_first else (p.second, p.first)
            p.first, p.second = month * 100 + day, None

    yearless = [(i, p) for i, p in present if p.year is None]
    if yearless:
        from_rows = row_years is not None and all(row_years[i] is not None for i, _ in yearless)
        if from_rows:
            for i, p in yearless:
                p.year = row_years[i]
            notes.append(Phrase("imports.note.year_from_id"))
        elif year is None:
            i = yearless[0][0]
            raise MissingYear(i, values[i], Phrase("imports.reason.no_year", value=repr(values[i])))
        else:
            years = _years_in_order([p.first for _, p in yearless], int(year))
            if years is None:
                years = [int(year)] * len(yearless)
                notes.append(Phrase("imports.note.year_unordered", year=year))
            elif len(set(years)) > 1:
                notes.append(Phrase("imports.note.year_crossing", year=year))
            else:
                notes.append(Phrase("imports.note.year_given", year=year))
            for (_, p), y in zip(yearless, years):
                p.year = y

    with_offset = [p for _, p in present if p.offset]
    if with_offset and len(with_offset) != len(present):
        i = next(i for i, p in present if not p.offset)
        raise DateProblem(i, values[i], Phrase("imports.reason.no_time_zone", value=repr(values[i])))

    result: list[pd.Timestamp | None] = []
    for index, p in enumerate(parts):
        if p is None:
            result.append(None)
            continue
        month, day = divmod(p.first, 100)
        try:
            stamp = pd.Timestamp(year=p.year, month=month, day=day, hour=p.hour, minute=p.minute,
                                 second=p.second_of_minute)
        except ValueError:
            raise DateProblem(index, values[index], Phrase("imports.reason.not_a_real_date", value=repr(values[index]))) from None
        if p.offset:
            stamp = (stamp - pd.Timedelta(minutes=_offset_minutes(p.offset))).tz_localize("UTC")
        result.append(stamp)
    return ParsedDates(result, has_time=any(p.has_time for _, p in present),
                       has_timezone=bool(with_offset), notes=notes)

"""Numbers as analytics exports write them: ``12,400``, ``12.400``, ``1.2K``, ``3,4 Mln``, ``4.5%``.

The platforms write numbers for people, not for programs. The same file can hold ``1,234`` (a thousand
and more, in English) and ``4,5`` (four and a half, in Italian), so each text is read on its own:

- one separator followed by exactly three digits, in a whole number such as a count, groups
  thousands (``12,400`` and ``12.400`` are both 12400);
- both separators: the last one is the decimal point (``1,234.5`` and ``1.234,5``);
- a suffix multiplies (``K`` and ``Mila`` by a thousand, ``M``, ``Mln`` and ``Mio`` by a million, ``B``,
  ``Bn``, ``Mld`` and ``Mrd`` by a billion), and then the separator is a decimal point (``3,4 Mln``);
- a trailing ``%`` divides by 100, because the course writes every rate as a fraction.

A cell that says there is no value (empty, ``-``, ``—``, ``n/a``) gives ``None``. Anything else that is
not a number raises ``ValueError`` with the reason: nothing becomes NaN without a word.

>>> parse_count("12,400"), parse_count("12.400"), parse_count("1.2K"), parse_count("3,4 Mln")
(12400, 12400, 1200, 3400000)
>>> parse_rate("4.5%"), parse_rate("4,5 %"), parse_rate("4.5", unit="percent")
(0.045, 0.045, 0.045)
>>> parse_number("—") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from smm_course.imports.wording import Phrase

__all__ = ["MISSING_MARKS", "ReadNumber", "parse_count", "parse_number", "parse_rate", "read_number"]

# What the exports put in a cell that has no value. Kept small on purpose: a word like "none" in a
# numeric column is more likely a shifted column than a missing value, so it is an error.
MISSING_MARKS = frozenset({"", "-", "–", "—", "--", "n/a", "n.a.", "n.d.", "nd"})

_MULTIPLIERS = {
    "k": 1e3, "mila": 1e3, "m": 1e6, "mln": 1e6, "mio": 1e6, "mn": 1e6,
    "b": 1e9, "bn": 1e9, "mld": 1e9, "mrd": 1e9,
}
# Digits with optional grouping and decimal separators, a word suffix and a percent sign.
_NUMBER = re.compile(r"^(?P<sign>[+-]?)(?P<digits>\d[\d.,' ]*\d|\d)\s*(?P<suffix>[^\W\d_]+\.?)?\s*(?P<percent>%)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


@dataclass(frozen=True)
class ReadNumber:
    """A number read from text: its value, and whether it was abbreviated or had a ``%`` sign."""

    value: float
    abbreviated: bool = False
    percent: bool = False


def _plain(digits: str, decimal: str, whole: bool, abbreviated: bool) -> float:
    """The value of digits with grouping and decimal separators, e.g. ``1.234,5``."""
    compact = digits.replace(" ", "").replace("'", "")
    marks = [c for c in compact if c in ".,"]
    if not marks:
        return float(compact)
    if len(set(marks)) == 2:
        point = compact[max(compact.rfind("."), compact.rfind(","))]
    elif len(marks) > 1:
        point = None  # "1,234,567": the repeated mark can only group thousands
    else:
        mark = marks[0]
        after = len(compact) - compact.index(mark) - 1
        if abbreviated:
            point = mark  # "1.2K", "3,4 Mln"
        elif after == 3 and (whole or mark != decimal):
            point = None  # "12,400" in a count, or "1,234" in a file whose decimal mark is "."
        else:
            point = mark
    group = {".": ",", ",": "."}.get(point) if point else marks[0]
    integer, _, fraction = compact.partition(point) if point else (compact, "", "")
    if point and group in fraction:
        raise ValueError(Phrase("imports.reason.group_after_point"))
    if group and group in integer:
        parts = integer.split(group)
        if not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])):
            raise ValueError(Phrase("imports.reason.not_in_threes"))
        integer = "".join(parts)
    return float(f"{integer}.{fraction}" if fraction else integer)


def read_number(text: str, *, decimal: str = ".", whole: bool = False) -> ReadNumber | None:
    """Read one number as an export writes it.

    Parameters
    ----------
    text : str
        The cell's text.
    decimal : {".", ","}
        The file's decimal mark, used only to settle ``1,234``-like text in a column that is not a
        whole number: English files write ``.``, Italian ones ``,``.
    whole : bool
        True when the column holds whole numbers (counts): then ``1.234`` groups thousands.

    Returns
    -------
    ReadNumber or None
        None when the cell says there is no value.

    Raises
    ------
    ValueError
        When the text is not a number; the message says why.

    Examples
    --------
    >>> read_number("1,234.5")
    ReadNumber(value=1234.5, abbreviated=False, percent=False)
    >>> read_number("12,5 Mila")
    ReadNumber(value=12500.0, abbreviated=True, percent=False)
    >>> read_number("4,5", decimal=",").value
    4.5
    >>> read_number("12,4OO")
    Traceback (most recent call last):
    ...
    ValueError: '12,4OO' is not a number (unknown abbreviation 'OO')
    """
    clean = _SPACES.sub(" ", str(text)).strip()
    if clean.casefold() in MISSING_MARKS:
        return None
    match = _NUMBER.match(clean)
    if not match:
        raise ValueError(Phrase("imports.reason.not_a_number", value=repr(text)))
    suffix = (match["suffix"] or "").rstrip(".").casefold()
    if suffix and suffix not in _MULTIPLIERS:
        raise ValueError(Phrase("imports.reason.unknown_abbreviation", value=repr(text), suffix=repr(match["suffix"])))
    try:
        value = _plain(match["digits"], decimal, whole, bool(suffix))
    except ValueError as error:
        raise ValueError(Phrase("imports.reason.not_a_number_because", value=repr(text),
                                reason=error.args[0] if error.args else str(error))) from None
    if suffix:
        value = round(value * _MULTIPLIERS[suffix], 6)  # 1.1 x 1000 is not exactly 1100.0 in floating point
    if match["sign"] == "-":
        value = -value
    return ReadNumber(value, abbreviated=bool(suffix), percent=bool(match["percent"]))


def parse_number(text: str, *, decimal: str = ".") -> float | None:
    """Read any number; a trailing ``%`` divides it by 100.

    Examples
    --------
    >>> parse_number("1.234,5"), parse_number("0.25"), parse_number("12 %")
    (1234.5, 0.25, 0.12)
    """
    read = read_number(text, decimal=decimal)
    if read is None:
        return None
    return round(read.value / 100, 12) if read.percent else read.value


def parse_count(text: str, *, decimal: str = ".") -> int | None:
    """Read a whole number such as likes or reach.

    Abbreviated counts (``1.2K``) are approximate by nature and are rounded to the nearest whole
    number; any other count with a fractional part, or a percentage, is an error.

    Examples
    --------
    >>> parse_count("1 234"), parse_count("2,5K"), parse_count("")
    (1234, 2500, None)
    >>> parse_count("12.5")
    Traceback (most recent call last):
    ...
    ValueError: '12.5' is not a whole number
    """
    read = read_number(text, decimal=decimal, whole=True)
    if read is None:
        return None
    if read.percent:
        raise ValueError(Phrase("imports.reason.percentage_not_count", value=repr(text)))
    if read.abbreviated:
        return int(round(read.value))
    if read.value != int(read.value):
        raise ValueError(Phrase("imports.reason.not_whole", value=repr(text)))
    return int(read.value)


def parse_rate(text: str, *, unit: str = "fraction", decimal: str = ".") -> float | None:
    """Read a rate as a fraction (0.045 for 4.5%).

    Parameters
    ----------
    unit : {"fraction", "percent"}
        How the column writes rates without a ``%`` sign: YouTube's ``(%)`` columns write 4.5 for
        4.5% (``"percent"``); X's older export writes 0.045 (``"fraction"``). A ``%`` sign always
        means percent.

    Examples
    --------
    >>> parse_rate("0.033"), parse_rate("3.3", unit="percent"), parse_rate("3.3%", unit="fraction")
    (0.033, 0.033, 0.033)
    """
    if unit not in ("fraction", "percent"):
        raise ValueError(f"unit must be 'fraction' or 'percent', not {unit!r}")
    read = read_number(text, decimal=decimal)
    if read is None:
        return None
    if read.percent or unit == "percent":
        return round(read.value / 100, 12)  # 4.5 / 100 is 0.045000000000000005 in floating point
    return read.value

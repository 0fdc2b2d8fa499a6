"""Durations as the exports write them (``0:45``, ``0:01:23``, ``45``, ``12,5 s``), in seconds.

YouTube Studio writes the average view duration as a clock (``0:01:23``), TikTok writes the average
watch time either as a clock (``0:45``) or as seconds (``12.5``), and Meta writes video lengths in
plain seconds. All of them become seconds, so they can be averaged and compared.

>>> parse_duration("0:45"), parse_duration("0:01:23"), parse_duration("12,5 s")
(45.0, 83.0, 12.5)
"""

from __future__ import annotations

import re

from smm_course.imports.numbers import MISSING_MARKS, read_number
from smm_course.imports.wording import Phrase

__all__ = ["parse_duration"]

_CLOCK = re.compile(r"^(?:(?P<h>\d+):)?(?P<m>\d+):(?P<s>\d{1,2}(?:[.,]\d+)?)$")
_SECONDS = re.compile(r"^(?P<n>[\d.,]+)\s*(?:s|sec|secs|seconds|secondi)?\.?$", re.IGNORECASE)


def parse_duration(text: str, *, decimal: str = ".") -> float | None:
    """Read a duration in seconds.

    Parameters
    ----------
    text : str
        ``M:SS``, ``H:MM:SS`` or a number of seconds (``45``, ``45 s``, ``12,5``).
    decimal : {".", ","}
        The file's decimal mark, for a plain number of seconds.

    Returns
    -------
    float or None
        Seconds; None when the cell says there is no value.

    Raises
    ------
    ValueError
        When the text is not a duration, or a clock has 60 or more minutes or seconds.

    Examples
    --------
    >>> parse_duration("1:02:03")
    3723.0
    >>> parse_duration("—") is None
    True
    >>> parse_duration("0:75")
    Traceback (most recent call last):
    ...
    ValueError: '0:75' is not a duration: a clock has fewer than 60 seconds
    """
    clean = str(text).strip()
    if clean.casefold() in MISSING_MARKS:
        return None
    clock = _CLOCK.match(clean)
    if clock:
        hours = int(clock["h"] or 0)
        minutes = int(clock["m"])
        seconds = float(clock["s"].replace(",", "."))
        if seconds >= 60 or (clock["h"] is not None and minutes >= 60):
            raise ValueError(Phrase("imports.reason.clock_seconds" if seconds >= 60 else "imports.reason.clock_minutes",
                                    value=repr(text)))
        return hours * 3600 + minutes * 60 + seconds
    plain = _SECONDS.match(clean)
    if plain:
        read = read_number(plain["n"], decimal=decimal)
        if read is not None:
            return read.value
    raise ValueError(Phrase("imports.reason.not_a_duration", value=repr(text)))

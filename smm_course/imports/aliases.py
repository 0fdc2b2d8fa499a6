"""The supported export formats and their header aliases, read from the package's data files.

The knowledge of what each platform calls its columns lives in data files, not in code, so a renamed
or translated header is a one-line change:

- ``formats.csv``: one line per supported export (platform, label, required columns, where to click);
- ``aliases/<platform>.csv``: one line per header, saying which course column it means;
- ``aliases/post_types.csv``: the platforms' names for kinds of post, and the course's ``format``.

Headers are compared without regard to case, spacing or the kind of apostrophe, because the same
export arrives as ``Post ID`` from Meta and ``Post id`` from X.

>>> fmt = FORMATS["instagram_posts"]
>>> fmt.platform, fmt.required
('Instagram', ('post_id', 'posted_at'))
>>> [a.field for a in fmt.aliases if normalise(a.header) == normalise("copertura")]
['reach']
>>> POST_TYPES[("Instagram", normalise("IG reel"))]
'video'
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from smm_course.imports.fields import FIELDS
from smm_course.imports.wording import Phrase

__all__ = ["Alias", "ExportFormat", "FORMATS", "PLATFORMS", "POST_TYPES", "data_file", "normalise"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def normalise(header: str) -> str:
    """A header in the form used to compare it: no case, no byte-order mark, single spaces.

    Examples
    --------
    >>> normalise("\\ufeff Post  ID ")
    'post id'
    >>> normalise("Nome utente dell’account") == normalise("Nome utente dell'account")
    True
    """
    text = unicodedata.normalize("NFC", str(header)).replace("\ufeff", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", text.translate(_APOSTROPHES)).strip().strip('"').strip().casefold()


def _slug(text: str) -> str:
    """A header or name as part of a locale key: ``"Video Views"`` -> ``"video_views"``."""
    return re.sub(r"[^a-z0-9]+", "_", normalise(text)).strip("_")


def _worded(english: str, key: str) -> str:
    """A data file's English text, shown in the course's language (locale ``key``) when printed."""
    return Phrase(key, english=english) if english else english


@dataclass(frozen=True)
class Alias:
    """One line of an alias file: a header and the course column it means."""

    field: str
    header: str
    formats: tuple[str, ...]  # empty: every format of the platform
    language: str  # "en", "it" or "" for both
    unit: str  # for rates: "percent" or "fraction"
    note: str
    order: int  # position in the file: the first alias of a field wins when a file has two


@dataclass(frozen=True)
class ExportFormat:
    """One supported export: where it comes from, what it must hold and its aliases."""

    name: str
    platform: str
    label: str
    unit: str  # "post": a row per post; "day": a row per day
    required: tuple[str, ...]
    default_format: str
    how_to_export: str
    aliases: tuple[Alias, ...]

    def headers_for(self, field: str, language: str = "en") -> list[str]:
        """The headers that mean ``field`` in this format, those of ``language`` first.

        Examples
        --------
        >>> FORMATS["youtube_content"].headers_for("posted_at")
        ['Video publish time', 'Ora di pubblicazione del video']
        """
        found = [a for a in self.aliases if a.field == field]
        return [a.header for a in sorted(found, key=lambda a: (a.language not in ("", language), a.order))]


def data_file(name: str) -> str:
    """The text of one of the package's data files, e.g. ``"aliases/x.csv"``."""
    return (resources.files("smm_course.imports") / name).read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    """The lines of a data file as dictionaries; lines starting with ``#`` explain the file."""
    text = "\n".join(line for line in data_file(name).splitlines() if not line.startswith("#"))
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def _load() -> tuple[dict[str, ExportFormat], dict[tuple[str, str], str]]:
    """Read and check every data file; a mistake in one is a bug in the package, so it raises."""
    format_rows = _rows("formats.csv")
    names = {row["format"] for row in format_rows}
    aliases_by_file: dict[str, list[Alias]] = {}
    for stem in sorted({row["aliases"] for row in format_rows}):
        aliases = []
        for order, row in enumerate(_rows(f"aliases/{stem}.csv")):
            formats = tuple(f for f in row["formats"].split(";") if f)
            problems = [f"unknown field {row['field']!r}"] if row["field"] not in FIELDS else []
            problems += [f"unknown format {f!r}" for f in formats if f not in names]
            problems += [f"language {row['language']!r} is not en or it"] if row["language"] not in ("", "en", "it") else []
            problems += [f"unit {row['unit']!r}"] if row["unit"] not in ("", "percent", "fraction") else []
            if problems or not row["header"]:
                raise RuntimeError(f"aliases/{stem}.csv, line for {row['header']!r}: " + "; ".join(problems or ["no header"]))
            note = _worded(row["note"], f"imports.alias_note.{stem}.{_slug(row['header'])}")
            aliases.append(Alias(row["field"], row["header"], formats, row["language"], row["unit"], note, order))
        aliases_by_file[stem] = aliases
    formats = {}
    for row in format_rows:
        mine = tuple(a for a in aliases_by_file[row["aliases"]] if not a.formats or row["format"] in a.formats)
        seen: dict[str, str] = {}
        for alias in mine:
            key = normalise(alias.header)
            if seen.setdefault(key, alias.field) != alias.field:
                raise RuntimeError(f"{row['format']}: header {alias.header!r} means both {seen[key]!r} and {alias.field!r}")
        required = tuple(row["required"].split(";"))
        missing = [f for f in required if f not in {a.field for a in mine}]
        if missing:
            raise RuntimeError(f"{row['format']}: no alias for the required columns {missing}")
        key = f"imports.format.{row['format']}"
        formats[row["format"]] = ExportFormat(row["format"], row["platform"], _worded(row["label"], f"{key}.label"),
                                              row["unit"], required, row["default_format"],
                                              _worded(row["how_to_export"], f"{key}.how_to_export"), mine)
    post_types = {(row["platform"], normalise(row["label"])): row["format"] for row in _rows("aliases/post_types.csv")}
    return formats, post_types


FORMATS, POST_TYPES = _load()
PLATFORMS: tuple[str, ...] = tuple(dict.fromkeys(fmt.platform for fmt in FORMATS.values()))

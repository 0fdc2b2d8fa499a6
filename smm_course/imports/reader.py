"""Read an analytics export into the course's ``posts`` columns: :func:`read_export`.

The steps, each in its own module: :mod:`~smm_course.imports.decoding` turns the bytes into a header and
rows of text; :mod:`~smm_course.imports.detect` finds the format from the headers; then this module
drops the rows that are not data (a line of metric descriptions, YouTube's "Total" row), reads every
mapped column with :mod:`~smm_course.imports.numbers`, :mod:`~smm_course.imports.dates` and
:mod:`~smm_course.imports.durations`, and builds the course's columns (``format`` from the post type,
``text_length`` from the text, ``brand`` from the account).

Every decision that could change a number is written down in ``frame.attrs["report"]``, and every
value that cannot be read raises an :class:`~smm_course.imports.errors.ExportError` naming the file,
the line, the column and the value: an empty cell is the only thing that becomes a missing value, and
the report counts those.

>>> from smm_course.imports.samples import sample_export
>>> posts = read_export(sample_export("instagram_posts"))
>>> posts.attrs["platform"], list(posts.columns[:6])
('Instagram', ['post_id', 'brand', 'platform', 'posted_at', 'format', 'text_length'])
>>> posts.attrs["mapping"]["Views"]
'impressions'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from smm_course.datagen.world import POST_FORMATS, WORLD
from smm_course.imports.aliases import POST_TYPES, normalise
from smm_course.imports.dates import DateProblem, MissingYear, parse_dates
from smm_course.imports.decoding import RawTable, read_table
from smm_course.imports.detect import Detection, detect
from smm_course.imports.durations import parse_duration
from smm_course.imports.errors import ExportError
from smm_course.imports.fields import FIELDS, NUMERIC_KINDS, POSTS_COLUMNS
from smm_course.imports.ids import posted_at_from_id
from smm_course.imports.numbers import MISSING_MARKS, parse_number, parse_rate, read_number
from smm_course.imports.wording import Phrase

__all__ = ["read_export"]

_TOTAL_WORDS = frozenset({"total", "totals", "totale", "totali"})
_EXTRA_ORDER = ("text", "permalink", "post_type", "views", "engagements", "engagement_rate", "new_followers",
                "profile_views", "duration_seconds", "avg_view_seconds", "watch_time_hours", "ctr",
                "completion_rate", "avg_fraction_viewed", "posted_at_utc")
_LINK_ID = re.compile(r"/(?:video|photo|status|reel|p)/(\d+)")
_LINK_KIND = re.compile(r"/(video|photo)/\d+")
_MAX_PROBLEMS_SHOWN = 5


def _check_year(year, path: Path) -> int | None:
    if year is None:
        return None
    if isinstance(year, bool) or not isinstance(year, int) and not (isinstance(year, str) and year.isdigit()):
        raise ExportError(path, Phrase("imports.error.year_not_number", year=repr(year)))
    if not 2000 <= int(year) <= 2100:
        raise ExportError(path, Phrase("imports.error.year_implausible", year=year))
    return int(year)


def _looks_like_descriptions(row: list[str], columns: list[int]) -> bool:
    """True for a line that describes the metrics instead of giving them ("Lifetime: The number of...")."""
    for i in columns:
        cell = row[i].strip()
        if not cell or not re.search(r"[^\W\d_]", cell):
            return False
        try:
            read_number(cell)
            return False
        except ValueError:
            pass
    return True


def _problem_text(problems: list[tuple[int, str, str, str]]) -> str:
    shown = "; ".join(f"{Phrase('imports.error.at', line=line, header=repr(header), reason=reason)}"
                      for line, header, _, reason in problems[:_MAX_PROBLEMS_SHOWN])
    more = (f"{Phrase('imports.error.and_more', count=len(problems) - _MAX_PROBLEMS_SHOWN)}"
            if len(problems) > _MAX_PROBLEMS_SHOWN else "")
    return shown + more


def _convert(kind: str, cells: list[str], unit: str, decimal: str) -> tuple[list, list[int], Counter]:
    """Read one column of a numeric kind: values, positions that failed (with reasons) and counts of traits."""
    values: list = []
    failed: list[tuple[int, str]] = []
    traits: Counter = Counter()
    for position, cell in enumerate(cells):
        try:
            if kind == "count":
                read = read_number(cell, decimal=decimal, whole=True)
                if read is None:
                    value = None
                elif read.percent:
                    raise ValueError(Phrase("imports.reason.percentage_not_count", value=repr(cell)))
                elif read.abbreviated:
                    value = int(round(read.value))
                    traits["abbreviated"] += 1
                elif read.value != int(read.value):
                    raise ValueError(Phrase("imports.reason.not_whole", value=repr(cell)))
                else:
                    value = int(read.value)
            elif kind == "number":
                value = parse_number(cell, decimal=decimal)
            elif kind == "rate":
                value = parse_rate(cell, unit=unit or "fraction", decimal=decimal)
                if value is not None and ("%" in cell or unit == "percent"):
                    traits["percent"] += 1
            else:
                value = parse_duration(cell, decimal=decimal)
                if value is not None and ":" in cell:
                    traits["clock"] += 1
        except ValueError as error:
            failed.append((position, str(error)))
            value = None
        values.append(value)
    return values, failed, traits


def _series(kind: str, values: list) -> pd.Series:
    if kind == "count":
        if any(v is None for v in values):
            return pd.Series(pd.array(values, dtype="Int64"))
        return pd.Series(values, dtype="int64")
    return pd.Series([float("nan") if v is None else float(v) for v in values], dtype="float64")


def _derive_format(platform: str, post_types: pd.Series | None, links: pd.Series | None, default: str,
                   lines: list[int], path: Path, header: str | None) -> tuple[pd.Series | None, str | None]:
    """The course's ``format`` for each row, and a note on where it came from."""
    categories = list(POST_FORMATS)
    if post_types is not None:
        formats, unknown = [], []
        for line, label in zip(lines, post_types):
            if not str(label).strip():
                formats.append(None)
                continue
            found = POST_TYPES.get((platform, normalise(label)))
            if found is None:
                unknown.append((line, label))
            formats.append(found)
        if unknown:
            labels = sorted({label for _, label in unknown})
            line, label = unknown[0]
            others = Phrase("imports.error.post_type_others", labels=", ".join(repr(x) for x in labels[1:])) \
                if len(labels) > 1 else ""
            raise ExportError(path, Phrase("imports.error.post_type", label=repr(label), line=line, header=repr(header),
                                           others=others, example=f"{platform},{label},video"),
                              line=line, column=header, value=label)
        return pd.Series(pd.Categorical(formats, categories=categories)), Phrase("imports.derived.format_from",
                                                                                  header=header)
    if links is not None:
        kinds = [(_LINK_KIND.search(str(link)) or [None, None])[1] for link in links]
        formats = [POST_TYPES.get((platform, kind)) if kind else None for kind in kinds]
        if all(formats):
            return (pd.Series(pd.Categorical(formats, categories=categories)),
                    Phrase("imports.derived.format_from_links"))
    if default:
        return pd.Series(pd.Categorical([default] * len(lines), categories=categories)), \
            Phrase("imports.derived.format_default", format=default)
    return None, None


def _closest_year(value: pd.Timestamp | None, decoded: pd.Timestamp | None) -> pd.Timestamp | None:
    """The month-day ``value`` in the year that lands closest to the ID's moment.

    An ID gives the year in UTC, which differs from the local year on New Year's Eve or Day.
    """
    if value is None or decoded is None:
        return value
    moment = decoded.tz_convert(None)
    candidates = []
    for step in (-1, 0, 1):
        try:
            candidates.append(value.replace(year=value.year + step))
        except ValueError:  # 29 February in a year without one
            pass
    return min(candidates, key=lambda c: abs(c - moment))


def _ids_agree(decoded: list, dates: pd.Series) -> bool:
    """Whether each ID's UTC moment falls within a day of the export's own (local) date."""
    if any(d is None for d in decoded) or dates.isna().any():
        return False
    utc_days = pd.Series([d.tz_convert(None).normalize() for d in decoded])
    local_days = pd.Series(dates.dt.tz_localize(None) if dates.dt.tz is not None else dates).dt.normalize()
    return bool(((utc_days - local_days.reset_index(drop=True)).abs() <= pd.Timedelta(days=1)).all())


@dataclass
class _Reading:
    """What is known about a file while it is read, step by step."""

    path: Path
    table: RawTable
    found: Detection
    year: int | None
    rows: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    columns: dict[str, pd.Series] = field(default_factory=dict)
    mapped: dict[str, str] = field(default_factory=dict)  # file header -> course column
    empty_cells: dict[str, int] = field(default_factory=dict)
    skipped: list[dict] = field(default_factory=list)
    alias_notes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    derived: list[str] = field(default_factory=list)
    traits: Counter = field(default_factory=Counter)
    decoded_ids: list | None = None

    @property
    def language(self) -> str:
        return self.found.language

    @property
    def decimal(self) -> str:
        return "," if self.found.language == "it" else "."

    def header_of(self, field_name: str) -> str | None:
        return next((self.table.header[i] for i, a in self.found.mapping.items() if a.field == field_name), None)


def _drop_rows_that_are_not_data(reading: _Reading) -> None:
    """Skip a line of metric descriptions under the header and any "Total" row, saying so."""
    rows, lines, mapping = list(reading.table.rows), list(reading.table.lines), reading.found.mapping
    numeric_columns = [i for i, a in mapping.items() if FIELDS[a.field].kind in NUMERIC_KINDS]
    if len(numeric_columns) >= 2 and _looks_like_descriptions(rows[0], numeric_columns):
        reading.skipped.append({"line": lines[0], "reason": Phrase("imports.skipped.descriptions")})
        rows, lines = rows[1:], lines[1:]
    key = next((i for i, a in mapping.items() if a.field in ("post_id", "date")), 0)
    for line, row in zip(lines, rows):
        if row[key].strip().casefold() in _TOTAL_WORDS:
            reading.skipped.append({"line": line, "reason": Phrase("imports.skipped.total", label=repr(row[key].strip()))})
    kept = [(line, row) for line, row in zip(lines, rows) if row[key].strip().casefold() not in _TOTAL_WORDS]
    if not kept:
        reasons = " and ".join(s["reason"] for s in reading.skipped)
        if len(reading.skipped) == 2:
            reasons = Phrase("imports.error.and", first=reading.skipped[0]["reason"],
                             second=reading.skipped[1]["reason"])
        elif len(reading.skipped) == 1:
            reasons = reading.skipped[0]["reason"]
        raise ExportError(reading.path, Phrase("imports.error.only_skipped", reasons=reasons))
    reading.lines, reading.rows = [line for line, _ in kept], [row for _, row in kept]


def _read_columns(reading: _Reading) -> list[tuple[int, str]]:
    """Read every mapped column but the dates; raise once for all the values that cannot be read.

    Returns the date columns (position, field), which are read after the IDs are known.
    """
    problems: list[tuple[int, str, str, str]] = []
    date_fields = []
    for i, alias in reading.found.mapping.items():
        header, kind = reading.table.header[i], FIELDS[alias.field].kind
        cells = [row[i] for row in reading.rows]
        reading.mapped[header] = {"account": "brand"}.get(alias.field, alias.field)
        if alias.note:
            reading.alias_notes.append(alias.note)
        if kind in ("datetime", "date"):
            date_fields.append((i, alias.field))
            continue
        if kind in ("id", "text"):
            values = [cell.strip() for cell in cells]
            if kind == "id":
                values = [v if v.casefold() not in MISSING_MARKS else None for v in values]
            reading.columns[alias.field] = pd.Series(values, dtype="str")
        else:
            values, failed, traits = _convert(kind, cells, alias.unit, reading.decimal)
            reading.traits.update(traits)
            problems += [(reading.lines[p], header, cells[p], reason) for p, reason in failed]
            reading.columns[alias.field] = _series(kind, values)
        missing = sum(v is None for v in values)
        if missing:
            reading.empty_cells[reading.mapped[header]] = missing
    if problems:
        line, header, value, _ = problems[0]
        raise ExportError(reading.path, Phrase("imports.error.values", count=len(problems),
                                               problems=_problem_text(problems)),
                          line=line, column=header, value=value)
    return date_fields


def _read_ids(reading: _Reading, platform: str) -> None:
    """Take post IDs from the links when the export has none, and decode X's and TikTok's IDs."""
    columns = reading.columns
    if "post_id" not in columns and "permalink" in columns:
        ids = [(_LINK_ID.search(link) or [None, None])[1] for link in columns["permalink"]]
        if all(ids):
            columns["post_id"] = pd.Series(ids, dtype="str")
            reading.notes.append(Phrase("imports.note.id_from_link"))
    if platform in ("X", "TikTok") and "post_id" in columns:
        reading.decoded_ids = [posted_at_from_id(platform, pid) if isinstance(pid, str) else None
                               for pid in columns["post_id"]]


def _read_dates(reading: _Reading, date_fields: list[tuple[int, str]]) -> None:
    """Read the date columns, with ``year`` or the post IDs for dates that have no year."""
    decoded, year, lines, path = reading.decoded_ids, reading.year, reading.lines, reading.path
    for i, field_name in date_fields:
        header = reading.table.header[i]
        cells = [row[i] for row in reading.rows]
        row_years = [d.year if d is not None else None for d in decoded] if decoded and year is None else None
        try:
            parsed = parse_dates(cells, year=year, language=reading.language, row_years=row_years)
        except MissingYear as error:
            raise ExportError(path, Phrase("imports.error.no_year", header=repr(header), value=repr(error.value),
                                           line=lines[error.index], file=repr(path.name)),
                              line=lines[error.index], column=header, value=error.value) from None
        except DateProblem as error:
            raise ExportError(path, Phrase("imports.error.date", line=lines[error.index], header=repr(header),
                                           problem=str(error)),
                              line=lines[error.index], column=header, value=error.value) from None
        values = parsed.values
        if row_years and any("post ID" in note for note in parsed.notes):
            values = [_closest_year(v, d) for v, d in zip(values, decoded)]
        series = pd.Series(pd.to_datetime(pd.Series(values, dtype="object")))
        reading.columns[field_name] = series
        if series.isna().any():
            reading.empty_cells[field_name] = int(series.isna().sum())
        if parsed.has_timezone:
            reading.notes.append(Phrase("imports.note.utc", header=header))
        reading.notes += [Phrase("imports.note.column", header=header, note=note) for note in parsed.notes]
        if field_name == "posted_at" and decoded is not None and not parsed.has_time:
            if _ids_agree(decoded, series):
                utc = pd.to_datetime(pd.Series(decoded, dtype="object"), utc=True)
                reading.columns["posted_at_utc"] = pd.Series(utc)
                reading.notes.append(Phrase("imports.note.utc_from_id", header=header))
            else:
                reading.notes.append(Phrase("imports.note.ids_disagree"))
    if year is not None and not any("no year" in note for note in reading.notes):
        reading.notes.append(Phrase("imports.note.year_not_needed", year=year))


def _assemble(reading: _Reading) -> pd.DataFrame:
    """The course's columns in the ``posts`` order, then the other named ones, then the file's own."""
    fmt, columns, header = reading.found.format, reading.columns, reading.table.header
    n = len(reading.rows)
    format_column, format_note = _derive_format(fmt.platform, columns.get("post_type"), columns.get("permalink"),
                                                fmt.default_format, reading.lines, reading.path,
                                                reading.header_of("post_type"))
    if format_note:
        reading.derived.append(format_note)
    if format_column is not None and format_column.isna().any():
        reading.empty_cells["format"] = int(format_column.isna().sum())
    out: dict[str, pd.Series] = {}
    if fmt.unit == "day" and "date" in columns:
        out["date"] = columns["date"]
    for name in POSTS_COLUMNS:
        if name == "platform":
            out[name] = pd.Series(pd.Categorical([fmt.platform] * n, categories=list(WORLD.platforms)))
        elif name == "brand" and "account" in columns:
            out[name] = columns["account"]
        elif name == "format" and format_column is not None:
            out[name] = format_column
        elif name == "text_length" and "text" in columns:
            out[name] = columns["text"].str.len().astype("int64")
            reading.derived.append(Phrase("imports.derived.text_length_from", header=reading.header_of("text")))
        elif name in columns:
            out[name] = columns[name]
    for name in _EXTRA_ORDER:
        if name in columns:
            out[name] = columns[name]

    kept_as_is = []
    for i in (i for i in range(len(header)) if i not in reading.found.mapping):
        name = header[i]
        if name.casefold() in {c.casefold() for c in out}:
            name = f"{header[i]} (as exported)"
            reading.notes.append(Phrase("imports.note.kept_as", header=repr(header[i]), name=repr(name),
                                        course=repr(header[i].lower())))
        out[name] = pd.Series([row[i] for row in reading.rows], dtype="str")
        kept_as_is.append(name)
        if i in reading.found.shadowed:
            field_name = reading.found.shadowed[i].field
            winner = reading.header_of(field_name)
            shown = {"account": "brand"}.get(field_name, field_name)  # the course column the mapping lists
            reading.notes.append(Phrase("imports.note.shadowed", header=repr(header[i]), column=shown,
                                        winner=repr(winner)))
    frame = pd.DataFrame(out)
    _note_what_was_assumed(reading, frame)
    date_column = "posted_at" if "posted_at" in frame else "date" if "date" in frame else None
    frame.attrs.update({
        "platform": fmt.platform,
        "export_format": fmt.name,
        "mapping": reading.mapped,
        "report": {
            "file": str(reading.path), "format": fmt.name, "format_label": fmt.label, "platform": fmt.platform,
            "unit": fmt.unit, "encoding": reading.table.encoding, "separator": reading.table.separator_name,
            "language": reading.language, "rows": n, "date_column": date_column, "skipped": reading.skipped,
            "derived": reading.derived, "unmapped": kept_as_is,
            "missing": [c for c in POSTS_COLUMNS if c not in frame.columns],
            "empty_cells": reading.empty_cells,
            "notes": list(dict.fromkeys(reading.alias_notes + reading.notes)),
            "how_to_export": fmt.how_to_export,
        },
    })
    return frame


def _note_what_was_assumed(reading: _Reading, frame: pd.DataFrame) -> None:
    traits, notes = reading.traits, reading.notes
    if traits["abbreviated"]:
        notes.append(Phrase("imports.note.abbreviated", count=traits["abbreviated"]))
    if traits["percent"]:
        notes.append(Phrase("imports.note.percent", count=traits["percent"]))
    if traits["clock"]:
        notes.append(Phrase("imports.note.clock", count=traits["clock"]))
    if "post_id" in frame:
        if frame["post_id"].astype(str).str.fullmatch(r"\d(?:[.,]\d+)?[eE]\+\d+").any():
            notes.append(Phrase("imports.note.rounded_ids"))
        if frame["post_id"].duplicated().any():
            notes.append(Phrase("imports.note.duplicate_ids", count=int(frame["post_id"].duplicated().sum())))


def read_export(path: str | Path, platform: str | None = None, year: int | None = None) -> pd.DataFrame:
    """Read a platform's analytics export into the course's ``posts`` columns.

    Supported: Meta Business Suite's post exports for Facebook and Instagram (and Facebook's older Page
    Insights post data), X's content export and its older tweet activity export, YouTube Studio's content
    export (``Table data.csv``, or the zip that holds it) and TikTok Studio's content and daily overview
    exports, in English or Italian.

    Parameters
    ----------
    path : str or Path
        The exported file.
    platform : str, optional
        ``"facebook"``, ``"instagram"``, ``"x"`` (or ``"twitter"``), ``"youtube"`` or ``"tiktok"``, or a
        format's name such as ``"tiktok_overview"``. Leave it out to detect the format from the headers.
    year : int, optional
        The year of the file's first row, for exports whose dates have no year (TikTok's "August 31").
        A file in date order that crosses New Year moves on to the next year by itself.

    Returns
    -------
    pandas.DataFrame
        One row per post (per day for TikTok's overview). First the course's ``posts`` columns that the
        file can give, in the dataset's order (``platform`` always; ``brand`` from the account name;
        ``format`` from the post type; ``text_length`` from the text); then the other columns the course
        knows by name (``text``, ``permalink``, ``views``, ``engagements``...; see
        :mod:`smm_course.imports.fields`); then every column it does not map, as text, under its own
        header. Counts are whole numbers (``Int64`` when a cell is empty), rates are fractions, durations
        are seconds. ``attrs`` holds ``"platform"``, ``"export_format"``, ``"mapping"`` (file header to
        column) and ``"report"`` (what was read, skipped, assumed and left empty; see
        :func:`~smm_course.imports.inspection.inspect_export` for it as text).

    Raises
    ------
    ExportError
        A ``ValueError`` whose message starts with the file's name: for an empty file, a file that is
        not text (a workbook renamed .csv), a file that is none of the supported exports (naming the
        closest and the columns it lacks), dates without a year when ``year`` is not given, and any value
        that cannot be read (with its line, column and text).

    Examples
    --------
    >>> from smm_course.imports.samples import sample_export
    >>> daily = read_export(sample_export("tiktok_overview"), year=2025)
    >>> daily.attrs["export_format"], str(daily["date"].min().date()), len(daily)
    ('tiktok_overview', '2025-01-01', 365)
    >>> read_export(sample_export("tiktok_overview"))
    Traceback (most recent call last):
    ...
    smm_course.imports.errors.ExportError: tiktok_overview.csv: the dates in column 'Date' have no year ...
    """
    path = Path(path)
    reading = _Reading(path, table=read_table(path), found=None, year=_check_year(year, path))
    reading.found = detect(reading.table.header, platform, path)
    reading.notes = list(reading.table.notes)
    _drop_rows_that_are_not_data(reading)
    date_fields = _read_columns(reading)
    _read_ids(reading, reading.found.format.platform)
    _read_dates(reading, date_fields)
    return _assemble(reading)

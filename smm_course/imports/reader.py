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
from pathlib import Path

import pandas as pd

from smm_course.datagen.world import POST_FORMATS, WORLD
from smm_course.imports.aliases import POST_TYPES, normalise
from smm_course.imports.dates import DateProblem, MissingYear, parse_dates
from smm_course.imports.decoding import read_table
from smm_course.imports.detect import detect
from smm_course.imports.durations import parse_duration
from smm_course.imports.errors import ExportError
from smm_course.imports.fields import FIELDS, NUMERIC_KINDS, POSTS_COLUMNS
from smm_course.imports.ids import posted_at_from_id
from smm_course.imports.numbers import MISSING_MARKS, parse_number, parse_rate, read_number

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
        raise ExportError(path, f"year must be a whole number such as 2025, not {year!r}.")
    if not 2000 <= int(year) <= 2100:
        raise ExportError(path, f"year={year} is not a plausible year for an analytics export.")
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
    shown = "; ".join(f"line {line}, column {header!r}: {reason}" for line, header, _, reason in
                      problems[:_MAX_PROBLEMS_SHOWN])
    more = f" (and {len(problems) - _MAX_PROBLEMS_SHOWN} more)" if len(problems) > _MAX_PROBLEMS_SHOWN else ""
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
                    raise ValueError(f"{cell!r} is a percentage, not a count")
                elif read.abbreviated:
                    value = int(round(read.value))
                    traits["abbreviated"] += 1
                elif read.value != int(read.value):
                    raise ValueError(f"{cell!r} is not a whole number")
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
            raise ExportError(path, (
                f"the post type {label!r} (line {line}, column {header!r}) is not one the course knows"
                + (f", nor are {', '.join(repr(x) for x in labels[1:])}" if len(labels) > 1 else "")
                + f". Add a line such as '{platform},{label},video' (image, video, carousel, text or link) to "
                  "smm_course/imports/aliases/post_types.csv."), line=line, column=header, value=label)
        return pd.Series(pd.Categorical(formats, categories=categories)), f"format from {header}"
    if links is not None:
        kinds = [(_LINK_KIND.search(str(link)) or [None, None])[1] for link in links]
        formats = [POST_TYPES.get((platform, kind)) if kind else None for kind in kinds]
        if all(formats):
            return (pd.Series(pd.Categorical(formats, categories=categories)),
                    "format from each link (…/video/… or …/photo/…; photo posts are read as image)")
    if default:
        return pd.Series(pd.Categorical([default] * len(lines), categories=categories)), \
            f"format is {default} for every row: this export holds only {default}s"
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
    year = _check_year(year, path)
    table = read_table(path)
    found = detect(table.header, platform, path)
    fmt, mapping, language = found.format, found.mapping, found.language
    decimal = "," if language == "it" else "."
    notes = list(table.notes)
    skipped: list[dict] = []
    rows, lines = list(table.rows), list(table.lines)

    numeric_columns = [i for i, a in mapping.items() if FIELDS[a.field].kind in NUMERIC_KINDS]
    if len(numeric_columns) >= 2 and _looks_like_descriptions(rows[0], numeric_columns):
        skipped.append({"line": lines[0], "reason": "a line of metric descriptions under the header"})
        rows, lines = rows[1:], lines[1:]
    key_column = next((i for i, a in mapping.items() if a.field in ("post_id", "date")), 0)
    kept = [(line, row) for line, row in zip(lines, rows) if row[key_column].strip().casefold() not in _TOTAL_WORDS]
    for line, row in zip(lines, rows):
        if row[key_column].strip().casefold() in _TOTAL_WORDS:
            skipped.append({"line": line, "reason": f"a {row[key_column].strip()!r} row that sums the others"})
    lines, rows = [line for line, _ in kept], [row for _, row in kept]
    if not rows:
        raise ExportError(path, "the file has no rows of posts, only " + " and ".join(s["reason"] for s in skipped) + ".")

    columns: dict[str, pd.Series] = {}
    mapped: dict[str, str] = {}
    empty_cells: dict[str, int] = {}
    problems: list[tuple[int, str, str, str]] = []
    traits: Counter = Counter()
    used_notes: list[str] = []
    date_fields: list[tuple[int, str]] = []
    for i, alias in mapping.items():
        header, field = table.header[i], FIELDS[alias.field]
        cells = [row[i] for row in rows]
        mapped[header] = {"account": "brand"}.get(alias.field, alias.field)
        if alias.note:
            used_notes.append(alias.note)
        if field.kind in ("datetime", "date"):
            date_fields.append((i, alias.field))
            continue
        if field.kind in ("id", "text"):
            values = [cell.strip() for cell in cells]
            if field.kind == "id":
                values = [v if v.casefold() not in MISSING_MARKS else None for v in values]
            columns[alias.field] = pd.Series(values, dtype="str")
        else:
            values, failed, column_traits = _convert(field.kind, cells, alias.unit, decimal)
            traits.update(column_traits)
            problems += [(lines[p], header, cells[p], reason) for p, reason in failed]
            columns[alias.field] = _series(field.kind, values)
        missing = sum(v is None for v in values)
        if missing:
            empty_cells[mapped[header]] = missing
    if problems:
        line, header, value, _ = problems[0]
        raise ExportError(path, f"{len(problems)} value(s) could not be read: {_problem_text(problems)}.",
                          line=line, column=header, value=value)

    if "post_id" not in columns and "permalink" in columns:
        ids = [(_LINK_ID.search(link) or [None, None])[1] for link in columns["permalink"]]
        if all(ids):
            columns["post_id"] = pd.Series(ids, dtype="str")
            notes.append("post_id taken from each post's link, which ends with the post's ID")

    decoded = None
    if fmt.platform in ("X", "TikTok") and "post_id" in columns:
        decoded = [posted_at_from_id(fmt.platform, pid) if isinstance(pid, str) else None for pid in columns["post_id"]]
    for i, field_name in date_fields:
        header = table.header[i]
        cells = [row[i] for row in rows]
        row_years = [d.year if d is not None else None for d in decoded] if decoded and year is None else None
        try:
            parsed = parse_dates(cells, year=year, language=language, row_years=row_years)
        except MissingYear as error:
            example = f"read_export({path.name!r}, year=2025)"
            raise ExportError(path, f"the dates in column {header!r} have no year ({error.value!r} on line "
                                    f"{lines[error.index]}). Say which year the file's first row is in, e.g. "
                                    f"{example}.", line=lines[error.index], column=header, value=error.value) from None
        except DateProblem as error:
            raise ExportError(path, f"line {lines[error.index]}, column {header!r}: {error}.",
                              line=lines[error.index], column=header, value=error.value) from None
        values = parsed.values
        if row_years and any("post ID" in note for note in parsed.notes):
            values = [_closest_year(v, d) for v, d in zip(values, decoded)]
        series = pd.Series(pd.to_datetime(pd.Series(values, dtype="object")))
        if parsed.has_timezone:
            notes.append(f"{header} holds times in UTC (the column keeps its time zone)")
        notes += [f"{header}: {note}" for note in parsed.notes]
        columns[field_name] = series
        if series.isna().any():
            empty_cells[field_name] = int(series.isna().sum())
        if field_name == "posted_at" and decoded is not None and not parsed.has_time:
            if _ids_agree(decoded, series):
                columns["posted_at_utc"] = pd.Series(pd.to_datetime(pd.Series(decoded, dtype="object"), utc=True))
                notes.append("posted_at_utc: the exact time of each post in UTC, decoded from its post ID "
                             f"(the export's {header} gives only the day)")
            else:
                notes.append("the post IDs do not match the dates, so the time of day could not be decoded from them")

    n = len(rows)
    out: dict[str, pd.Series] = {}
    derived: list[str] = []
    platform_column = pd.Series(pd.Categorical([fmt.platform] * n, categories=list(WORLD.platforms)))
    format_column, format_note = _derive_format(
        fmt.platform, columns.get("post_type"), columns.get("permalink"), fmt.default_format, lines, path,
        next((table.header[i] for i, a in mapping.items() if a.field == "post_type"), None))
    if format_note:
        derived.append(format_note)
    if format_column is not None and format_column.isna().any():
        empty_cells["format"] = int(format_column.isna().sum())
    if year is not None and not any("no year" in note for note in notes):
        notes.append(f"year={year} was not needed: the dates in this file carry their year")
    text_header = next((table.header[i] for i, a in mapping.items() if a.field == "text"), None)
    for name in POSTS_COLUMNS:
        if name == "platform":
            out[name] = platform_column
            if fmt.unit == "day" and "date" in columns:
                out = {"date": columns["date"], **out}
        elif name == "brand" and "account" in columns:
            out[name] = columns["account"].astype("str")
        elif name == "format" and format_column is not None:
            out[name] = format_column
        elif name == "text_length" and "text" in columns:
            out[name] = columns["text"].str.len().astype("int64")
            derived.append(f"text_length from {text_header}")
        elif name in columns and name != "platform":
            out[name] = columns[name]
    for name in _EXTRA_ORDER:
        if name in columns:
            out[name] = columns[name]

    unmapped = [i for i in range(len(table.header)) if i not in mapping]
    kept_as_is = []
    for i in unmapped:
        header = table.header[i]
        name = header
        if header.casefold() in {c.casefold() for c in out}:
            name = f"{header} (as exported)"
            notes.append(f"the file's own {header!r} column is kept as {name!r}, beside the course's {header.lower()!r}")
        out[name] = pd.Series([row[i] for row in rows], dtype="str")
        kept_as_is.append(name)
        if i in found.shadowed:
            field = found.shadowed[i].field
            winner = next(table.header[j] for j, a in mapping.items() if a.field == field)
            notes.append(f"{header!r} could also give {field}, but {winner!r} does; {header!r} is kept as it is")
    frame = pd.DataFrame(out)

    if traits["abbreviated"]:
        notes.append(f"{traits['abbreviated']} abbreviated numbers (like 1.2K or 3,4 Mln) were read as whole "
                     "numbers; they are rounded by the platform, so they are approximate")
    if traits["percent"]:
        notes.append(f"{traits['percent']} percentages were read as fractions (4.5% becomes 0.045)")
    if traits["clock"]:
        notes.append(f"{traits['clock']} durations written as a clock (like 0:45) were read as seconds")
    if "post_id" in frame and frame["post_id"].astype(str).str.fullmatch(r"\d(?:[.,]\d+)?[eE]\+\d+").any():
        notes.append("some post IDs look like 1.8E+16: a spreadsheet program rounded them, so they no longer "
                     "identify their posts (the links still do); export the file again rather than re-saving it")
    if "post_id" in frame and frame["post_id"].duplicated().any():
        notes.append(f"{int(frame['post_id'].duplicated().sum())} post IDs appear more than once")
    date_column = "posted_at" if "posted_at" in frame else "date" if "date" in frame else None
    report = {
        "file": str(path),
        "format": fmt.name,
        "format_label": fmt.label,
        "platform": fmt.platform,
        "unit": fmt.unit,
        "encoding": table.encoding,
        "separator": table.separator_name,
        "language": language,
        "rows": n,
        "date_column": date_column,
        "skipped": skipped,
        "derived": derived,
        "unmapped": kept_as_is,
        "missing": [c for c in POSTS_COLUMNS if c not in frame.columns],
        "empty_cells": empty_cells,
        "notes": list(dict.fromkeys(used_notes + notes)),
        "how_to_export": fmt.how_to_export,
    }
    frame.attrs.update({"platform": fmt.platform, "export_format": fmt.name, "mapping": mapped, "report": report})
    return frame

"""A plain-text report of how an export was read: :func:`inspect_export`.

It answers the questions a learner should ask before trusting numbers from a file: which export was
it taken for, which column became which, which rows were left out, what had to be assumed (a year, the
order of day and month) and which cells were empty. ``smm-course inspect FILE`` prints it.

>>> from smm_course.imports.samples import sample_export
>>> print(inspect_export(sample_export("youtube_content")))
youtube_content.csv
  Export:   YouTube Studio: content export (Table data.csv) (YouTube)
  Read as:  UTF-8, comma-separated, English headers
  Rows:     169 posts, published 2025-01-02 to 2025-12-30
  Skipped:  line 2: a 'Total' row that sums the others
...
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from smm_course import i18n
from smm_course.imports.reader import read_export
from smm_course.imports.wording import shown

__all__ = ["describe_import", "inspect_export"]


def _t(name: str, /, **fields) -> str:
    """The inspection's text ``imports.inspect.<name>`` in the language in use (:mod:`smm_course.i18n`)."""
    return i18n.translate(f"imports.inspect.{name}", **fields)


def describe_import(frame: pd.DataFrame) -> str:
    """The report of a frame returned by :func:`~smm_course.imports.reader.read_export`, as text.

    The text is in the course's language (:func:`smm_course.i18n.get_language`); the file's headers and values and
    the course's column names stay as they are.
    """
    report, mapping = frame.attrs["report"], frame.attrs["mapping"]
    labels = {name: _t(name) for name in ("export", "read_as", "rows", "skipped")}
    width = max(len(label) for label in labels.values()) + 1

    def line(name: str, text: str) -> str:
        return f"  {labels[name]:<{width}} {text}" if name else f"  {'':<{width}} {text}"

    language = i18n.translate(f"imports.language.{report['language']}")
    lines = [Path(report["file"]).name,
             line("export", f"{shown(report['format_label'])} ({report['platform']})"),
             line("read_as", _t("read_as_text", encoding=shown(report["encoding"]),
                                separator=shown(report["separator"]), language=language))]
    rows = _t("rows_posts" if report["unit"] == "post" else "rows_days", count=report["rows"])
    column = report["date_column"]
    if column and frame[column].notna().any():
        first, last = frame[column].min(), frame[column].max()
        rows += _t("dates_posts" if report["unit"] == "post" else "dates_days", first=first.date(), last=last.date())
    lines.append(line("rows", rows))
    for i, skip in enumerate(report["skipped"]):
        lines.append(line("skipped" if i == 0 else "", _t("skipped_line", line=skip["line"], reason=shown(skip["reason"]))))
    lines += ["", _t("mapping")]
    width = min(max((len(h) for h in mapping), default=0), 48)
    for header, name in mapping.items():
        lines.append(f"  {header:<{width}} -> {name}")
    for derived in report["derived"]:
        lines.append(f"  ({shown(derived)})")
    if report["unmapped"]:
        lines += ["", _t("unmapped") + ", ".join(report["unmapped"])]
    if report["missing"]:
        lines += ["", _t("missing") + ", ".join(report["missing"])]
    if report["empty_cells"]:
        cells = ", ".join(f"{name} {count}" for name, count in report["empty_cells"].items())
        lines += ["", _t("empty_cells", cells=cells)]
    if report["notes"]:
        lines += ["", _t("notes")] + [f"  - {shown(note)}" for note in report["notes"]]
    return "\n".join(lines)


def inspect_export(path: str | Path, platform: str | None = None, year: int | None = None) -> str:
    """Read an export and say, in plain text in the course's language, what was detected and how it was read.

    Parameters
    ----------
    path, platform, year
        As for :func:`~smm_course.imports.reader.read_export`.

    Returns
    -------
    str
        The file's name, the export it was taken for, its encoding and separator, the number of rows
        and their date range, the rows skipped, the column mapping, the columns kept as they are, the
        course columns it lacks, the empty cells and every assumption made.

    Raises
    ------
    ExportError
        As :func:`~smm_course.imports.reader.read_export` does: a file that cannot be read has no report.
    """
    return describe_import(read_export(path, platform=platform, year=year))

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

from smm_course.imports.reader import read_export

__all__ = ["describe_import", "inspect_export"]

_LANGUAGES = {"en": "English", "it": "Italian"}


def describe_import(frame: pd.DataFrame) -> str:
    """The report of a frame returned by :func:`~smm_course.imports.reader.read_export`, as text."""
    report, mapping = frame.attrs["report"], frame.attrs["mapping"]
    unit = "posts" if report["unit"] == "post" else "days"
    lines = [Path(report["file"]).name,
             f"  Export:   {report['format_label']} ({report['platform']})",
             f"  Read as:  {report['encoding']}, {report['separator']}-separated, "
             f"{_LANGUAGES[report['language']]} headers"]
    rows = f"  Rows:     {report['rows']} {unit}"
    column = report["date_column"]
    if column and frame[column].notna().any():
        first, last = frame[column].min(), frame[column].max()
        verb = "published" if unit == "posts" else "from"
        rows += f", {verb} {first.date()} to {last.date()}"
    lines.append(rows)
    for i, skip in enumerate(report["skipped"]):
        lines.append(f"  {'Skipped:' if i == 0 else '':9} line {skip['line']}: {skip['reason']}")
    lines += ["", "Column mapping (file header -> course column):"]
    width = min(max((len(h) for h in mapping), default=0), 48)
    for header, name in mapping.items():
        lines.append(f"  {header:<{width}} -> {name}")
    for derived in report["derived"]:
        lines.append(f"  ({derived})")
    if report["unmapped"]:
        lines += ["", "Kept as they are (not mapped): " + ", ".join(report["unmapped"])]
    if report["missing"]:
        lines += ["", "Course columns this file does not have: " + ", ".join(report["missing"])]
    if report["empty_cells"]:
        cells = ", ".join(f"{name} {count}" for name, count in report["empty_cells"].items())
        lines += ["", f"Empty cells (left missing, not zero): {cells}"]
    if report["notes"]:
        lines += ["", "Notes:"] + [f"  - {note}" for note in report["notes"]]
    return "\n".join(lines)


def inspect_export(path: str | Path, platform: str | None = None, year: int | None = None) -> str:
    """Read an export and say, in plain text, what was detected and how it was read.

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

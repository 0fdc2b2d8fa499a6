"""From the bytes of a file to a header and rows of text, whatever the encoding and separator.

The exports reach a learner in more shapes than a plain ``pd.read_csv`` expects:

- UTF-8 with a byte-order mark (Meta), which would otherwise stick to the first header;
- UTF-16 with a byte-order mark and a first line ``sep=,`` that tells Excel the separator;
- semicolons instead of commas, after a round trip through Excel set to Italian;
- a workbook (.xlsx, .xls) or a web page renamed ``.csv``, which no CSV reader can read;
- YouTube Studio's zip, which holds ``Table data.csv``;
- a file from a platform's "Download your information" archive (JSON or HTML, or the whole zip): the account's
  personal data, not the analytics export the course reads.

:func:`read_table` handles the first three and the zip, and refuses the others with an
:class:`~smm_course.imports.errors.ExportError` that says what the file really is and what to do.
Every row keeps the line of the file it starts on, so later errors can point to it.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from smm_course.imports.errors import ExportError
from smm_course.imports.wording import Phrase

__all__ = ["RawTable", "read_table"]

_SEP_LINE = re.compile(r'^\s*"?sep=(?P<sep>.)"?[,;\t]*\s*$', re.IGNORECASE)
_CANDIDATE_SEPARATORS = (",", ";", "\t", "|")
#: The key of each separator's name in the locales (imports.separator.<key>: "comma", "semicolon"...).
_SEPARATOR_KEYS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical_bar"}

#: What to do with a workbook (imports.error.workbook_advice), and why the personal-data download is not the analytics
#: export (imports.error.personal_data): the texts are in the locales.


@dataclass
class RawTable:
    """A file as text: its header, its rows (all cells as text) and how it was read."""

    header: list[str]
    rows: list[list[str]]
    lines: list[int]  # the line of the file each row starts on (1 is the first line)
    header_line: int
    encoding: str
    separator: str
    notes: list[str] = field(default_factory=list)

    @property
    def separator_name(self) -> str:
        if self.separator in _SEPARATOR_KEYS:
            return Phrase(f"imports.separator.{_SEPARATOR_KEYS[self.separator]}")
        return Phrase("imports.separator.other", separator=repr(self.separator))


def _refuse_binary(path: Path, data: bytes) -> None:
    """Raise for the kinds of file that are often renamed .csv but are not text."""
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ExportError(path, Phrase("imports.error.xls", advice=Phrase("imports.error.workbook_advice")))
    if data.startswith(b"%PDF"):
        raise ExportError(path, Phrase("imports.error.pdf"))
    if data.startswith(b"{\\rtf"):
        raise ExportError(path, Phrase("imports.error.rtf"))


def _unzip(path: Path, data: bytes) -> tuple[bytes, str]:
    """The CSV inside a zip file (YouTube Studio's export), or an error saying what the zip is."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
    except zipfile.BadZipFile:
        raise ExportError(path, Phrase("imports.error.bad_zip")) from None
    if any(n.startswith("xl/") for n in names):
        raise ExportError(path, Phrase("imports.error.xlsx", advice=Phrase("imports.error.workbook_advice")))
    if any(n.startswith("word/") or n.startswith("ppt/") for n in names):
        raise ExportError(path, Phrase("imports.error.office"))
    csvs = [n for n in names if n.lower().endswith(".csv")]
    chosen = next((n for n in csvs if Path(n).name.lower() == "table data.csv"), None)
    if chosen is None and len(csvs) == 1:
        chosen = csvs[0]
    if chosen is None:
        listed = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
        if csvs:
            raise ExportError(path, Phrase("imports.error.zip_many_csv", count=len(csvs), listed=listed))
        if any(n.lower().endswith((".json", ".html", ".htm")) for n in names):
            raise ExportError(path, Phrase("imports.error.zip_personal", listed=listed,
                                           personal=Phrase("imports.error.personal_data")))
        raise ExportError(path, Phrase("imports.error.zip_no_csv", listed=listed))
    return archive.read(chosen), chosen


def _decode(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """The text of the file, a description of its encoding and any note about the choice."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), Phrase("imports.encoding.utf8_bom"), []
    for bom, codec, name in ((b"\xff\xfe", "utf-16-le", "little"), (b"\xfe\xff", "utf-16-be", "big")):
        if data.startswith(bom):
            return data[2:].decode(codec), Phrase("imports.encoding.utf16_bom", endian=name), []
    sample = data[:400]
    if len(sample) >= 4:
        # Text in UTF-16 without a byte-order mark has a zero byte beside almost every letter.
        if sample[1::2].count(0) > 0.4 * len(sample[1::2]):
            return data.decode("utf-16-le"), "UTF-16 (little-endian)", []
        if sample[0::2].count(0) > 0.4 * len(sample[0::2]):
            return data.decode("utf-16-be"), "UTF-16 (big-endian)", []
    try:
        return data.decode("utf-8"), "UTF-8", []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252", [Phrase("imports.note.not_utf8", encoding="Windows-1252")]
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1", [Phrase("imports.note.not_utf8", encoding="Latin-1")]


def _separator(line: str) -> str:
    """The separator that splits the header line into the most fields, outside quotes."""
    outside = re.sub(r'"[^"]*"', "", line)
    counts = {sep: outside.count(sep) for sep in _CANDIDATE_SEPARATORS}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_table(path: str | Path) -> RawTable:
    """Read a CSV-like export into a header and rows of text.

    Parameters
    ----------
    path : str or Path
        The file.

    Returns
    -------
    RawTable

    Raises
    ------
    FileNotFoundError
        When there is no such file.
    ExportError
        When the file is empty, is not text (a workbook, a PDF, a damaged zip), has a header but no
        rows, or has a row with more values than the header has columns.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "t.csv").write_bytes("sep=,\\nDate,Views\\nAugust 31,12\\n".encode("utf-16"))
    >>> table = read_table(folder / "t.csv")
    >>> table.header, table.rows, table.lines, table.encoding
    (['Date', 'Views'], [['August 31', '12']], [3], 'UTF-16 (little-endian) with a byte-order mark')
    """
    path = Path(path)
    data = path.read_bytes()
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ExportError(path, Phrase("imports.error.empty_no_bytes" if not data else "imports.error.empty_blank"))
    notes: list[str] = []
    if data.startswith(b"PK\x03\x04"):
        data, member = _unzip(path, data)
        notes.append(Phrase("imports.note.zip_member", member=member))
        if not data.strip():
            raise ExportError(path, Phrase("imports.error.zip_member_empty", member=member))
    _refuse_binary(path, data)
    text, encoding, decode_notes = _decode(path, data)
    notes += decode_notes
    if "\x00" in text:
        raise ExportError(path, Phrase("imports.error.binary"))
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html")) or (start.startswith("<") and "<html" in text[:2000].lower()):
        raise ExportError(path, Phrase("imports.error.html", personal=Phrase("imports.error.personal_data")))
    if start.startswith("<"):
        raise ExportError(path, Phrase("imports.error.xml", advice=Phrase("imports.error.workbook_advice")))
    if start.startswith("{") or (start.startswith("[") and re.match(r"\[\s*[\[{\"\]]", start)):
        raise ExportError(path, Phrase("imports.error.json", personal=Phrase("imports.error.personal_data")))

    physical = text.splitlines(keepends=True)
    skipped = 0
    while skipped < len(physical) and not physical[skipped].strip():
        skipped += 1
    separator = None
    if skipped < len(physical):
        sep_line = _SEP_LINE.match(physical[skipped])
        if sep_line:
            separator = sep_line["sep"]
            notes.append(Phrase("imports.note.sep_line", separator=separator))
            skipped += 1
    body = "".join(physical[skipped:])
    if separator is None:
        first = next((line for line in body.splitlines() if line.strip()), "")
        separator = _separator(first)
        if separator != ",":
            notes.append(Phrase(f"imports.note.separated_by_{_SEPARATOR_KEYS[separator]}"))

    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=separator)
    previous_end = 0
    try:
        for record in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            if any(cell.strip() for cell in record):
                records.append((start + skipped, record))
    except csv.Error as error:
        raise ExportError(path, Phrase("imports.error.bad_csv", line=reader.line_num + skipped, error=error),
                          line=reader.line_num + skipped) from None
    if not records:
        raise ExportError(path, Phrase("imports.error.no_values"))

    header_line, header = records[0]
    header = [cell.replace("\ufeff", "").strip() for cell in header]
    rows = [record for _, record in records[1:]]
    lines = [line for line, _ in records[1:]]
    width = len(header)
    for i, (line, row) in enumerate(zip(lines, rows)):
        if len(row) > width:
            if any(cell.strip() for cell in row[width:]):
                raise ExportError(path, Phrase("imports.error.too_many_values", line=line, values=len(row),
                                               columns=width), line=line)
            rows[i] = row[:width]
        elif len(row) < width:
            rows[i] = row + [""] * (width - len(row))

    # A trailing separator makes a last column with no name and no values: drop it.
    while header and not header[-1] and all(not row[len(header) - 1].strip() for row in rows):
        header.pop()
        rows = [row[:len(header)] for row in rows]
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        name = name or f"(column {i + 1})"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            notes.append(Phrase("imports.note.duplicate_header", header=repr(name), times=seen[name], column=i + 1))
            name = f"{name} ({seen[name]})"
        header[i] = name
    if not rows:
        raise ExportError(path, Phrase("imports.error.no_rows", columns=width))
    return RawTable(header, rows, lines, header_line, encoding, separator, notes)

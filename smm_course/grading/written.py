"""Written work a notebook produces as a file, such as the capstone's campaign report, graded by people.

A reflection is an answer in a variable; a report is a file the notebook writes when it runs. Both are collected
into ``manual.csv`` for the instructor to score. The course's own (installed) notebook says which cell writes which
file and where the rubric is, in cell metadata, so a submission cannot change either:

- the cell that writes the file: ``{"smm_course": {"writes": {"id": "11.report", "file": "report.html",
  "title": "The campaign report"}}}``;
- the markdown cell that holds the rubric: ``{"smm_course": {"rubric": "11.report"}}`` (the whole cell), or
  ``{"smm_course": {"rubric": {"id": "11.report", "row": "The report"}}}`` (that row of the cell's table, each
  value named by its column).

Only what the re-run writes counts: a file of that name handed in beside the notebook is removed from the grader's
copy before the run (:mod:`.execute`), so a report written by hand, or by someone else, is not collected.
"""

from __future__ import annotations

import functools
import html.parser
import json
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MAX_CHARACTERS", "WrittenFile", "graded_item", "plain_text", "written_files"]

# A report is one or two printed pages; far more than that is not a report and would swamp manual.csv.
MAX_CHARACTERS = 20_000


@dataclass(frozen=True)
class WrittenFile:
    """A file a notebook's run writes, graded by people: its id, notebook, file name, title and rubric."""

    id: str
    notebook: str
    file: str
    title: str
    rubric: str = ""
    kind: str = "report"


@functools.lru_cache(maxsize=None)
def written_files(notebook: str) -> tuple[WrittenFile, ...]:
    """The written files of the course notebook numbered ``notebook`` (``"11"``), from its installed copy.

    >>> written_files("00")
    ()
    """
    from smm_course.instructor import find_notebooks_dir

    paths = sorted(find_notebooks_dir().glob(f"{notebook}_*.ipynb"))
    if not paths:
        return ()
    cells = json.loads(paths[0].read_text(encoding="utf-8"))["cells"]
    rubrics = {}
    for cell in cells:
        tagged = cell.get("metadata", {}).get("smm_course", {}).get("rubric")
        if tagged and cell["cell_type"] == "markdown":
            source = "".join(cell["source"])
            if isinstance(tagged, dict):
                rubrics[tagged["id"]] = _table_row(source, tagged["row"])
            else:
                rubrics[tagged] = _markdown_text(source)
    found = []
    for cell in cells:
        writes = cell.get("metadata", {}).get("smm_course", {}).get("writes")
        if writes:
            found.append(WrittenFile(writes["id"], notebook, writes["file"], writes["title"],
                                     rubrics.get(writes["id"], "")))
    return tuple(found)


def graded_item(question_id: str):
    """The catalogue question with this id, or the written file (both have ``kind``, ``title`` and ``id``)."""
    from smm_course.exercises import UnknownQuestionError, get

    try:
        return get(question_id)
    except UnknownQuestionError:
        notebook = question_id.split(".", 1)[0]
        for written in written_files(notebook):
            if written.id == question_id:
                return written
        raise


class _Text(html.parser.HTMLParser):
    _SKIP = {"script", "style", "head", "title"}
    _BREAK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "table", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BREAK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def plain_text(markup: str) -> str:
    """The readable text of an HTML report: one line per paragraph, row or heading, capped at
    :data:`MAX_CHARACTERS`.

    >>> plain_text("<html><head><style>p {}</style></head><body><h1>Plan</h1><p>Goal: <b>+10%</b> orders</p></body>")
    'Plan\\nGoal: +10% orders'
    """
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip(" |") for line in "".join(parser.parts).splitlines())
    text = "\n".join(line.strip() for line in lines if line.strip())
    if len(text) > MAX_CHARACTERS:
        text = text[:MAX_CHARACTERS] + f"\n[... cut at {MAX_CHARACTERS:,} characters]"
    return text


def _markdown_text(source: str) -> str:
    # The rubric is a markdown table or list in the notebook; a CSV cell wants it on a few plain lines.
    lines = []
    for line in source.splitlines():
        line = line.strip()
        if not line or re.fullmatch(r"\|?[\s:|-]+\|?", line):
            continue
        lines.append(re.sub(r"\s*\|\s*", " | ", line).strip(" |").replace("**", ""))
    return "\n".join(lines)


def _table_row(source: str, first: str) -> str:
    """One row of the markdown table in ``source``, the row whose first cell is ``first``, as "column: value"
    pairs, so that it reads on its own in a CSV cell.

    >>> _table_row("| part | points |\\n|---|---|\\n| Goals | 3 |\\n| The report | 2 |", "The report")
    'part: The report; points: 2'
    """
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in source.splitlines() if line.strip().startswith("|")]
    rows = [row for row in rows if not all(re.fullmatch(r":?-+:?", cell) for cell in row)]
    for row in rows[1:]:
        if row[0] == first:
            return "; ".join(f"{name}: {value}" for name, value in zip(rows[0], row)).replace("**", "")
    raise ValueError(f"the rubric cell has no table row {first!r}")

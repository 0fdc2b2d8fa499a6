"""The one error the importer raises for a file it cannot read as asked.

Every message starts with the file's name, so a learner who loads several exports in one notebook
sees at once which file is at fault, and it says what to do next.

>>> error = ExportError("posts.csv", "the file is empty (0 bytes).")
>>> print(error)
posts.csv: the file is empty (0 bytes).
>>> isinstance(error, ValueError)
True
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

__all__ = ["ExportError"]


class ExportError(ValueError):
    """A file that is not a supported export, or a value in it that cannot be read.

    A subclass of ``ValueError``, so code that already catches ``ValueError`` keeps working.

    Parameters
    ----------
    path : str or path-like
        The file; its name starts the message.
    message : str
        What is wrong and what to do about it.
    line : int, optional
        The line of the file where the problem is (1 is the first line), when there is one.
    column : str, optional
        The column's header as it is written in the file.
    value : str, optional
        The text that could not be read.

    Examples
    --------
    >>> error = ExportError("x.csv", "'12,4OO' is not a number.", line=7, column="Reach", value="12,4OO")
    >>> error.line, error.column, error.value
    (7, 'Reach', '12,4OO')
    >>> error.path.name
    'x.csv'
    """

    def __init__(self, path: str | PathLike, message: str, *, line: int | None = None,
                 column: str | None = None, value: str | None = None):
        self.path = Path(path)
        self.message = message
        self.line = line
        self.column = column
        self.value = value
        super().__init__(f"{self.path.name}: {message}")

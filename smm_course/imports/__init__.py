"""Read your own accounts' analytics exports into the course's ``posts`` columns.

Platform APIs change and close; the CSV export from an account's own analytics is always there. This
package reads those files as they really are (byte-order marks, UTF-16, ``sep=,`` lines, a "Total"
row, numbers like ``1.2K`` and ``3,4 Mln``, dates without a year, English or Italian headers) and
turns them into the columns the course's analyses use.

- :func:`read_export` returns a DataFrame in the ``posts`` schema, with a report in ``.attrs``;
- :func:`inspect_export` says in plain text what was detected and how the file was read;
- :func:`sample_export` gives the path of a synthetic sample export to practise on;
- :class:`ExportError` (a ``ValueError``) is raised for any file or value that cannot be read.

Supported exports, and where to find them, are listed in ``formats.csv``; which header means which
column is in ``aliases/<platform>.csv``: a renamed or translated header is a one-line change there.

>>> from smm_course.imports import read_export, sample_export
>>> posts = read_export(sample_export("facebook_posts"))
>>> posts.attrs["platform"], len(posts)
('Facebook', 377)
>>> posts["format"].value_counts().to_dict()
{'image': 139, 'video': 89, 'link': 77, 'carousel': 40, 'text': 32}
"""

from smm_course.imports.aliases import FORMATS
from smm_course.imports.errors import ExportError
from smm_course.imports.inspection import inspect_export
from smm_course.imports.reader import read_export
from smm_course.imports.samples import competitor_export, competitor_exports, sample_export, sample_exports

__all__ = ["ExportError", "FORMATS", "competitor_export", "competitor_exports", "inspect_export", "read_export",
           "sample_export", "sample_exports"]

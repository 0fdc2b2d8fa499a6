"""Which supported export a file is, judged from its headers alone.

Each format scores the number of the file's headers that are among its aliases. The file is taken for
the best-scoring format that has every required column; two formats of different platforms with the
same score are a tie the learner settles with ``platform=``. When no format has its required columns,
the error names the closest one and the columns the file lacks, so the learner can see whether they
exported the wrong report or a column was renamed (a one-line fix in the alias file).

>>> found = detect(["Post id", "Date", "Post text", "Impressions", "Likes"])
>>> found.format.name, found.mapping[0].field, found.language
('x_posts', 'post_id', 'en')
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from smm_course.imports.aliases import FORMATS, PLATFORMS, Alias, ExportFormat, normalise
from smm_course.imports.errors import ExportError
from smm_course.imports.wording import Phrase

__all__ = ["Detection", "choose_formats", "detect"]


@dataclass
class Detection:
    """The format a file was taken for, which of its columns mean what, and its language."""

    format: ExportFormat
    mapping: dict[int, Alias]  # column position -> alias; a field appears once
    shadowed: dict[int, Alias]  # columns that mean a field another column already gives
    language: str  # "en" or "it"


def choose_formats(platform: str | None, path: str | Path = "") -> list[ExportFormat]:
    """The formats a ``platform=`` argument allows: a platform name, ``twitter``, or a format's name.

    Examples
    --------
    >>> [f.name for f in choose_formats("twitter")]
    ['x_posts', 'x_tweet_activity']
    >>> [f.name for f in choose_formats("TikTok_Overview")]
    ['tiktok_overview']
    """
    if platform is None:
        return list(FORMATS.values())
    key = str(platform).strip().casefold().replace(" ", "_").replace("-", "_")
    key = {"twitter": "x", "fb": "facebook", "ig": "instagram", "yt": "youtube"}.get(key, key)
    if key in FORMATS:
        return [FORMATS[key]]
    chosen = [f for f in FORMATS.values() if f.platform.casefold() == key]
    if not chosen:
        choices = ", ".join(p.lower() for p in PLATFORMS)
        raise ExportError(path or "read_export", Phrase("imports.error.platform", platform=repr(platform),
                                                        choices=choices))
    return chosen


def _match(headers: list[str], fmt: ExportFormat) -> tuple[dict[int, Alias], dict[int, Alias]]:
    """Which columns are aliases in ``fmt``: the first alias of each field wins, the rest are shadowed."""
    by_header = {normalise(a.header): a for a in fmt.aliases}
    found = {i: by_header[normalise(h)] for i, h in enumerate(headers) if normalise(h) in by_header}
    mapping: dict[int, Alias] = {}
    shadowed: dict[int, Alias] = {}
    for i, alias in sorted(found.items(), key=lambda item: (item[1].order, item[0])):
        if any(other.field == alias.field for other in mapping.values()):
            shadowed[i] = alias
        else:
            mapping[i] = alias
    return dict(sorted(mapping.items())), shadowed


def _closeness(headers: list[str], fmt: ExportFormat) -> float:
    """How like ``fmt`` the headers are, for naming the closest format when none matches."""
    mine = [normalise(a.header) for a in fmt.aliases]
    exact = sum(normalise(h) in mine for h in headers)
    fuzzy = sum(max(difflib.SequenceMatcher(None, normalise(h), m).ratio() for m in mine) for h in headers)
    return exact + fuzzy / (10 * max(len(headers), 1))


def detect(headers: list[str], platform: str | None = None, path: str | Path = "") -> Detection:
    """Take a file for one of the supported formats, from its headers.

    Parameters
    ----------
    headers : list of str
        The file's header, as written.
    platform : str, optional
        ``facebook``, ``instagram``, ``x`` (or ``twitter``), ``youtube``, ``tiktok``, or a format's name
        such as ``tiktok_overview``: only those formats are considered.
    path : str or Path
        The file, named in error messages.

    Returns
    -------
    Detection

    Raises
    ------
    ExportError
        When no format has all its required columns (the message names the closest format and the
        columns the file lacks), or two platforms fit equally well.

    Examples
    --------
    >>> detect(["Date", "Primary"], path="views.csv")
    Traceback (most recent call last):
    ...
    smm_course.imports.errors.ExportError: views.csv: this file is not one of the supported exports. ...
    """
    candidates = choose_formats(platform, path)
    scored = []
    for fmt in candidates:
        mapping, shadowed = _match(headers, fmt)
        fields = {a.field for a in mapping.values()}
        complete = all(f in fields for f in fmt.required)
        scored.append((complete, len(mapping) + len(shadowed), fmt, mapping, shadowed))
    # The file is judged by the format it is most like; a format that merely has the required columns
    # (an Instagram file whose "Publish time" was renamed still has X's "Post id" and "Date") does not win.
    top_score = max(s[1] for s in scored)
    best = [s for s in scored if s[1] == top_score and s[0]]
    if not best or top_score == 0:
        pool = [s[2] for s in scored if s[1] == top_score] if top_score else candidates
        closest = max(pool, key=lambda fmt: _closeness(headers, fmt))
        mapping, _ = _match(headers, closest)
        have = {a.field for a in mapping.values()}
        lacking = [[repr(h) for h in closest.headers_for(f)[:2]] for f in closest.required if f not in have]
        lacking = [f"{Phrase('imports.error.or', first=names[0], second=names[1])}" if len(names) == 2 else names[0]
                   for names in lacking]
        lacks = (Phrase("imports.error.lacks_columns", columns=", ".join(lacking)) if lacking
                 else Phrase("imports.error.too_few_match"))
        shown = ", ".join(repr(h) for h in headers[:12]) + (", ..." if len(headers) > 12 else "")
        supported = ", ".join(PLATFORMS)
        limit = Phrase("imports.error.for_platform", platform=repr(platform)) if platform else ""
        raise ExportError(path or "file", Phrase(
            "imports.error.not_supported", limit=limit, closest=closest.label, lacks=lacks, columns=shown,
            how_to_export=closest.how_to_export, supported=supported))
    if len({s[2].platform for s in best}) > 1:
        names = Phrase("imports.error.and", first=best[0][2].label, second=best[1][2].label) if len(best) == 2 \
            else " and ".join(s[2].label for s in best)
        options = [f"platform={s[2].platform.lower()!r}" for s in best]
        options = Phrase("imports.error.or", first=options[0], second=options[1]) if len(options) == 2 \
            else " or ".join(options)
        raise ExportError(path or "file", Phrase("imports.error.ambiguous", names=names, options=options))
    _, _, fmt, mapping, shadowed = best[0]
    used = list(mapping.values()) + list(shadowed.values())
    italian = sum(a.language == "it" for a in used)
    english = sum(a.language == "en" for a in used)
    return Detection(fmt, mapping, shadowed, "it" if italian > english else "en")

"""The course's names for what an analytics export holds, and what kind of value each one is.

An alias file says which header means which field (``Reach`` and ``Copertura`` both mean ``reach``);
this module says how the field's text is read. Most fields are columns of the course's ``posts``
dataset; the others (``views``, ``watch_time_hours``...) are kept under these names, because the
platforms measure them but the course's posts do not.

Kinds:

- ``id`` and ``text``: kept as text;
- ``datetime`` and ``date``: read with :mod:`smm_course.imports.dates`;
- ``count``: a whole number (abbreviated numbers like ``1.2K`` are accepted);
- ``number``: any number;
- ``rate``: a fraction, 0.05 for 5%, as everywhere in the course;
- ``duration``: seconds, from ``0:45``, ``1:02:03`` or a plain number.

>>> FIELDS["reach"].kind, FIELDS["reach"].in_posts
('count', True)
>>> FIELDS["views"].in_posts
False
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FIELDS", "Field", "POSTS_COLUMNS", "NUMERIC_KINDS"]


@dataclass(frozen=True)
class Field:
    """One thing an export can hold: its kind and what it means."""

    name: str
    kind: str
    meaning: str
    in_posts: bool = False


# The columns of datasets/posts.csv, in order; tests/test_imports.py checks them against the dataset.
POSTS_COLUMNS = (
    "post_id", "brand", "platform", "posted_at", "format", "topic", "emotion", "arousal", "valence",
    "asks_question", "text_length", "paid", "cost", "followers", "impressions", "reach", "likes",
    "comments", "shares", "saves", "clicks",
)

NUMERIC_KINDS = frozenset({"count", "number", "rate", "duration"})

_FIELDS = [
    Field("post_id", "id", "the platform's identifier of the post", True),
    Field("account", "text", "the page or account that published the post (becomes `brand`)"),
    Field("posted_at", "datetime", "when the post went out", True),
    Field("date", "date", "the day a row of daily totals counts"),
    Field("text", "text", "the post's text, caption or title (its length becomes `text_length`)"),
    Field("permalink", "text", "the post's web address"),
    Field("post_type", "text", "the platform's name for the kind of post (becomes `format`)"),
    Field("followers", "count", "the account's followers", True),
    Field("impressions", "count", "times the post was shown, counting repeat views", True),
    Field("reach", "count", "distinct people who saw the post", True),
    Field("likes", "count", "likes or reactions", True),
    Field("comments", "count", "comments or replies", True),
    Field("shares", "count", "shares, reposts or retweets", True),
    Field("saves", "count", "saves or bookmarks", True),
    Field("clicks", "count", "clicks on the post's link", True),
    Field("views", "count", "YouTube's views of a video (not the same as its impressions)"),
    Field("engagements", "count", "the platform's own total of interactions (each counts them its own way)"),
    Field("engagement_rate", "rate", "the platform's own engagement rate, as a fraction"),
    Field("new_followers", "count", "followers or subscribers gained through the post"),
    Field("profile_views", "count", "visits to the account's profile"),
    Field("duration_seconds", "duration", "the video's length in seconds"),
    Field("avg_view_seconds", "duration", "the average time a view lasted, in seconds"),
    Field("watch_time_hours", "number", "total hours watched"),
    Field("ctr", "rate", "click-through rate of the thumbnail impressions, as a fraction"),
    Field("completion_rate", "rate", "share of views that watched the whole video, as a fraction"),
    Field("avg_fraction_viewed", "rate", "average share of the video that a view watched, as a fraction"),
]

FIELDS: dict[str, Field] = {field.name: field for field in _FIELDS}

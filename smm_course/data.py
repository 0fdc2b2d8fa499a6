"""Load the course datasets with the right types.

>>> from smm_course.data import list_datasets, load, card
>>> posts = load("posts")                  # a typed DataFrame: dates, booleans, categories
>>> print(card("posts").splitlines()[0])   # the data card explains every column
# posts: what four drinks brands published on social media in 2025

``load`` reads each file once and then hands out copies, so changing a DataFrame in a
notebook never changes what the next ``load`` returns.
"""

from __future__ import annotations

import difflib
import functools
from importlib import resources
from pathlib import Path

import pandas as pd

from smm_course.datagen.world import (
    ACQUISITION_CHANNELS,
    AUDIENCE_AGE_GROUPS,
    AUDIENCE_PLATFORMS,
    COUNTRIES,
    EMOTIONS,
    INCOME_BANDS,
    MENTION_PLATFORMS,
    MENTION_TOPICS,
    MESSAGE_TOPICS,
    NETWORK_AGE_GROUPS,
    POST_FORMATS,
    POST_TOPICS,
    PRODUCTS,
    REVIEW_PLATFORMS,
    SOURCE_TYPES,
    WORLD,
)

__all__ = ["UnknownDatasetError", "list_datasets", "load", "card", "datasets_dir"]


class UnknownDatasetError(ValueError, KeyError):
    """A dataset name that does not exist. It is both a ``ValueError`` and a ``KeyError``."""

    def __str__(self) -> str:  # KeyError would wrap the message in quotes
        return str(self.args[0]) if self.args else ""


class _Category:
    """A categorical column: its categories in display order, and whether they are ordered."""

    def __init__(self, categories=None, ordered: bool = False):
        self.categories = None if categories is None else tuple(categories)
        self.ordered = ordered


_SENTIMENTS = _Category(("positive", "neutral", "negative"))
_PLATFORM = _Category(WORLD.platforms)

# Column -> type for every dataset. Kinds: "str", "int", "float", "bool", "date",
# "datetime" (date and time), "month", or a _Category. The CSV header must match this
# order exactly, which catches a file that is out of date with the generator.
_SCHEMAS: dict[str, dict[str, object]] = {
    "social_media_users": {
        "date": "date", "year": "int", "users": "int", "world_population": "float",
        "penetration": "float", "yoy_growth_reported": "float", "source": "str", "note": "str",
    },
    "platform_audiences": {
        "platform": _Category(AUDIENCE_PLATFORMS),
        "age_group": _Category(AUDIENCE_AGE_GROUPS, ordered=True),
        "share_of_adults": "float", "source": "str",
    },
    "posts": {
        "post_id": "str", "brand": _Category(WORLD.brands), "platform": _PLATFORM,
        "posted_at": "datetime", "format": _Category(POST_FORMATS), "topic": _Category(POST_TOPICS),
        "emotion": _Category(EMOTIONS), "arousal": _Category(("high", "low", "none")),
        "valence": _SENTIMENTS, "asks_question": "bool", "text_length": "int", "paid": "bool",
        "cost": "float", "followers": "int", "impressions": "int", "reach": "int", "likes": "int",
        "comments": "int", "shares": "int", "saves": "int", "clicks": "int",
    },
    "messages": {
        "message_id": "str", "channel": _PLATFORM, "received_at": "datetime",
        "answered_at": "datetime", "topic": _Category(MESSAGE_TOPICS), "sentiment": _SENTIMENTS,
    },
    "customers": {
        "customer_id": "str", "age": "int", "location": _Category(COUNTRIES),
        "income_band": _Category(INCOME_BANDS, ordered=True), "job_title": _Category(),
        "industry": _Category(), "interests": "str", "main_platform": _PLATFORM,
        "acquisition_channel": _Category(ACQUISITION_CHANNELS), "signup_date": "date",
        "orders": "int", "revenue": "float", "last_order_date": "date", "tenure_months": "int",
        "churned": "bool", "referrals": "int", "referred_revenue": "float",
        "marketing_consent": "bool",
    },
    "mentions": {
        "mention_id": "str", "posted_at": "datetime", "brand": _Category(WORLD.brands),
        "platform": _Category(MENTION_PLATFORMS), "source_type": _Category(SOURCE_TYPES),
        "author_followers": "int", "text": "str", "sentiment": _SENTIMENTS, "is_review": "bool",
        "rating": "float", "topic": _Category(MENTION_TOPICS), "author": "str", "author_following": "int",
        "author_created": "date", "is_bot": "bool",
    },
    "reviews": {
        "review_id": "str", "date": "date", "platform": _Category(REVIEW_PLATFORMS),
        "product": _Category(PRODUCTS[WORLD.brand]), "rating": "int", "text": "str",
        "verified": "bool",
    },
    "follower_network": {"follower": "int", "followed": "int"},
    "follower_network_nodes": {
        "node": "int", "community": "int", "followers": "int",
        "age_group": _Category(NETWORK_AGE_GROUPS, ordered=True), "main_platform": _PLATFORM,
        "is_customer": "bool",
    },
    "campaign_adoption": {
        "week": "int", "week_start": "date", "new_adopters": "int", "cumulative_adopters": "int",
    },
    "web_sessions": {
        "date": "date",
        "source": _Category((*WORLD.platforms, "google", "newsletter", "(direct)", "partner_blogs")),
        "medium": _Category(("social", "paid_social", "organic", "cpc", "email", "referral", "(none)")),
        "campaign": _Category(("(none)", "always_on", "brand_search", "newsletter", "nuvolatruth",
                               "autumn_sparkle")),
        "sessions": "int", "new_visitors": "int", "conversions": "int", "revenue": "float",
    },
    "campaign_costs": {
        "month": "month",
        "campaign": _Category(("always_on", "brand_search", "newsletter", "crisis_response",
                               "nuvolatruth", "autumn_sparkle")),
        "channel": _Category(("Facebook", "Instagram", "TikTok", "google", "email", "influencers",
                              "content production", "PR agency")),
        "cost": "float",
    },
    "ab_test": {
        "date": "date", "variant": _Category(("A", "B")), "impressions": "int", "reach": "int",
        "clicks": "int", "shares": "int",
    },
    "account_insights": {
        "week_start": "date", "followers": "int", "reach": "int", "impressions": "float", "views": "float",
        "interactions": "int",
    },
}
_TIME_FORMATS = {"date": "%Y-%m-%d", "datetime": "%Y-%m-%d %H:%M:%S", "month": "%Y-%m"}


def datasets_dir() -> Path:
    """The folder that the datasets are read from.

    An installed wheel ships them inside the package as ``smm_course/_datasets``; a clone
    of the repository keeps them in ``datasets/`` next to the package. The packaged copy
    wins when both exist.

    Examples
    --------
    >>> (datasets_dir() / "posts.csv").is_file()
    True
    """
    candidates = []
    try:
        packaged = resources.files("smm_course") / "_datasets"
        if packaged.is_dir():
            candidates.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError, NotADirectoryError):
        pass  # not importable as a package resource: fall back to the paths below
    here = Path(__file__).resolve().parent
    candidates += [here / "_datasets", here.parent / "datasets"]
    for folder in candidates:
        if folder.is_dir() and any(folder.glob("*.csv")):
            return folder
    raise FileNotFoundError(
        "Could not find the course datasets. Looked in: "
        + ", ".join(str(c) for c in candidates)
        + ". Reinstall smm-course, or run `python -m smm_course.datagen` in a clone of the repository."
    )


def _available() -> list[str]:
    return sorted(p.stem for p in datasets_dir().glob("*.csv"))


def _check_name(name: object) -> str:
    """Return the dataset name in its canonical form, or raise a helpful error."""
    if not isinstance(name, str):
        raise TypeError(
            f"name must be a dataset name as text, such as 'posts', not {type(name).__name__}. "
            "See list_datasets() for the names."
        )
    clean = name.strip().lower()
    if clean.endswith(".csv") or clean.endswith(".md"):
        clean = clean.rsplit(".", 1)[0]
    available = _available()
    if clean in available:
        return clean
    close = difflib.get_close_matches(clean, available, n=1, cutoff=0.5)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise UnknownDatasetError(
        f"There is no dataset called {name!r}.{hint} Available datasets: {', '.join(available)}."
    )


def _convert(name: str, column: str, values: pd.Series, kind: object) -> pd.Series:
    """Turn one column of CSV text into its course type."""
    if isinstance(kind, _Category):
        categories = kind.categories if kind.categories is not None else sorted(values.unique())
        unknown = sorted(set(values.unique()) - set(categories))
        if unknown:
            raise ValueError(
                f"{name}.csv has unexpected values in column {column!r}: {unknown}. "
                f"Expected one of {list(categories)}. Regenerate the file with "
                "`python -m smm_course.datagen`."
            )
        return pd.Series(pd.Categorical(values, categories=categories, ordered=kind.ordered),
                         index=values.index, name=column)
    if kind == "str":
        return values
    if kind == "int":
        return values.astype("int64")
    if kind == "float":
        return pd.to_numeric(values.mask(values == ""), errors="raise").astype("float64")
    if kind == "bool":
        mapped = values.map({"True": True, "False": False})
        if mapped.isna().any():
            raise ValueError(f"{name}.csv column {column!r} must hold only True or False.")
        return mapped.astype(bool)
    return pd.to_datetime(values.mask(values == ""), format=_TIME_FORMATS[kind])


@functools.lru_cache(maxsize=None)
def _read(name: str, folder: str) -> pd.DataFrame:
    path = Path(folder) / f"{name}.csv"
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    schema = _SCHEMAS.get(name)
    if schema is None:  # a new file without a schema yet: give it back as read
        return raw
    if list(raw.columns) != list(schema):
        raise ValueError(
            f"{path} has columns {list(raw.columns)}, but the course expects {list(schema)}. "
            "Regenerate the datasets with `python -m smm_course.datagen`."
        )
    return pd.DataFrame({col: _convert(name, col, raw[col], kind) for col, kind in schema.items()})


def load(name: str) -> pd.DataFrame:
    """Load a course dataset as a DataFrame with dates, booleans and categories typed.

    Timestamps are naive local time (Europe/Rome); rates are fractions; money is in
    euros. Low-cardinality text columns are categoricals in a fixed, meaningful order
    (platforms as in the course world, age groups from young to old, ...). The name is
    case-insensitive and may end in ``.csv``. Each call returns a fresh copy.

    Raises
    ------
    UnknownDatasetError
        (a ``ValueError`` and a ``KeyError``) when no dataset has that name; the
        message lists the names and suggests the closest one.

    Examples
    --------
    >>> posts = load("posts")
    >>> len(posts) >= 2000
    True
    >>> list(posts["platform"].cat.categories)
    ['Facebook', 'Instagram', 'X', 'YouTube', 'TikTok', 'LinkedIn']
    >>> load("post")
    Traceback (most recent call last):
    ...
    smm_course.data.UnknownDatasetError: There is no dataset called 'post'. Did you mean 'posts'? ...
    """
    clean = _check_name(name)
    return _read(clean, str(datasets_dir())).copy(deep=True)


def card(name: str) -> str:
    """The data card of a dataset: a Markdown text that explains every column.

    Examples
    --------
    >>> card("ab_test").splitlines()[0]
    '# ab_test: an A/B test of two versions of one post'
    """
    clean = _check_name(name)
    path = datasets_dir() / f"{clean}.md"
    if not path.is_file():
        raise FileNotFoundError(f"The dataset {clean!r} has no data card yet ({path} is missing).")
    return path.read_text(encoding="utf-8")


def list_datasets() -> pd.DataFrame:
    """Every course dataset with its number of rows and a one-line description.

    The description is the title of the dataset's data card (its first line).

    Examples
    --------
    >>> table = list_datasets()
    >>> list(table.columns)
    ['name', 'rows', 'description']
    >>> "posts" in set(table["name"])
    True
    """
    rows = []
    folder = datasets_dir()
    for name in _available():
        card_path = folder / f"{name}.md"
        description = ""
        if card_path.is_file():
            lines = card_path.read_text(encoding="utf-8").splitlines()
            description = lines[0].lstrip("#").strip() if lines else ""
            if description.startswith(f"{name}:"):  # the title repeats the name
                description = description[len(name) + 1:].strip()
        rows.append((name, len(_read(name, str(folder))), description))
    return pd.DataFrame(rows, columns=["name", "rows", "description"])

"""The byte-exact CSV text of a dataset: fixed decimals per column, ISO dates, ``\\n`` line ends.

Every value is turned into text here rather than by the pandas version in use, so a
rerun on any machine writes the same bytes.
"""

from __future__ import annotations

import math

import pandas as pd

__all__ = ["csv_bytes"]

# Decimals written for each float column, and the datetime columns written as dates only.
_FLOAT_DECIMALS: dict[str, dict[str, int]] = {
    "social_media_users": {"world_population": 0, "penetration": 4, "yoy_growth_reported": 3},
    "platform_audiences": {"share_of_adults": 2},
    "posts": {"cost": 2},
    "customers": {"revenue": 2, "referred_revenue": 2},
    "mentions": {"rating": 0},
    "web_sessions": {"revenue": 2},
    "campaign_costs": {"cost": 2},
    "account_insights": {"impressions": 0, "views": 0},
}
_DATE_ONLY: dict[str, tuple[str, ...]] = {
    "social_media_users": ("date",),
    "customers": ("signup_date", "last_order_date"),
    "mentions": ("author_created",),
    "reviews": ("date",),
    "campaign_adoption": ("week_start",),
    "web_sessions": ("date",),
    "ab_test": ("date",),
    "account_insights": ("week_start",),
}
_MONTH_ONLY: dict[str, tuple[str, ...]] = {"campaign_costs": ("month",)}


def _column_text(name: str, column: str, values: pd.Series) -> list[str]:
    """Turn one column into text the same way on every platform and pandas version."""
    if column in _FLOAT_DECIMALS.get(name, {}):
        decimals = _FLOAT_DECIMALS[name][column]
        return ["" if math.isnan(v) else f"{v:.{decimals}f}" for v in values.to_numpy(dtype=float)]
    if pd.api.types.is_bool_dtype(values):
        return ["True" if v else "False" for v in values.to_numpy(dtype=bool)]
    if pd.api.types.is_datetime64_any_dtype(values):
        if column in _MONTH_ONLY.get(name, ()):
            fmt = "%Y-%m"
        elif column in _DATE_ONLY.get(name, ()):
            fmt = "%Y-%m-%d"
        else:
            fmt = "%Y-%m-%d %H:%M:%S"
        return ["" if pd.isna(v) else v.strftime(fmt) for v in values]
    if pd.api.types.is_integer_dtype(values):
        return [str(int(v)) for v in values.to_numpy(dtype="int64")]
    if pd.api.types.is_float_dtype(values):
        raise TypeError(f"{name}.{column} is a float column with no fixed decimals: add it to _FLOAT_DECIMALS "
                        "in smm_course/datagen/csv_format.py.")
    return [str(v) for v in values]


def csv_bytes(name: str, frame: pd.DataFrame) -> bytes:
    """The CSV file of one dataset as UTF-8 bytes with ``\\n`` line ends.

    Examples
    --------
    >>> costs = pd.DataFrame({"month": pd.to_datetime(["2025-01-01"]), "cost": [1234.5]})
    >>> csv_bytes("campaign_costs", costs)
    b'month,cost\\n2025-01,1234.50\\n'
    """
    text = pd.DataFrame({col: _column_text(name, col, frame[col]) for col in frame.columns})
    return text.to_csv(index=False, lineterminator="\n").encode("utf-8")

"""Argument checks shared by the course's analysis modules.

Students pass scalars, lists, NumPy arrays and pandas Series, often straight from an analytics export. These
helpers turn such input into float arrays and stop ordinary mistakes (text in a number column, a negative count,
a misspelt column name, a percentage given where a fraction belongs) with a message that names the argument and
says how to fix it, instead of a traceback from deep inside NumPy or pandas.
"""

from __future__ import annotations

import difflib
import numbers
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Numeric:
    """Float values taken from one argument, with the pandas index when the argument was a Series."""

    name: str
    values: np.ndarray
    index: pd.Index | None
    is_scalar: bool


def _where(position: tuple[int, ...] | int, index: pd.Index | None) -> str:
    """Describe where a value sits, by index label for a Series and by position for an array."""
    if index is not None:
        return f"at index {label(index[position])!r}"
    if isinstance(position, tuple):
        position = position[0] if len(position) == 1 else position
    return f"at position {position}"


def label(value):
    """Turn a NumPy scalar index label into a plain Python value, so messages read 12 and not np.int64(12)."""
    return value.item() if isinstance(value, np.generic) else value


def _first_text(values: np.ndarray) -> tuple[int, object] | None:
    """Return the position and value of the first entry that is not a number or a missing value."""
    for position, value in enumerate(values.ravel()):
        if value is None or value is pd.NA or value is pd.NaT:
            continue
        if isinstance(value, (numbers.Real, np.bool_)) and not isinstance(value, (np.datetime64, np.timedelta64)):
            continue
        return position, value
    return None


def as_numeric(values, name: str, *, allow_negative: bool = False) -> Numeric:
    """Convert a scalar, list, array or Series to float values, or raise a ``ValueError`` naming ``name``.

    Missing values (None, NaN, pd.NA) become NaN. Text, dates and tables are refused, and so are negative values
    unless ``allow_negative`` is true.
    """
    index = None
    if isinstance(values, pd.DataFrame):
        raise ValueError(
            f"{name} must be one column of numbers, not a whole table; pick a column, e.g. df[{name!r}]."
        )
    if isinstance(values, (str, bytes)):
        raise ValueError(
            f"{name} must be a number; found the text {values!r}. "
            "Convert it first, e.g. with float() or pd.to_numeric()."
        )
    if values is None or values is pd.NA:
        return Numeric(name, np.array(np.nan), None, True)
    if isinstance(values, pd.Series):
        index = values.index
        raw = values
    elif isinstance(values, pd.Index):
        raw = pd.Series(values)
    elif np.isscalar(values) or isinstance(values, numbers.Number):
        raw = pd.Series([values])
    else:
        try:
            raw = np.asarray(values)
            if isinstance(values, (list, tuple)) and raw.dtype.kind not in "biuf":
                # np.asarray turns [1, "x"] into the texts "1" and "x"; keep each element's own type instead
                raw = np.asarray(values, dtype=object)
        except (TypeError, ValueError) as error:
            raise ValueError(f"{name} must be numbers (a number, a list, an array or a Series); {error}") from None
        if raw.ndim != 1:
            array = raw
            raw = None
        else:
            raw = pd.Series(raw)
    is_scalar = not isinstance(values, (pd.Series, pd.Index)) and np.ndim(values) == 0

    if raw is None:  # a multi-dimensional array: numeric arrays pass through, anything else is refused
        if array.dtype.kind not in "biuf":
            raise ValueError(f"{name} must be numbers; found values of type {array.dtype}.")
        floats = array.astype(float)
    else:
        dtype = raw.dtype
        if isinstance(dtype, pd.CategoricalDtype):
            raw = raw.astype(object)
            dtype = raw.dtype
        if pd.api.types.is_datetime64_any_dtype(dtype) or pd.api.types.is_timedelta64_dtype(dtype):
            raise ValueError(f"{name} must be numbers; found dates or durations ({dtype}).")
        if pd.api.types.is_numeric_dtype(dtype):
            floats = raw.to_numpy(dtype=float, na_value=np.nan)
        else:
            objects = raw.to_numpy(dtype=object)
            bad = _first_text(objects)
            if bad is not None:
                position, value = bad
                where = "" if is_scalar else " " + _where(position, index)
                raise ValueError(
                    f"{name} must be numbers; found the text {value!r}{where}. "
                    "Convert it first, e.g. with pd.to_numeric(), and check for typos."
                )
            floats = np.array([np.nan if pd.isna(v) else float(v) for v in objects], dtype=float)
    if is_scalar:
        floats = floats.reshape(())
    if not allow_negative:
        negative = np.flatnonzero(floats.ravel() < 0)
        if negative.size:
            first = int(negative[0])
            value = floats.ravel()[first]
            where = "" if is_scalar else " " + _where(first, index)
            raise ValueError(f"{name} must not be negative; found {value:g}{where}.")
    return Numeric(name, floats, index, is_scalar)


def align(*arguments: Numeric) -> tuple[list[np.ndarray], pd.Index | None, bool]:
    """Broadcast several numeric arguments together.

    Returns their arrays, the index of the result (the first Series' index, or None) and whether every argument
    was a scalar. Series with the same labels in another order are aligned by label, as pandas does; Series
    with different labels, or arrays of different lengths, are refused with a message naming both arguments.
    """
    index = None
    index_owner = None
    arrays = []
    for argument in arguments:
        values = argument.values
        if argument.index is not None:
            if index is None:
                index, index_owner = argument.index, argument.name
            elif not argument.index.equals(index):
                same_labels = (
                    index.is_unique
                    and argument.index.is_unique
                    and len(index) == len(argument.index)
                    and index.isin(argument.index).all()
                )
                if not same_labels:
                    raise ValueError(
                        f"{index_owner} and {argument.name} have different indexes, so their rows do not match. "
                        "Pass columns of the same table, or align them first (e.g. with .reindex())."
                    )
                values = pd.Series(values, index=argument.index).reindex(index).to_numpy()
        arrays.append(values)
    try:
        arrays = list(np.broadcast_arrays(*arrays))
    except ValueError:
        sizes = ", ".join(f"{argument.name} has {np.size(argument.values)}" for argument in arguments)
        raise ValueError(f"The inputs must have the same length: {sizes} values.") from None
    all_scalar = all(argument.is_scalar for argument in arguments)
    return arrays, index, all_scalar


def wrap(values: np.ndarray, index: pd.Index | None, all_scalar: bool, name: str):
    """Return a Python float for scalar input, a named Series for Series input, else a NumPy array."""
    if all_scalar:
        return float(values)
    if index is not None:
        return pd.Series(values, index=index, name=name)
    return values


def safe_divide(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """Divide element-wise, giving NaN (and no RuntimeWarning) where the denominator is 0."""
    numerator, denominator = np.broadcast_arrays(np.asarray(numerator, float), np.asarray(denominator, float))
    with np.errstate(divide="ignore", invalid="ignore"):
        result = numerator / denominator
    return np.where(denominator == 0, np.nan, result)


def check_range(
    argument: Numeric,
    *,
    low: float | None = None,
    high: float | None = None,
    include_low: bool = True,
    include_high: bool = True,
    hint: str = "",
) -> None:
    """Raise a ``ValueError`` naming the argument when a value falls outside [low, high] (NaN passes)."""
    flat = argument.values.ravel()
    outside = np.zeros(flat.shape, dtype=bool)
    if low is not None:
        outside |= (flat < low) if include_low else (flat <= low)
    if high is not None:
        outside |= (flat > high) if include_high else (flat >= high)
    bad = np.flatnonzero(outside)
    if bad.size:
        first = int(bad[0])
        left = "[" if include_low else "("
        right = "]" if include_high else ")"
        bounds = f"{left}{'-inf' if low is None else f'{low:g}'}, {'inf' if high is None else f'{high:g}'}{right}"
        where = "" if argument.is_scalar else " " + _where(first, argument.index)
        message = f"{argument.name} must be in {bounds}; found {flat[first]:g}{where}."
        raise ValueError(f"{message} {hint}".strip())


def require_frame(frame, name: str) -> pd.DataFrame:
    """Check that ``frame`` is a DataFrame, or raise a ``ValueError`` that names it."""
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"{name} must be a pandas DataFrame; got {type(frame).__name__}.")
    return frame


def require_columns(frame: pd.DataFrame, columns: dict[str, str], frame_name: str = "the table") -> None:
    """Check that each column named in ``columns`` (argument name -> column name) exists in ``frame``.

    The message lists the columns that do exist and suggests the closest match for a misspelt name.
    """
    available = [str(column) for column in frame.columns]
    for argument, column in columns.items():
        if column not in frame.columns:
            close = difflib.get_close_matches(str(column), available, n=1)
            suggestion = f" Did you mean {close[0]!r}?" if close else ""
            raise ValueError(
                f"{frame_name} has no column {column!r} (the {argument}= argument).{suggestion} "
                f"Its columns are: {', '.join(available)}."
            )


def as_datetime(series: pd.Series, column: str) -> pd.Series:
    """Return ``series`` as datetimes, converting text such as '2025-04-07 09:30', or raise naming ``column``."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return series
    if pd.api.types.is_numeric_dtype(series.dtype) and not series.isna().all():
        raise ValueError(f"column {column!r} must hold dates and times; found numbers ({series.dtype}).")
    try:
        return pd.to_datetime(series)
    except (TypeError, ValueError) as error:
        raise ValueError(
            f"column {column!r} must hold dates and times; pandas could not read it as dates ({error}). "
            "Convert it first with pd.to_datetime(..., format=...)."
        ) from None


def check_choice(value, name: str, choices: Iterable[str]) -> None:
    """Raise a ``ValueError`` naming ``name`` when ``value`` is not one of ``choices``."""
    choices = list(choices)
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(repr(c) for c in choices)}; got {value!r}.")


def check_positive_int(value, name: str, *, minimum: int = 1) -> int:
    """Return ``value`` as an int, or raise a ``ValueError`` naming ``name`` if it is not a whole number >= minimum."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        if isinstance(value, numbers.Real) and float(value).is_integer():
            value = int(value)
        else:
            raise ValueError(f"{name} must be a whole number of at least {minimum}; got {value!r}.")
    if value < minimum:
        raise ValueError(f"{name} must be a whole number of at least {minimum}; got {value!r}.")
    return int(value)


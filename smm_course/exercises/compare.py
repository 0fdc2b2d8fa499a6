"""Compare a student's value with the expected one, and say precisely what differs.

:func:`judge_value` returns quietly when the answer matches and raises
:class:`~smm_course.exercises.core.Incorrect` with targeted feedback when it does not. It knows the
mistakes students make most often with numbers and tables: a percentage given for a fraction, a factor of
1000, a Series where a number was expected (and the reverse), the wrong length or labels, wrong column names,
an empty table, NaN. Floats are compared with ``numpy.isclose`` semantics:
``|answer - expected| <= atol + rtol * |expected|``.

>>> judge_value(0.05, 0.05)
>>> judge_value(5, 0.05)
Traceback (most recent call last):
...
smm_course.exercises.core.Incorrect: This looks like a percentage: the course writes rates as fractions (0.05, not 5). Divide by 100.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from typing import Any, Iterable

import numpy as np
import pandas as pd

from smm_course.exercises.core import Incorrect
from smm_course.exercises.precision import DEFAULT_ATOL, DEFAULT_RTOL, Precision, decimal_places, is_whole
from smm_course.i18n import translate

__all__ = ["DEFAULT_ATOL", "DEFAULT_RTOL", "SCALE_SLACK", "describe_type", "format_value", "generic_problems",
           "is_number", "judge_value", "list_labels", "values_match"]
#: How far from an exact factor (100, 1000) a ratio may be and still count as that scale mistake.
SCALE_SLACK = 0.02


# -- small helpers ---------------------------------------------------------------------------------
def format_value(value: Any) -> str:
    """A value as it reads inside a sentence of feedback: short, one line, no print-out of a table.

    >>> format_value(0.123456789), format_value("Instagram")
    ('0.123457', "'Instagram'")
    """
    if isinstance(value, (float, np.floating)):
        return f"{float(value):.6g}"
    if isinstance(value, (pd.DataFrame, pd.Series, np.ndarray)):
        return describe_type(value)
    text = repr(value) if isinstance(value, str) else str(value)
    if "\n" in text:  # a multi-line print-out has no place inside a sentence of feedback
        return describe_type(value)
    return text if len(text) <= 60 else text[:57] + "..."


def list_labels(labels: Iterable[Any], limit: int = 5) -> str:
    """Join labels for a message, shortening long lists ("a, b, c and 4 more").

    >>> list_labels(["Facebook", "X"])
    'Facebook, X'
    >>> list_labels(range(8), limit=3)
    '0, 1, 2 and 5 more'
    """
    labels = [str(label) for label in labels]
    shown = ", ".join(labels[:limit])
    if len(labels) > limit:
        shown = translate("feedback.and_more", shown=shown, more=len(labels) - limit)
    return shown


def is_number(value: Any) -> bool:
    """True for real numbers (Python or NumPy, including 0-d arrays), False for booleans.

    >>> is_number(3), is_number(np.float64(0.5)), is_number(True), is_number("3")
    (True, True, False, False)
    """
    if isinstance(value, (bool, np.bool_)):
        return False
    if isinstance(value, np.ndarray):
        return value.ndim == 0 and np.issubdtype(value.dtype, np.number)
    return isinstance(value, numbers.Real)


def _close(answer: float, expected: float, rtol: float, atol: float) -> bool:
    if math.isnan(expected) or math.isnan(answer):
        return math.isnan(expected) and math.isnan(answer)
    return abs(answer - expected) <= atol + rtol * abs(expected)


def _ratio_is(ratio: float, factor: float) -> bool:
    return abs(ratio / factor - 1) <= SCALE_SLACK


def _scale_mistake(answer: float, expected: float) -> str | None:
    """The message for a known scale mistake (percentage, factor of 1000, sign), if the numbers show one."""
    if expected == 0 or answer == 0 or math.isnan(answer) or math.isinf(answer):
        return None
    ratio = answer / expected
    if _ratio_is(ratio, 100):
        return translate("feedback.percentage_for_fraction")
    if _ratio_is(ratio, 1 / 100):
        return translate("feedback.hundred_too_small")
    if _ratio_is(ratio, 1000):
        return translate("feedback.thousand_too_big")
    if _ratio_is(ratio, 1 / 1000):
        return translate("feedback.thousand_too_small")
    if _ratio_is(ratio, -1):
        return translate("feedback.wrong_sign")
    return None


def describe_type(value: Any) -> str:
    """What kind of value this is, in the student's terms ("a Series of length 3").

    >>> describe_type([1, 2])
    'a list (length 2)'
    """
    if isinstance(value, pd.DataFrame):
        return translate("type.dataframe", rows=len(value), columns=value.shape[1])
    if isinstance(value, pd.Series):
        return translate("type.series", n=len(value))
    if isinstance(value, str):
        return translate("type.text", text=format_value(value))
    if isinstance(value, (bool, np.bool_)):
        return translate("type.bool", value=bool(value))
    if is_number(value):
        return translate("type.number", value=format_value(value))
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray)):
        return translate("type.collection", kind=type(value).__name__, n=len(value))
    if isinstance(value, Mapping):
        return translate("type.dict", n=len(value))
    return translate("type.other", kind=type(value).__name__)


def generic_problems(answer: Any) -> None:
    """Raise ``Incorrect`` for answers that are wrong whatever the expected value: None, a function, a GroupBy.

    >>> generic_problems(0.5)
    """
    if answer is None:
        raise Incorrect(translate("feedback.none"))
    if isinstance(answer, (pd.core.groupby.DataFrameGroupBy, pd.core.groupby.SeriesGroupBy)):
        raise Incorrect(translate("feedback.groupby"))
    if callable(answer) and not isinstance(answer, (pd.Series, pd.DataFrame, type)):
        raise Incorrect(translate("feedback.function", name=getattr(answer, "__name__", type(answer).__name__)))


def _is_default_index(index: pd.Index) -> bool:
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1 and index.name is None


def _comparable(series: pd.Series) -> pd.Series:
    """Turn categoricals and string dtypes into plain objects so values compare by content."""
    if isinstance(series.dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(series.dtype):
        return series.astype(object)
    return series


def _values_close(answer: pd.Series, expected: pd.Series, rtol: float, atol: float) -> np.ndarray:
    """Element-wise match of two aligned Series: floats within tolerance, NaN equal to NaN, others equal."""
    answer, expected = _comparable(answer), _comparable(expected)
    numeric = pd.api.types.is_numeric_dtype(expected.dtype) and not pd.api.types.is_bool_dtype(expected.dtype)
    if numeric and pd.api.types.is_numeric_dtype(answer.dtype) and not pd.api.types.is_bool_dtype(answer.dtype):
        a = answer.to_numpy(dtype=float, na_value=np.nan)
        e = expected.to_numpy(dtype=float, na_value=np.nan)
        return np.isclose(a, e, rtol=rtol, atol=atol, equal_nan=True)
    a_na, e_na = answer.isna().to_numpy(), expected.isna().to_numpy()
    equal = np.array([x == y for x, y in zip(answer.to_numpy(), expected.to_numpy())], dtype=bool)
    return (a_na & e_na) | (~a_na & ~e_na & equal)


def _vector_scale_mistake(answer: pd.Series, expected: pd.Series) -> str | None:
    try:
        a = answer.to_numpy(dtype=float, na_value=np.nan)
        e = expected.to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError):
        return None
    usable = np.isfinite(a) & np.isfinite(e) & (a != 0) & (e != 0)
    if not usable.any():
        return None
    ratios = a[usable] / e[usable]
    message = _scale_mistake(float(np.median(ratios)), 1.0)
    if message and np.allclose(ratios, np.median(ratios), rtol=SCALE_SLACK):
        return message
    return None


# -- numbers -------------------------------------------------------------------------------------------
def _judge_number(answer: Any, expected: Any, precision: Precision) -> None:
    rtol, atol = precision.tolerances
    if isinstance(answer, (pd.Series, pd.DataFrame, np.ndarray, list, tuple)) and not is_number(answer):
        values = answer.to_numpy().ravel() if isinstance(answer, (pd.Series, pd.DataFrame)) else np.ravel(answer)
        if values.size == 1 and is_number(values[0]) and precision.close(float(values[0]), expected):
            key = "feedback.wrapped_number_list" if isinstance(answer, (list, tuple)) else "feedback.wrapped_number"
            raise Incorrect(translate(key, given=describe_type(answer)))
        raise Incorrect(translate("feedback.collection_for_number", given=describe_type(answer)))
    if isinstance(answer, str):
        raise Incorrect(translate("feedback.text_for_number", text=format_value(answer)))
    if not is_number(answer):
        raise Incorrect(translate("feedback.wrong_type", expected=translate("type.a_number"), given=describe_type(answer)))
    value = float(answer)
    whole = precision.kind == "exact" and (is_whole(expected) or float(expected).is_integer())
    expected = float(expected)
    if precision.close(value, expected):
        return
    if math.isnan(value):
        raise Incorrect(translate("feedback.nan_number"))
    if math.isinf(value):
        raise Incorrect(translate("feedback.infinite_number"))
    scale = _scale_mistake(value, expected)
    if scale:
        raise Incorrect(scale)
    if whole:
        if value.is_integer() and abs(value - expected) == 1:
            raise Incorrect(translate("feedback.off_by_one", answer=format_value(answer)))
        if not value.is_integer():
            raise Incorrect(translate("feedback.whole_number_expected", answer=format_value(answer),
                                      policy=precision.policy))
    else:
        digits = precision.rounded_to(value, expected)
        if digits is not None:
            raise Incorrect(translate("feedback.rounded", places=decimal_places(digits), policy=precision.policy))
        if _close(value, expected, max(rtol, 0.01), atol):
            raise Incorrect(translate("feedback.close_not_within", answer=format_value(value),
                                      policy=precision.policy))
    direction = "feedback.too_high" if value > expected else "feedback.too_low"
    raise Incorrect(translate(direction, answer=format_value(value)))


# -- Series --------------------------------------------------------------------------------------------
def _label_problems(answer_index: pd.Index, expected_index: pd.Index) -> None:
    expected_labels = list(expected_index)
    answer_labels = list(answer_index)
    missing = [label for label in expected_labels if label not in set(answer_labels)]
    extra = [label for label in answer_labels if label not in set(expected_labels)]
    if not missing and not extra:
        return
    if _is_default_index(answer_index) and not _is_default_index(expected_index):
        raise Incorrect(translate("feedback.lost_labels", expected=list_labels(expected_labels, 3)))
    _raise_wrong_labels(missing, extra)


def _raise_wrong_labels(missing: list, extra: list) -> None:
    """Say which labels (index labels or dict keys) are missing and which should not be there."""
    parts = []
    if missing:
        parts.append(translate("feedback.missing_labels", labels=list_labels(missing)))
    if extra:
        parts.append(translate("feedback.extra_labels", labels=list_labels(extra)))
    raise Incorrect(translate("feedback.wrong_labels", details=" ".join(parts)))


def _judge_series(answer: Any, expected: pd.Series, precision: Precision, ordered: bool) -> None:
    rtol, atol = precision.tolerances
    if is_number(answer) or isinstance(answer, (str, bool, np.bool_)):
        raise Incorrect(translate("feedback.number_for_series", n=len(expected), given=describe_type(answer)))
    if isinstance(answer, pd.DataFrame):
        if answer.shape[1] == 1 and values_match(answer.iloc[:, 0], expected, rtol, atol, ordered):
            raise Incorrect(translate("feedback.frame_for_series_fix", column=_index_label(answer.columns[0])))
        raise Incorrect(translate("feedback.frame_for_series", given=describe_type(answer)))
    if isinstance(answer, Mapping):
        answer = pd.Series(dict(answer))
    elif isinstance(answer, (list, tuple, np.ndarray)):
        as_series = pd.Series(np.asarray(answer).ravel() if isinstance(answer, np.ndarray) else list(answer))
        if _is_default_index(expected.index):
            answer = as_series
        elif len(as_series) == len(expected) and values_match(
            as_series.set_axis(expected.index), expected, rtol, atol, ordered=True
        ):
            raise Incorrect(translate("feedback.list_without_labels", expected=list_labels(expected.index, 3)))
        else:
            raise Incorrect(translate("feedback.wrong_type", expected=translate("type.a_series"), given=describe_type(answer)))
    if not isinstance(answer, pd.Series):
        raise Incorrect(translate("feedback.wrong_type", expected=translate("type.a_series"), given=describe_type(answer)))
    if answer.empty and not expected.empty:
        raise Incorrect(translate("feedback.empty_series"))
    if len(answer) != len(expected) and (not answer.index.is_unique or not expected.index.is_unique):
        raise Incorrect(translate("feedback.wrong_length", expected=len(expected), given=len(answer)))
    _label_problems(answer.index, expected.index)
    if len(answer) != len(expected):
        raise Incorrect(translate("feedback.wrong_length", expected=len(expected), given=len(answer)))
    same_order = list(answer.index) == list(expected.index)
    if answer.index.is_unique and expected.index.is_unique:
        aligned = answer.reindex(expected.index)
    else:
        aligned = answer.set_axis(expected.index) if same_order else answer.sort_index().set_axis(expected.sort_index().index)
        if not same_order:
            expected = expected.sort_index()
    matches = _values_close(aligned, expected, rtol, atol)
    if matches.all():
        if ordered and not same_order:
            raise Incorrect(translate("feedback.wrong_order"))
        return
    nan_labels = [label for label, a, e in zip(expected.index, aligned.isna(), expected.isna()) if a and not e]
    if nan_labels:
        raise Incorrect(translate("feedback.nan_values", labels=list_labels(nan_labels)))
    scale = _vector_scale_mistake(aligned, expected)
    if scale:
        raise Incorrect(scale)
    _raise_if_rounded(aligned, expected, precision)
    wrong = [label for label, ok in zip(expected.index, matches) if not ok]
    raise Incorrect(translate("feedback.values_differ", labels=list_labels(wrong), n=len(wrong), total=len(expected)))


def _raise_if_rounded(answer: Any, expected: Any, precision: Precision) -> None:
    """Say "you rounded" when every wrong value is the right one rounded to the same, too few, decimals."""
    try:
        digits = precision.rounded_to(answer, expected)
    except Exception:  # values that are not numbers: nothing to diagnose
        return
    if digits is not None:
        raise Incorrect(translate("feedback.rounded_values", places=decimal_places(digits), policy=precision.policy))


# -- DataFrames ----------------------------------------------------------------------------------------
def _judge_frame(answer: Any, expected: pd.DataFrame, precision: Precision, ordered: bool,
                 column_order: bool) -> None:
    rtol, atol = precision.tolerances
    columns = list_labels(expected.columns, limit=12)
    if isinstance(answer, pd.Series):
        for fix, candidate in ((".reset_index()", answer.reset_index()), (".to_frame()", answer.to_frame())):
            if values_match(candidate, expected, rtol, atol, ordered):
                raise Incorrect(translate("feedback.series_for_frame_fix", fix=fix))
        raise Incorrect(translate("feedback.series_for_frame", columns=columns))
    if not isinstance(answer, pd.DataFrame):
        raise Incorrect(translate("feedback.wrong_type", expected=translate("type.a_frame", columns=columns),
                                  given=describe_type(answer)))
    if answer.empty and not expected.empty:
        raise Incorrect(translate("feedback.empty_frame", columns=columns))
    # A group key may sit in the index or in a column (``as_index=False``): both are right.
    index_names = [name for name in expected.index.names if name is not None]
    if not _is_default_index(expected.index) and _is_default_index(answer.index) and index_names \
            and set(index_names) <= set(answer.columns):
        answer = answer.set_index(index_names)
    answer_index_names = [name for name in answer.index.names if name is not None]
    if _is_default_index(expected.index) and answer_index_names and set(answer_index_names) <= set(expected.columns):
        answer = answer.reset_index()
    missing = [c for c in expected.columns if c not in set(answer.columns)]
    extra = [c for c in answer.columns if c not in set(expected.columns)]
    if missing or extra:
        details = []
        if missing:
            details.append(translate("feedback.missing_columns", labels=list_labels(missing)))
        if extra:
            details.append(translate("feedback.extra_columns", labels=list_labels(extra)))
        raise Incorrect(translate("feedback.wrong_columns", expected=columns, details=" ".join(details)))
    if column_order and list(answer.columns) != list(expected.columns):
        raise Incorrect(translate("feedback.column_order", expected=columns))
    answer = answer[list(expected.columns)]
    if len(answer) != len(expected):
        raise Incorrect(translate("feedback.wrong_rows", expected=len(expected), given=len(answer)))
    if _is_default_index(expected.index):
        if ordered:
            if not _frames_equal(answer.reset_index(drop=True), expected.reset_index(drop=True), rtol, atol) \
                    and _frames_equal(_sorted_rows(answer), _sorted_rows(expected), rtol, atol):
                raise Incorrect(translate("feedback.wrong_order"))
            answer, expected = answer.reset_index(drop=True), expected.reset_index(drop=True)
        else:
            answer, expected = _sorted_rows(answer), _sorted_rows(expected)
    else:
        _label_problems(answer.index, expected.index)
        same_order = list(answer.index) == list(expected.index)
        if ordered and not same_order and _frames_equal(answer.reindex(expected.index), expected, rtol, atol):
            raise Incorrect(translate("feedback.wrong_order"))
        answer = answer.reindex(expected.index) if expected.index.is_unique else answer
    for column in expected.columns:
        matches = _values_close(answer[column], expected[column], rtol, atol)
        if matches.all():
            continue
        if answer[column].isna().to_numpy()[~matches].all():
            raise Incorrect(translate("feedback.nan_column", column=column))
        scale = _vector_scale_mistake(answer[column], expected[column])
        if scale:
            raise Incorrect(translate("feedback.in_column", column=column, message=scale))
        digits = precision.rounded_to(answer[column], expected[column]) \
            if pd.api.types.is_numeric_dtype(expected[column].dtype) else None
        if digits is not None:
            raise Incorrect(translate("feedback.in_column", column=column, message=translate(
                "feedback.rounded_values", places=decimal_places(digits), policy=precision.policy)))
        raise Incorrect(translate("feedback.column_differs", column=column, n=int((~matches).sum()), total=len(matches)))


def _sorted_rows(frame: pd.DataFrame) -> pd.DataFrame:
    try:
        keys = frame.apply(lambda column: _comparable(column).astype(str) if column.dtype == object else column)
        order = keys.sort_values(list(keys.columns), kind="stable").index
        return frame.loc[order].reset_index(drop=True)
    except (TypeError, ValueError):
        return frame.reset_index(drop=True)


def _frames_equal(answer: pd.DataFrame, expected: pd.DataFrame, rtol: float, atol: float) -> bool:
    return all(_values_close(answer[c], expected[c], rtol, atol).all() for c in expected.columns)


# -- other values --------------------------------------------------------------------------------------
def _normal_text(text: str) -> str:
    return " ".join(text.split()).casefold()


def _judge_text(answer: Any, expected: str) -> None:
    if not isinstance(answer, str):
        raise Incorrect(translate("feedback.wrong_type", expected=translate("type.a_text"), given=describe_type(answer)))
    if _normal_text(answer) != _normal_text(expected):
        raise Incorrect(translate("feedback.text_differs", answer=format_value(answer)))


def _judge_bool(answer: Any, expected: bool) -> None:
    if isinstance(answer, str):
        raise Incorrect(translate("feedback.text_for_bool", text=format_value(answer)))
    if not isinstance(answer, (bool, np.bool_)):
        raise Incorrect(translate("feedback.wrong_type", expected=translate("type.a_bool"), given=describe_type(answer)))
    if bool(answer) != bool(expected):
        raise Incorrect(translate("feedback.bool_differs", answer=bool(answer)))


def _judge_collection(answer: Any, expected: Any, precision: Precision, ordered: bool) -> None:
    rtol, atol = precision.tolerances
    if isinstance(answer, (str, bytes)) or is_number(answer) or not isinstance(answer, Iterable) \
            or isinstance(answer, Mapping):
        raise Incorrect(translate("feedback.wrong_type", expected=translate("type.a_collection", n=len(expected)),
                                  given=describe_type(answer)))
    answer_items, expected_items = list(answer), list(expected)
    if isinstance(expected, (set, frozenset)):
        ordered = False
    if len(answer_items) != len(expected_items):
        raise Incorrect(translate("feedback.wrong_length", expected=len(expected_items), given=len(answer_items)))
    if ordered:
        wrong = [i + 1 for i, (a, e) in enumerate(zip(answer_items, expected_items))
                 if not values_match(a, e, rtol, atol, ordered, precision=precision)]
        if wrong:
            unordered_ok = _multiset_match(answer_items, expected_items, rtol, atol)
            if unordered_ok:
                raise Incorrect(translate("feedback.wrong_order"))
            if all(is_number(a) and is_number(e) for a, e in zip(answer_items, expected_items)):
                _raise_if_rounded(answer_items, expected_items, precision)
            raise Incorrect(translate("feedback.items_differ", positions=list_labels(wrong)))
        return
    if not _multiset_match(answer_items, expected_items, rtol, atol):
        raise Incorrect(translate("feedback.items_differ_unordered"))


def _multiset_match(answer_items: list, expected_items: list, rtol: float, atol: float) -> bool:
    remaining = list(answer_items)
    for item in expected_items:
        for position, candidate in enumerate(remaining):
            if values_match(candidate, item, rtol, atol, ordered=False):
                del remaining[position]
                break
        else:
            return False
    return not remaining


def _judge_mapping(answer: Any, expected: Mapping, precision: Precision, ordered: bool) -> None:
    rtol, atol = precision.tolerances
    if not isinstance(answer, Mapping):
        if isinstance(answer, pd.Series):
            answer = answer.to_dict()
        else:
            raise Incorrect(translate("feedback.wrong_type", expected=translate("type.a_dict"), given=describe_type(answer)))
    missing = [key for key in expected if key not in answer]
    extra = [key for key in answer if key not in expected]
    if missing or extra:
        _raise_wrong_labels(missing, extra)
    wrong = [key for key in expected
             if not values_match(answer[key], expected[key], rtol, atol, ordered, precision=precision)]
    if wrong and all(is_number(answer[key]) and is_number(expected[key]) for key in wrong):
        _raise_if_rounded([answer[key] for key in wrong], [expected[key] for key in wrong], precision)
    if wrong:
        raise Incorrect(translate("feedback.values_differ", labels=list_labels(wrong), n=len(wrong), total=len(expected)))


# -- entry points --------------------------------------------------------------------------------------
def judge_value(answer: Any, expected: Any, rtol: float = DEFAULT_RTOL, atol: float = DEFAULT_ATOL,
                ordered: bool = True, column_order: bool = False, precision: Precision | None = None) -> None:
    """Return quietly when ``answer`` matches ``expected``; raise ``Incorrect`` saying what differs.

    Numbers match when ``|answer - expected| <= atol + rtol * |expected|`` (NaN matches only NaN).
    Series match label by label, DataFrames column by column; with ``ordered=False`` the order of rows
    and items does not matter. Text matches ignoring case and extra spaces. A group key may be in the
    index or in a column. Column order matters only with ``column_order=True``.

    Parameters
    ----------
    answer : object
        The student's value.
    expected : object
        The right value: a number, text, bool, Series, DataFrame, list, tuple, set or dict.
    rtol, atol : float
        Relative and absolute tolerance for floats.
    ordered : bool
        Whether the order of Series/DataFrame rows or list items matters.
    column_order : bool
        Whether the order of a DataFrame's columns matters.
    precision : Precision, optional
        How precise numbers must be (see :mod:`smm_course.exercises.precision`); it replaces ``rtol`` and
        ``atol``. Whole numbers under ``Precision.exact()`` must be equal; a rounded answer is diagnosed as such.

    >>> judge_value(pd.Series({"X": 0.2, "YouTube": 0.83}), pd.Series({"YouTube": 0.83, "X": 0.2}), ordered=False)
    >>> judge_value(pd.Series([1, 2]), 3)
    Traceback (most recent call last):
    ...
    smm_course.exercises.core.Incorrect: Expected a single number, but you gave a Series of length 2. Do you need an aggregate such as `.sum()` or `.mean()`, or to pick one value with `.loc[...]`?
    """
    for name, value in (("rtol", rtol), ("atol", atol)):
        if not is_number(value) or value < 0:
            raise ValueError(f"{name}={value!r} must be a number >= 0.")
    precision = Precision.all_digits(rtol, atol) if precision is None else precision
    generic_problems(answer)
    if isinstance(expected, pd.DataFrame):
        _judge_frame(answer, expected, precision, ordered, column_order)
    elif isinstance(expected, pd.Series):
        _judge_series(answer, expected, precision, ordered)
    elif isinstance(expected, (bool, np.bool_)):
        _judge_bool(answer, bool(expected))
    elif is_number(expected):
        _judge_number(answer, expected.item() if isinstance(expected, np.ndarray) else expected, precision)
    elif isinstance(expected, str):
        _judge_text(answer, expected)
    elif isinstance(expected, pd.Timestamp):
        try:
            given = pd.Timestamp(answer)
        except (TypeError, ValueError):
            raise Incorrect(translate("feedback.wrong_type", expected=translate("type.a_date"),
                                      given=describe_type(answer))) from None
        if given != expected:
            raise Incorrect(translate("feedback.date_differs", answer=str(given)))
    elif isinstance(expected, Mapping):
        _judge_mapping(answer, expected, precision, ordered)
    elif isinstance(expected, (list, tuple, set, frozenset, np.ndarray, pd.Index)):
        _judge_collection(answer, list(expected) if isinstance(expected, (np.ndarray, pd.Index)) else expected,
                          precision, ordered)
    elif answer != expected:
        raise Incorrect(translate("feedback.incorrect_generic"))


def values_match(answer: Any, expected: Any, rtol: float = DEFAULT_RTOL, atol: float = DEFAULT_ATOL,
                 ordered: bool = True, column_order: bool = False, precision: Precision | None = None) -> bool:
    """True when :func:`judge_value` accepts ``answer`` for ``expected`` (never raises).

    >>> values_match(0.1 + 0.2, 0.3), values_match("  instagram ", "Instagram"), values_match(30, 0.3)
    (True, True, False)
    """
    try:
        judge_value(answer, expected, rtol, atol, ordered, column_order, precision)
    except Exception:  # any failure, including an answer that breaks, is "no match"
        return False
    return True


def _index_label(label: Any) -> str:
    """How a student would type ``label`` inside ``frame[...]``: ``'share'`` or ``0`` (never ``np.int64(0)``).

    >>> _index_label("share"), _index_label(np.int64(0))
    ("'share'", '0')
    """
    return repr(label.item() if isinstance(label, np.generic) else label)

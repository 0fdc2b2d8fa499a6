"""Predicates for the wrong answers students give most, to declare a question's mistakes as data.

Each function returns a :class:`Matcher`: a predicate ``matcher(answer) -> bool`` with a readable ``repr``, which
:class:`~smm_course.exercises.core.Mistake` uses as it is. Every value may be given as a **lazy value**, a function
of no arguments computed on the first check (like a question's ``expected``), so importing questions never
loads data.

- :func:`near`: the answer is (close to) this value;
- :func:`rounded`: the answer is this value rounded to a few decimals (but not the value itself);
- :func:`scaled`: the answer is this value times a factor (×100 for a percentage, ×1000 for per-mille);
- :func:`off_by_one`: a whole number one more or one less than this value;
- :func:`upside_down`: the answer is the reciprocal of this value (a ratio turned upside down);
- :func:`wrong_index`: a Series with this Series' values in order but other labels;
- :func:`any_of`: any of several matchers.

>>> from smm_course.exercises import Mistake, ValueQuestion
>>> q = ValueQuestion(id="demo.m1", title="Rate", expected=0.25, variable="rate", solution="rate = 1 / 4",
...                   mistakes=[Mistake(upside_down(0.25), "You divided the other way round."),
...                             Mistake(lambda: 0.125, "You halved it.")])
>>> print(q.check(4.0).message)
You divided the other way round.
>>> print(q.check(0.125).message)
You halved it.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pandas as pd

from smm_course.exercises.compare import is_number, values_match
from smm_course.exercises.precision import DEFAULT_RTOL

__all__ = ["Matcher", "any_of", "near", "off_by_one", "rounded", "scaled", "upside_down", "wrong_index"]


class _Lazy:
    """A value given as itself or as a function of no arguments, computed once when first needed."""

    def __init__(self, value: Any) -> None:
        self._source = value
        self._ready = not callable(value) or isinstance(value, type)
        self._value = value if self._ready else None

    def get(self) -> Any:
        if not self._ready:
            self._value = self._source()
            self._ready = True
        return self._value


class Matcher:
    """A predicate on an answer, named for the mistake it spots (see the module's functions).

    >>> near(0.5)(0.5), near(0.5)(0.6)
    (True, False)
    >>> near(0.5)
    near(0.5)
    """

    def __init__(self, name: str, test: Callable[[Any], bool]) -> None:
        self._name, self._test = name, test

    def __call__(self, answer: Any) -> bool:
        return bool(self._test(answer))

    def __repr__(self) -> str:
        return self._name


def _label(value: Any) -> str:
    return "<lazy value>" if callable(value) and not isinstance(value, type) else repr(value)


def near(value: Any, rtol: float = DEFAULT_RTOL, ordered: bool = True) -> Matcher:
    """The answer equals ``value`` within relative tolerance ``rtol`` (numbers, Series, tables, lists, text).

    >>> near(lambda: 1 / 3, rtol=1e-3)(0.3333)
    True
    """
    lazy = _Lazy(value)
    return Matcher(f"near({_label(value)})", lambda answer: values_match(answer, lazy.get(), rtol=rtol,
                                                                           ordered=ordered))


def rounded(value: Any, most_decimals: int = 5) -> Matcher:
    """The answer is ``value`` rounded to 0 to ``most_decimals`` decimals, and not ``value`` itself.

    Works on numbers and element-wise on Series, lists and arrays (all rounded to the same decimals).

    >>> rounded(0.123456)(0.12), rounded(0.123456)(0.123456), rounded(0.123456)(0.13)
    (True, False, False)
    >>> rounded(pd.Series([0.25, 1 / 3]))(pd.Series([0.25, 0.33]))
    True
    """
    lazy = _Lazy(value)

    def test(answer: Any) -> bool:
        right = lazy.get()
        given_values, right_values = _floats(answer), _floats(right)
        if given_values is None or right_values is None or given_values.shape != right_values.shape:
            return False
        if isinstance(right, pd.Series) and (not isinstance(answer, pd.Series) or not answer.index.equals(right.index)):
            return False
        if np.allclose(given_values, right_values, rtol=DEFAULT_RTOL, atol=1e-12, equal_nan=True):
            return False
        return any(np.allclose(given_values, np.round(right_values, digits), rtol=0, atol=1e-9, equal_nan=True)
                   for digits in range(most_decimals + 1))

    return Matcher(f"rounded({_label(value)})", test)


def scaled(value: Any, factor: float, rtol: float = 1e-3) -> Matcher:
    """The answer is ``value * factor`` (a percentage for a fraction is ``factor=100``).

    >>> scaled(0.05, 100)(5.0), scaled(0.05, 100)(0.05)
    (True, False)
    """
    lazy = _Lazy(value)
    return Matcher(f"scaled({_label(value)}, {factor!r})",
                   lambda answer: values_match(answer, lazy.get() * factor, rtol=rtol))


def off_by_one(value: Any) -> Matcher:
    """A whole number one more or one less than the whole number ``value`` (a count or year off by one).

    >>> off_by_one(2029)(2030), off_by_one(2029)(2028.0), off_by_one(2029)(2029), off_by_one(2029)(2029.5)
    (True, True, False, False)
    """
    lazy = _Lazy(value)

    def test(answer: Any) -> bool:
        return is_number(answer) and float(answer).is_integer() and abs(float(answer) - float(lazy.get())) == 1

    return Matcher(f"off_by_one({_label(value)})", test)


def upside_down(value: Any, rtol: float = 1e-3) -> Matcher:
    """The answer is ``1 / value``: a ratio divided the other way round (element-wise for a Series).

    >>> upside_down(0.25)(4), upside_down(pd.Series({"a": 2.0}))(pd.Series({"a": 0.5}))
    (True, True)
    """
    lazy = _Lazy(value)
    return Matcher(f"upside_down({_label(value)})", lambda answer: values_match(answer, 1 / lazy.get(), rtol=rtol))


def wrong_index(value: Any, rtol: float = DEFAULT_RTOL) -> Matcher:
    """A Series with the right values in the right order but other labels (a lost or reset index, say).

    >>> right = pd.Series({"Instagram": 0.5, "TikTok": 0.3})
    >>> wrong_index(right)(pd.Series([0.5, 0.3])), wrong_index(right)(right)
    (True, False)
    """
    lazy = _Lazy(value)

    def test(answer: Any) -> bool:
        right = lazy.get()
        if not isinstance(answer, pd.Series) or not isinstance(right, pd.Series) or len(answer) != len(right):
            return False
        if list(answer.index) == list(right.index):
            return False
        return values_match(answer.set_axis(right.index), right, rtol=rtol)

    return Matcher(f"wrong_index({_label(value)})", test)


def any_of(*matchers: Callable[[Any], bool]) -> Matcher:
    """True when any of the given predicates is.

    >>> any_of(near(1.0), near(2.0))(2.0)
    True
    """
    return Matcher(f"any_of({', '.join(map(repr, matchers))})",
                   lambda answer: any(matcher(answer) for matcher in matchers))


def _floats(value: Any) -> np.ndarray | None:
    if isinstance(value, (str, bytes, dict)) or value is None:
        return None
    try:
        array = np.asarray(value.to_numpy() if isinstance(value, (pd.Series, pd.DataFrame)) else value, dtype=float)
    except (TypeError, ValueError):
        return None
    return array.ravel()

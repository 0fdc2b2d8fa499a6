"""Checks of the numbers a student passes to an explorer's functions, with messages that say what to give."""

from __future__ import annotations

import math
import numbers

import numpy as np

__all__ = ["check_number"]


def check_number(value, name: str, low: float, high: float) -> float:
    """``value`` as a float, or a ``ValueError`` naming ``name`` when it is not a number from ``low`` to ``high``.

    >>> check_number(3, "z", 0.1, 20.0)
    3.0
    >>> check_number("3", "z", 0.1, 20.0)
    Traceback (most recent call last):
    ...
    ValueError: z must be a number from 0.1 to 20; got '3'.
    """
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real) or math.isnan(value):
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}; got {value!r}.")
    if not low <= value <= high:
        raise ValueError(f"{name} must be from {low:g} to {high:g}; got {value!r}.")
    return float(value)

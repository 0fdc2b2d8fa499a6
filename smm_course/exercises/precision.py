"""How precise a numeric answer must be: one policy for numbers, Series, lists and dicts.

A value question states its precision once, and the engine applies it the same way to every kind of answer:

- ``Precision.decimals(3)``: "3 decimals is enough": an answer rounded to 3 decimals (or more) is right;
- ``Precision.exact()``: whole numbers (years, counts, people) must be exactly right. Being one off gets its own
  feedback, and a relative tolerance is never applied (a year 1% off is decades off);
- ``Precision.all_digits()``: the default for other numbers: keep every digit; only floating-point noise is
  forgiven (relative difference up to one in a million).

An answer that is the right value rounded to fewer decimals than the question needs is diagnosed as rounding,
whatever its shape.

>>> p = Precision.decimals(3)
>>> p.note, p.close(0.123, 0.12345), p.close(0.12, 0.12345)
('3 decimals is enough', True, False)
>>> p.rounded_to(0.12, 0.12345)
2
>>> Precision.exact().close(2030, 2029), Precision.exact().note
(False, 'exact')
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from smm_course.i18n import translate

__all__ = ["DEFAULT_ATOL", "DEFAULT_RTOL", "Precision", "decimal_places", "is_whole"]

#: Default tolerances for floats kept to every digit: relative and absolute.
DEFAULT_RTOL = 1e-6
DEFAULT_ATOL = 1e-9
#: Room for floating-point noise when an answer is compared with a rounded value.
_NOISE = 1e-9
#: The most decimals a rounding diagnosis looks for when every digit is wanted.
_MOST_DECIMALS = 6


def is_whole(value: object) -> bool:
    """True for integers (Python or NumPy), the values that :meth:`Precision.exact` judges exactly.

    >>> is_whole(2029), is_whole(np.int64(3)), is_whole(2029.0), is_whole(True)
    (True, True, False, False)
    """
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def decimal_places(digits: int) -> str:
    """"1 decimal", "3 decimals" in the current language.

    >>> decimal_places(1), decimal_places(3)
    ('1 decimal', '3 decimals')
    """
    return translate("precision.places_one") if digits == 1 else translate("precision.places_many", digits=digits)


@dataclass(frozen=True)
class Precision:
    """How close a number must be to count as right.

    Parameters
    ----------
    kind : {"decimals", "exact", "all_digits"}
        The policy (build it with :meth:`decimals`, :meth:`exact` or :meth:`all_digits`).
    digits : int or None
        For ``"decimals"``: how many decimals are enough.
    rtol, atol : float
        For ``"all_digits"``: the relative and absolute tolerance of ``|answer - expected|``.
    """

    kind: str = "all_digits"
    digits: int | None = None
    rtol: float = DEFAULT_RTOL
    atol: float = DEFAULT_ATOL

    def __post_init__(self) -> None:
        if self.kind not in ("decimals", "exact", "all_digits"):
            raise ValueError(f"Precision kind={self.kind!r} must be 'decimals', 'exact' or 'all_digits'.")
        if self.kind == "decimals" and (not is_whole(self.digits) or not 0 <= self.digits <= 12):
            raise ValueError(f"Precision.decimals({self.digits!r}): give a whole number of decimals from 0 to 12.")
        for name in ("rtol", "atol"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name}={value!r} must be a number >= 0.")

    # -- the three policies ---------------------------------------------------------------------------------------
    @classmethod
    def decimals(cls, digits: int) -> "Precision":
        """Right when within half a unit of the last decimal asked for: ``0.123`` for ``0.12345`` at 3."""
        return cls("decimals", digits)

    @classmethod
    def exact(cls) -> "Precision":
        """Whole numbers must be equal; other numbers get only floating-point noise."""
        return cls("exact", rtol=0.0, atol=_NOISE)

    @classmethod
    def all_digits(cls, rtol: float = DEFAULT_RTOL, atol: float = DEFAULT_ATOL) -> "Precision":
        """Keep every digit: right when ``|answer - expected| <= atol + rtol * |expected|``."""
        return cls("all_digits", rtol=rtol, atol=atol)

    @classmethod
    def of(cls, precision: "Precision | int | str | None", rtol: float = DEFAULT_RTOL,
           atol: float = DEFAULT_ATOL) -> "Precision":
        """Read a question's ``precision=``: a Precision, a number of decimals, ``"exact"`` or None (every digit).

        >>> Precision.of(2).note, Precision.of("exact").kind, Precision.of(None).kind
        ('2 decimals is enough', 'exact', 'all_digits')
        """
        if isinstance(precision, Precision):
            return precision
        if precision is None:
            return cls.all_digits(rtol, atol)
        if precision == "exact":
            return cls.exact()
        if is_whole(precision):
            return cls.decimals(int(precision))
        raise ValueError(f"precision={precision!r}: give a number of decimals (such as 3), 'exact' or None.")

    # -- tolerances ---------------------------------------------------------------------------------------------
    @property
    def tolerances(self) -> tuple[float, float]:
        """``(rtol, atol)`` for ``numpy.isclose``-style comparisons of floats."""
        if self.kind == "decimals":
            return 0.0, 0.5 * 10.0 ** -self.digits + _NOISE
        return self.rtol, self.atol

    def close(self, answer: float, expected: float) -> bool:
        """True when the number ``answer`` is right for ``expected`` under this policy (NaN matches only NaN)."""
        answer, expected = float(answer), float(expected)
        if math.isnan(expected) or math.isnan(answer):
            return math.isnan(expected) and math.isnan(answer)
        rtol, atol = self.tolerances
        return abs(answer - expected) <= atol + rtol * abs(expected)

    # -- words ------------------------------------------------------------------------------------------------------
    @property
    def note(self) -> str:
        """What a starter comment says about precision: "3 decimals is enough", "exact" or "keep every digit"."""
        if self.kind == "decimals":
            if self.digits in (0, 1):
                return translate("precision.decimals_zero" if self.digits == 0 else "precision.decimals_one")
            return translate("precision.decimals", places=decimal_places(self.digits))
        return translate(f"precision.{self.kind}")

    @property
    def policy(self) -> str:
        """One sentence of feedback that says how precise the answer must be."""
        if self.kind == "decimals":
            if self.digits == 0:
                return translate("precision.policy_decimals_zero")
            return translate("precision.policy_decimals", places=decimal_places(self.digits))
        return translate(f"precision.policy_{self.kind}")

    # -- diagnosis --------------------------------------------------------------------------------------------------
    def rounded_to(self, answer: object, expected: object) -> int | None:
        """The decimals ``answer`` keeps when it is ``expected`` rounded too far, else None.

        Works element-wise on arrays (every wrong element must be the rounded right one, to the same decimals).

        >>> Precision.all_digits().rounded_to([0.33, 0.5], [1 / 3, 0.5])
        2
        >>> Precision.all_digits().rounded_to(0.4, 1 / 3) is None
        True
        """
        try:
            given = np.asarray(answer, dtype=float).ravel()
            right = np.asarray(expected, dtype=float).ravel()
        except (TypeError, ValueError):
            return None
        if given.shape != right.shape or given.size == 0:
            return None
        finite = np.isfinite(given) & np.isfinite(right)
        rtol, atol = self.tolerances
        wrong = finite & ~np.isclose(given, right, rtol=rtol, atol=atol)
        if not wrong.any() or (~finite & (np.isnan(given) != np.isnan(right))).any():
            return None
        most = self.digits if self.kind == "decimals" else _MOST_DECIMALS
        for digits in range(0, most):
            if np.allclose(given[wrong], np.round(right[wrong], digits), rtol=0, atol=_NOISE):
                return digits
        return None

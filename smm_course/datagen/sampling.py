"""Random draws that several dataset generators share."""

from __future__ import annotations

import numpy as np

__all__ = ["pick"]


def pick(rng: np.random.Generator, options, probabilities, size: int) -> np.ndarray:
    """Draw ``size`` items from ``options`` with the given (renormalised) probabilities.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> pick(rng, ["organic", "paid"], [0, 3], 3).tolist()
    ['paid', 'paid', 'paid']
    """
    p = np.asarray(probabilities, dtype=float)
    return np.asarray(options, dtype=object)[rng.choice(len(options), size=size, p=p / p.sum())]

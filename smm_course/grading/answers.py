"""Answers as plain data: what crosses from a student's kernel to the grader.

The grader never trusts an object from a student's kernel: it only reads JSON made of numbers, strings, lists and
tagged tables, and rebuilds pandas objects from that in its own process. :func:`encode` runs inside the kernel
(the grader sends its source with the capture code); :func:`decode` runs in the grader.

A value that has no plain form (a figure, a function, a class) becomes ``{"unsupported": type, "repr": ...}``
and is judged as that text, so the student gets "this is not a number" feedback rather than a crash.

>>> import pandas as pd
>>> decode(encode(pd.Series([1.5, 2.0], index=["a", "b"], name="rate"))).to_dict()
{'a': 1.5, 'b': 2.0}
>>> decode(encode({"x": (1, float("nan"))}))
{'x': (1, nan)}
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["decode", "encode", "to_json", "from_json"]

# Large enough for any course answer (the biggest is a table of a few hundred cells), small enough that a
# student's 10-million-row frame cannot flood the grader.
MAX_ITEMS = 20_000


def encode(value: Any, depth: int = 0) -> Any:
    """``value`` as JSON-ready data, tagged where JSON alone would lose its type."""
    if depth > 20:
        return {"unsupported": "nesting", "repr": "nested too deeply"}
    if value is None or isinstance(value, (bool, str)):
        return value
    if value is Ellipsis:
        return {"ellipsis": True}
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"float": repr(value)}
    module = type(value).__module__.split(".")[0]
    if module == "numpy":
        import numpy as np

        if isinstance(value, np.ndarray):
            return {"list": [encode(item, depth + 1) for item in value.ravel().tolist()[:MAX_ITEMS]]}
        if isinstance(value, np.generic):
            return encode(value.item(), depth + 1)
    if module == "pandas":
        import pandas as pd

        if isinstance(value, pd.Series):
            return {"series": {"name": encode(value.name, depth + 1), "dtype": str(value.dtype),
                               "index": [encode(i, depth + 1) for i in list(value.index)[:MAX_ITEMS]],
                               "values": [encode(v, depth + 1) for v in list(value)[:MAX_ITEMS]]}}
        if isinstance(value, pd.DataFrame):
            rows = value.head(MAX_ITEMS // max(1, value.shape[1]))
            return {"frame": {"columns": [encode(c, depth + 1) for c in value.columns],
                              "dtypes": [str(t) for t in value.dtypes],
                              "index": [encode(i, depth + 1) for i in rows.index],
                              "data": [[encode(v, depth + 1) for v in row] for row in rows.itertuples(index=False)]}}
        if isinstance(value, pd.Timestamp):
            return {"timestamp": value.isoformat()}
        if value is pd.NA or value is pd.NaT:
            return {"float": "nan"}
    if isinstance(value, (list, tuple)):
        items = [encode(item, depth + 1) for item in list(value)[:MAX_ITEMS]]
        return {"list": items} if isinstance(value, list) else {"tuple": items}
    if isinstance(value, (set, frozenset)):
        return {"set": [encode(item, depth + 1) for item in sorted(value, key=repr)[:MAX_ITEMS]]}
    if isinstance(value, dict):
        return {"dict": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in list(value.items())[:MAX_ITEMS]]}
    return {"unsupported": type(value).__name__, "repr": repr(value)[:300]}


def decode(data: Any) -> Any:
    """The value :func:`encode` described, rebuilt from plain data in the grader's process."""
    if not isinstance(data, dict):
        return data
    if "float" in data:
        return float(data["float"])
    if "ellipsis" in data:
        return Ellipsis
    if "list" in data:
        return [decode(item) for item in data["list"]]
    if "tuple" in data:
        return tuple(decode(item) for item in data["tuple"])
    if "set" in data:
        return {decode(item) for item in data["set"]}
    if "dict" in data:
        return {_key(decode(k)): decode(v) for k, v in data["dict"]}
    if "timestamp" in data:
        import pandas as pd

        return pd.Timestamp(data["timestamp"])
    if "series" in data:
        import pandas as pd

        spec = data["series"]
        series = pd.Series([decode(v) for v in spec["values"]], index=[_key(decode(i)) for i in spec["index"]],
                           name=decode(spec["name"]))
        return _typed(series, spec.get("dtype"))
    if "frame" in data:
        import pandas as pd

        spec = data["frame"]
        frame = pd.DataFrame([[decode(v) for v in row] for row in spec["data"]],
                             index=[_key(decode(i)) for i in spec["index"]],
                             columns=[_key(decode(c)) for c in spec["columns"]])
        for column, dtype in zip(frame.columns, spec.get("dtypes", [])):
            frame[column] = _typed(frame[column], dtype)
        return frame
    if "unsupported" in data:
        return _Unsupported(data["unsupported"], data.get("repr", ""))
    return data


def to_json(value: Any) -> str:
    return json.dumps(encode(value), allow_nan=False)


def from_json(text: str) -> Any:
    return decode(json.loads(text))


class _Unsupported:
    """Stands for a kernel object with no plain form; judged by its type name, shown by its repr."""

    def __init__(self, type_name: str, text: str) -> None:
        self.type_name, self.text = type_name, text

    def __repr__(self) -> str:
        return self.text or f"<{self.type_name}>"


def _key(value: Any) -> Any:
    # Lists are unhashable; a tuple index (a MultiIndex row) comes back as a tuple.
    return tuple(value) if isinstance(value, list) else value


def _typed(series, dtype: str | None):
    """Give a rebuilt column back its numeric or boolean dtype; categories and text stay as they are."""
    if not dtype:
        return series
    try:
        if dtype.startswith(("int", "uint", "float", "bool", "Int", "Float", "boolean")):
            return series.astype(dtype)
    except (TypeError, ValueError):
        pass
    return series

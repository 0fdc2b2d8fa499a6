"""The guides' examples run as written: every ```python block of docs/authoring.md, in order, in one namespace."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


@pytest.fixture(autouse=True)
def private_home(course_home):
    return course_home


def test_authoring_guide_examples_run_as_written():
    text = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
    blocks = BLOCK.findall(text)
    assert blocks, "docs/authoring.md has no ```python example"
    namespace: dict = {"__name__": "authoring_example"}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for block in blocks:
            exec(compile(block, "docs/authoring.md", "exec"), namespace)
    # The example question really judges: placeholder, a 3-decimal answer, and the upside-down mistake.
    assert printed.getvalue().split()[:2] == ["not_attempted", "correct"]
    assert "turn the fraction over" in printed.getvalue()

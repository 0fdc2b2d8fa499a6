"""What the exercise engine tells the rest of the course, and who listens.

The engine publishes an event when a student checks an answer or opens a hint or a solution; the progress store
subscribes and records it, and the progress board subscribes to the store's own "saved" events. Publishers never
import their listeners, so the engine does not depend on the store (and there is no import cycle). This module
imports nothing of the package.

>>> heard = []
>>> engine.add(heard.append)
>>> engine.publish(HelpShown("demo.q1", hint=1))
>>> heard
[HelpShown(question_id='demo.q1', hint=1, solution=False)]
>>> engine.remove(heard.append)
"""

from __future__ import annotations

import inspect
import weakref
from dataclasses import dataclass
from typing import Any, Callable

__all__ = ["Checked", "HelpShown", "Listeners", "Saved", "engine"]


@dataclass(frozen=True)
class Checked:
    """An answer was checked; ``result`` is the :class:`~smm_course.exercises.core.CheckResult` and ``answer``
    what was checked (None when there was nothing to read, e.g. an undefined variable). The grader's capture
    listens for it to read widget answers out of a re-run notebook."""

    result: Any
    answer: Any = None

    @property
    def question_id(self) -> str:
        return self.result.question_id


@dataclass(frozen=True)
class HelpShown:
    """Hint number ``hint`` or the solution of a question was shown."""

    question_id: str
    hint: int | None = None
    solution: bool = False


@dataclass(frozen=True)
class Saved:
    """The progress store saved a change to one question."""

    question_id: str


class Listeners:
    """A list of callbacks that each get every published event.

    Bound methods are held weakly, so a closed widget does not live on because it listens. A listener that
    raises never breaks the publisher: a broken display must not break a student's check.
    """

    def __init__(self) -> None:
        self._entries: list[weakref.WeakMethod | Callable[[Any], None]] = []

    def add(self, callback: Callable[[Any], None]) -> None:
        """Call ``callback(event)`` for every event published from now on."""
        self._entries.append(weakref.WeakMethod(callback) if inspect.ismethod(callback) else callback)

    def remove(self, callback: Callable[[Any], None]) -> None:
        """Stop calling ``callback`` (no error if it was not listening)."""
        for entry in list(self._entries):
            target = entry() if isinstance(entry, weakref.WeakMethod) else entry
            if target is None or target == callback:
                self._entries.remove(entry)

    def publish(self, event: Any) -> None:
        """Give ``event`` to every listener, in the order they were added."""
        for entry in list(self._entries):
            target = entry() if isinstance(entry, weakref.WeakMethod) else entry
            if target is None:
                self._entries.remove(entry)
                continue
            try:
                target(event)
            except Exception:  # noqa: BLE001 - see the class docstring
                pass


#: The exercise engine's events: :class:`Checked` and :class:`HelpShown`.
engine = Listeners()

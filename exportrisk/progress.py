"""A small progress-and-cancel handle for long work; the GUI wraps it, tests and the CLI use it bare."""

from __future__ import annotations

from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside long work when the user cancelled it."""


class Progress:
    """Call `update(fraction)` from the work; `cancel()` from anywhere makes the next update raise."""

    def __init__(self, callback: Callable[[float], None] | None = None):
        self._callback = callback
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def update(self, fraction: float) -> None:
        if self._cancelled:
            raise Cancelled()
        if self._callback is not None:
            self._callback(min(max(fraction, 0.0), 1.0))

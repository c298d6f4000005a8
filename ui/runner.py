"""One background runner: plain functions run on QThreadPool, reporting progress/done/failed as signals."""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from exportrisk.progress import Cancelled, Progress


class TaskSignals(QObject):
    """Signals of one task; they arrive in the GUI thread (queued connections)."""

    progress = Signal(int, float)        # task id, fraction done
    done = Signal(int, object)           # task id, result
    failed = Signal(int, object, str)    # task id, exception, formatted traceback
    cancelled = Signal(int)


class _Task(QRunnable):
    def __init__(self, task_id: int, work: Callable[[Progress], Any], signals: TaskSignals, progress: Progress):
        super().__init__()
        self.task_id, self.work, self.signals, self.handle = task_id, work, signals, progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.handle)
        except Cancelled:
            self._emit(self.signals.cancelled, self.task_id)
        except BaseException as exc:  # reported to the GUI, never lost in a worker thread
            self._emit(self.signals.failed, self.task_id, exc, traceback.format_exc())
        else:
            if self.handle.cancelled:
                self._emit(self.signals.cancelled, self.task_id)
            else:
                self._emit(self.signals.done, self.task_id, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the view that started the task was closed meanwhile: nobody is left to tell
            pass


class Runner(QObject):
    """Starts work off the GUI thread. `work(progress)` must check nothing Qt; it calls progress.update()."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.signals = TaskSignals(self)
        self._ids = itertools.count(1)
        self._handles: dict[int, Progress] = {}
        self.signals.done.connect(self._forget)
        self.signals.failed.connect(lambda task_id, *_: self._forget(task_id))
        self.signals.cancelled.connect(self._forget)

    def start(self, work: Callable[[Progress], Any]) -> int:
        """Run `work` in the pool; returns the task id the signals carry."""
        task_id = next(self._ids)
        handle = Progress(lambda fraction, t=task_id: self.signals.progress.emit(t, fraction))
        self._handles[task_id] = handle
        self.pool.start(_Task(task_id, work, self.signals, handle))
        return task_id

    def cancel(self, task_id: int | None) -> None:
        """Ask a task to stop at its next progress update; its result, if any, is dropped."""
        handle = self._handles.get(task_id) if task_id is not None else None
        if handle is not None:
            handle.cancel()

    def running(self, task_id: int | None) -> bool:
        return task_id is not None and task_id in self._handles

    def _forget(self, task_id: int, *_: Any) -> None:
        self._handles.pop(task_id, None)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task finished (tests and shutdown only)."""
        return self.pool.waitForDone(msecs)

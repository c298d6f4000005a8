"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import os
import tempfile
import threading
import time
from pathlib import Path

from exportrisk.errors import InputError

#: A temporary file of ours older than this was left by a killed process (a live write takes milliseconds).
STALE_TEMP_SECONDS = 600.0
_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process umask (read from /proc where it exists, else set and restored under a lock)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def remove_stale_temps(path: Path, older_than: float = STALE_TEMP_SECONDS) -> None:
    """Delete `.name.*.tmp` files beside `path` that a killed write left behind."""
    limit = time.time() - older_than
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            if leftover.is_file() and leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            pass


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder and needs no such step."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder, fsync, os.replace, fsync the folder.

    The new file gets the mode of the file it replaces, or 0666 less the umask (mkstemp's 0600 is dropped).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~current_umask()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.chmod(tmp_name, mode)
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 `text` to `path` atomically (see atomic_write_bytes)."""
    atomic_write_bytes(path, text.encode("utf-8"))


def write_output(path: Path, data: bytes | str, what: str = "the output") -> None:
    """The one place where a file the user asked for is written: atomically, and an OSError (read-only
    folder, a file where a folder belongs, a full disk) becomes one InputError line naming the path."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        atomic_write_bytes(Path(path), payload)
    except OSError as exc:
        raise InputError(code="cannot_write", field="", path=str(path), reason=exc.strerror or str(exc)) from None

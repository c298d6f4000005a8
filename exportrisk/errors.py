"""Exceptions the user can act on: each message says what to change."""


class ExportRiskError(Exception):
    """Base class for errors shown to the user as one line (CLI exit code 2)."""


class InputError(ExportRiskError):
    """A value the user gave is invalid; the message names it and how to fix it."""


class DataCoverageError(InputError):
    """The data does not cover the asked currency or date; the message names the covered range."""


class DataFileError(ExportRiskError):
    """A data file is missing or corrupt; the message names the file. The file is left untouched."""


class FetchError(ExportRiskError):
    """A network fetch failed, timed out or returned nothing usable; stored data is unchanged."""

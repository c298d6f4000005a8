"""Argument types shared by the subcommands: each rejects bad input with a message saying what to give."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from datetime import date


def number(kind: str, low: float | None = None, high: float | None = None,
           strict_low: bool = False) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number; {kind}") from None
        too_low = low is not None and (value <= low if strict_low else value < low)
        if not math.isfinite(value) or too_low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"'{text}' is out of range; {kind}")
        return value

    return parse


def whole_days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days") from None
    if not 1 <= value <= 3650:
        raise argparse.ArgumentTypeError(f"'{text}' must be between 1 and 3650 days")
    return value


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write YYYY-MM-DD") from None


def currency(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise argparse.ArgumentTypeError(f"'{text}' is not a 3-letter currency code such as EUR")
    return code


def positive(kind: str) -> Callable[[str], float]:
    """A finite number above zero."""
    return number(kind, 0, strict_low=True)


def rate(text: str) -> float:
    """An interest rate as a decimal a year, -5 % to 200 %."""
    return number("give a decimal rate a year such as 0.0375", -0.05, 2)(text)


def whole_number(kind: str, low: int, high: int) -> Callable[[str], int]:
    """A whole number between `low` and `high`."""

    def parse(text: str) -> int:
        try:
            value = int(text.replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number; {kind}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"'{text}' must be between {low:,} and {high:,}; {kind}")
        return value

    return parse


def seed(text: str) -> int:
    """A random seed: a whole number from 0 to 2^63 - 1."""
    return whole_number("give a whole number", 0, 2**63 - 1)(text)


def add_method_argument(parser: argparse.ArgumentParser) -> None:
    """--method exact|mc: tail figures integrated exactly (default) or simulated (--sims paths, --seed)."""
    parser.add_argument("--method", choices=["exact", "mc"], default="exact",
                        help="tail figures computed exactly (default) or by Monte Carlo simulation (mc)")


def add_online_arguments(parser: argparse.ArgumentParser) -> None:
    """--offline and --deadline, shared by the commands that may update rates."""
    parser.add_argument("--offline", action="store_true", help="use stored and bundled data only")
    parser.add_argument("--deadline", type=number("give seconds, e.g. 8", 0.1, 120), default=8.0,
                        help="hard limit in seconds for the online rate update")

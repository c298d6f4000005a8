"""The S&P-style rating scale: parse a rating such as `BB-` and order ratings from best to worst."""

from __future__ import annotations

from exportrisk.errors import InputError

#: Notches from best to worst. CCC+ and below share the CCC/C row of default tables.
SCALE = ("AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-",
         "B+", "B", "B-", "CCC+", "CCC", "CCC-", "CC", "C")
#: The letter grades that default tables tabulate, and the notch each stands for.
GRADE_NOTCH = {"AAA": 0, "AA": 2, "A": 5, "BBB": 8, "BB": 11, "B": 14, "CCC/C": 16}
SPECULATIVE_FROM = SCALE.index("BB+")


def parse_rating(text: str, field: str = "buyer.rating") -> str:
    """Normalise a rating (`bb-`, ` BBB+ `, `CCC/C`) or raise naming the valid scale (and `field`)."""
    rating = str(text).strip().upper().replace(" ", "")
    if rating == "CCC/C":
        rating = "CCC"
    if rating not in SCALE:
        raise InputError(code="rating_unknown", field=field, value=text, choices=", ".join(SCALE))
    return rating


def notch(rating: str) -> int:
    """0 for AAA up to 20 for C: larger is worse."""
    return SCALE.index(parse_rating(rating))


def is_speculative(rating: str) -> bool:
    """BB+ or worse (below investment grade)."""
    return notch(rating) >= SPECULATIVE_FROM

"""OECD country risk categories and the S&P-style buyer categories, declared once (their words: options.json)."""

from __future__ import annotations

#: OECD Country Risk Classification categories, best to worst (OECD, Arrangement on Officially Supported Export
#: Credits, Art. 25): 0 for high-income OECD and euro-area countries, 1 to 7 for the others.
OECD_CATEGORIES = ("0", "1", "2", "3", "4", "5", "6", "7")
#: High-income countries outside the classification, priced as category 0 (labelled "HI").
HIGH_INCOME = "HI"
#: A country the OECD does not classify (small economies); priced as a cautious default category.
NOT_CLASSIFIED = "NC"
#: Every category a deal or a table may give a country, in the deal file's order.
COUNTRY_CATEGORIES = (*OECD_CATEGORIES, HIGH_INCOME)
#: The same categories from best to worst risk (HI between 0 and 1): the order of the bank and factoring tables.
RISK_ORDER = ("0", HIGH_INCOME, *OECD_CATEGORIES[1:])
#: The categories that carry a minimum premium rate (1 to 7; 0 and HI are market-priced).
PRICED_CATEGORIES = OECD_CATEGORIES[1:]
#: Every category a reader may be shown, with its catalogue row category_<code>.
ALL_CATEGORIES = (*COUNTRY_CATEGORIES, NOT_CLASSIFIED)

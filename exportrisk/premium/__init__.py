"""State export-credit cover premium ("Ossola-style"): OECD minimum premium rate, short-term tariffs."""

from exportrisk.premium.rules import PremiumQuote, PremiumRequest, Rule, horizon_of_risk, premium

__all__ = ["PremiumQuote", "PremiumRequest", "Rule", "horizon_of_risk", "premium"]

"""Indemnity of a credit insurance policy, shared by private and state cover."""

from __future__ import annotations

import math

import numpy as np

from exportrisk.cover.base import PathOutcome, RiskProfile, black_call
from exportrisk.engine.context import PricingContext


def waiting_discount(ctx: PricingContext, waiting_months: float) -> float:
    """Claims are paid after the waiting period: discount exp(-r_home x months / 12)."""
    return math.exp(-ctx.rate_home * waiting_months / 12.0)


def indemnity(amount: float, profile: RiskProfile, outcome: PathOutcome, cover_share: float,
              deductible: float, discount: float, covers_political: bool) -> np.ndarray:
    """Per path: discount x cover x max(loss - deductible, 0), loss = A x rate x LGD for the event's cause
    (quant_notes: insurance indemnity = min(cover x max(loss - deductible, 0), limit); no limit here)."""
    loss = amount * outcome.rate * profile.lgd_commercial * outcome.commercial
    if covers_political:
        loss = loss + amount * outcome.rate * profile.lgd_political * outcome.political
    return discount * cover_share * np.maximum(loss - deductible, 0.0)


def expected_indemnity(ctx: PricingContext, amount: float, profile: RiskProfile, cover_share: float,
                       deductible: float, discount: float, covers_political: bool) -> float:
    """Closed form of E[indemnity]: for each cause with probability q and loss c S_T (c = A x LGD),
    q x E[max(c S_T - d, 0)], a Black call on the lognormal, driftless rate (S_T fixed when not exposed)."""
    std = ctx.term_std if profile.fx_exposed else 0.0
    causes = [(profile.p_commercial, profile.lgd_commercial)]
    if covers_political:
        causes.append((profile.p_political_only, profile.lgd_political))
    total = sum(q * black_call(amount * lgd * ctx.spot, deductible, std) for q, lgd in causes if lgd > 0)
    return discount * cover_share * total

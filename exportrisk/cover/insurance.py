"""Indemnity of a credit insurance policy, shared by private and state cover."""

from __future__ import annotations

import math

import numpy as np
from scipy.special import ndtr, ndtri

from exportrisk.cover.base import PathOutcome, RiskProfile, black_call
from exportrisk.cover.piecewise import Piecewise, StatePayoffs
from exportrisk.engine.context import PricingContext

QUAD_BOUND = 40.0


def waiting_discount(ctx: PricingContext, waiting_months: float) -> float:
    """Claims are paid after the waiting period: discount exp(-r_home x months / 12)."""
    return math.exp(-ctx.rate_home * waiting_months / 12.0)


def indemnity(amount: float, profile: RiskProfile, outcome: PathOutcome, cover_share: float,
              deductible: float, discount: float, covers_political: bool) -> np.ndarray:
    """Per path: discount x cover x max(loss - deductible, 0), loss = A x rate x LGD for the event's cause
    (the indemnity of a credit insurance policy, min(cover x max(loss - deductible, 0), limit); no limit here)."""
    loss = amount * outcome.rate * profile.lgd_commercial * outcome.commercial
    if covers_political:
        loss = loss + amount * outcome.rate * profile.lgd_political * outcome.political
    return discount * cover_share * np.maximum(loss - deductible, 0.0)


def exact_indemnity(ctx: PricingContext, amount: float, profile: RiskProfile, cover_share: float,
                    deductible: float, discount: float, covers_political: bool) -> StatePayoffs:
    """`indemnity` per state in x = S_T / m: discount x cover x max(A LGD_cause rate(x) - d, 0), rate(x) = m x
    when the payment is exposed, S_0 otherwise; a state the policy does not cover pays max(-d, 0)."""
    def claim(lgd: float) -> Piecewise:
        if profile.fx_exposed:
            return Piecewise.ramp(-deductible, amount * lgd * ctx.expected_rate).scaled(discount * cover_share)
        return Piecewise.ramp(amount * lgd * ctx.spot - deductible, 0.0).scaled(discount * cover_share)

    nothing = claim(0.0)
    return StatePayoffs(nothing, claim(profile.lgd_commercial),
                        claim(profile.lgd_political) if covers_political else nothing)


def expected_indemnity(ctx: PricingContext, amount: float, profile: RiskProfile, cover_share: float,
                       deductible: float, discount: float, covers_political: bool) -> float:
    """Closed form of E[indemnity] = discount x cover x sum over causes of E[max(c S_T - d, 0) 1{cause}],
    c = A x LGD, S_T lognormal with mean m (the outlook's expected rate; S_0 and fixed when not exposed).

    Independent causes: q x Black call(c m, d, s). A commercial default correlated with the rate (rho):
    `call_on_default`; the political event (independent, only without a commercial default) gets
    p_p x (Black call - E[call on default])."""
    exposed = profile.fx_exposed
    std = ctx.term_std if exposed else 0.0
    mean = ctx.expected_rate if exposed else ctx.spot
    rho = profile.correlation if exposed else 0.0
    total = 0.0
    if profile.lgd_commercial > 0:
        total += call_on_default(amount * profile.lgd_commercial, deductible, mean, std, profile.p_commercial, rho)
    if covers_political and profile.lgd_political > 0:
        c = amount * profile.lgd_political
        total += profile.p_political * (black_call(c * mean, deductible, std)
                                        - call_on_default(c, deductible, mean, std, profile.p_commercial, rho))
    return discount * cover_share * total


def call_on_default(c: float, d: float, mean: float, std: float, p: float, rho: float) -> float:
    """E[max(c S_T - d, 0) 1{default}], S_T = mean exp(s Z - s^2/2), default when rho Z + sqrt(1-rho^2) e <
    k = N^-1(p) (one-factor Gaussian copula).

    rho = 0: p x Black call(c mean, d, s). d <= 0: c mean N(k - rho s) - d p (measure change by the
    lognormal shifts Z by s). Otherwise by quadrature over Z: int phi(z) (c S(z) - d)^+ N((k - rho z) /
    sqrt(1 - rho^2)) dz above the strike point, within +-40 (scipy.integrate.quad, absolute error below 1e-10)."""
    if p <= 0.0:
        return 0.0
    if p >= 1.0 or rho == 0.0 or std <= 0.0:
        return p * black_call(c * mean, d, std)
    k = float(ndtri(p))
    if d <= 0.0:
        return c * mean * float(ndtr(k - rho * std)) - d * p
    z_star = (math.log(d / (c * mean)) + 0.5 * std * std) / std
    scale = math.sqrt(1.0 - rho * rho)

    def integrand(z: float) -> float:
        value = c * mean * math.exp(std * z - 0.5 * std * std) - d
        return math.exp(-0.5 * z * z) / math.sqrt(2 * math.pi) * value * float(ndtr((k - rho * z) / scale))

    # the normal density is below 1e-300 beyond |z| = 37: integrate over what is left of [z*, oo) inside +-40
    low = max(z_star, -QUAD_BOUND)
    if low >= QUAD_BOUND:
        return 0.0
    from scipy.integrate import quad  # only the correlated case needs it (a heavy import)

    result, _ = quad(integrand, low, QUAD_BOUND, epsabs=1e-12, epsrel=1e-12, limit=200)
    return float(result)

"""The risk a deal leaves with the exporter: the shared type of the cover components and the pricing context."""

from __future__ import annotations

from dataclasses import dataclass, replace

from scipy.special import ndtr, ndtri


@dataclass(frozen=True)
class RiskProfile:
    """The credit and country risk the exporter bears, and whether the payment is exposed to FX.

    A commercial default (probability p_commercial) loses lgd_commercial of the invoice; failing that, a
    political/transfer event (p_political) loses lgd_political ("commercial cause first").
    """

    p_commercial: float
    lgd_commercial: float
    p_political: float
    lgd_political: float
    fx_exposed: bool
    obligor: str
    correlation: float = 0.0  # of the commercial default with the invoice currency's value (wrong-way if > 0)

    def __hash__(self) -> int:
        """The hash of the fields' tuple, as the generated one, computed once: a profile keys every component
        result of a pricing context (PricingContext.component_result)."""
        found = self.__dict__.get("_hash")
        if found is None:
            found = hash((self.p_commercial, self.lgd_commercial, self.p_political, self.lgd_political,
                          self.fx_exposed, self.obligor, self.correlation))
            object.__setattr__(self, "_hash", found)
        return found

    @property
    def p_political_only(self) -> float:
        return (1.0 - self.p_commercial) * self.p_political

    @property
    def event_probability(self) -> float:
        """P(commercial or political event) = p_c + (1 - p_c) p_p."""
        return self.p_commercial + self.p_political_only

    @property
    def expected_loss_fraction(self) -> float:
        """E[share of the invoice lost] = LGD_c p_c + LGD_p (1 - p_c) p_p."""
        return self.lgd_commercial * self.p_commercial + self.lgd_political * self.p_political_only

    def without(self, **changes: float | bool | str) -> RiskProfile:
        return replace(self, **changes)

    def rate_weighted_events(self, std: float) -> tuple[float, float]:
        """(E[S_T 1{commercial}], E[S_T 1{political only}]) / E[S_T]: event probabilities weighted by the rate.

        S_T = m exp(s Z - s^2/2); the obligor defaults when rho Z + sqrt(1 - rho^2) e < k, k = N^-1(p_c).
        Changing the measure by exp(s Z - s^2/2) shifts Z by s, so E[S_T 1{default}] = m N(k - rho s); with
        rho = 0 it is m p_c. The political event is independent of both: p_p (1 - N(k - rho s)).
        """
        rho = self.correlation if self.fx_exposed else 0.0
        commercial = self.p_commercial
        if rho != 0.0 and 0.0 < commercial < 1.0 and std > 0.0:
            commercial = float(ndtr(ndtri(commercial) - rho * std))
        return commercial, (1.0 - commercial) * self.p_political

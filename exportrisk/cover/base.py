"""The cover interface: a component adjusts the risk profile, has a cost and pays out per path."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.special import ndtr

from exportrisk.cover.piecewise import NOTHING, StatePayoffs
from exportrisk.messages import english_label
from exportrisk.risk_profile import RiskProfile  # noqa: F401 (re-exported: components import it from here)

if TYPE_CHECKING:
    from exportrisk.engine.context import PricingContext


@dataclass(frozen=True)
class PathOutcome:
    """One chunk of simulated paths: the home rate at payment and which events happened."""

    fx_ratio: np.ndarray     # S_T / m, m the outlook's expected rate (ctx.expected_rate)
    rate: np.ndarray         # home units per foreign unit at payment (S_0 when the payment is not exposed)
    commercial: np.ndarray   # bool: the obligor defaulted
    political: np.ndarray    # bool: a political/transfer event and no commercial default


@dataclass(frozen=True)
class Pricing:
    """Deterministic cost items (home currency, positive = paid) or the reason it is unavailable."""

    items: tuple[tuple[str, float], ...] = ()
    available: bool = True
    reason: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def cost(self) -> float:
        return float(sum(amount for _, amount in self.items))


def unavailable(reason: str) -> Pricing:
    return Pricing((), False, reason)


class Component:
    """Base class: no change to the risk, no cost, no payout. Subclasses override what they need.

    `scopes` are what sanctions can reach in it (state_cover, private_insurance, bank; trade reaches all);
    `replaces_instrument` says it takes the place of the deal's own payment instrument (and its fees).
    Its words are catalogue rows keyed by `id` (resources/i18n/<lang>/options.json: option_, covers_, leaves_).
    """

    id = "component"
    scopes: tuple[str, ...] = ()
    replaces_instrument = False

    @property
    def name(self) -> str:
        """The English name (catalogue row option_<id>)."""
        return english_label(f"option_{self.id}")

    @property
    def covers(self) -> str:
        """What it covers, in English (catalogue row covers_<id>)."""
        return english_label(f"covers_{self.id}")

    @property
    def leaves(self) -> str:
        """What it leaves, in English (catalogue row leaves_<id>)."""
        return english_label(f"leaves_{self.id}")

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        """The risk profile once this component is in place."""
        return profile

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        """Deterministic cost for an invoice of `amount`, given the profile after all adjustments."""
        return Pricing()

    def payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile,
               outcome: PathOutcome) -> np.ndarray | float:
        """Home-currency amount this component pays the exporter on each path."""
        return 0.0

    def expected_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> float:
        """Closed-form expectation of `payoff` (E[S_T] = ctx.expected_rate, the outlook's mean)."""
        return 0.0

    def exact_payoff(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> StatePayoffs | None:
        """`payoff` per event state as a piecewise-linear function of x = S_T / m (the simulated fx_ratio), for
        the exact engine; None when the component cannot state it, and the quote then simulates the option.

        The base class pays nothing; a subclass that overrides `payoff` but not this method returns None."""
        if type(self).payoff is not Component.payoff:
            return None
        return NOTHING


class CoverOption:
    """A way to cover a deal: one or more components used together, named by the catalogue row option_<id>.

    CoverOption(id, components) for a registered option; CoverOption(id, name, components) gives an ad-hoc
    option outside the catalogue (a pool's lines, a test) its own English name.
    """

    __slots__ = ("id", "components", "_name")

    def __init__(self, option_id: str, *parts: Any) -> None:
        if len(parts) == 2:
            name, components = parts
        elif len(parts) == 1:
            name, components = None, parts[0]
        else:
            raise TypeError("CoverOption(id, components) or CoverOption(id, name, components)")
        self.id: str = option_id
        self.components: tuple[Component, ...] = tuple(components)
        self._name: str | None = name

    def __repr__(self) -> str:
        return f"CoverOption({self.id!r}, {self.components!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CoverOption) and (self.id, self.components) == (other.id, other.components)

    def __hash__(self) -> int:
        return hash(self.id)

    @property
    def name(self) -> str:
        """The English name: the catalogue row option_<id>, or the name an ad-hoc option was given."""
        return self.label("en")

    def label(self, lang: str = "en") -> str:
        """The option's name in `lang` (catalogue row option_<id>; an ad-hoc option keeps its given name)."""
        from exportrisk.report.i18n import catalog

        words = catalog(lang)
        return words.get(f"option_{self.id}") or self._name or english_label(f"option_{self.id}")

    def profile(self, ctx: PricingContext) -> RiskProfile:
        profile = ctx.base_profile
        for component in self.components:
            profile = component.adjust(ctx, profile)
        return profile

    def covers(self, lang: str = "en") -> str:
        """What the option covers in `lang`: its components' covers_<id> rows joined, or covers_nothing. The
        JSON output, the CLI and the report all read this one text."""
        return _joined(lang, "covers", self.components, "covers_nothing")

    def leaves(self, lang: str = "en") -> str:
        """What the option leaves in `lang`: its components' leaves_<id> rows joined, or leaves_everything."""
        return _joined(lang, "leaves", self.components, "leaves_everything")


def _joined(lang: str, kind: str, components: tuple[Component, ...], empty: str) -> str:
    from exportrisk.report.i18n import catalog

    words = catalog(lang)
    return "; ".join(words[f"{kind}_{c.id}"] for c in components) or words[empty]


def black_call(forward: float, strike: float, std: float) -> float:
    """Undiscounted E[max(X - K, 0)] for lognormal X with mean `forward` and log-std `std` (Black 1976):
    F N(d1) - K N(d2), d1 = (ln(F/K) + std^2/2) / std, d2 = d1 - std."""
    if strike <= 0.0:
        return forward - strike
    if std <= 0.0:
        return max(forward - strike, 0.0)
    d1 = (math.log(forward / strike) + 0.5 * std * std) / std
    return float(forward * ndtr(d1) - strike * ndtr(d1 - std))


def black_put(forward: float, strike: float, std: float) -> float:
    """Undiscounted E[max(K - X, 0)] by put-call parity: call - F + K."""
    return black_call(forward, strike, std) - forward + strike

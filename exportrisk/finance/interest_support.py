"""Interest-rate support in the style of SIMEST Fondo 295: the state pays the gap to a market fixed rate."""

from __future__ import annotations

from dataclasses import dataclass

from exportrisk.finance.buyer_credit import BuyerCreditSchedule
from exportrisk.finance.texts import FinanceMessage, finance_message
from exportrisk.parameters import Parameters


@dataclass(frozen=True)
class SupportResult:
    """Eligibility (with the failed conditions) and the present value of the interest the buyer saves."""

    eligible: bool
    saving: float
    undiscounted_saving: float
    reasons: tuple[FinanceMessage, ...]
    source: str


def eligibility(financed_share: float, tenor_months: float, rate_to_buyer_pct: float, cirr_pct: float,
                capital_goods: bool = True, discounting: bool = False, *, params: Parameters) -> tuple[str, ...]:
    """The failed conditions, empty when eligible (resources/parameters.toml [interest_support]: at most
    85 % financed, at least 15 % paid in cash; tenor at least 24 months from the starting point, 18 for fixed-rate
    discounting of supplier credits; rate to the buyer at least the CIRR; capital goods). Codes name each rule."""
    failed = []
    if financed_share > params.number("interest_support", "max_financed_share") + 1e-12:
        failed.append("financed_share")
    minimum = params.number("interest_support", "min_tenor_months_discounting" if discounting else "min_tenor_months")
    if tenor_months < minimum:
        failed.append("tenor")
    if rate_to_buyer_pct < cirr_pct - 1e-12:
        failed.append("below_cirr")
    if not capital_goods:
        failed.append("goods")
    return tuple(failed)


def interest_support(plan: BuyerCreditSchedule, market_fixed_rate_pct: float, capital_goods: bool = True,
                     discounting: bool = False, *, params: Parameters) -> SupportResult:
    """The buyer's saving when the state makes up the gap between the market fixed rate (swap + bank margin, the
    user's figure) and the CIRR the credit carries (SIMEST Fondo 295 "stabilisation"; po.camcom.it 2018):

        saving = sum over half-years k of (m - CIRR) / 2 x outstanding_k x (1 + m / 2)^-k

    discounted at the market rate m (semi-annual rests, as the schedule). The exporter gains indirectly: it can
    quote deferred payment at an OECD-competitive rate. The reference's rule is modelled as a present value of the
    interest saved, never as a fixed discount."""
    m = market_fixed_rate_pct / 100.0
    failed = eligibility(1.0 - plan.down_payment_share, plan.repayment_years * 12.0, plan.rate * 100.0,
                         plan.rate * 100.0, capital_goods, discounting, params=params)
    if m <= plan.rate:
        failed = (*failed, "no_gap")
    gap = (m - plan.rate) / 2.0
    undiscounted = sum(gap * i.outstanding for i in plan.instalments)
    saving = sum(gap * i.outstanding * (1.0 + m / 2.0) ** -i.number for i in plan.instalments)
    maximum = params.number("interest_support", "max_financed_share")
    months = params.number("interest_support", "min_tenor_months_discounting" if discounting else "min_tenor_months")
    args = {"financed_share": {"minimum_pct": 1.0 - maximum, "maximum_pct": maximum},
            "tenor": {"months": f"{months:g}"}}
    reasons = tuple(finance_message(f"support_{code}", **args.get(code, {})) for code in failed)
    ok = not failed
    return SupportResult(ok, saving if ok else 0.0, undiscounted if ok else 0.0, reasons,
                         params.source("interest_support"))

"""Pre-shipment (manufacturing) risk: the buyer cancels or the country blocks the deal before shipment."""

from __future__ import annotations

import math
from dataclasses import dataclass

from exportrisk.errors import InputError
from exportrisk.finance.data import given_or_loaded
from exportrisk.finance.texts import FinanceMessage, finance_message
from exportrisk.parameters import Parameters
from exportrisk.premium.short_term import preshipment_rate

CATEGORIES = ("1", "2", "3", "4", "5", "6", "7")


def fbz_years(manufacturing_months: float) -> float:
    """Manufacturing period in years counted in started quarters: ceil(months / 3) x 3 / 12."""
    return math.ceil(round(manufacturing_months / 3.0, 9)) * 3.0 / 12.0


@dataclass(frozen=True)
class PreShipmentQuote:
    """Premium and risk of the manufacturing period, home currency.

    rate_pct: % of the self-costs; premium = rate x C; event probability p = p_b + (1 - p_b) p_p over T_m;
    expected loss without cover = p C (1 - recovery); with cover the exporter keeps (1 - cover share) of it."""

    category: str
    months: float
    rate_pct: float
    premium: float
    event_probability: float
    expected_loss_uncovered: float
    expected_loss_covered: float
    notes: tuple[FinanceMessage, ...]


def pre_shipment_quote(category: str, manufacturing_months: float, production_cost: float,
                       buyer_pd_1y: float, political_pd_1y: float, *,
                       params: Parameters | None = None) -> PreShipmentQuote:
    """Pre-shipment cover priced by the German federal formula (exportkreditgarantien.de handbook; coefficients
    from a public Hermes premium calculator, resources/premium/preshipment_tariff.csv):

        rate % of the covered self-costs = sqrt(alpha_i x FBZ) + beta_i,  FBZ = started quarters in years

    The exposure is the production cost C (SACE publishes no tariff). Event probabilities over T_m by constant
    hazard from the buyer's and the country's 1-year probabilities; recovery and cover share from
    resources/parameters.toml [pre_shipment] (recovery an ExportRisk assumption). `params`: the quote's parameters
    (None, deprecated: the user's defaults, without a deal's overrides)."""
    if category not in CATEGORIES:
        raise InputError(code="finance_pre_shipment_category", field="buyer.country", category=category)
    if manufacturing_months <= 0:
        raise InputError(code="finance_manufacturing_months", field="finance.manufacturing_months")
    params = given_or_loaded(params)
    rate = preshipment_rate(category, manufacturing_months)
    years = manufacturing_months / 12.0
    p_b = 1.0 - (1.0 - buyer_pd_1y) ** years
    p_p = 1.0 - (1.0 - political_pd_1y) ** years
    p = p_b + (1.0 - p_b) * p_p
    loss = p * production_cost * (1.0 - params.number("pre_shipment", "recovery_share"))
    covered = loss * (1.0 - params.number("pre_shipment", "cover_share"))
    note = finance_message("pre_shipment_fbz", rate_pct=rate / 100.0, months=float(manufacturing_months),
                           quarters=round(fbz_years(manufacturing_months) * 4), category=category)
    return PreShipmentQuote(category, manufacturing_months, rate, rate / 100.0 * production_cost, p, loss,
                            covered, (note,))

"""A buyer credit at the CIRR: equal-principal schedule, interest, present value, all-in rate, state cover."""

from __future__ import annotations

from dataclasses import dataclass

from scipy.optimize import brentq

from exportrisk.errors import InputError
from exportrisk.finance.basis import FinancingQuote, FundingBasis
from exportrisk.finance.cirr import CirrQuote
from exportrisk.messages import message
from exportrisk.premium.model import PremiumRequest
from exportrisk.premium.rules import Rule, premium


@dataclass(frozen=True)
class Instalment:
    number: int           # 1..n, every six months from the starting point of credit
    years: float          # number / 2
    outstanding: float    # principal outstanding during the half-year before this instalment
    principal: float
    interest: float

    @property
    def payment(self) -> float:
        return self.principal + self.interest


@dataclass(frozen=True)
class BuyerCreditSchedule:
    """The standard Arrangement profile: n = 2 R equal semi-annual principal instalments, the first six months
    after the starting point; interest each half-year = outstanding x r / 2 (r the CIRR, nominal a year with
    semi-annual rests, an ExportRisk convention). Financed F = contract x (1 - down payment)."""

    contract: float
    down_payment_share: float
    repayment_years: float
    rate: float
    instalments: tuple[Instalment, ...]

    @property
    def financed(self) -> float:
        return self.contract * (1.0 - self.down_payment_share)

    @property
    def total_interest(self) -> float:
        """Sum of interest = F (r / 2) (n + 1) / 2 for equal principal instalments."""
        return sum(i.interest for i in self.instalments)

    def present_value(self, annual_rate: float) -> float:
        """PV at the starting point of the buyer's payments at `annual_rate` (nominal, semi-annual):
        sum over k of payment_k (1 + d / 2)^-k."""
        return sum(i.payment * (1.0 + annual_rate / 2.0) ** -i.number for i in self.instalments)

    def all_in_rate(self, upfront_charges: float = 0.0) -> float:
        """Nominal annual rate (semi-annual) at which the payments repay F less the charges paid at the start
        (e.g. the state premium borne by the buyer): PV(rho) = F - charges. Without charges it is the CIRR."""
        target = self.financed - upfront_charges
        if upfront_charges == 0.0:
            return self.rate
        return float(brentq(lambda d: self.present_value(d) - target, -0.5, 5.0, xtol=1e-12))

    @property
    def weighted_average_life(self) -> float:
        """Years from the starting point: sum of principal_k t_k / F = (0.5 + R) / 2."""
        return sum(i.principal * i.years for i in self.instalments) / self.financed


def schedule(contract: float, down_payment_share: float, repayment_years: float, rate: float) -> BuyerCreditSchedule:
    """The equal-principal schedule of a buyer credit (see BuyerCreditSchedule)."""
    halves = repayment_years * 2.0
    n = round(halves)
    if n < 1 or abs(halves - n) > 1e-9:
        raise InputError(code="finance_half_years", field="finance.repayment_years", years=float(repayment_years))
    financed = contract * (1.0 - down_payment_share)
    step = financed / n
    rows = []
    for k in range(1, n + 1):
        outstanding = financed - step * (k - 1)
        rows.append(Instalment(k, k / 2.0, outstanding, step, outstanding * rate / 2.0))
    return BuyerCreditSchedule(contract, down_payment_share, repayment_years, rate, tuple(rows))


def state_cover_pct(country_category: str, buyer_category: str, disbursement_months: float,
                    repayment_years: float, cover_share: float = 0.95, marketable: bool = False) -> float:
    """The state cover a CIRR buyer credit needs: the OECD minimum premium rate, % of the financed principal,
    flat (Arrangement Annex VI; exportrisk.premium.rules), for the standard profile. InputError when the rules
    give no premium (e.g. a high-income market)."""
    quote = premium(PremiumRequest(country_category=country_category, buyer_category=buyer_category,
                                   disbursement_months=disbursement_months, repayment_years=repayment_years,
                                   pcc=cover_share, pcp=cover_share, marketable=marketable))
    if quote.rule is Rule.UNAVAILABLE or quote.premium_pct is None:
        # the rules leave state cover out only for a marketable short-term risk: their words, in every language
        raise InputError(code="finance_no_state_cover", field="buyer.country", reason=message("state_marketable"))
    return float(quote.premium_pct)


def buyer_credit_quote(basis: FundingBasis, amount: float, down_payment_share: float, repayment_years: float,
                       cirr: CirrQuote, premium_pct: float, premium_paid_by: str = "buyer") -> FinancingQuote:
    """A buyer credit at the CIRR with state cover, from the exporter's side on the common funding basis.

    The buyer pays the down payment and a bank lends it the rest at the CIRR, paying the exporter at the starting
    point: the exporter is paid in cash and no longer waits T for its money. Against own funding this gains the
    carry of the invoice: cost = -V (exp(r_fund T) - 1), plus the premium x F S_0 exp(r_fund T) when the exporter
    bears it. All-in rate (the buyer's): the rate at which the payments repay F less the premium it pays up front.
    Total interest: the buyer's interest at the CIRR, in home currency at spot."""
    plan = schedule(amount, down_payment_share, repayment_years, cirr.rate_pct / 100.0)
    premium_invoice = premium_pct / 100.0 * plan.financed
    value = amount * basis.spot
    gain = value * (basis.carry - 1.0)
    exporter_premium = premium_invoice * basis.spot * basis.carry if premium_paid_by == "exporter" else 0.0
    cost = exporter_premium - gain
    all_in = plan.all_in_rate(premium_invoice if premium_paid_by == "buyer" else 0.0)
    return FinancingQuote("buyer_credit_cirr", all_in, plan.total_interest * basis.spot, cost,
                          basis.min_price(0.0, cost / amount), True, "", cirr.notes, cirr.source)


def equivalent_annual_rate(nominal_semiannual: float) -> float:
    """(1 + r / 2)^2 - 1: the effective annual rate of a nominal rate with semi-annual rests."""
    return (1.0 + nominal_semiannual / 2.0) ** 2 - 1.0

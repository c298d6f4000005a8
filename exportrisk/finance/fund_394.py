"""A subsidised internationalisation loan in the style of SIMEST Fondo 394: its cost against a bank loan."""

from __future__ import annotations

from dataclasses import dataclass

from exportrisk.errors import InputError
from exportrisk.finance.terms import Fund394Terms
from exportrisk.finance.texts import FinanceMessage, finance_message
from exportrisk.parameters import Parameters


@dataclass(frozen=True)
class Fund394Result:
    """Per loan (EUR): the subsidised and the bank loan's interest, their PV gap at the bank rate, the grant,
    the total benefit and its share of the loan."""

    loan: float
    rate_pct: float
    interest_subsidised: float
    interest_bank: float
    pv_interest_saved: float
    grant: float
    notes: tuple[FinanceMessage, ...]

    @property
    def benefit(self) -> float:
        return self.pv_interest_saved + self.grant

    @property
    def benefit_share(self) -> float:
        return self.benefit / self.loan if self.loan else 0.0


def outstanding_by_half_year(years: int, grace_years: int, instalments: int) -> list[float]:
    """Outstanding share of the loan during each half-year: 1 through the pre-amortisation, then falling by
    1 / instalments after each equal semi-annual principal instalment."""
    grace = 2 * grace_years
    if grace + instalments != 2 * years:
        raise ValueError("grace + instalments must fill the loan's life")
    return [1.0] * grace + [1.0 - j / instalments for j in range(instalments)]


def fund_394(terms: Fund394Terms, *, params: Parameters) -> Fund394Result:
    """Fondo 394-style loan (resources/parameters.toml [fund_394]; Eutekne 25 Mar 2025, Cerved on
    Circolare 1/394/2025): fixed rate s (0.371 %), 6 years, 2 of pre-amortisation, then 8 equal semi-annual
    principal instalments. Against a bank loan at m with the same profile:

        PV saved = L sum over half-years k of (m - s) / 2 x out_k x (1 + m / 2)^-k;   grant = min(g L, cap)

    Loan capped at EUR 2.5m (SME) or 5m; grant share at most 20 %, capped at EUR 200k and by the de minimis
    ceiling (EUR 300k over 3 years, Reg. (EU) 2023/2831). A calculator for the firm, not for one deal."""
    number = params.number
    cap = number("fund_394", "max_loan_sme_eur" if terms.sme else "max_loan_large_eur")
    if terms.loan_amount > cap:
        raise InputError(code="finance_fund_cap", field="fund_394.loan_amount", cap=float(cap))
    if terms.grant_share > number("fund_394", "grant_share_max"):
        raise InputError(code="finance_fund_grant", field="fund_394.grant_share",
                         maximum=float(number('fund_394', 'grant_share_max')))
    s, m = number("fund_394", "rate_pct") / 100.0, terms.market_rate_pct / 100.0
    years, grace = params.integer("fund_394", "years"), params.integer("fund_394", "grace_years")
    instalments = params.integer("fund_394", "instalments")
    if 2 * grace + instalments != 2 * years:  # a deal or the user changed one of the three alone
        raise InputError(code="param_range", field="[parameters.fund_394] instalments",
                         parameter="fund_394.instalments", value=instalments, low=2 * (years - grace),
                         high=2 * (years - grace))
    out = outstanding_by_half_year(years, grace, instalments)
    loan = terms.loan_amount
    subsidised = sum(loan * o * s / 2.0 for o in out)
    bank = sum(loan * o * m / 2.0 for o in out)
    saved = sum(loan * o * (m - s) / 2.0 * (1.0 + m / 2.0) ** -(k + 1) for k, o in enumerate(out))
    grant_cap = min(number("fund_394", "grant_cap_eur"), number("fund_394", "de_minimis_eur"))
    grant = min(terms.grant_share * loan, grant_cap)
    notes = (finance_message("fund_capped", cap_money=grant_cap),)
    return Fund394Result(loan, s * 100.0, subsidised, bank, saved, grant, notes)

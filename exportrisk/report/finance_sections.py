"""The deal report's finance pages: financing the credit period, bonds, pre-shipment, stress, the Fondo 394 loan."""

from __future__ import annotations

from typing import Any

from exportrisk.engine.result import QuoteResult
from exportrisk.messages import message
from exportrisk.report.i18n import Translator
from exportrisk.report.model import Section, Table


def finance_sections(t: Translator, result: QuoteResult) -> tuple[Section, ...]:
    """The finance sections of a quote whose deal has finance tables (none for any other deal): financing beside
    the covers with the CIRR line and the buyer-credit schedule, pre-shipment and bonds when the deal has them,
    the stress page (options x scenarios), and the Fondo 394-style calculator in its own section on a page of its own
    (it finances the firm, not this deal: never split across pages or left below the stress table)."""
    summary = result.finance
    if summary is None:
        return ()
    sections = [_financing(t, result)]
    if summary.pre_shipment is not None or summary.bonds:
        sections.append(_pre_shipment_and_bonds(t, result))
    if summary.stress:
        sections.append(_stress(t, result))
    if summary.fund_394 is not None:
        sections.append(_fund_394(t, summary.fund_394))
    return tuple(sections)


def _financing(t: Translator, result: QuoteResult) -> Section:
    summary, home, foreign = result.finance, result.home, result.foreign
    assert summary is not None
    ranked = summary.ranked()
    rows = tuple((str(i + 1), t(f"finance_option_{q.id}"), t.percent(q.all_in_rate), t.money(q.total_interest),
                  t.money(q.cost), t.money(q.min_price)) for i, q in enumerate(ranked))
    table = Table((t("rank"), t("finance_option_h"), t("finance_all_in_rate"), t("finance_total_interest_h", ccy=home),
                   t("finance_financing_cost_h", ccy=home), t("min_price_h", ccy=foreign)), rows,
                  ("r", "l", "r", "r", "r", "r"), (0.05, 0.29, 0.16, 0.15, 0.18, 0.17), (0,) if rows else ())
    covers = [o for o in result.options if o.available and o.rank is not None]
    covers.sort(key=lambda o: o.rank or 0)
    beside = Table((t("rank"), t("option"), t("rac_h", ccy=home), t("min_price_h", ccy=foreign)),
                   tuple((str(o.rank), _option(t, o.id),
                          t.money(o.risk_adjusted_cost), t.money(o.min_price)) for o in covers[:5]),
                   ("r", "l", "r", "r"), (0.05, 0.55, 0.2, 0.2), (0,))
    tables = [table, beside]
    notes: list[str] = [t.message(n) for q in summary.financing for n in q.notes]
    notes += [f"{t(f'finance_option_{q.id}')}: {t.message(q.reason)}" for q in summary.financing if not q.available]
    facts: list[tuple[str, str]] = [(t("finance_funding_basis"), t.percent(result.funding_rate))]
    if summary.cirr is not None:
        cirr = summary.cirr
        validity = (t("finance_cirr_validity", start=t.date(cirr.valid_from), end=t.date(cirr.valid_to))
                    if cirr.valid_from and cirr.valid_to else t("finance_cirr_yours"))
        state = t("finance_cirr_current") if cirr.current else t("finance_cirr_not_current")
        facts.append((t("finance_cirr"), f"{t.percent(cirr.rate_pct / 100.0)} {cirr.currency}, {validity} ({state})"))
        notes = [t.message(n) for n in cirr.notes] + [n for n in notes if n not in {t.message(m) for m in cirr.notes}]
    plan = summary.credit_schedule
    if plan is not None:
        first = plan.instalments[0]
        facts += [(t("finance_down_payment"), t.percent(plan.down_payment_share)),
                  (t("finance_financed"), t.money(plan.financed, foreign)),
                  (t("finance_schedule"), t("finance_schedule_line", count=str(len(plan.instalments)),
                                            principal=t.money(first.principal, foreign),
                                            interest=t.money(plan.total_interest, foreign),
                                            years=t.number(plan.weighted_average_life)))]
        if summary.state_cover_pct is not None:
            facts.append((t("finance_state_cover_needed"), t.percent(summary.state_cover_pct / 100.0)))
        head = plan.instalments[:3] + plan.instalments[-1:] if len(plan.instalments) > 4 else plan.instalments
        tables.append(Table((t("finance_instalment"), t("finance_outstanding"), t("finance_principal"),
                             t("finance_interest")),
                            tuple((str(i.number), t.money(i.outstanding), t.money(i.principal), t.money(i.interest))
                                  for i in head), ("r", "r", "r", "r"), (0.16, 0.28, 0.28, 0.28)))
    support = summary.interest_support
    if support is not None:
        verdict = t("finance_eligible") if support.eligible else t("finance_not_eligible")
        facts += [(t("finance_interest_support"), verdict),
                  (t("finance_interest_saving"), t.money(support.saving, foreign))]
        notes += [t.message(r) for r in support.reasons]
    notes += [t.message(n) for n in summary.notes]
    return Section(t("finance_title"), (t("finance_intro"),), tuple(facts), tuple(tables),
                   notes=tuple(dict.fromkeys(n for n in notes if n)), new_page=True)


def _option(t: Translator, option_id: str) -> str:
    return t(f"option_{option_id}") if t.has(f"option_{option_id}") else option_id


def _pre_shipment_and_bonds(t: Translator, result: QuoteResult) -> Section:
    summary, home, foreign = result.finance, result.home, result.foreign
    assert summary is not None
    facts: list[tuple[str, str]] = []
    tables: list[Table] = []
    notes: list[str] = []
    pre = summary.pre_shipment
    if pre is not None:
        facts += [(t("finance_manufacturing_months"), t("finance_months", months=t.number(pre.months, 0))),
                  (t("finance_pre_shipment_rate"), t.percent(pre.rate_pct / 100.0)),
                  (t("finance_premium"), t.money(pre.premium, home)),
                  (t("finance_event_probability"), t.percent(pre.event_probability)),
                  (t("finance_el_uncovered"), t.money(pre.expected_loss_uncovered, home)),
                  (t("finance_el_covered"), t.money(pre.expected_loss_covered, home))]
        notes += [t.message(n) for n in pre.notes]
    if summary.bonds:
        rows = tuple((t.message(message(f"bond_kind_{b.kind}")), t.money(b.amount), t.percent(b.rate_pct_pa / 100.0),
                      t.money(b.fee), t.money(b.expected_call_loss),
                      t.money(b.counter_guarantee_premium) if b.counter_guarantee_pct is not None and
                      b.counter_guarantee_premium else "—", t.money(b.expected_call_loss_covered))
                     for b in summary.bonds)
        tables.append(Table((t("finance_bond_h"), t("finance_amount_h", ccy=foreign), t("finance_bond_rate"),
                             t("finance_bond_fee"), t("finance_unfair_call"), t("finance_counter_guarantee"),
                             t("finance_call_left")), rows, ("l", "r", "r", "r", "r", "r", "r"),
                            (0.19, 0.14, 0.11, 0.13, 0.15, 0.14, 0.14)))
        notes += [t.message(n) for b in summary.bonds for n in b.notes]
        notes.append(t("finance_bonds_in_costs", ccy=foreign))
    title = t("finance_pre_shipment_bonds") if pre is not None and summary.bonds else \
        t("finance_pre_shipment") if pre is not None else t("finance_bonds")
    return Section(title, (), tuple(facts), tuple(tables), notes=tuple(dict.fromkeys(notes)))


def _stress(t: Translator, result: QuoteResult) -> Section:
    summary, home = result.finance, result.home
    assert summary is not None
    scenarios = summary.stress
    ranked = [o for o in result.options if o.available and o.rank is not None]
    ranked.sort(key=lambda o: o.rank or 0)
    rows: list[tuple[str, ...]] = []
    for option in ranked:
        cells = [t.money(s.losses[option.id]) if s.available and option.id in s.losses else "—" for s in scenarios]
        rows.append((_option(t, option.id), *cells))
    share = 0.76 / max(len(scenarios), 1)
    table = Table((t("option"), *(t(f"finance_stress_{s.id}") for s in scenarios)), tuple(rows),
                  ("l", *("r" for _ in scenarios)), (0.24, *(share for _ in scenarios)))
    facts = tuple((t(f"finance_stress_{s.id}"), _shock(t, s)) for s in scenarios)
    notes = [t.message(n) for s in scenarios for n in s.notes]
    return Section(t("finance_stress"), (t("finance_stress_intro", ccy=home),), facts, (table,),
                   notes=tuple(dict.fromkeys(n for n in notes if n)), new_page=True)


def _shock(t: Translator, scenario: Any) -> str:
    if not scenario.available:
        return t("finance_scenario_unavailable")
    text = str(scenario.description)
    if ": x " in text:  # an FX window: the worst ratio of the pair inside it
        return t("finance_stress_fx_shock", ratio=t.number(float(text.rsplit(": x ", 1)[1]), 4))
    if scenario.id == "country_down_2" and " -> " in text:  # "OECD category 3 -> 5"
        start, end = text.rsplit(" ", 3)[-3], text.rsplit(" ", 1)[-1]
        return t("finance_stress_category_shock", start=start, end=end)
    return text


def _fund_394(t: Translator, fund: Any) -> Section:
    facts = ((t("finance_fund_loan"), t.money(fund.loan, "EUR")),
             (t("finance_fund_rate"), t.percent(fund.rate_pct / 100.0, 3)),
             (t("finance_fund_loan_cost"), t.money(fund.interest_subsidised, "EUR")),
             (t("finance_fund_bank_cost"), t.money(fund.interest_bank, "EUR")),
             (t("finance_fund_pv_saved"), t.money(fund.pv_interest_saved, "EUR")),
             (t("finance_fund_grant"), t.money(fund.grant, "EUR")),
             (t("finance_fund_benefit"), t.money(fund.benefit, "EUR")))
    return Section(t("finance_fund_394"), (t("finance_fund_intro"),), facts,
                   notes=tuple(t.message(n) for n in fund.notes), new_page=True)

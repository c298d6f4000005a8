"""Build the consortium report model from a ConsortiumResult: pooled versus alone, member by member."""

from __future__ import annotations

import json

from exportrisk.consortium.analysis import ConsortiumResult
from exportrisk.consortium.io import pool_to_dict
from exportrisk.consortium.model import Pool
from exportrisk.consortium.output import consortium_to_dict
from exportrisk.engine.result import Assumption
from exportrisk.report.build_deal import cover_dates, prepared_by
from exportrisk.report.data_used import summary_note, tables_read
from exportrisk.report.i18n import Translator
from exportrisk.report.model import Cover, Report, ReportOptions, Section, Table
from exportrisk.report.sections import appendix_sections

ATTACHMENT = "exportrisk-pool.json"
#: The pooled cost parts (consortium.designs.PARTS) and their labels; the membership fee (part_0) is its own line.
COST_PARTS = {"instrument fees": "part_5", "FX hedging (netted)": "part_1", "group credit policy": "part_2",
              "guarantee fund opportunity cost": "part_6", "expected retained loss": "part_3",
              "capital cost of retained risk": "part_4"}


def _assumptions(result: ConsortiumResult) -> tuple[Assumption, ...]:
    params = result.parameters
    return tuple(Assumption(f"{section}.{key}", value, params.info[section].source, params.info[section].as_of,
                            params.info[section].assumption, key in params.info[section].overridden)
                 for section in ("consortium", "private_insurance", "fx_forward", "capital")
                 for key, value in params.section(section).items())


def build_pool_report(result: ConsortiumResult, pool: Pool, lang: str = "en", adviser: str = "",
                      organisation: str = "", logo: bytes | None = None, member_pages: bool = False,
                      options: ReportOptions | None = None) -> Report:
    """The consortium report model in `lang`; `member_pages` adds one page per member (`options`: print date,
    technical annex)."""
    options = options or ReportOptions()
    t = Translator(lang)
    data = consortium_to_dict(result)
    home, totals = result.home, data["pool"]
    printed = options.print_time(result.valuation_date)
    dates, date_line = cover_dates(t, result.valuation_date, printed)
    cover = Cover(t("consortium_report_title"), data["consortium"], (
        (t("members"), t.number(totals["members"], 0)), (t("receivables"), t.number(totals["receivables"], 0)),
        (t("exposure"), t.money(totals["exposure"], home)), *dates),
        prepared_by(t, adviser, organisation), date_line, logo)
    netting, policy, fund = data["netting"], data["group_policy"], data["fund"]
    fees = data["membership_fees"]
    tables = tables_read(printed.date())
    verdict = Section(t("label_verdict"), tuple(t.message(m) for m in result.verdict_text), notes=(
        t("membership_fees_line", per_member=t.money(fees["per_member"], home), total=t.money(fees["total"], home)),
        t("diversification_line", pool=t.money(totals["es_99"], home),
          alone=t.money(totals["sum_of_alone_es_99"], home),
          difference=t.money(totals["diversification_benefit"], home)), summary_note(t, tables)))
    design_rows = tuple((str(d["rank"]), t(f"design_{d['id']}"), t.money(d["total"]), t.money(d["saving_vs_alone"]),
                         f"{d['members_saving']} / {totals['members']}")
                        for d in sorted(data["designs"], key=lambda d: d["rank"]))
    designs = Section(t("designs"), tables=(Table(
        ("#", t("design"), t("total_rac"), t("saving_vs_cheapest"), t("members_saving")), design_rows,
        ("l", "l", "r", "r", "r"), (0.05, 0.5, 0.16, 0.16, 0.13)),))
    summary = Section(t("pool_summary"), (t("pool_summary_intro"),), (
        (t("pooled_cost"), t.money(totals["pooled_cost"], home)),
        (t("same_cover_alone"), t.money(totals["same_cover_alone"], home)),
        (t("pooling_saving"), t.money(totals["pooling_saving"], home)),
        (t("cheapest_alone"), t.money(totals["standalone_cost"], home)),
        (t("saving_vs_cheapest"), t.money(totals["saving"], home)),
        (t("netting_line_label"), t("saving_line", alone=t.money(netting["standalone_margin"]),
                                    pooled=t.money(netting["pooled_margin"]), saving=t.money(netting["saving"]))),
        (t("policy_line_label"), t("saving_line", alone=t.money(policy["standalone_premium"]),
                                   pooled=t.money(policy["pooled_premium"]), saving=t.money(policy["saving"]))),
        (t("volume_discount"), f"{t.percent(policy['volume_discount'])} — {t('flag_assumption')}"),
        (t("pool_es"), t("pool_es_line", es=t.money(totals["es_99"], home),
                         alone=t.money(totals["sum_of_alone_es_99"], home))),
    ))
    rows = [(m["name"], t.money(m["exposure"]), t.money(m["standalone_cost"]), t.money(m["same_cover_alone"]),
             t.money(m["pooled_cost"]), t.money(m["saving"]), t.money(m["risk_contribution"]))
            for m in data["members"]]
    rows.append((t("total"), t.money(totals["exposure"]), t.money(totals["standalone_cost"]),
                 t.money(totals["same_cover_alone"]), t.money(totals["pooled_cost"]), t.money(totals["saving"]),
                 t.money(totals["es_99"])))
    allocation = Section(t("allocation"), (t("allocation_intro"),), tables=(Table(
        (t("member"), t("exposure"), t("cheapest_alone"), t("same_cover_alone"), t("pooled_cost"), t("saving"),
         t("risk_contribution")), tuple(rows), ("l", "r", "r", "r", "r", "r", "r"),
        (0.25, 0.13, 0.12, 0.12, 0.12, 0.12, 0.14), (len(rows) - 1,)),), notes=(t("allocation_note", ccy=home),))
    fund_section = Section(t("fund"), (t("fund_intro"),), (
        (t("fund_size"), f"{t.money(fund['size'], home)} ({t.percent(fund['contribution_rate'])})"),
        (t("fund_opportunity"), t.money(fund["opportunity_cost"], home)),
        (t("fund_exhaustion"), t.percent(fund["exhaustion_probability"])),
        (t("fund_beyond"), t.money(fund["expected_loss_beyond"], home)),
        (t("fund_required"), t("fund_required_line", rate=t.percent(fund["required_contribution_rate"]),
                                target=t.percent(fund["target_exhaustion_probability"])))))
    buckets = tuple((b["currency"], b["days"], t.money(b["receivables"]), t.money(b["payables"]),
                     t.money(b["standalone_notional"]), t.money(b["pooled_notional"]), t.money(b["saving"]))
                    for b in netting["buckets"])
    netting_section = Section(t("netting"), (t("netting_intro"),), tables=(Table(
        (t("currency"), t("days"), t("receivables"), t("payables"), t("notional_alone", ccy=home),
         t("notional_pooled", ccy=home), t("saving_h", ccy=home)), buckets, ("l", "l", "r", "r", "r", "r", "r"),
        (0.11, 0.1, 0.14, 0.14, 0.17, 0.17, 0.17)),) if buckets else ())
    sections = [verdict, designs, summary, allocation, fund_section, netting_section]
    if member_pages:
        for m in data["members"]:
            facts = [(t("part_0"), t.money(fees["per_member"], home))]
            facts += [(t(label), t.money(m["cost_parts"][part], home)) for part, label in COST_PARTS.items()]
            facts += [(t("label_verdict"), t("better_off_alone") if m["better_off_alone"] else t("saves"))]
            facts += [(t("same_cover_alone"), t.money(m["same_cover_alone"], home)),
                      (t("cheapest_alone"), t.money(m["standalone_cost"], home)),
                      (t("risk_contribution"), t.money(m["risk_contribution"], home)),
                      (t("fund_contribution"), t.money(m["fund_contribution"], home))]
            sections.append(Section(m["name"], (), tuple(facts), new_page=True))
    sections += appendix_sections(t, _assumptions(result), (), skip=(), annex=options.annex, pool=True,
                                  tables=tables)
    return Report(lang, data["consortium"], t("page_of"), cover, None, tuple(sections), ATTACHMENT,
                  json.dumps(pool_to_dict(pool), indent=2, ensure_ascii=False).encode("utf-8"),
                  printed=printed, author=adviser or organisation,
                  subject=t("subject_pool", members=t.number(totals["members"], 0),
                            exposure=t.money(totals["exposure"], home), date=t.date(result.valuation_date)))

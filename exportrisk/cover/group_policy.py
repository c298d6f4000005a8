"""A group credit policy: private insurance's pricing per receivable, the policy's minimum, fee and tax once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exportrisk.cover.base import Pricing, RiskProfile
from exportrisk.cover.private_insurance import PrivateInsurance, tax_items
from exportrisk.engine.context import PricingContext


class GroupPolicy(PrivateInsurance):
    """One receivable under a policy that covers many: the same insurer, terms and payout as PrivateInsurance
    (cover share, deductible, waiting period, political cover, tenor and category limits, the risk premium
    max(E[claims] / target loss ratio, floor)), paid up front and carried to the payment date. The annual minimum
    premium, the policy fee and the premium tax belong to the policy, not to a receivable: `policy_cost` adds
    them once per policy, so one member's policy and the consortium's group policy are priced by the same rule.
    """

    id = "group_policy"

    def price(self, ctx: PricingContext, amount: float, profile: RiskProfile) -> Pricing:
        refused = self.refusal(ctx, profile)
        if refused is not None:
            return refused
        label, premium = self.risk_premium(ctx, amount, profile)
        return Pricing(((label, premium * ctx.carry),))


@dataclass(frozen=True)
class PolicyCost:
    """What one policy costs a year, in its home currency, at the payment date (premiums carried)."""

    risk_premium: float   # sum of the receivables' risk premiums, after any volume discount
    minimum_topup: float  # up to the annual minimum premium when the risk premiums fall short
    fee: float            # the policy fee
    tax: float            # insurance premium tax on premium + top-up, by the exporter's country

    @property
    def total(self) -> float:
        return self.risk_premium + self.minimum_topup + self.fee + self.tax


def policy_cost(ctx: PricingContext, premiums: Sequence[float], minimum_eur: float, fee_eur: float,
                discount: float = 0.0) -> PolicyCost:
    """One policy over receivables whose carried risk premiums are `premiums` (ctx: any of its receivables, for
    the carry, the EUR rate and the exporter's country):

    premium = (1 - discount) x sum premiums; top-up = max(minimum x carry - premium, 0); fee = fee x carry;
    tax = rate(exporter country) x (premium + top-up) (resources/tax/insurance_premium_tax.csv).
    No receivable insured: nothing at all. The minimum and fee are paid when the policy year starts.
    """
    if not premiums:
        return PolicyCost(0.0, 0.0, 0.0, 0.0)
    carry = ctx.carry
    premium = (1.0 - discount) * float(sum(premiums))
    topup = max(ctx.eur(minimum_eur) * carry - premium, 0.0)
    taxed, _ = tax_items(ctx, premium + topup, state=False)
    return PolicyCost(premium, topup, ctx.eur(fee_eur) * carry, float(sum(amount for _, amount in taxed)))

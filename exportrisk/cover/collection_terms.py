"""Documentary collection as two instruments: documents against payment (D/P) and against acceptance (D/A)."""

from __future__ import annotations

from exportrisk.cover.base import RiskProfile
from exportrisk.cover.documentary_collection import SAFER, DocumentaryCollection
from exportrisk.engine.context import PricingContext
from exportrisk.finance.collection import collection_risk


class DocumentsAgainstPayment(DocumentaryCollection):
    """D/P at sight: the buyer gets the documents only by paying. The buyer can refuse, but only while the
    documents are presented (collection.dp_presentation_days), and the exporter keeps the goods
    (LGD lgd.documentary_collection). Fee and availability as the documentary collection (URC 522, art. 7)."""

    id = "collection_dp"

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        if ctx.deal.terms.instrument in SAFER:
            return profile
        lgd = ctx.params.number("lgd", "documentary_collection")
        risk = collection_risk("dp", ctx.buyer_default.pd_1y, ctx.deal.days, lgd, params=ctx.params)
        return profile.without(p_commercial=risk.probability, lgd_commercial=risk.lgd)


class DocumentsAgainstAcceptance(DocumentaryCollection):
    """D/A: the buyer gets the documents, and the goods, by accepting a bill payable after the usance period;
    a default then leaves an unsecured claim (LGD collection.lgd_da, 0.45) over the whole term."""

    id = "collection_da"

    def adjust(self, ctx: PricingContext, profile: RiskProfile) -> RiskProfile:
        if ctx.deal.terms.instrument in SAFER:
            return profile
        risk = collection_risk("da", ctx.buyer_default.pd_1y, ctx.deal.days,
                               ctx.params.number("lgd", "documentary_collection"), params=ctx.params)
        return profile.without(p_commercial=max(risk.probability, profile.p_commercial), lgd_commercial=risk.lgd)

"""Documentary collection as two instruments: documents against payment (D/P) and against acceptance (D/A)."""

from __future__ import annotations

from dataclasses import dataclass

from exportrisk.finance.data import given_or_loaded
from exportrisk.parameters import Parameters

KINDS = ("dp", "da")


@dataclass(frozen=True)
class CollectionRisk:
    """Buyer risk of one collection: exposure horizon (years), default probability over it, LGD, EL share."""

    kind: str
    years: float
    probability: float
    lgd: float

    @property
    def expected_loss_share(self) -> float:
        return self.probability * self.lgd


def collection_risk(kind: str, buyer_pd_1y: float, usance_days: int, lgd_dp: float, *,
                    params: Parameters | None = None) -> CollectionRisk:
    """The two instruments of the ICC Uniform Rules for Collections (URC 522, art. 7):

    - D/P (documents against payment, at sight): the bank hands over the documents only when the buyer pays; if it
      refuses, the exporter still controls the goods and loses resale discount and freight: LGD = lgd_dp (the
      engine's lgd.documentary_collection, 0.35, an assumption), over the presentation time only
      (collection.dp_presentation_days, 10 days, an assumption);
    - D/A (documents against acceptance): the buyer takes the goods against its acceptance of a bill payable after
      the usance period; a default then leaves an unsecured claim on the accepted bill: LGD = collection.lgd_da
      (0.45, Basel II foundation IRB senior unsecured), over the usance period.

    D/A is riskier because both its LGD (0.45 > 0.35) and its exposure time (usance > presentation) are larger.
    Probability over the horizon by constant hazard: 1 - (1 - PD_1y)^years. `params`: the quote's parameters
    (None, deprecated: the user's defaults, without a deal's overrides)."""
    params = given_or_loaded(params)
    if kind == "dp":
        days, lgd = params.number("collection", "dp_presentation_days"), lgd_dp
    elif kind == "da":
        days, lgd = float(usance_days), params.number("collection", "lgd_da")
    else:
        raise ValueError(f"collection kind {kind!r}: dp or da")
    years = days / 365.0
    return CollectionRisk(kind, years, 1.0 - (1.0 - buyer_pd_1y) ** years, lgd)

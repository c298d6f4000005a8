"""Every cover option the quote compares, by id and components; its words are rows of options.json (option_,
short_, covers_, leaves_ in every language). Adding one: its module, a line here, and those rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exportrisk.cover.base import CoverOption
from exportrisk.cover.collection_terms import DocumentsAgainstAcceptance, DocumentsAgainstPayment
from exportrisk.cover.documentary_collection import DocumentaryCollection
from exportrisk.cover.factoring import Factoring
from exportrisk.cover.forfaiting import Forfaiting
from exportrisk.cover.forward import FxForward
from exportrisk.cover.fx_option import FxPut
from exportrisk.cover.letter_of_credit import ConfirmedLetterOfCredit
from exportrisk.cover.political_only import PoliticalOnlyCover
from exportrisk.cover.pre_shipment import PreShipmentCover
from exportrisk.cover.private_insurance import PrivateInsurance
from exportrisk.cover.state_cover import StateCover

if TYPE_CHECKING:
    from exportrisk.deal.model import Deal

OPTIONS: tuple[CoverOption, ...] = (
    CoverOption("none", ()),
    CoverOption("fx_forward", (FxForward(),)),
    CoverOption("fx_put", (FxPut(),)),
    CoverOption("private_insurance", (PrivateInsurance(),)),
    CoverOption("state_cover", (StateCover(),)),
    CoverOption("lc_confirmed", (ConfirmedLetterOfCredit(),)),
    CoverOption("documentary_collection", (DocumentaryCollection(),)),
    CoverOption("forfaiting", (Forfaiting(),)),
    CoverOption("factoring", (Factoring(),)),
    CoverOption("state_cover_forward", (StateCover(), FxForward())),
    CoverOption("state_cover_put", (StateCover(), FxPut())),
    CoverOption("private_insurance_forward", (PrivateInsurance(), FxForward())),
    CoverOption("private_insurance_put", (PrivateInsurance(), FxPut())),
    CoverOption("political_only", (PoliticalOnlyCover(),)),
    CoverOption("collection_dp", (DocumentsAgainstPayment(),)),
    CoverOption("collection_da", (DocumentsAgainstAcceptance(),)),
)
#: Built per deal (deal_options): state cover plus cover of the manufacturing period, when there is one.
PRE_SHIPMENT_ID = "state_cover_pre_shipment"


def pre_shipment_option(manufacturing_months: float) -> CoverOption:
    """State cover with pre-shipment cover over a manufacturing period of `manufacturing_months`."""
    return CoverOption(PRE_SHIPMENT_ID, (StateCover(), PreShipmentCover(manufacturing_months)))


def deal_options(deal: Deal) -> tuple[CoverOption, ...]:
    """The options a deal is quoted with: OPTIONS, plus state cover with pre-shipment cover when the deal has a
    manufacturing period (finance.manufacturing_months > 0)."""
    months = deal.finance.manufacturing_months
    return (*OPTIONS, pre_shipment_option(months)) if months > 0 else OPTIONS


def option_by_id(option_id: str) -> CoverOption:
    for option in OPTIONS:
        if option.id == option_id:
            return option
    if option_id == PRE_SHIPMENT_ID:
        return pre_shipment_option(0.0)
    raise KeyError(option_id)

"""Every cover option the quote compares; adding one means adding its module and a line here."""

from __future__ import annotations

from exportrisk.cover.base import CoverOption
from exportrisk.cover.documentary_collection import DocumentaryCollection
from exportrisk.cover.factoring import Factoring
from exportrisk.cover.forfaiting import Forfaiting
from exportrisk.cover.forward import FxForward
from exportrisk.cover.fx_option import FxPut
from exportrisk.cover.letter_of_credit import ConfirmedLetterOfCredit
from exportrisk.cover.private_insurance import PrivateInsurance
from exportrisk.cover.state_cover import StateCover

OPTIONS: tuple[CoverOption, ...] = (
    CoverOption("none", "No cover", ()),
    CoverOption("fx_forward", "FX forward", (FxForward(),)),
    CoverOption("fx_put", "FX put option", (FxPut(),)),
    CoverOption("private_insurance", "Private credit insurance", (PrivateInsurance(),)),
    CoverOption("state_cover", "State export credit cover", (StateCover(),)),
    CoverOption("lc_confirmed", "Confirmed letter of credit", (ConfirmedLetterOfCredit(),)),
    CoverOption("documentary_collection", "Documentary collection", (DocumentaryCollection(),)),
    CoverOption("forfaiting", "Forfaiting", (Forfaiting(),)),
    CoverOption("factoring", "Export factoring", (Factoring(),)),
    CoverOption("state_cover_forward", "State cover + FX forward", (StateCover(), FxForward())),
    CoverOption("state_cover_put", "State cover + FX put", (StateCover(), FxPut())),
    CoverOption("private_insurance_forward", "Private insurance + FX forward", (PrivateInsurance(), FxForward())),
    CoverOption("private_insurance_put", "Private insurance + FX put", (PrivateInsurance(), FxPut())),
)


def option_by_id(option_id: str) -> CoverOption:
    for option in OPTIONS:
        if option.id == option_id:
            return option
    raise KeyError(option_id)

"""Every cover option the quote compares, by id and components; its words are rows of options.json (option_,
short_, covers_, leaves_ in every language). Adding one: its module, a line here, and those rows."""

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
)


def option_by_id(option_id: str) -> CoverOption:
    for option in OPTIONS:
        if option.id == option_id:
            return option
    raise KeyError(option_id)

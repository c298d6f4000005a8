"""The "What if" tab: the engine's sensitivity table, tornado chart and break-even PD, computed off the GUI thread."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from .runner import Runner
from .whatif_chart import TornadoChart, money, signed, tornado_bars

if TYPE_CHECKING:
    from exportrisk.engine.whatif import WhatIfResult

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
STALE_GREY = QColor("#9a9a9a")


def window_language() -> str:
    """The language of the window's locale when ExportRisk has a catalogue for it, else English."""
    from exportrisk.report.i18n import LANGUAGES

    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "en"


def option_name(option_id: str | None, lang: str) -> str:
    """An option's name in `lang` from the catalogues (the identifier itself when a catalogue lacks it)."""
    if option_id is None:
        return "—"
    from exportrisk.report.i18n import Translator

    names = Translator(lang)
    return names(f"option_{option_id}") if names.has(f"option_{option_id}") else option_id


def base_price(base: Any) -> float | None:
    """The minimum price (invoice currency) of the recommended option of the quote the what-if starts from."""
    if base is None or base.recommended is None:
        return None
    return base.option(base.recommended).min_price


class WhatIfModel(QAbstractTableModel):
    """One row per re-quote: input, shift, recommended option, minimum price, change from the price now."""

    COLUMNS = ("input", "shift", "recommended", "min_price", "change")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: tuple = ()
        self._texts: list[tuple[str, str, str]] = []
        self._base: float | None = None
        self._base_option: str | None = None
        self._currency = ""
        self.stale = False

    def set_rows(self, rows: tuple, texts: list[tuple[str, str, str]], base: float | None, base_option: str | None,
                 currency: str) -> None:
        """Replace the rows; `texts` = (input, shift, option name) as shown, one per row."""
        self.beginResetModel()
        self._rows, self._texts, self._base, self._base_option, self._currency = rows, texts, base, base_option, \
            currency
        self.stale = False
        self.endResetModel()

    def set_stale(self, stale: bool) -> None:
        if stale != self.stale and self._rows:
            self.stale = stale
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        self.stale = stale

    def row(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Input"), self.tr("Change"), self.tr("Best option"),
                self.tr("Minimum price (%1)").replace("%1", self._currency) if self._currency
                else self.tr("Minimum price"), self.tr("Difference"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column in ("input", "shift", "recommended"):
                return self._texts[index.row()][("input", "shift", "recommended").index(column)]
            if row.min_price is None:
                return self.tr("no price works") if column == "min_price" else "—"
            from exportrisk.engine.result import round_price_up

            price = round_price_up(row.min_price)
            if column == "min_price":
                return money(price)
            return "—" if self._base is None else signed(price - round_price_up(self._base))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("min_price", "change"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.stale:
            return STALE_GREY
        if role == Qt.ItemDataRole.FontRole and column == "recommended" and row.recommended != self._base_option:
            font = QFont()
            font.setBold(True)  # the best option changes with this input
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "recommended" and row.recommended != self._base_option:
            return self.tr("A different option is the best with this change.")
        return None


class WhatIfView(QWidget):
    """For the current quote: every input shifted one at a time, a tornado chart and the break-even buyer PD.

    The engine's `sensitivity` and `break_even_pd` run on a Runner (the window's, or the view's own), one at a
    time; a newer `show_result` cancels the running one and only the newest figures are shown. Until they
    arrive the figures on screen are marked as stale."""

    table_updated = Signal()   # fresh sensitivity figures are on screen
    finished = Signal()        # the break-even line is fresh too: the view is complete for the newest inputs

    def __init__(self, parent: QWidget | None = None, runner: Runner | None = None):
        super().__init__(parent)
        self.setObjectName("whatIfView")
        self.runner = runner or Runner(self)
        self._generation = 0         # bumped by every show_result
        self._request: tuple | None = None   # (generation, deal, base, market, params) of the newest inputs
        self._task: int | None = None
        self._task_gen = 0
        self._stage = ""
        self._rows_gen = 0           # the generation of the rows on screen (0: none)
        self._break_even_gen = 0
        self._rows: tuple = ()       # the engine's sensitivity rows on screen
        self._what_if: WhatIfResult | None = None  # the engine's what-if of the figures on screen, once complete
        column = QVBoxLayout(self)
        self.status = QLabel(self.tr("The what-if figures appear here once a deal is priced."), self,
                             objectName="whatIfStatus", wordWrap=True)
        self.headline = QLabel(self, objectName="whatIfHeadline", wordWrap=True)
        self.break_even = QLabel(self, objectName="whatIfBreakEven", wordWrap=True)
        for label in (self.status, self.headline, self.break_even):
            column.addWidget(label)
        split = QSplitter(Qt.Orientation.Vertical, self, objectName="whatIfSplit")
        self.model = WhatIfModel(self)
        self.table = QTableView(split, objectName="whatIfTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = TornadoChart(split)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 300])
        column.addWidget(split, 1)
        self.runner.signals.done.connect(self._on_done)
        self.runner.signals.failed.connect(self._on_failed)
        self.runner.signals.cancelled.connect(self._on_cancelled)

    # --- public API -------------------------------------------------------------------------------------------
    def show_result(self, deal: Any, quote_result: Any, market: Any = None, params: Any = None) -> None:
        """Recompute the what-if for this quote in the background (None: clear the view). The figures on
        screen stay, marked as stale, until the new ones arrive; a computation still running is cancelled."""
        self._generation += 1
        if deal is None or quote_result is None:
            self.clear()
            return
        self._request = (self._generation, deal, quote_result, market, params)
        if self._task is not None:
            self.runner.cancel(self._task)   # its figures are dropped; the newest request starts once it stops
        else:
            self._start("sensitivity")
        self._mark()

    def clear(self) -> None:
        """No quote: cancel any computation and show the placeholder."""
        self._generation += 1
        self._request = None
        if self._task is not None:
            self.runner.cancel(self._task)
        self._rows_gen = self._break_even_gen = 0
        self._rows, self._what_if = (), None
        self.model.set_rows((), [], None, None, "")
        self.chart.set_bars([], None, "", {})
        self.headline.clear()
        self.break_even.clear()
        self.status.setText(self.tr("The what-if figures appear here once a deal is priced."))
        self.status.setStyleSheet("")
        self.status.show()

    def is_stale(self) -> bool:
        """True while figures on screen belong to earlier inputs than the newest show_result."""
        shown = [g for g in (self._rows_gen, self._break_even_gen) if g]
        return bool(shown) and min(shown) != self._generation

    def busy(self) -> bool:
        return self._task is not None

    def computed(self, quote_result: Any, market: Any) -> WhatIfResult | None:
        """The WhatIfResult that `what_if(quote_result.deal, quote_result, market)` returns, from the figures this
        view computed; None unless they are complete and fresh for this very quote and market (the same objects,
        the default parameters) and the quote is exact (`what_if` re-quotes a simulated quote's base row)."""
        complete = self._rows_gen == self._break_even_gen == self._generation
        if self._request is None or not complete:
            return None
        _, deal, base, used_market, params = self._request
        if base is not quote_result or deal is not quote_result.deal or used_market is not market or params is not None:
            return None
        return self._what_if

    # --- the background work ----------------------------------------------------------------------------------
    def _start(self, stage: str) -> None:
        assert self._request is not None
        generation, deal, base, market, params = self._request

        def work(progress: Any) -> Any:
            progress.update(0.0)
            if stage == "sensitivity":
                from exportrisk.engine.whatif import sensitivity

                found: Any = sensitivity(deal, base, market, params)
            else:
                from exportrisk.engine.whatif import break_even_pd

                found = break_even_pd(deal, base, market, params)
            progress.update(1.0)   # raises Cancelled when newer inputs came meanwhile
            return found

        self._stage, self._task_gen = stage, generation
        self._task = self.runner.start(work)

    def _next(self) -> None:
        """The running task ended: start the newest request if it is not the one that ran."""
        self._task = None
        if self._request is not None and self._request[0] != self._task_gen:
            self._start("sensitivity")

    def _on_done(self, task: int, result: Any) -> None:
        if task != self._task:
            return
        current = self._request is not None and self._request[0] == self._task_gen
        stage = self._stage
        if not current:     # finished just before it was cancelled: never shown
            self._next()
            return
        self._task = None
        if stage == "sensitivity":
            self._show_rows(result)
            self._start("break_even")
        else:
            self._show_break_even(result)
        self._mark()
        if stage == "sensitivity":
            self.table_updated.emit()
        else:
            self.finished.emit()

    def _on_failed(self, task: int, error: BaseException, details: str) -> None:
        if task != self._task:
            return
        current = self._request is not None and self._request[0] == self._task_gen
        self._next()
        if not current:
            return
        from exportrisk.errors import ExportRiskError

        self.status.setText(self.tr("The what-if figures could not be computed: %1").replace("%1", str(error)))
        if not isinstance(error, ExportRiskError):
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_cancelled(self, task: int) -> None:
        if task == self._task:
            self._next()

    # --- showing ----------------------------------------------------------------------------------------------
    def _show_rows(self, rows: tuple) -> None:
        _, deal, base, _, _ = self._request
        lang = window_language()
        price = base_price(base)
        inputs = {row.input: self.input_text(row.input, base) for row in rows}
        shift_texts = {(row.input, row.shift): self.shift_text(row.input, row.shift, deal, base) for row in rows}
        bar_texts = {(row.input, row.shift): self.bar_text(row.input, row.shift, deal, base) for row in rows}
        texts = [(inputs[r.input], shift_texts[(r.input, r.shift)], option_name(r.recommended, lang)) for r in rows]
        currency = deal.terms.currency
        self.model.set_rows(tuple(rows), texts, price, base.recommended, currency)
        self.chart.set_bars(tornado_bars(tuple(rows), price, inputs) if price is not None else [], price, currency,
                            bar_texts)
        if price is None:
            self.headline.setText(self.tr("No price keeps your margin with the inputs as they are."))
        else:
            from exportrisk.engine.result import round_price_up

            self.headline.setText(self.tr("Now: %1, minimum price %2 %3. Each row re-quotes the deal with one input "
                                          "changed.").replace("%1", option_name(base.recommended, lang))
                                  .replace("%2", money(round_price_up(price))).replace("%3", currency))
        self._rows_gen = self._task_gen
        self.break_even.setText(self.tr("Break-even buyer default probability: computing…"))
        self._break_even_gen = 0
        self._rows, self._what_if = tuple(rows), None

    def _show_break_even(self, found: tuple[float, str] | None) -> None:
        _, _, base, _, _ = self._request
        lang = window_language()
        now = self.percent(base.risks.buyer_pd_1y)
        best = option_name(base.recommended, lang)
        if found is None:
            text = self.tr("%1 stays the best option for any buyer default probability from 0.03 % to 60 % "
                           "(now %2).").replace("%1", best).replace("%2", now)
        else:
            # the fewest decimals (2 to 4) that tell the break-even from today's PD: 0.489 % (now 0.494 %)
            decimals = next((d for d in (2, 3) if self.percent(found[0], d) != self.percent(base.risks.buyer_pd_1y, d)),
                            4)
            now = self.percent(base.risks.buyer_pd_1y, decimals)
            text = (self.tr("Break-even: %1 stops being the best option when the buyer's one-year default "
                            "probability reaches %2 (now %3); then %4 takes over.")
                    .replace("%1", best).replace("%2", self.percent(found[0], decimals)).replace("%3", now)
                    .replace("%4", option_name(found[1], lang)))
        self.break_even.setText(text)
        self._break_even_gen = self._task_gen
        from exportrisk.engine.whatif import assemble

        self._what_if = assemble(base, self._rows, found) if base.method == "exact" else None

    def _mark(self) -> None:
        """Grey what belongs to earlier inputs, and say so; clear the mark once everything is fresh."""
        stale_rows = bool(self._rows_gen) and self._rows_gen != self._generation
        self.model.set_stale(stale_rows)
        self.chart.set_stale(stale_rows)
        self.headline.setEnabled(not stale_rows)
        self.break_even.setEnabled(self._break_even_gen == self._generation or not self._break_even_gen)
        if self.is_stale():
            self.status.setText(self.tr("Recomputing for the changed deal: the figures below are for the previous "
                                        "inputs."))
            self.status.setStyleSheet("QLabel#whatIfStatus { background: #fff4d6; color: #8a5a00; padding: 3px; }")
            self.status.show()
        elif self._task is not None and not self._rows_gen:
            self.status.setText(self.tr("Computing the what-if figures…"))
            self.status.setStyleSheet("")
            self.status.show()
        else:
            self.status.hide()

    # --- texts ------------------------------------------------------------------------------------------------
    @staticmethod
    def percent(value: float, decimals: int = 2) -> str:
        return QLocale().toString(100.0 * value, "f", decimals) + " %"

    def days(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else self.tr("%1 days").replace("%1", QLocale().toString(count))

    def input_text(self, name: str, base: Any) -> str:
        """An input in plain words (an input the view does not know keeps its identifier)."""
        texts = {"volatility": self.tr("Exchange-rate volatility"), "buyer": self.tr("Buyer's credit quality"),
                 "country_category": self.tr("Country risk category"), "payment_days": self.tr("Payment term"),
                 "rate_home": self.tr("Interest rate, %1").replace("%1", base.home),
                 "rate_foreign": self.tr("Interest rate, %1").replace("%1", base.foreign),
                 "fx_outlook": self.tr("Exchange-rate outlook")}
        return texts.get(name, name)

    def shift_text(self, name: str, shift: str, deal: Any, base: Any) -> str:
        """A shift in plain words, with the value it gives where that helps (9.8 %, 60 days, BBB)."""
        number = re.fullmatch(r"([+-])(\d+)(%|bp)", shift)
        if number:
            sign, amount, unit = number.groups()
            step = (1 if sign == "+" else -1) * int(amount)
            head = signed(step, 0) + (" %" if unit == "%" else self.tr(" bp"))
            if name == "volatility":
                return f"{head} ({self.percent(base.risks.fx_volatility * (1 + step / 100))})"
            if name == "payment_days" and deal.terms.payment_days:
                days = max(1, round(deal.terms.payment_days * (1 + step / 100)))
                return f"{head} ({self.days(days)})"
            if name in ("rate_home", "rate_foreign"):
                rate = (base.rate_home if name == "rate_home" else base.rate_foreign) + step / 10_000
                return f"{head} ({self.percent(rate)})"
            return head
        if name == "buyer" and shift in ("better", "worse"):
            return self._buyer_text(deal.buyer, shift == "worse")
        if name == "country_category" and shift in ("-1", "+1"):
            category = base.risks.country_category
            new = str(int(category) + int(shift)) if category.isdigit() else "?"
            return (self.tr("one category safer (%1)") if shift == "-1" else
                    self.tr("one category riskier (%1)")).replace("%1", new)
        if name == "fx_outlook":
            texts = {"spot": self.tr("the rate stays at today's spot"),
                     "forward": self.tr("the rate follows the forward")}
            return texts.get(shift, shift)
        return shift

    def bar_text(self, name: str, shift: str, deal: Any, base: Any) -> str:
        """The short form of a shift written beside its bar: the new value where it says more than the step."""
        long = self.shift_text(name, shift, deal, base)
        inside = re.fullmatch(r".*\((.+)\)", long)
        if name == "buyer" and inside:
            return inside.group(1)                       # BBB, CC1
        if name == "country_category" and inside:
            return self.tr("category %1").replace("%1", inside.group(1))
        if name == "payment_days" and inside:
            return inside.group(1)                       # 60 days
        if name == "fx_outlook":
            return {"spot": self.tr("spot rate"), "forward": self.tr("forward rate")}.get(shift, shift)
        return long.split(" (")[0]                       # -25 %, +100 bp, PD doubled

    def _buyer_text(self, buyer: Any, worse: bool) -> str:
        from exportrisk.credit.ratings import SCALE
        from exportrisk.deal.model import BUYER_CATEGORIES

        if buyer.rating:
            index = SCALE.index(buyer.rating.upper()) + (3 if worse else -3)
            new = SCALE[index] if 0 <= index < len(SCALE) else "?"
            return (self.tr("3 notches worse (%1)") if worse else self.tr("3 notches better (%1)")).replace("%1", new)
        if buyer.category:
            index = BUYER_CATEGORIES.index(buyer.category) + (1 if worse else -1)
            new = BUYER_CATEGORIES[index] if 0 <= index < len(BUYER_CATEGORIES) else "?"
            return (self.tr("one category worse (%1)") if worse else
                    self.tr("one category better (%1)")).replace("%1", new)
        return self.tr("default probability doubled") if worse else self.tr("default probability halved")

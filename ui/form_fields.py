"""Input widgets of the deal forms: numbers typed as people write them, ratings, country search, dates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from . import i18n

COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "CZK", "HUF", "RON", "SEK", "NOK", "DKK", "TRY", "JPY", "CNY",
                     "INR", "BRL", "MXN", "ZAR", "AUD", "CAD")
RATINGS = ("AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+", "B", "B-",
           "CCC+", "CCC", "CCC-", "CC", "C")
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class NumberField(QLineEdit):
    """A number typed as people write it in the window's language; `problem()` says what is wrong or unclear.

    kind "amount": decimals and grouping of the window's language, ambiguous readings asked (i18n.parse_amount);
    kind "days": a whole number of at least 1.
    """

    valueChanged = Signal()  # noqa: N815 (Qt naming, like the spin boxes it replaces)

    def __init__(self, parent: QWidget, name: str, kind: str = "amount"):
        super().__init__(parent, objectName=name)
        self.kind = kind
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textChanged.connect(lambda _text: self.valueChanged.emit())

    def parsed(self) -> i18n.Parsed:
        if self.kind == "days":
            body = self.text().strip()
            if not body:
                return i18n.Parsed(error="empty")
            if not body.isdigit():
                return i18n.Parsed(error="letters")
            return i18n.Parsed(value=float(body)) if int(body) >= 1 else i18n.Parsed(error="zero")
        return i18n.parse_amount(self.text())

    def value(self) -> float:
        """The number typed (0 when it is empty, unclear or wrong: `problem()` tells the user)."""
        return self.parsed().value or 0.0

    def setValue(self, value: float | None) -> None:  # noqa: N802 (Qt naming)
        if value is None:
            self.setText("")
        elif self.kind == "days":
            self.setText(str(int(value)))
        else:
            self.setText(i18n.number(value))

    def choose(self, value: float) -> None:
        self.setText(i18n.number(value))


class RatingBox(QComboBox):
    """Ratings chosen by typing them: "BB" selects BB (not BBB+, as a plain combo's prefix search would)."""

    def __init__(self, parent: QWidget, name: str):
        super().__init__(parent, objectName=name)
        self.addItems(RATINGS)
        self._typed = ""
        self._reset = QTimer(self, singleShot=True, interval=1200)
        self._reset.timeout.connect(lambda: setattr(self, "_typed", ""))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.text().upper()
        if key and (key.isalpha() or key in "+-"):
            typed = self._typed + key
            exact = self.findText(typed)
            starts = [i for i in range(self.count()) if self.itemText(i).startswith(typed)]
            if exact < 0 and not starts:
                typed, exact = key, self.findText(key)
                starts = [i for i in range(self.count()) if self.itemText(i).startswith(key)]
            self._typed = typed
            self._reset.start()
            if exact >= 0 or starts:
                self.setCurrentIndex(exact if exact >= 0 else starts[0])
            return
        super().keyPressEvent(event)


class CountryCompleter(QCompleter):
    """Finds a country by any part of its name in the window's language or in English, accents ignored."""

    def __init__(self, box: QComboBox):
        super().__init__(box.model(), box)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt API)
        return [i18n.fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 (Qt API)
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class _SelectOnFocus(QObject):
    """Selects a field's text when Tab reaches it, so typing replaces it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            QTimer.singleShot(0, watched.selectAll)
        return False


def date_format() -> str:
    """The window locale's short date with a four-digit year (31.12.2026, 31/12/2026, 12/31/2026)."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def show_under(label: QLabel, text: str) -> None:
    """Show `text` in a word-wrapped error `label`, tall enough for all its lines at the width of the row that
    holds it: a scroll area sizes the form by its labels' unwrapped hints, which clipped a long message (German)."""
    label.setText(text)
    holder = label.parentWidget()
    label.setMinimumHeight(label.heightForWidth(max(holder.width() if holder is not None else 0, 80)))
    label.show()

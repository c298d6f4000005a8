"""The "Data tables" dialog: every table's version, date, source and review interval; a stale table flagged once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject, QSettings, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# QSettings key of the table versions the window has already flagged as due for review.
FLAGGED_KEY = "data/flagged_versions"
STALE_FILL, STALE_TEXT = QColor("#fdf0ee"), QColor("#a02c1c")


@dataclass(frozen=True)
class TableStatus:
    """One data table as a quote reads it now, with its age and whether it is older than its review interval."""

    name: str
    sha256: str
    source: str
    as_of: str              # ISO date ("" when the table carries none)
    age_days: int | None
    review_days: int | None
    user_copy: bool

    @property
    def stale(self) -> bool:
        return self.age_days is not None and self.review_days is not None and self.age_days > self.review_days

    @property
    def version(self) -> str:
        """The table version as the register stores it: the content's hash, shortened for reading."""
        return self.sha256[:10]

    @property
    def key(self) -> str:
        """One table version: flagged once, and again only when a newer version is stale too."""
        return f"{self.name}@{self.sha256}"


def table_statuses(today: date | None = None) -> list[TableStatus]:
    """Every table as `exportrisk data status` dates it (exportrisk.register.tables_status: the interest-rate
    table by the oldest of the rates a quote uses)."""
    from exportrisk.register.tables_status import table_status

    return [TableStatus(t["name"], t["version"], t["source"], t["as_of"] or "", t["age_days"], t["review_days"],
                        t["user_copy"]) for t in table_status(today)]


def stale_tables_to_flag(seen: set[str], today: date | None = None,
                         statuses: list[TableStatus] | None = None) -> list[TableStatus]:
    """The stale tables whose version is not in `seen` yet; their keys are added to `seen`, so a table is
    flagged once per version, not on every quote."""
    fresh = [s for s in (statuses if statuses is not None else table_statuses(today)) if s.stale and s.key not in seen]
    seen.update(s.key for s in fresh)
    return fresh


def settings_store() -> QSettings:
    """The window's settings file (the same INI file as ui.settings.AppSettings)."""
    from exportrisk.paths import data_dir

    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def flagged_versions(store: QSettings | None = None) -> set[str]:
    value = (store or settings_store()).value(FLAGGED_KEY, [])
    if value in (None, ""):
        return set()
    return {str(v) for v in value} if isinstance(value, list) else {str(value)}


def flag_stale_once(store: QSettings | None = None, today: date | None = None,
                    statuses: list[TableStatus] | None = None) -> list[TableStatus]:
    """The stale tables not flagged before (persisted under FLAGGED_KEY): call after the data loads and after
    an import; show the result (`stale_message`) when it is not empty. `statuses`: already read (off the GUI
    thread), else read now."""
    store = store or settings_store()
    seen = flagged_versions(store)
    fresh = stale_tables_to_flag(seen, today, statuses)
    if fresh:
        store.setValue(FLAGGED_KEY, sorted(seen))
        store.sync()
    return fresh


def stale_message(tables: list[TableStatus]) -> str:
    """One status-bar sentence naming the tables due for review."""
    return TableNames().stale_message([table_title(t.name) for t in tables])


def table_title(name: str) -> str:
    """A table's name in plain words (an unknown table keeps its file name)."""
    return TableNames().titles().get(name, name)


class TableNames(QObject):
    """A QObject only so that lupdate and tr() see the "TableNames" context."""

    def stale_message(self, titles: list[str]) -> str:
        return self.tr("Older than their usual review interval: %1. Data ▸ Data tables shows their dates.") \
            .replace("%1", ", ".join(titles))

    def titles(self) -> dict[str, str]:
        return {
            "bank/forfaiting_margins.csv": self.tr("Forfaiting margins (bank estimates)"),
            "bank/lc_confirmation_bands.csv": self.tr("Letter of credit confirmation fees (bank estimates)"),
            "country/country_aliases.csv": self.tr("Other names of countries"),
            "country/currency_jurisdiction.csv": self.tr("Currencies and the countries that use them"),
            "country/marketable_risk_countries.csv": self.tr("Marketable-risk countries (EU short-term cover rules)"),
            "country/oecd_country_risk.csv": self.tr("OECD country risk categories"),
            "country/political_risk.csv": self.tr("Political risk by country category"),
            "country/restricted_markets.csv": self.tr("Sanctions and restricted markets"),
            "credit/sp_cumulative_default_1981_2019.csv": self.tr("Cumulative default rates, 1981–2019 (S&P)"),
            "credit/sp_default_1981_2024.csv": self.tr("Default rates by rating, 1981–2024 (S&P)"),
            "credit/sp_notch_default_1y.csv": self.tr("One-year default rates by rating notch (S&P)"),
            "finance/arrangement_terms.csv": self.tr("OECD Arrangement: maximum repayment terms"),
            "finance/bond_fees.csv": self.tr("Bank fees for bonds and guarantees (estimates)"),
            "finance/cirr.csv": self.tr("Commercial interest reference rates (CIRR)"),
            "finance/counter_guarantee_rates.csv": self.tr("State counter-guarantee rates for bonds"),
            "finance/parameters.toml": self.tr("Export finance settings"),
            "finance/stress_windows.csv": self.tr("Historical stress windows"),
            "interest_rates.csv": self.tr("Interest rates by currency"),
            "parameters.toml": self.tr("Model settings"),
            "premium/ekn_market_premiums.csv": self.tr("EKN indicative premiums (Sweden)"),
            "premium/mpr_buyer_coefficients.csv": self.tr("OECD minimum premium: buyer coefficients"),
            "premium/mpr_constants.csv": self.tr("OECD minimum premium: constants"),
            "premium/mpr_country_coefficients.csv": self.tr("OECD minimum premium: country coefficients"),
            "premium/mpr_quality_factors.csv": self.tr("OECD minimum premium: quality of cover factors"),
            "premium/preshipment_tariff.csv": self.tr("Pre-shipment cover tariff (Germany)"),
            "premium/rating_concordance.csv": self.tr("Ratings and OECD buyer categories"),
            "premium/short_term_constants.csv": self.tr("Short-term cover tariff: constants (Germany)"),
            "premium/short_term_tariff.csv": self.tr("Short-term cover tariff (Germany)"),
            "premium/ukef_constants.csv": self.tr("UKEF insurance quote rules"),
            "premium/ukef_exip_grid.csv": self.tr("UKEF insurance premium grid"),
            "premium/ukef_risk_classes.csv": self.tr("UKEF risk classes by country"),
            "tax/insurance_premium_tax.csv": self.tr("Insurance premium tax by country"),
        }


class DataTablesDialog(QDialog):
    """Every data table: name, version, date, age, source, review interval, and a flag when it is overdue."""

    COLUMNS = ("table", "version", "as_of", "age", "review", "status", "source")

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("dataTablesDialog")
        self.setWindowTitle(self.tr("Data tables"))
        self.resize(1200, 640)
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("Every table ExportRisk prices with: its version, the date of its figures, where they "
                               "come from and how often they are usually revised. A flagged table is older than "
                               "that: import an update (exportrisk data import) or check the figures yourself."),
                       self, wordWrap=True)
        column.addWidget(intro)
        self.summary = QLabel(self, objectName="dataSummary", wordWrap=True)
        column.addWidget(self.summary)
        self.table = QTableWidget(0, len(self.COLUMNS), self, objectName="dataTable")
        self.table.setHorizontalHeaderLabels([self.tr("Table"), self.tr("Version"), self.tr("As of"), self.tr("Age"),
                                              self.tr("Reviewed every"), self.tr("Status"), self.tr("Source")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS.index("source"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COLUMNS.index("table"), QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        column.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.statuses: list[TableStatus] = []
        self.refresh(today)

    def refresh(self, today: date | None = None) -> None:
        """Read every table's status again (after an import)."""
        self.statuses = sorted(table_statuses(today), key=lambda s: (not s.stale, table_title(s.name).casefold()))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.statuses))
        warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        locale = QLocale()
        for row, status in enumerate(self.statuses):
            as_of = QDate.fromString(status.as_of, Qt.DateFormat.ISODate) if status.as_of else QDate()
            values = {
                "table": table_title(status.name),
                "version": status.version + (self.tr(" (your copy)") if status.user_copy else ""),
                "as_of": locale.toString(as_of, "d MMM yyyy") if as_of.isValid() else "—",
                "age": "—" if status.age_days is None else self.days(status.age_days),
                "review": "—" if status.review_days is None else self.days(status.review_days),
                "status": self.tr("Review due") if status.stale else self.tr("Current"),
                "source": status.source or (self.tr("Each rate names its own source and date")
                                            if status.name == "interest_rates.csv" else "—"),
            }
            for col, key in enumerate(self.COLUMNS):
                item = QTableWidgetItem(values[key])
                if key in ("age", "review"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key == "table":
                    item.setToolTip(f"{values['table']}\n{status.name}")
                elif key == "version":
                    item.setToolTip(status.sha256)
                elif key == "source":
                    item.setToolTip(status.source)
                elif key == "as_of" and status.name == "interest_rates.csv":
                    item.setToolTip(self.tr("The oldest rate in the table: each rate carries its own date."))
                if status.stale:
                    item.setBackground(STALE_FILL)
                    if key == "status":
                        item.setIcon(warning)
                        item.setForeground(STALE_TEXT)
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                        item.setToolTip(self.tr("Older than its usual review interval of %1.")
                                        .replace("%1", self.days(status.review_days or 0)))
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(self.COLUMNS.index("table"))
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 380))
        stale = sum(s.stale for s in self.statuses)
        self.summary.setText(self.tr("%1 of %2 tables are older than their usual review interval.")
                             .replace("%1", str(stale)).replace("%2", str(len(self.statuses))) if stale else
                             self.tr("Every table is within its usual review interval."))
        self.summary.setStyleSheet("QLabel#dataSummary { color: #a02c1c; font-weight: bold; }" if stale else "")

    def days(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else self.tr("%1 days").replace("%1", QLocale().toString(count))

    def row_of(self, name: str) -> int:
        """The row showing table `name` (tests and the window's "show me" link)."""
        return next(i for i, s in enumerate(self.statuses) if s.name == name)

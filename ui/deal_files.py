"""Deal files for the main window: new, open, save (atomic), recent files, autosave and recovery."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from exportrisk import __version__
from exportrisk.errors import ExportRiskError, InputError
from exportrisk.fileio import atomic_write_text
from exportrisk.paths import data_dir
from exportrisk.safe_read import read_structured

from . import i18n
from . import settings as keys


def autosave_path() -> Path:
    return data_dir() / "autosave-deal.json"


def drop_autosave() -> None:
    """Remove the autosave file; a read-only data folder keeps it (the next start offers it again)."""
    try:
        autosave_path().unlink(missing_ok=True)
    except (OSError, ExportRiskError):
        pass


class DealFiles:
    """Mixed into MainWindow (a QMainWindow with `form`, `settings`, `path`, `market`, `recent_menu`)."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Texts of this module live in the "DealFiles" translation context; others fall back to the window's."""
        translated = QCoreApplication.translate("DealFiles", text, disambiguation, n)
        untranslated = text.replace("%n", str(n)) if n >= 0 else text
        return translated if translated != untranslated else super().tr(text, disambiguation, n)  # type: ignore[misc]

    def _update_title(self, untitled: str | None = None) -> None:
        name = self.path.name if self.path else (untitled or self.tr("Untitled deal"))
        self.setWindowTitle(f"{name}[*] — ExportRisk {__version__}")

    def maybe_save(self, quitting: bool = False) -> bool:
        """Ask before losing edits: Save, Discard or Cancel. True means go on.

        When quitting, a consortium pool changed since it was opened or saved is named too (and saved on Save).
        """
        pool = quitting and self.consortium is not None and self.consortium.modified
        if not self.isWindowModified() and not pool:
            return True
        if pool and self.isWindowModified():
            text = self.tr("The deal and the consortium pool have unsaved changes. Save them?")
        elif pool:
            text = self.tr("The consortium pool has unsaved changes. Save it?")
        else:
            text = self.tr("The deal has unsaved changes. Save them?")
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), text,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            saved = self.save() if self.isWindowModified() else True
            return saved and (not pool or self.consortium.save_dialog())
        return answer == QMessageBox.StandardButton.Discard

    def new_deal_silently(self) -> None:
        """Start with a blank deal once the market data is there."""
        if self.market is None:
            self._new_on_load = True
            return
        self.setWindowModified(False)
        self.new_deal()

    def new_deal(self) -> None:
        """A blank deal: nothing is kept from the previous one."""
        if not self.maybe_save():
            return
        self.form.blank()
        self.path = None
        self.setWindowModified(False)
        self._update_title()
        self.recalculate()

    def new_example(self) -> None:
        """The example deal, labelled as one; saving it writes only what the form shows (no hidden notes)."""
        if not self.maybe_save():
            return
        from exportrisk.deal.io import load_deal
        from exportrisk.paths import resources_dir

        self.form.set_deal(load_deal(resources_dir() / "examples" / "italy_textiles_brazil.toml"))
        self.form.forget_hidden()
        self.form.example_note.setText(self.tr("This is an example deal (Italian textiles sold to Brazil). Change "
                                               "any field, or choose File > New blank deal to start from nothing."))
        self.form.example_note.show()
        self.path = None
        self.setWindowModified(False)
        self._update_title(self.tr("Example deal"))
        self.recalculate()

    def open_dialog(self) -> None:
        if self.maybe_save():
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open deal"), self.start_folder(),
                                                  self.tr("Deal files (*.json *.toml *.pdf)"))
            if path:
                self.remember_folder(Path(path))
                self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        from exportrisk.deal.io import load_deal

        try:
            deal = load_deal(path)
        except InputError as exc:
            self.show_message(i18n.error_text(exc))
            return False
        self.form.set_deal(deal)
        self.path = path if path.suffix.lower() == ".json" else None
        self.setWindowModified(False)
        self._update_title()
        self.settings.add_recent(str(path))
        self._refresh_recent()
        self.recalculate()
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path) if self.path else str(Path(self.start_folder()) / self.suggested_name(".json"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save deal"), start, self.tr("Deal files (*.json)"))
        if not path:
            return False
        target = Path(path if path.lower().endswith(".json") else f"{path}.json")
        self.remember_folder(target)
        return self.save_to(target)

    def save_to(self, path: Path) -> bool:
        """Validate and write the deal atomically; on an invalid field, show it and keep the window as is."""
        from exportrisk.deal.io import deal_from_dict, save_deal_json

        try:
            save_deal_json(deal_from_dict(self.form.values()), path)
        except InputError as exc:
            self._show_input_error(exc)
            return False
        except OSError as exc:
            self.show_message(self.tr("Cannot save %1: %2").replace("%1", str(path)).replace("%2", str(exc)))
            return False
        self.path = path
        self.setWindowModified(False)
        self._update_title()
        self.settings.add_recent(str(path))
        self._refresh_recent()
        drop_autosave()
        return True

    def _refresh_recent(self) -> None:
        if self.recent_menu is None:
            return
        self.recent_menu.clear()
        for file in self.settings.get(keys.RECENT_FILES):
            action = self.recent_menu.addAction(file)
            action.triggered.connect(lambda _=False, f=file: self.maybe_save() and self.open_file(Path(f)))

    def autosave(self) -> None:
        """Keep what was typed, even when invalid, so a crash loses nothing."""
        if self.isWindowModified():
            data = {"path": str(self.path) if self.path else None, "form": self.form.values()}
            try:
                atomic_write_text(autosave_path(), json.dumps(data, indent=1))
            except (OSError, ExportRiskError) as exc:  # read-only data folder: say so once, not every 20 s
                if not getattr(self, "_autosave_failed", False):
                    self.show_message(self.tr("Cannot save %1: %2").replace("%1", str(autosave_path()))
                                      .replace("%2", str(getattr(exc, "strerror", None) or exc)))
                self._autosave_failed = True
                return
            self._autosave_failed = False

    def recover_autosave(self) -> bool:
        """Load the autosaved form left by a previous session that did not close cleanly."""
        from exportrisk.deal.io import deal_from_dict

        path = autosave_path()
        if not path.is_file():
            return False
        try:
            data = read_structured(path, "The autosaved deal", "autosave file")
            if not isinstance(data, dict) or not isinstance(data.get("form"), dict):
                raise InputError(code="deal_file_layout", field="")  # not what an autosave writes
            self.form.set_deal(deal_from_dict(data["form"]))
        except (ValueError, KeyError, TypeError, ExportRiskError) as exc:
            self.show_message(self.tr("The autosaved deal could not be restored: %1")
                              .replace("%1", i18n.error_text(exc)))
            return False
        self.path = Path(data["path"]) if data.get("path") else None
        self.setWindowModified(True)
        self._update_title()
        self.recalculate()
        return True


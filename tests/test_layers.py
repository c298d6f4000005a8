"""Layer rules: exportrisk/ never imports PySide6; exactly one module imports yfinance."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every module imported anywhere in the file, lazy imports included."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def python_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in (ROOT / folder).rglob("*.py")]


def test_engine_never_imports_qt() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in python_files("exportrisk")
                 if "PySide6" in imported_modules(p) or "shiboken6" in imported_modules(p)]
    assert offenders == []


def test_only_the_adapter_imports_yfinance() -> None:
    files = python_files("exportrisk", "ui") + [ROOT / "main.py"]
    importers = [str(p.relative_to(ROOT)) for p in files if "yfinance" in imported_modules(p)]
    assert importers == ["exportrisk/market/yahoo.py"]


def test_checker_sees_lazy_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import Qt\n    import yfinance as yf\n")
    assert {"PySide6", "yfinance"} <= imported_modules(sample)


def test_cli_start_loads_neither_qt_nor_yfinance() -> None:
    code = ("import sys, exportrisk.cli, exportrisk.fx.analysis, exportrisk.market.service;"
            "print(sorted(m for m in ('PySide6', 'yfinance', 'arch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def full_imports(path: Path) -> set[str]:
    """Dotted names of every exportrisk module imported anywhere in the file (TYPE_CHECKING blocks included)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {n for n in names if n.startswith("exportrisk")}


def test_the_pricing_context_and_the_cover_interface_do_not_import_each_other() -> None:
    # the type both need, RiskProfile, lives in a neutral module; the components name the context for types only
    context = full_imports(ROOT / "exportrisk/engine/context.py")
    assert not any(n.startswith("exportrisk.cover") for n in context), context
    assert "exportrisk.risk_profile" in context
    assert "exportrisk.engine" not in {n.rsplit(".", 1)[0] for n in full_imports(ROOT / "exportrisk/risk_profile.py")}

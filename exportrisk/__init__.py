"""ExportRisk: measure and price the FX, buyer and country risk of an export deal."""

__version__ = "0.1.0"

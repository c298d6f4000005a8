"""PySide6 desktop front end of ExportRisk; it only shows what the engine computed."""

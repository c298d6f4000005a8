"""Market data: bundled ECB history, the Yahoo Finance adapter and its store, rate tables, snapshots."""

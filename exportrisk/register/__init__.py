"""The adviser's register: clients, buyers, deals and quotes with the data that made them, in SQLite."""

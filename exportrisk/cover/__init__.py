"""Cover options: each a small component behind one interface; options are components combined."""

"""Buyer credit risk: rating scale, default probability over a term, loss given default."""

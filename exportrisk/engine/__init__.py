"""The pricing engine: a deal and market data in, a frozen QuoteResult out."""

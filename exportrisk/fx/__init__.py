"""Exchange-rate analytics: volatility, forwards, Garman-Kohlhagen options, VaR and ES."""

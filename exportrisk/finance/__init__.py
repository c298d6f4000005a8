"""Export finance on favourable terms: CIRR buyer credits, funding, support schemes, bonds and stress (issue 15)."""

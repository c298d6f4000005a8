"""Country risk: the OECD classification, marketable-risk rules and political/transfer probabilities."""

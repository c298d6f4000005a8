"""The export deal: frozen, validated inputs and the JSON/TOML deal file."""

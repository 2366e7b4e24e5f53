"""Source adapters: one module per adapter, listed in `sources.registry`."""

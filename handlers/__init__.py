"""HTTP edges: one module per channel (verify, parse, send), the staff API and console blueprints."""

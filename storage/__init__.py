"""Storage: SQLModel tables, engine set-up, migrations and the queries the CLI needs."""

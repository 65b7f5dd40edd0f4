"""Voice profiles of employees (speakers of mono calls)."""

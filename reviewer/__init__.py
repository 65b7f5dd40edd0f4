"""Reviewer: offline quality review of customer conversations."""

__version__ = "0.1.0"

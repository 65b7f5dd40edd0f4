"""The conversation part of the desktop interface."""

"""The reports part of the desktop interface."""

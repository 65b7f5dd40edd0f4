"""The jobs part of the desktop interface."""

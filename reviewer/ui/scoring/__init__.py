"""The scoring part of the desktop interface."""

"""The visits part of the desktop interface."""

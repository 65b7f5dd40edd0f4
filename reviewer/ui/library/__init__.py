"""The library part of the desktop interface."""

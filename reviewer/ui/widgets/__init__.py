"""The widgets part of the desktop interface."""

"""The desktop app (PySide6). The only package that imports Qt; it calls services and storage."""

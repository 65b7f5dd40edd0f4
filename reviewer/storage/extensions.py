"""Agent extensions and the employees they belong to: the mapping the user keeps in the
library's ``agent_extensions`` setting. A recording whose file name gives the agent's extension
(reviewer.importers.filenames) is then imported as that employee's, unless the batch or the
call details CSV named one (reviewer.importers.call_details)."""

from __future__ import annotations

import re

from reviewer.storage.settings import Setting

# What telephone systems number their extensions with: digits, as their recording names carry them.
_EXTENSION = re.compile(r"\d{1,10}")


class ExtensionError(ValueError):
    """An extension or employee name that cannot be kept; the message says which and why."""


def clean_extension(text: str) -> str:
    extension = (text or "").strip()
    if not _EXTENSION.fullmatch(extension):
        raise ExtensionError(f"extension {text!r} must be a number of 1 to 10 digits (as in the recordings' names)")
    return extension


def clean_employee(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ExtensionError("the employee's name is empty")
    return cleaned


def mapping_from_pairs(pairs: list[str]) -> dict[str, str]:
    """EXTENSION=EMPLOYEE words (the settings command's form) as a mapping."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        extension, sep, name = pair.partition("=")
        if not sep:
            raise ExtensionError(f"{pair!r}: write EXTENSION=EMPLOYEE, e.g. 201='Anna Ozola'")
        mapping[clean_extension(extension)] = clean_employee(name)
    return mapping


def extensions(library) -> dict[str, str]:
    """Extension -> employee, in extension order."""
    found = library.setting(Setting.AGENT_EXTENSIONS)
    return dict(sorted(found.items(), key=lambda item: (len(item[0]), item[0])))


def save(library, mapping: dict[str, str]) -> dict[str, str]:
    """Keep this whole mapping (checked first: a bad row changes nothing); each employee is added
    to the library's employees, so that filters and reports know them before their first call."""
    cleaned = {clean_extension(ext): clean_employee(name) for ext, name in mapping.items()}
    with library.transaction():
        for name in dict.fromkeys(cleaned.values()):
            library.employee_id(name)
        library.set_setting(Setting.AGENT_EXTENSIONS, cleaned)
    return extensions(library)


def set_extension(library, extension: str, employee: str) -> None:
    save(library, {**extensions(library), clean_extension(extension): clean_employee(employee)})


def remove_extension(library, extension: str) -> bool:
    """Forget an extension; False when it was not kept."""
    mapping = extensions(library)
    if mapping.pop(clean_extension(extension), None) is None:
        return False
    save(library, mapping)
    return True

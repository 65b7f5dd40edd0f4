"""What every importer provides, and the problems it can report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from reviewer.domain import Channel, Conversation

HEAD_BYTES = 64 * 1024  # how much of a file sniffing looks at


class ImportProblem(Exception):
    """A file cannot be imported. The message says why, in words a user understands;
    the import service adds the file name."""


@dataclass
class ImportOptions:
    employee: str | None = None
    channel: Channel | None = None
    agents: list[str] = field(default_factory=list)  # names that are the agent (from --agent and the library)
    sidecar: object | None = None  # reviewer.importers.sidecar.Sidecar: details per file, from a CSV
    # agent extension -> employee (the library's agent_extensions setting, reviewer.storage.extensions)
    extensions: dict[str, str] = field(default_factory=dict)


@dataclass
class Parsed:
    """What an importer found in one file: one or more conversations, and notes for the user
    (for example that nobody could be identified as the agent)."""

    conversations: list[Conversation]
    notes: list[str] = field(default_factory=list)
    #: a recording to keep in the library store (audio files); its stored path goes to each conversation
    recording: Path | None = None


class Importer(Protocol):
    #: format id stored with each conversation, e.g. "whatsapp", "audio"
    name: str
    #: file name suffixes this format usually has; only a tie-breaker, content decides
    suffixes: tuple[str, ...]

    def sniff(self, path: Path, head: bytes) -> int:
        """How sure this importer is that it reads the file, from its first bytes:
        0 no, 1 maybe (only the extension fits), 2 the content looks right, 3 unmistakable."""

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        """Read the whole file. Raises ImportProblem with a clear reason when it cannot."""

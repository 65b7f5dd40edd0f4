"""The bundle file: a zip with ``manifest.json``, ``data.json``, ``parts/<name>.json`` and, when
asked, ``recordings/<xx>/<sha256><suffix>``.

The manifest records who made the bundle, when, from which library, every member with its size
and SHA-256, and a checksum over all of that. Bundles are untrusted input: reading refuses the
whole bundle, with one line saying why, on a damaged or truncated zip, a member whose name could
leave a folder (``../``, an absolute or drive path, a backslash) or that is a link, a member
larger than the manifest declares or than a sane bundle holds (a zip bomb), a member missing
from or not listed in the manifest, a size or SHA-256 that does not match, or a wrong checksum.
Nothing is ever extracted by the member's own name.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
from pathlib import Path, PurePosixPath
from typing import IO, Iterator

FORMAT = "reviewer-bundle"
VERSION = 1
SUFFIX = ".rvbundle"
MANIFEST = "manifest.json"
DATA = "data.json"
MAX_JSON_BYTES = 512 * 1024 * 1024  # data.json and parts: far beyond a team's month
MAX_RECORDING_BYTES = 4 * 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed: JSON compresses ~10x, a bomb ~1000x
RECORDING_NAME = re.compile(r"^recordings/([0-9a-f]{2})/([0-9a-f]{64})(\.[a-z0-9]{1,8})?$")
PART_NAME = re.compile(r"^parts/([a-z][a-z0-9_]{0,40})\.json$")
BLOCK = 1024 * 1024


class BundleError(Exception):
    """The bundle is refused as a whole; the message says why."""


def is_bundle(path: Path, head: bytes) -> bool:
    """A .rvbundle (read as one even when damaged, to say why it is refused), or any zip whose
    first member is the manifest (bundle writers put it first)."""
    if path.suffix.lower() == SUFFIX:
        return True
    if not head.startswith(b"PK\x03\x04"):
        return False
    name_length = int.from_bytes(head[26:28], "little")
    return head[30 : 30 + name_length] == MANIFEST.encode()


def checksum(manifest: dict) -> str:
    """SHA-256 of the manifest's canonical JSON without its own checksum."""
    body = {k: v for k, v in manifest.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def safe_name(name: str) -> bool:
    if not name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
        return False
    parts = PurePosixPath(name).parts
    return all(p not in ("..", ".", "") for p in parts) and not name.endswith("/")


class BundleReader:
    """An open bundle whose structure and manifest have been checked; members are read with
    their declared size and SHA-256 enforced."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise BundleError(f"not a readable bundle (damaged or truncated zip: {exc})") from None
        try:
            self._check_entries()
            self.manifest = self._read_manifest()
            self._check_members()
        except BaseException:
            self._zip.close()
            raise

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> "BundleReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check_entries(self) -> None:
        seen = set()
        for info in self._zip.infolist():
            name = info.filename
            if not safe_name(name):
                raise BundleError(f"member {name!r} has a path that leaves the bundle; refused")
            kind = stat.S_IFMT(info.external_attr >> 16) if info.create_system == 3 else 0
            if kind and kind != stat.S_IFREG:
                raise BundleError(f"member {name!r} is a link or special file; refused")
            if name in seen:
                raise BundleError(f"member {name!r} appears twice; refused")
            seen.add(name)
            if info.flag_bits & 0x1:
                raise BundleError(f"member {name!r} is encrypted; refused")
            limit = MAX_RECORDING_BYTES if name.startswith("recordings/") else MAX_JSON_BYTES
            if info.file_size > limit:
                raise BundleError(f"member {name!r} declares {info.file_size} bytes, more than a bundle may hold")
            if info.file_size > 1024 * 1024 and info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
                raise BundleError(f"member {name!r} expands {info.file_size // info.compress_size}-fold (a zip bomb?); refused")
        if MANIFEST not in seen:
            raise BundleError(f"no {MANIFEST}: not a Reviewer bundle")

    def _read_raw(self, name: str, limit: int) -> bytes:
        """At most ``limit`` bytes; more is a member larger than declared (a zip bomb)."""
        try:
            with self._zip.open(name) as f:
                data = f.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # CRC errors, truncation
            raise BundleError(f"member {name!r} is damaged: {exc}") from None
        if len(data) > limit:
            raise BundleError(f"member {name!r} is larger than declared (a zip bomb?); refused")
        return data

    def _read_manifest(self) -> dict:
        info = self._zip.getinfo(MANIFEST)
        raw = self._read_raw(MANIFEST, min(info.file_size, MAX_MANIFEST_BYTES))
        try:
            manifest = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BundleError(f"{MANIFEST} is not valid JSON ({exc})") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BundleError(f"{MANIFEST} does not describe a Reviewer bundle")
        if manifest.get("version") != VERSION:
            raise BundleError(f"bundle format version {manifest.get('version')!r} is not one this Reviewer reads ({VERSION})")
        for key in ("made_by", "made_at", "library_uid", "checksum"):
            if not isinstance(manifest.get(key), str) or not manifest[key]:
                raise BundleError(f"{MANIFEST} lacks {key!r}")
        if not isinstance(manifest.get("members"), dict):
            raise BundleError(f"{MANIFEST} lacks its list of members")
        if checksum(manifest) != manifest["checksum"]:
            raise BundleError("the manifest's checksum does not match: the bundle was changed or damaged")
        return manifest

    def _check_members(self) -> None:
        listed = self.manifest["members"]
        present = {i.filename: i for i in self._zip.infolist() if i.filename != MANIFEST}
        for name, entry in listed.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("size"), int) or not isinstance(entry.get("sha256"), str):
                raise BundleError(f"{MANIFEST}: member {name!r} has no size and SHA-256")
            if name not in present:
                raise BundleError(f"member {name!r} is listed in the manifest but missing (truncated bundle?)")
            if present[name].file_size != entry["size"]:
                raise BundleError(f"member {name!r} is {present[name].file_size} bytes, the manifest says {entry['size']}")
        for name in present:
            if name not in listed:
                raise BundleError(f"member {name!r} is not in the manifest; refused")
            if name != DATA and not RECORDING_NAME.match(name) and not PART_NAME.match(name):
                raise BundleError(f"member {name!r} is not something a bundle holds; refused")
        if DATA not in listed:
            raise BundleError(f"no {DATA}: the bundle holds no conversations or reviews")

    def names(self) -> list[str]:
        return list(self.manifest["members"])

    def read_json(self, name: str):
        entry = self.manifest["members"][name]
        raw = self._read_raw(name, entry["size"])
        if len(raw) != entry["size"] or hashlib.sha256(raw).hexdigest() != entry["sha256"]:
            raise BundleError(f"member {name!r} does not match its SHA-256 in the manifest (damaged)")
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BundleError(f"member {name!r} is not valid JSON ({exc})") from None

    def copy_member(self, name: str, out: IO[bytes]) -> str:
        """Stream a member into ``out`` (never more than declared); returns its SHA-256 after
        checking it against the manifest."""
        entry = self.manifest["members"][name]
        digest, total = hashlib.sha256(), 0
        try:
            with self._zip.open(name) as f:
                for block in iter(lambda: f.read(BLOCK), b""):
                    total += len(block)
                    if total > entry["size"]:
                        raise BundleError(f"member {name!r} is larger than declared (a zip bomb?); refused")
                    digest.update(block)
                    out.write(block)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise BundleError(f"member {name!r} is damaged: {exc}") from None
        if total != entry["size"] or digest.hexdigest() != entry["sha256"]:
            raise BundleError(f"member {name!r} does not match its SHA-256 in the manifest (damaged)")
        return digest.hexdigest()


def iter_json_members(reader: BundleReader) -> Iterator[str]:
    yield from (n for n in reader.names() if n == DATA or PART_NAME.match(n))

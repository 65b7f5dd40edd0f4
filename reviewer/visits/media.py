"""What a file attached to a visit is: a photo (with its EXIF time) or an audio recording.

Recognised by content, never by extension: a receipt photo saved as ``.dat`` is still a photo,
and a text file named ``.jpg`` is refused with the reason.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewer.domain.visit import AttachmentError, AttachmentKind

_HEAD_BYTES = 64 * 1024

# EXIF tags: the Exif sub-IFD, the time the photo was taken, its zone, and IFD0's file time.
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_OFFSET_TIME_ORIGINAL = 36881
_DATETIME = 306

#: Pillow's format name -> the suffix the photo is stored with.
_PHOTO_SUFFIX = {"JPEG": ".jpg", "MPO": ".jpg", "PNG": ".png", "WEBP": ".webp", "TIFF": ".tif", "GIF": ".gif",
                 "BMP": ".bmp"}
#: PyAV's container name -> the suffix a recording is stored with when its own suffix is unusual.
_AUDIO_SUFFIX = {"wav": ".wav", "mp3": ".mp3", "ogg": ".ogg", "flac": ".flac", "matroska,webm": ".webm",
                 "mov,mp4,m4a,3gp,3g2,mj2": ".m4a", "aac": ".aac"}


@dataclass(frozen=True, slots=True)
class Media:
    kind: AttachmentKind
    suffix: str  # stored under this (lower case, with the dot)
    taken_at: str | None = None  # photos: EXIF time, ISO local time
    duration_ms: int | None = None  # audio
    channels: int | None = None
    sample_rate: int | None = None
    codec: str | None = None
    container: str | None = None


def _photo_magic(head: bytes) -> bool:
    return (
        head[:3] == b"\xff\xd8\xff"
        or head[:8] == b"\x89PNG\r\n\x1a\n"
        or head[:6] in (b"GIF87a", b"GIF89a")
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or head[:4] in (b"II*\x00", b"MM\x00*")
        or head[:2] == b"BM"
    )


def _heif(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


def identify(path: Path) -> Media:
    """A photo or an audio recording; AttachmentError naming the file otherwise."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            head = f.read(_HEAD_BYTES)
    except FileNotFoundError:
        raise AttachmentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise AttachmentError(f"{path}: is a folder, not a photo or recording") from None
    except OSError as exc:
        raise AttachmentError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not head:
        raise AttachmentError(f"{path}: the file is empty")
    if _heif(head):
        raise AttachmentError(f"{path}: HEIC/AVIF photos cannot be read; export the photo as JPEG")
    if _photo_magic(head):
        return _photo(path)
    from reviewer.importers.audio import IMPORTER

    if IMPORTER.sniff(path, head):
        return _audio(path)
    raise AttachmentError(f"{path}: not a photo (JPEG, PNG, WebP, TIFF, GIF, BMP) or an audio recording")


def _photo(path: Path) -> Media:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            fmt = image.format or ""
            taken_at = exif_time(image)
            # Decoding at a reduced scale still reads every byte of a JPEG: a cut-off or
            # damaged file fails here, cheaply, rather than later in a thumbnail.
            image.draft("RGB", (256, 256))
            image.load()
    except UnidentifiedImageError:
        raise AttachmentError(f"{path}: corrupt photo: the image data cannot be read") from None
    except Image.DecompressionBombError:
        raise AttachmentError(f"{path}: the photo is too large to open safely") from None
    except (OSError, SyntaxError, ValueError, struct.error, EOFError) as exc:
        reason = str(exc) or type(exc).__name__
        raise AttachmentError(f"{path}: corrupt or truncated photo ({reason})") from None
    suffix = _PHOTO_SUFFIX.get(fmt)
    if suffix is None:
        raise AttachmentError(f"{path}: {fmt or 'this'} images are not supported as photos; use JPEG or PNG")
    return Media(AttachmentKind.PHOTO, suffix, taken_at=taken_at)


def exif_time(image) -> str | None:
    """When the photo was taken: EXIF DateTimeOriginal, else DateTime, as ISO 8601 (with the
    zone when OffsetTimeOriginal gives one); None without a usable EXIF time."""
    try:
        exif = image.getexif()
        sub = exif.get_ifd(_EXIF_IFD)
    except Exception:  # broken EXIF must not make the photo unusable: it just has no time
        return None
    for raw, offset in ((sub.get(_DATETIME_ORIGINAL), sub.get(_OFFSET_TIME_ORIGINAL)), (exif.get(_DATETIME), None)):
        taken = _exif_datetime(raw)
        if taken is None:
            continue
        text = taken.isoformat(timespec="seconds")
        zone = _exif_offset(offset)
        return text + zone if zone else text
    return None


def _exif_datetime(raw) -> datetime | None:
    if isinstance(raw, bytes):
        raw = raw.decode("ascii", "replace")
    if not isinstance(raw, str):
        return None
    text = raw.strip("\x00 ").strip()
    try:
        return datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")  # "0000:00:00 00:00:00" fails: no time
    except ValueError:
        return None


def _exif_offset(raw) -> str | None:
    if isinstance(raw, bytes):
        raw = raw.decode("ascii", "replace")
    if not isinstance(raw, str):
        return None
    text = raw.strip("\x00 ").strip()
    if len(text) == 6 and text[0] in "+-" and text[3] == ":" and text[1:3].isdigit() and text[4:].isdigit():
        return text
    return None


def _audio(path: Path) -> Media:
    from reviewer.importers.audio import IMPORTER, probe_audio
    from reviewer.importers.base import ImportProblem

    try:
        probe = probe_audio(path)
    except ImportProblem as exc:
        raise AttachmentError(f"{path}: {exc}") from None
    suffix = path.suffix.lower()
    if suffix not in IMPORTER.suffixes:
        suffix = _AUDIO_SUFFIX.get(probe.container, ".audio")
    return Media(
        AttachmentKind.AUDIO,
        suffix,
        duration_ms=probe.duration_ms,
        channels=probe.channels,
        sample_rate=probe.sample_rate,
        codec=probe.codec,
        container=probe.container,
    )


def repair_wav_header(path: Path) -> bool:
    """Make a WAV left by a crash match the audio it holds: the data size in the header (and
    the RIFF size) is set to what the file holds after the data chunk's start, whole frames only.
    Only for files written by a recorder, whose data chunk is the last: in other WAV files
    chunks may follow the data. Returns whether anything was changed; files that are not WAV
    are left alone."""
    size = Path(path).stat().st_size
    with open(path, "r+b") as f:
        header = f.read(12)
        if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
            return False
        block_align = None
        while True:
            chunk = f.read(8)
            if len(chunk) < 8:
                return False
            cid, length = chunk[:4], struct.unpack("<I", chunk[4:])[0]
            if cid == b"fmt ":
                fmt = f.read(length)
                if len(fmt) < 14:
                    return False
                block_align = struct.unpack("<H", fmt[12:14])[0]
                f.seek(length % 2, 1)
            elif cid == b"data":
                if not block_align:
                    return False
                start = f.tell()
                actual = size - start
                actual -= actual % block_align
                if length == actual and struct.unpack("<I", header[4:8])[0] == start - 8 + actual:
                    return False
                f.seek(start - 4)
                f.write(struct.pack("<I", actual))
                f.seek(4)
                f.write(struct.pack("<I", start - 8 + actual))
                f.truncate(start + actual)
                return True
            else:
                f.seek(length + length % 2, 1)


def wav_without_frames(path: Path) -> bool:
    """A WAV file that holds no audio at all (a recording stopped before its first block)."""
    import wave

    try:
        with wave.open(str(path), "rb") as f:
            return f.getnframes() == 0
    except (OSError, EOFError, wave.Error):
        return False

"""What a recording's container says about its own length, read from the bytes themselves.

PyAV reports a duration for every file, but does not say where it came from: for an MP3
without a Xing header or a raw AAC stream it is only bit rate × size, which a cut file shrinks
along with itself. So the headers that really declare a length are read here (Xing/Info and
VBRI frame counts, the ID3 length tag, the Matroska/WebM Duration element), and streams that
declare none (Ogg, ADTS AAC, an MP4 whose index comes last) are checked for a last page,
frame or box that the file cuts off.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_HEAD = 256 * 1024  # enough for the ID3 tag (without huge cover art) and the first frames


@dataclass(frozen=True)
class Declared:
    seconds: float
    by: str  # whose declaration, for the message: "its Xing header"
    estimate: bool = False  # a tagger's figure, not a count of the frames: judge tolerantly

    def short_by(self, measured: float) -> bool:
        """Whether ``measured`` seconds of decoded audio clearly fall short of the declaration."""
        if self.estimate:
            return measured < self.seconds * 0.9 and self.seconds - measured > 1.0
        return measured < self.seconds * 0.98 - 0.1


# MP3 -------------------------------------------------------------------------------------------

_MPEG_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mp3_declared(path: Path) -> Declared | None:
    """The length an MP3's Xing/Info or VBRI header counts, else its ID3 TLEN tag; else None
    (a plain CBR or VBR stream declares nothing: its length is only estimated from its size)."""
    tlen = None
    with open(path, "rb") as f:
        tag = f.read(10)
        start = 0
        if tag[:3] == b"ID3" and len(tag) == 10:
            size = _syncsafe(tag[6:10])
            start = 10 + size + (10 if tag[5] & 0x10 else 0)
            tlen = _id3_tlen(tag + f.read(min(size, _HEAD)), tag[3])  # cover art may follow: read no more
        f.seek(start)
        head = f.read(64 * 1024)
    frame = _first_frame(head, 0)
    if frame is not None:
        counted = _frame_count_header(head, frame)
        if counted is not None:
            return counted
    if tlen:
        return Declared(tlen / 1000, "its ID3 length tag", estimate=True)
    return None


def _syncsafe(b: bytes) -> int:
    return (b[0] & 0x7F) << 21 | (b[1] & 0x7F) << 14 | (b[2] & 0x7F) << 7 | (b[3] & 0x7F)


def _id3_tlen(tag: bytes, version: int) -> int | None:
    """TLEN (milliseconds) from an ID3v2.3 or v2.4 tag, if present and a number."""
    if version not in (3, 4):
        return None
    pos = 10
    while pos + 10 <= len(tag):
        fid = tag[pos : pos + 4]
        if not fid.strip(b"\0") or not fid.isalnum():
            return None
        size = _syncsafe(tag[pos + 4 : pos + 8]) if version == 4 else struct.unpack(">I", tag[pos + 4 : pos + 8])[0]
        if fid == b"TLEN":
            text = tag[pos + 11 : pos + 10 + size].decode("latin-1", "ignore").strip("\0 ")
            return int(text) if text.isdigit() and int(text) > 0 else None
        pos += 10 + size
    return None


def _frame_header(head: bytes, pos: int) -> tuple[int, int, int, int] | None:
    """(MPEG version bits, layer bits, sample rate, channel mode) of a valid frame header at pos."""
    if pos + 4 > len(head) or head[pos] != 0xFF or head[pos + 1] & 0xE0 != 0xE0:
        return None
    version, layer = (head[pos + 1] >> 3) & 3, (head[pos + 1] >> 1) & 3
    bitrate, rate = head[pos + 2] >> 4, (head[pos + 2] >> 2) & 3
    if version == 1 or layer == 0 or bitrate in (0, 15) or rate == 3:
        return None
    return version, layer, _MPEG_RATES[version][rate], head[pos + 3] >> 6


def _first_frame(head: bytes, start: int) -> int | None:
    pos = head.find(b"\xff", start)
    while 0 <= pos < len(head) - 4:
        if _frame_header(head, pos):
            return pos
        pos = head.find(b"\xff", pos + 1)
    return None


def _frame_count_header(head: bytes, frame: int) -> Declared | None:
    version, layer, rate, mode = _frame_header(head, frame)
    mono = mode == 3
    if version == 3:
        side = 17 if mono else 32
        per_frame = 1152 if layer != 3 else 384  # layer bits: 3 = Layer I
    else:
        side = 9 if mono else 17
        per_frame = 576 if layer == 1 else (1152 if layer == 2 else 384)
    xing = frame + 4 + side
    tag = head[xing : xing + 4]
    if tag in (b"Xing", b"Info") and len(head) >= xing + 12:
        flags = struct.unpack(">I", head[xing + 4 : xing + 8])[0]
        if flags & 1:
            frames = struct.unpack(">I", head[xing + 8 : xing + 12])[0]
            if frames:
                samples = frames * per_frame - _lame_trim(head, xing, flags)
                return Declared(max(samples, 0) / rate, "its Xing header")
    vbri = frame + 36
    if head[vbri : vbri + 4] == b"VBRI" and len(head) >= vbri + 18:
        frames = struct.unpack(">I", head[vbri + 14 : vbri + 18])[0]
        if frames:
            return Declared(frames * per_frame / rate, "its VBRI header")
    return None


def _lame_trim(head: bytes, xing: int, flags: int) -> int:
    """Encoder delay + padding (samples) from the LAME tag after a Xing/Info header: decoders
    drop them, so a whole short file decodes that much less than its frames hold (a 1 s
    8 kHz file: 1,216 of 9,216 samples, which once read as a cut file)."""
    lame = xing + 8 + (4 if flags & 1 else 0) + (4 if flags & 2 else 0) + (100 if flags & 4 else 0) + (4 if flags & 8 else 0)
    encoder = head[lame : lame + 4]
    if len(head) < lame + 24 or not encoder.isalnum():
        return 0
    b = head[lame + 21 : lame + 24]
    return ((b[0] << 4) | (b[1] >> 4)) + (((b[1] & 0x0F) << 8) | b[2])


# Matroska / WebM -------------------------------------------------------------------------------

_EBML, _SEGMENT, _INFO, _SCALE, _DURATION, _CLUSTER = 0x1A45DFA3, 0x18538067, 0x1549A966, 0x2AD7B1, 0x4489, 0x1F43B675


def matroska_declared(path: Path) -> Declared | None:
    """The Segment Info Duration element, if the writer filled it in (a browser's live
    MediaRecorder file has none)."""
    with open(path, "rb") as f:
        data = f.read(_HEAD)
    try:
        eid, size, pos = _element(data, 0)
        if eid != _EBML:
            return None
        eid, size, pos = _element(data, pos + size)
        if eid != _SEGMENT:
            return None
        end = len(data) if size is None else min(len(data), pos + size)
        while pos < end:
            eid, size, body = _element(data, pos)
            if eid == _CLUSTER or size is None:
                return None  # the audio began before any Info: nothing declared
            if eid == _INFO:
                return _info_duration(data[body : body + size])
            pos = body + size
    except (IndexError, struct.error):
        return None
    return None


def _info_duration(info: bytes) -> Declared | None:
    scale, duration, pos = 1_000_000, None, 0
    while pos < len(info):
        eid, size, body = _element(info, pos)
        value = info[body : body + size]
        if eid == _SCALE:
            scale = int.from_bytes(value, "big") or scale
        elif eid == _DURATION and size in (4, 8):
            duration = struct.unpack(">f" if size == 4 else ">d", value)[0]
        pos = body + size
    if duration and duration > 0:
        return Declared(duration * scale / 1e9, "its WebM Duration element")
    return None


def _element(data: bytes, pos: int) -> tuple[int, int | None, int]:
    """(id, size or None when unknown, start of the body) of the EBML element at pos."""
    first = data[pos]
    id_len = 8 - first.bit_length() + 1
    eid = int.from_bytes(data[pos : pos + id_len], "big")
    pos += id_len
    first = data[pos]
    size_len = 8 - first.bit_length() + 1
    raw = int.from_bytes(data[pos : pos + size_len], "big") & ((1 << (7 * size_len)) - 1)
    unknown = raw == (1 << (7 * size_len)) - 1
    return eid, (None if unknown else raw), pos + size_len


# Streams that declare no length: a cut leaves their last page, frame or box incomplete ---------


def ogg_cut_off(path: Path) -> bool:
    """Whether the file ends inside an Ogg page (the page header says more bytes follow)."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        pos = 0
        while pos < size:
            f.seek(pos)
            header = f.read(27)
            if len(header) < 27:
                return b"OggS".startswith(header[:4])
            if header[:4] != b"OggS":
                return False  # trailing bytes of another kind: not ours to judge
            table = f.read(header[26])
            if len(table) < header[26]:
                return True
            pos += 27 + len(table) + sum(table)
        return pos > size


def adts_cut_off(path: Path, last_frame_pos: int | None) -> bool:
    """Whether the ADTS frame the demuxer read last runs past the end of the file."""
    if last_frame_pos is None or last_frame_pos < 0:
        return False
    size = path.stat().st_size
    with open(path, "rb") as f:
        f.seek(last_frame_pos)
        h = f.read(7)
    if len(h) < 7 or h[0] != 0xFF or h[1] & 0xF0 != 0xF0:
        return False
    length = ((h[3] & 3) << 11) | (h[4] << 3) | (h[5] >> 5)
    return last_frame_pos + length > size


def mp4_cut_off(path: Path) -> tuple[int, int] | None:
    """(bytes present, bytes declared) when an MP4 without its index (moov) ends inside a
    top-level box, as a recording whose index comes last does when it is cut off."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        if f.read(8)[4:] != b"ftyp":
            return None
        pos = 0
        while pos + 8 <= size:
            f.seek(pos)
            header = f.read(16)
            length, kind = struct.unpack(">I4s", header[:8])
            if length == 1 and len(header) == 16:
                length = struct.unpack(">Q", header[8:16])[0]
            elif length == 0:
                length = size - pos
            if kind == b"moov" or length < 8:
                return None
            if pos + length > size:
                return size, pos + length
            pos += length
    return None

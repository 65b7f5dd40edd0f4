"""Call recordings: recognised by their magic bytes, probed with PyAV."""

from __future__ import annotations

from pathlib import Path

from reviewer.domain import Channel, Conversation, ConversationStatus
from reviewer.importers import audio_declared
from reviewer.importers.audio_declared import Declared
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed

_CHECK_DECODE_PACKETS = 50  # decode this many packets to catch corrupt codec data early


def _magic(head: bytes) -> bool:
    if head[:4] in (b"RIFF", b"RF64") and head[8:12] == b"WAVE":
        return True
    if head[:4] in (b"fLaC", b"OggS", b"\x1a\x45\xdf\xa3") or head[:3] == b"ID3":
        return True
    if head[4:8] == b"ftyp":  # MP4 family: m4a, aac in mp4
        return True
    # MPEG audio frame or ADTS AAC frame sync: 11 (12) set bits. FF FE is the UTF-16 byte order
    # mark of a text export (and would be a Layer I frame, which nobody records calls in).
    return len(head) > 1 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0 and head[1] != 0xFE


class AudioImporter:
    name = "audio"
    suffixes = (".wav", ".mp3", ".m4a", ".aac", ".ogg", ".opus", ".oga", ".flac", ".webm", ".mp4")

    def sniff(self, path: Path, head: bytes) -> int:
        if _magic(head):
            return 3
        return 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        probe = probe_audio(path)
        conversation = Conversation(
            channel=options.channel or Channel.CALL,
            source_name=path.name,
            duration_ms=probe.duration_ms,
            audio_channels=probe.channels,
            sample_rate=probe.sample_rate,
            status=ConversationStatus.NEEDS_TRANSCRIPTION,
            title=path.stem,
            metadata={"codec": probe.codec, "container": probe.container},
        )
        return Parsed([conversation], recording=path)


class AudioProbe:
    __slots__ = ("duration_ms", "channels", "sample_rate", "codec", "container")

    def __init__(self, duration_ms: int, channels: int, sample_rate: int, codec: str, container: str):
        self.duration_ms = duration_ms
        self.channels = channels
        self.sample_rate = sample_rate
        self.codec = codec
        self.container = container


def probe_audio(path: Path) -> AudioProbe:
    """Duration, channels and rate of the first audio stream, checking that the audio is whole.

    The duration is measured by walking every packet, not taken from the header: headers lie
    for truncated files and estimate for MP3.
    """
    import av

    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        cut = audio_declared.mp4_cut_off(path)
        if cut:
            raise ImportProblem(
                f"truncated audio: the file ends after {cut[0] / 1000:.0f} kB of the {cut[1] / 1000:.0f} kB"
                " its MP4 boxes declare, before the index (moov) that says what it holds"
            ) from exc
        raise ImportProblem(f"corrupt audio: cannot open ({_reason(exc)})") from exc
    with container:
        streams = container.streams.audio
        if not streams:
            raise ImportProblem("no audio stream in the file")
        stream = streams[0]
        ctx = stream.codec_context
        channels = ctx.channels or 0
        rate = ctx.sample_rate or 0
        if not channels or not rate:
            raise ImportProblem("corrupt audio: no channel count or sample rate")
        end_s = 0.0
        decoded = 0
        last_pos = None  # where the last packet starts in the file (ADTS: its frame header)
        try:
            for packet in container.demux(stream):
                if packet.size:
                    last_pos = packet.pos
                if packet.pts is not None and packet.duration and packet.time_base:
                    end_s = max(end_s, float((packet.pts + packet.duration) * packet.time_base))
                if decoded < _CHECK_DECODE_PACKETS and packet.size:
                    for frame in packet.decode():
                        if frame.pts is not None and frame.time_base is not None:
                            end_s = max(end_s, float(frame.pts * frame.time_base) + frame.samples / rate)
                    decoded += 1
        except av.FFmpegError as exc:
            raise ImportProblem(f"corrupt audio: {_reason(exc)}") from exc
        if end_s <= 0:
            raise ImportProblem("corrupt or truncated audio: no audio data")
        start_s = float(stream.start_time * stream.time_base) if stream.start_time and stream.time_base else 0.0
        measured = max(0.0, end_s - start_s)
        _refuse_if_cut(path, container, measured, last_pos)
        return AudioProbe(
            duration_ms=round(measured * 1000),
            channels=channels,
            sample_rate=rate,
            codec=ctx.name,
            container=container.format.name,
        )


def _declared(path: Path, container) -> Declared | None:
    """The length the file's own header or index declares, where it declares one."""
    fmt = container.format.name
    if fmt == "wav":
        seconds = _wav_data_missing(path)
        return Declared(seconds, "its WAV header") if seconds else None
    if fmt == "flac" and container.duration:
        return Declared(container.duration / 1_000_000, "its FLAC header")
    if fmt.startswith("mov,mp4") and container.duration:  # the moov index counts every sample
        return Declared(container.duration / 1_000_000, "its MP4 index (moov)")
    if fmt == "mp3":
        return audio_declared.mp3_declared(path)
    if fmt.startswith("matroska"):
        return audio_declared.matroska_declared(path)
    return None


def _refuse_if_cut(path: Path, container, measured: float, last_pos: int | None) -> None:
    """Refuse a file that holds less than it says (a cut-off download or copy), with both figures."""
    declared = _declared(path, container)
    if declared and declared.short_by(measured):
        raise ImportProblem(
            f"truncated audio: decodes {measured:.1f} s of the {declared.seconds:.1f} s {declared.by} declares"
        )
    fmt = container.format.name
    if fmt == "ogg" and audio_declared.ogg_cut_off(path):
        raise ImportProblem(f"truncated audio: decodes {measured:.1f} s, then the file ends inside an Ogg page")
    if fmt == "aac" and audio_declared.adts_cut_off(path, last_pos):
        raise ImportProblem(f"truncated audio: decodes {measured:.1f} s, then the file ends inside an AAC frame")


def _wav_data_missing(path: Path) -> float | None:
    """Seconds the WAV header promises, when the file holds less data than that; else None.

    FFmpeg derives a WAV's duration from the file size, so truncation is only visible here.
    """
    import struct

    size = path.stat().st_size
    with open(path, "rb") as f:
        header = f.read(12)
        if header[:4] != b"RIFF":
            return None
        byte_rate = None
        while True:
            chunk = f.read(8)
            if len(chunk) < 8:
                return None
            cid, length = chunk[:4], struct.unpack("<I", chunk[4:])[0]
            if cid == b"fmt ":
                fmt = f.read(length)
                byte_rate = struct.unpack("<I", fmt[8:12])[0] if len(fmt) >= 12 else None
                f.seek(length % 2, 1)
            elif cid == b"data":
                if length in (0, 0xFFFFFFFF) or not byte_rate:  # streaming writers leave it unset
                    return None
                if f.tell() + length > size:
                    return length / byte_rate
                return None
            else:
                f.seek(length + length % 2, 1)


def _reason(exc: Exception) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return text.split(":")[-1].strip() if ":" in text and "'" in text else text


IMPORTER = AudioImporter()

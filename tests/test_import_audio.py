"""Audio recordings: probing real and generated clips, refusing corrupt ones."""

import shutil
import subprocess
from pathlib import Path

import pytest

from reviewer.domain import ConversationStatus
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.audio import probe_audio
from reviewer.importing import Outcome, import_paths

# (file, duration_ms, channels, sample_rate) from ../shared/testdata/README.md
REAL_CLIPS = [
    ("faster-whisper/jfk.flac", 11_000, 2, 44_100),
    ("faster-whisper/stereo_diarization.wav", 5_000, 2, 16_000),
    ("faster-whisper/multilingual.mp3", 60_000, 1, None),
    ("telephone-two-speakers/sample.wav", 30_000, 1, 16_000),
    ("russian/test_sound_ru.wav", 3_200, 1, 16_000),
    ("russian-telephony/audio_short.flac", 6_400, 1, 8_000),
    ("russian-telephony/audio_long.flac", 50_800, 1, 8_000),
    ("osr-8k-telephone/OSR_us_000_0034_8k.wav", 35_600, 1, 8_000),
    ("long-8k-four-speakers/aepyx_8k.wav", 169_000, 1, 8_000),
]


@pytest.mark.parametrize("name, duration_ms, channels, rate", REAL_CLIPS)
def test_real_recordings_probe(testdata, name, duration_ms, channels, rate):
    path = testdata("audio", *name.split("/"))
    assert detect(path).name == "audio"
    probe = probe_audio(path)
    assert abs(probe.duration_ms - duration_ms) <= 250
    assert probe.channels == channels
    if rate:
        assert probe.sample_rate == rate


FORMATS = {
    # suffix: ffmpeg arguments
    ".wav": [],
    ".flac": [],
    ".mp3": ["-c:a", "libmp3lame"],
    ".m4a": ["-c:a", "aac"],
    ".aac": ["-c:a", "aac", "-f", "adts"],
    ".ogg": ["-c:a", "libvorbis"],
    ".opus": ["-c:a", "libopus"],
    ".webm": ["-c:a", "libopus"],
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A 3-second two-channel tone in every container we import, made with sox and ffmpeg."""
    if not (shutil.which("sox") and shutil.which("ffmpeg")):
        pytest.skip("sox and ffmpeg are needed to make test clips (./go setup installs them)")
    folder = tmp_path_factory.mktemp("clips")
    source = folder / "source.wav"
    subprocess.run(
        ["sox", "-n", "-r", "16000", "-c", "2", "-b", "16", str(source), "synth", "3", "sine", "440", "sine", "660"],
        check=True,
    )
    made = {}
    for suffix, codec in FORMATS.items():
        out = folder / f"call{suffix}"
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(source), *codec, str(out)], check=True)
        made[suffix] = out
    return made


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_every_container_is_recognised_by_content(generated, suffix, tmp_path):
    # A misleading name must not matter: content decides.
    disguised = tmp_path / "recording.dat"
    shutil.copy(generated[suffix], disguised)
    assert detect(disguised).name == "audio"
    probe = probe_audio(disguised)
    assert probe.channels == 2
    assert abs(probe.duration_ms - 3000) <= 120


def test_import_copies_recording_under_its_hash(library, generated, tmp_path):
    source = tmp_path / "in" / "Call 2026-11-24.flac"
    source.parent.mkdir()
    shutil.copy(generated[".flac"], source)
    [result] = list(import_paths(library, [source], ImportOptions(employee="Anna Ivanova")))
    assert result.outcome is Outcome.IMPORTED, result.message
    conv = library.conversations.get(result.conversation_ids[0])
    assert conv.status is ConversationStatus.NEEDS_TRANSCRIPTION
    assert conv.turns == [] and conv.employee == "Anna Ivanova"
    assert conv.source_name == "Call 2026-11-24.flac" and conv.audio_channels == 2
    stored = library.recordings.path(conv.recording_path)
    assert stored.name == f"{conv.source_sha256}.flac"
    # Moving (here: deleting) the source folder breaks nothing.
    shutil.rmtree(source.parent)
    assert stored.read_bytes() == generated[".flac"].read_bytes()


def _corrupt_files(folder: Path, good: Path) -> dict[str, Path]:
    data = good.read_bytes()
    files = {
        "empty.wav": b"",
        "truncated.wav": data[: len(data) // 3],
        "header_only.wav": data[:44],
        "garbage.mp3": b"ID3" + bytes(range(256)) * 200,
        "noise.flac": b"fLaC" + b"\xff\x00\x13" * 5000,
    }
    paths = {}
    for name, content in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(content)
    return paths


def test_corrupt_audio_is_refused_with_a_reason_and_leaves_nothing(library, generated, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    bad = _corrupt_files(folder, generated[".wav"])
    shutil.copy(generated[".ogg"], folder / "good.ogg")
    results = {r.path.name: r for r in import_paths(library, [folder])}
    assert results["good.ogg"].outcome is Outcome.IMPORTED
    for name in bad:
        assert results[name].outcome is Outcome.FAILED, name
    assert results["empty.wav"].message == "empty file"
    assert "truncated audio" in results["truncated.wav"].message
    assert "corrupt" in results["garbage.mp3"].message
    assert library.conversations.count() == 1
    stored = [p for p in library.recordings.root.rglob("*") if p.is_file()]
    assert len(stored) == 1  # only the good recording, no leftovers of failed ones


def test_huge_file_that_is_not_audio_is_refused_without_reading_it_all(library, tmp_path):
    huge = tmp_path / "huge.wav"
    with open(huge, "wb") as f:  # 2 GB, sparse: costs no disk
        f.truncate(2 * 1024**3)
    [result] = list(import_paths(library, [huge]))
    assert result.outcome is Outcome.FAILED
    assert result.message == "not a recognised recording or chat export"
    assert library.conversations.count() == 0


def test_detect_refuses_unknown_binary(tmp_path):
    blob = tmp_path / "photo.bin"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(ImportProblem, match="not a recognised"):
        detect(blob)

"""Files that lie: recordings cut off after 30 % are refused with what decodes and what the file
declares; the whole recordings, and every shared clip, still import."""

import shutil
import subprocess
from pathlib import Path

import pytest

from reviewer.importers import ImportProblem
from reviewer.importers.audio import probe_audio
from reviewer.importing import Outcome, import_paths

# name: (ffmpeg output arguments, what the refusal of its cut copy must say)
FORMATS = {
    "xing.mp3": (["-c:a", "libmp3lame"], r"decodes \d+\.\d s of the \d+\.\d s its Xing header declares"),
    "cbr.mp3": (["-c:a", "libmp3lame", "-b:a", "64k"], r"of the \d+\.\d s its Xing header declares"),
    "tagged-vbr.mp3": (
        ["-c:a", "libmp3lame", "-q:a", "4", "-write_xing", "0", "-id3v2_version", "3", "-metadata", "TLEN=38900"],
        r"of the 38\.9 s its ID3 length tag declares",
    ),
    "index-first.m4a": (["-c:a", "aac", "-movflags", "+faststart"], r"of the \d+\.\d s its MP4 index \(moov\) declares"),
    "index-last.m4a": (["-c:a", "aac"], r"ends after \d+ kB of the \d+ kB its MP4 boxes declare, before the index"),
    "raw.aac": (["-c:a", "aac", "-f", "adts"], r"decodes \d+\.\d s, then the file ends inside an AAC frame"),
    "vorbis.ogg": (["-c:a", "libvorbis"], r"decodes \d+\.\d s, then the file ends inside an Ogg page"),
    "voice.opus": (["-c:a", "libopus"], r"then the file ends inside an Ogg page"),
    "call.webm": (["-c:a", "libopus"], r"decodes \d+\.\d s of the \d+\.\d s its WebM Duration element declares"),
}
SPEECH = (
    "Good morning, NordLamp customer service, Anna speaking. How may I help you? "
    "My reading lamp arrived with a broken shade and I would like a replacement. "
    "I am sorry to hear that. Could you tell me the order number, please?"
)


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    """About 39 s of espeak-ng speech (the same passage three times) in every format."""
    if not all(shutil.which(tool) for tool in ("espeak-ng", "sox", "ffmpeg")):
        pytest.skip("espeak-ng, sox and ffmpeg are needed to make test recordings (./go setup installs them)")
    folder = tmp_path_factory.mktemp("speech")
    voice = folder / "voice.wav"
    subprocess.run(["espeak-ng", "-w", str(voice), SPEECH], check=True)
    source = folder / "source.wav"
    subprocess.run(["sox", str(voice), "-r", "16000", str(source), "repeat", "2"], check=True)
    made = {}
    for name, (args, _) in FORMATS.items():
        out = folder / name
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(source), *args, str(out)], check=True)
        made[name] = out
    return made


def _cut(path: Path, folder: Path) -> Path:
    data = path.read_bytes()
    cut = folder / f"cut-{path.name}"
    cut.write_bytes(data[: len(data) * 3 // 10])
    return cut


@pytest.mark.parametrize("name", list(FORMATS))
def test_whole_recording_imports(speech, name):
    probe = probe_audio(speech[name])
    assert probe.duration_ms > 35_000


@pytest.mark.parametrize("name", list(FORMATS))
def test_recording_cut_to_30_percent_is_refused_with_both_figures(speech, name, tmp_path):
    with pytest.raises(ImportProblem, match=r"^truncated audio: .*" + FORMATS[name][1]):
        probe_audio(_cut(speech[name], tmp_path))


def test_cut_files_fail_in_a_batch_that_goes_on_and_stores_nothing_of_them(library, speech, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in FORMATS:
        _cut(speech[name], folder)
    shutil.copy(speech["call.webm"], folder / "whole.webm")
    results = {r.path.name: r for r in import_paths(library, [folder])}
    assert results["whole.webm"].outcome is Outcome.IMPORTED
    for name in FORMATS:
        assert results[f"cut-{name}"].outcome is Outcome.FAILED, name
        assert results[f"cut-{name}"].message.startswith("truncated audio"), name
    assert library.conversations.count() == 1
    assert len([p for p in library.recordings.root.rglob("*") if p.is_file()]) == 1


def test_vbr_mp3_without_xing_header_is_not_refused(speech, tmp_path):
    """Its length is only estimated from the bit rate (here about 7 % short of the real length):
    nothing in it declares a length, so nothing is compared."""
    plain = tmp_path / "plain-vbr.mp3"
    source = speech["call.webm"]
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-i", str(source), "-c:a", "libmp3lame", "-q:a", "4", "-write_xing", "0", str(plain)],
        check=True,
    )
    assert probe_audio(plain).duration_ms > 35_000


def test_webm_without_duration_element_is_not_refused(speech, tmp_path):
    """A browser's MediaRecorder writes WebM live, without a Duration: a piped ffmpeg does too."""
    live = tmp_path / "live.webm"
    with open(live, "wb") as out:
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-i", str(speech["call.webm"]), "-c:a", "copy", "-f", "webm", "-"],
            check=True,
            stdout=out,
        )
    assert probe_audio(live).duration_ms > 35_000


def test_every_shared_clip_still_imports(testdata, library):
    folder = testdata("audio")
    clips = sorted(p for p in folder.rglob("*") if p.suffix in (".wav", ".mp3", ".flac"))
    assert len(clips) >= 17
    results = list(import_paths(library, clips))
    failed = [(r.path.name, r.message) for r in results if r.outcome is not Outcome.IMPORTED]
    assert failed == []


@pytest.mark.parametrize("rate", [8000, 11025, 16000, 22050])
def test_short_low_rate_mp3_is_not_taken_for_a_cut_one(speech, tmp_path, rate):
    """A whole 1 s MP3 decodes its frames less the encoder delay and padding that its LAME tag
    records (1,216 of 9,216 samples at 8 kHz); counting them as missing refused it as cut."""
    short = tmp_path / f"short-{rate}.mp3"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-i", str(speech["call.webm"]), "-t", "1", "-ar", str(rate), "-ac", "1",
         "-c:a", "libmp3lame", str(short)],
        check=True,
    )
    probe = probe_audio(short)
    assert 950 <= probe.duration_ms <= 1050
    with pytest.raises(ImportProblem, match=r"^truncated audio: .*its Xing header declares"):
        probe_audio(_cut(_long_mp3(speech, tmp_path, rate), tmp_path))


def _long_mp3(speech, tmp_path, rate) -> Path:
    out = tmp_path / f"long-{rate}.mp3"
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-i", str(speech["call.webm"]), "-ar", str(rate), "-ac", "1",
         "-c:a", "libmp3lame", str(out)],
        check=True,
    )
    return out

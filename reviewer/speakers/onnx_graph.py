"""Running the speaker models with ONNX Runtime, from graphs built here out of their weights.

The numpy forward passes (segmentation.PyanNet, embedding._forward) are the readable reference;
the same prepared weights are written as an ONNX graph, which ONNX Runtime (already installed
as faster-whisper's voice-activity runtime) runs three to four times faster on a CPU: its LSTM
and convolution kernels do in C++ what numpy does one Python step at a time. Graphs are built in
memory when a process first needs them (well under a second), so nothing is stored beside the
weights and nothing can go stale.
"""

from __future__ import annotations

import os

import numpy as np

OPSET = 18


class Graph:
    """A small builder: constants and nodes in order, each node's output named after it."""

    def __init__(self):
        self.initializers: list = []
        self.nodes: list = []
        self._count = 0

    def _name(self, prefix: str) -> str:
        self._count += 1
        return f"{prefix}_{self._count}"

    def const(self, value, dtype=np.float32) -> str:
        from onnx import numpy_helper

        name = self._name("const")
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(value, dtype=dtype), name))
        return name

    def ints(self, *values: int) -> str:
        return self.const(np.array(values), np.int64)

    def op(self, op_type: str, *inputs: str, **attributes) -> str:
        from onnx import helper

        out = self._name(op_type)
        self.nodes.append(helper.make_node(op_type, list(inputs), [out], **attributes))
        return out

    def model(self, name: str, inputs: list[tuple[str, list]], output: tuple[str, list], result: str) -> bytes:
        """The serialised model, whose output (name, shape) is ``result``, a node's output."""
        import onnx
        from onnx import TensorProto, helper

        self.nodes.append(helper.make_node("Identity", [result], [output[0]]))
        graph = helper.make_graph(
            self.nodes, name,
            [helper.make_tensor_value_info(n, TensorProto.FLOAT, shape) for n, shape in inputs],
            [helper.make_tensor_value_info(output[0], TensorProto.FLOAT, output[1])],
            self.initializers,
        )
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
        model.ir_version = 8  # what every ONNX Runtime since 1.10 reads
        onnx.checker.check_model(model)
        return model.SerializeToString()


def threads() -> int:
    """Threads per model run: the two models run at once (separation pipelines them), so each
    gets half the cores, at most 4, beyond which these small matrices gain nothing;
    REVIEWER_SPEAKER_THREADS overrides."""
    override = os.environ.get("REVIEWER_SPEAKER_THREADS", "")
    if override.isdigit() and int(override) > 0:
        return int(override)
    return max(1, min(4, (os.cpu_count() or 1) // 2))


def session(model: bytes):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads()
    options.inter_op_num_threads = 1
    # idle threads sleep instead of spinning: on a busy machine spinning threads fight the
    # transcription and other programs for the cores
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    # no arena: what a run used is freed when it ends, so the memory of separating a long call
    # goes back (malloc_trim) before Whisper decodes it; measured no slower
    options.enable_cpu_mem_arena = False
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])

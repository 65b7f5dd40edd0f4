"""Local speech recognition: speech models, the engine, the worker process and the job queue.

Importing this package is cheap: faster-whisper is imported only inside the worker process
(``engine``), never in the process that shows the desktop app.
"""

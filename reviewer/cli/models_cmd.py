"""reviewer models list|download|use : the speech models on this computer."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "models",
        help="list, download and choose speech models",
        description="Speech models for `reviewer transcribe`. The embedded model (base) is always there; "
        "bigger ones (small, medium, large-v3, large-v3-turbo...) transcribe better and slower and must be "
        "downloaded once, explicitly. Models live in $REVIEWER_MODEL_CACHE or the user cache folder.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="models available here and which one the library uses")
    listing.add_argument("--all", action="store_true", help="also the named models not downloaded yet")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_list)
    download = actions.add_parser(
        "download",
        help="download a named model (the only command that uses the network)",
        description="Download a named model from the Hugging Face Hub (or the mirror in $HF_ENDPOINT). "
        "Ctrl+C stops it; running the command again continues where it stopped.",
    )
    download.add_argument("name", metavar="NAME")
    download.set_defaults(func=run_download)
    use = actions.add_parser("use", help="make a model (name or folder) the library's default")
    use.add_argument("name", metavar="NAME|PATH", help="a model name or folder; 'base' is the embedded model")
    use.set_defaults(func=run_use)


def run_list(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.storage.settings import Setting
    from reviewer.transcription import models

    with open_library(args) as library:
        default = library.setting(Setting.MODEL)
    found = models.list_models(default)
    if not args.all:
        found = [m for m in found if m.kind != models.ModelKind.AVAILABLE or m.default]
    if args.json:
        print_json(
            [
                {
                    "name": m.name,
                    "kind": str(m.kind),
                    "ready": m.ready,
                    "default": m.default,
                    "size_bytes": m.size_bytes,
                    "path": str(m.path) if m.path else None,
                }
                for m in found
            ]
        )
        return 0
    from reviewer.cli.output import shown

    for m in found:
        size = f"{m.size_bytes / 1e6:,.0f} MB" if m.size_bytes else "-"
        state = {
            models.ModelKind.EMBEDDED: "embedded, ready",
            models.ModelKind.DOWNLOADED: "downloaded, ready",
            models.ModelKind.FOLDER: "folder, ready" if m.ready else "folder, NOT USABLE",
            models.ModelKind.AVAILABLE: "not downloaded",
        }[m.kind]
        mark = "*" if m.default else " "
        print(shown(f"{mark} {m.name:<20} {state:<20} {size:>9}  {m.path or ''}".rstrip()))
    if not args.all:
        print("(--all also lists the models that can be downloaded; * marks the library's model)")
    return 0


def run_download(args) -> int:
    import threading

    from tqdm import tqdm

    from reviewer.cli.common import fail
    from reviewer.transcription.download import DownloadCancelled, DownloadError, download

    bar = tqdm(total=0, unit="B", unit_scale=True, desc=args.name, file=sys.stderr, disable=None, leave=False)

    def on_progress(done: int, total: int) -> None:
        if bar.total != total:
            bar.total = total
        bar.update(done - bar.n)

    cancel = threading.Event()
    try:
        folder = download(args.name, on_progress=on_progress, cancel=cancel)
    except DownloadCancelled:
        bar.close()
        print("download stopped; run the command again to continue it", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        bar.close()
        print("download stopped; run the command again to continue it", file=sys.stderr)
        return 130
    except DownloadError as exc:
        bar.close()
        fail(str(exc), status=1)
    bar.close()
    print(f"{args.name}: ready in {folder}")
    return 0


def run_use(args) -> int:
    from reviewer.cli.common import fail, open_library
    from reviewer.storage.settings import Setting
    from reviewer.transcription import models

    name = args.name.strip()
    try:
        path = models.resolve(name)
    except models.ModelError as exc:
        fail(str(exc))
    value = "" if name == models.EMBEDDED_NAME else (name if models.is_named(name) else str(path.resolve()))
    with open_library(args) as library:
        library.set_setting(Setting.MODEL, value)
    print(f"the library now transcribes with {name} ({path})")
    return 0

"""What a telephone system's recording file name says about the call: when it started, its
direction, the numbers and the agent's extension.

Conventions read (each documented by the system or seen in tools written for its files):

- **Asterisk / FreePBX MixMonitor** (FreePBX's callrecording module, sub-record-check):
  ``TYPE-TO-FROM-YYYYMMDD-HHMMSS-UNIQUEID.ext`` in ``YYYY/MM/DD/``, e.g.
  ``out-0291234567-201-20261120-143012-1763649012.77.wav``. TYPE ``out``: FROM is the agent's
  extension, TO the number dialled; ``in`` / ``external`` / ``q`` (queue) / ``rg`` (ring group):
  FROM is the caller (the customer), TO the extension, queue or group called; ``internal`` /
  ``exten``: between extensions. Issabel writes the same (with ``force``, ``ondemand``…).
- **3CX**: ``[NAME]_FROM-TO_YYYYMMDDHHMMSS(CALLID).wav``, e.g. ``[]_100-0836826436_20190211124709(2).wav``
  (extension 100 calling out) and ``[27836826436]_27836826436-100_20190211124743(3).wav`` (a
  customer calling extension 100). The side with an extension-length number is the agent.
- **RingCentral** exports: ``YYYYMMDD-HHMMSS_[EXT_]PHONE_Incoming|Outgoing_Auto|OnDemand_ID.mp3``,
  e.g. ``20251104-133555_302_(252)792-8686_Outgoing_Auto_2243071124051.mp3``.
- **Android call recorders** (Samsung and others): ``Call recording NUMBER-OR-NAME_YYMMDD_HHMMSS.m4a``.

A name that fits none of them gives nothing: the recording is imported as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

INBOUND, OUTBOUND, INTERNAL = "inbound", "outbound", "internal"
# Extensions are short; anything longer is a telephone number (the customer's, or a DID).
_EXTENSION = re.compile(r"^\d{2,5}$")


@dataclass
class CallDetails:
    """What is known about a call beyond its recording; every field may be missing."""

    started_at: str | None = None  # ISO 8601 local time, as the system wrote it
    direction: str | None = None  # inbound, outbound, internal
    customer_number: str | None = None
    agent_extension: str | None = None
    employee: str | None = None  # only from a sidecar
    system: str | None = None  # whose convention the file name follows
    extra: dict = field(default_factory=dict)

    def metadata(self) -> dict:
        """The fields that are known, as they go into the conversation's metadata["call"]."""
        found = {k: v for k, v in (
            ("direction", self.direction), ("customer_number", self.customer_number),
            ("agent_extension", self.agent_extension), ("named_by", self.system),
        ) if v}
        found.update(self.extra)
        return found


def _when(date: str, time: str) -> str | None:
    try:
        if len(date) == 6:
            moment = datetime.strptime(date + time, "%y%m%d%H%M%S")
        else:
            moment = datetime.strptime(date + time, "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return moment.isoformat(timespec="seconds")


def _number(raw: str) -> str | None:
    raw = raw.strip()
    if not raw or raw.lower() in ("unknown", "anonymous", "s"):
        return None
    return raw


_FREEPBX = re.compile(
    r"^(?P<type>[a-z]+)-(?P<to>[^-]*)-(?P<from>[^-]*)-(?P<date>\d{8})-(?P<time>\d{6})-(?P<id>\d+(?:\.\d+)?)$"
)
_FREEPBX_IN = {"in", "external", "q", "rg", "exten-in"}
_FREEPBX_INTERNAL = {"internal", "exten"}


def _freepbx(stem: str) -> CallDetails | None:
    m = _FREEPBX.match(stem)
    if not m:
        return None
    kind, to, caller = m["type"], _number(m["to"]), _number(m["from"])
    details = CallDetails(started_at=_when(m["date"], m["time"]), system="Asterisk/FreePBX MixMonitor")
    if details.started_at is None:
        return None
    if kind == "out":
        details.direction, details.agent_extension, details.customer_number = OUTBOUND, caller, to
    elif kind in _FREEPBX_INTERNAL:
        details.direction, details.agent_extension = INTERNAL, to
        details.extra["other_extension"] = caller
    elif kind in _FREEPBX_IN:
        details.direction, details.customer_number = INBOUND, caller
        if kind in ("external", "exten-in") and to and _EXTENSION.match(to):
            details.agent_extension = to
        elif to:
            details.extra["called"] = f"{kind}-{to}" if kind in ("q", "rg") else to
    else:  # force, ondemand, conf…: who called whom is not said
        if caller and _EXTENSION.match(caller):
            details.agent_extension = caller
            details.customer_number = to if to and not _EXTENSION.match(to) else None
    return details


_3CX = re.compile(r"^\[(?P<name>[^\]]*)\]_(?P<from>[^-_]+)-(?P<to>[^_]+)_(?P<stamp>\d{14})(?:\((?P<id>\d+)\))?$")


def _3cx(stem: str) -> CallDetails | None:
    m = _3CX.match(stem)
    if not m:
        return None
    stamp = m["stamp"]
    details = CallDetails(started_at=_when(stamp[:8], stamp[8:]), system="3CX")
    if details.started_at is None:
        return None
    caller, called = m["from"], m["to"]
    caller_ext, called_ext = bool(_EXTENSION.match(caller)), bool(_EXTENSION.match(called))
    if caller_ext and called_ext:
        details.direction, details.agent_extension = INTERNAL, called
        details.extra["other_extension"] = caller
    elif caller_ext:
        details.direction, details.agent_extension, details.customer_number = OUTBOUND, caller, called
    elif called_ext:
        details.direction, details.agent_extension, details.customer_number = INBOUND, called, caller
    if m["name"].strip() and not m["name"].strip().lstrip("+").isdigit():
        details.extra["caller_name"] = m["name"].strip()
    return details


_RINGCENTRAL = re.compile(
    r"^(?P<date>\d{8})-(?P<time>\d{6})_(?:(?P<ext>\d{1,6})_)?(?P<phone>[^_]+)_(?P<dir>Incoming|Outgoing)"
    r"_(?:Auto|OnDemand|Automatic)(?:_(?P<id>\d+))?$",
    re.IGNORECASE,
)


def _ringcentral(stem: str) -> CallDetails | None:
    m = _RINGCENTRAL.match(stem)
    if not m:
        return None
    details = CallDetails(started_at=_when(m["date"], m["time"]), system="RingCentral")
    if details.started_at is None:
        return None
    details.direction = INBOUND if m["dir"].lower() == "incoming" else OUTBOUND
    details.customer_number = _number(m["phone"])
    details.agent_extension = m["ext"]
    return details


_ANDROID = re.compile(r"^Call recording (?P<who>.+?)_(?P<date>\d{6})_(?P<time>\d{6})$")


def _android(stem: str) -> CallDetails | None:
    m = _ANDROID.match(stem)
    if not m:
        return None
    details = CallDetails(started_at=_when(m["date"], m["time"]), system="Android call recorder")
    if details.started_at is None:
        return None
    who = m["who"].strip()
    if re.fullmatch(r"\+?[\d ()-]{5,}", who):
        details.customer_number = who
    else:
        details.extra["contact"] = who
    return details


_PARSERS = (_freepbx, _3cx, _ringcentral, _android)


def details_from_name(name: str) -> CallDetails | None:
    """The call's details from a recording's file name, or None when no convention fits."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    for parser in _PARSERS:
        details = parser(stem)
        if details is not None:
            return details
    return None

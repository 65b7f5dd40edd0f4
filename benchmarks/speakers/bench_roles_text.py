"""Which speaker is the agent, from the text alone, on REAL customer-care conversations: the
role decision without a voice profile (reviewer.speakers.roles.by_text) applied to written
threads whose roles are known, with the speakers' names hidden (speaker 1 is whoever wrote
first). Nothing here was used to tune the cues.

The threads: ../shared/testdata/chats/ibm-twitter-customer-care/dev.json (real Twitter threads
of 25 brands' care teams; those where both the customer and the agent wrote) and abcd/
abcd_sample.json (typed service chats). English only; written, not spoken: the cues see clean
text here, where a call's transcript has recognition errors.

Printed side by side: the decision as shipped, and the same without the pronoun cue ("you"/"we"
against "I"/"my", reviewer.speakers.role_cues), which is how much that cue adds.

    .venv/bin/python benchmarks/speakers/bench_roles_text.py
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CHATS = ROOT.parent / "shared" / "testdata" / "chats"


def threads() -> list[tuple[str, list[tuple[str, str]]]]:
    """(source, [(agent|customer, text)]) of every thread where both sides wrote."""
    out = []
    for x in json.loads((CHATS / "ibm-twitter-customer-care" / "dev.json").read_text(encoding="utf-8")):
        turns = [("agent" if "agent" in m else "customer", m["message"]) for m in x["dialogContent"]]
        if {w for w, _ in turns} == {"agent", "customer"}:
            out.append(("twitter", turns))
    for x in json.loads((CHATS / "abcd" / "abcd_sample.json").read_text(encoding="utf-8")):
        out.append(("abcd", [(w, t) for w, t in x["original"] if w in ("agent", "customer")]))
    return out


def measure(all_threads, roles) -> tuple[int, collections.Counter, collections.Counter]:
    right, cues, wrong = 0, collections.Counter(), collections.Counter()
    for _, turns in all_threads:
        order = list(dict.fromkeys(w for w, _ in turns))
        number = {w: i + 1 for i, w in enumerate(order)}
        spoken = [roles.SpokenTurn(number[w], i * 1000, text) for i, (w, text) in enumerate(turns)]
        (agent,) = [d for d in roles.by_text(spoken, [], None, "en") if d.role.value == "agent"]
        ok = agent.speaker == number["agent"]
        right += ok
        cues[agent.cue] += 1
        wrong[agent.cue] += not ok
    return right, cues, wrong


def main() -> int:
    if not CHATS.is_dir():
        print(f"skipped: {CHATS} is absent (the shared test data)")
        return 0
    sys.path.insert(0, str(ROOT))
    from reviewer.speakers import roles

    found = threads()
    first = sum(turns[0][0] == "agent" for _, turns in found)
    print(f"{len(found)} real threads with both sides ({first} opened by the agent, {len(found) - first} by the customer)")
    shipped = measure(found, roles)
    weight = roles.WEIGHTS[roles.ADDRESSES_CUSTOMER]
    roles.WEIGHTS[roles.ADDRESSES_CUSTOMER] = 0.0
    try:
        without = measure(found, roles)
    finally:
        roles.WEIGHTS[roles.ADDRESSES_CUSTOMER] = weight
    print(f"{'':<28} {'agent right':>12}   deciding cue (wrong)")
    for label, (right, cues, wrong) in (("as shipped", shipped), ("without the pronoun cue", without)):
        told = ", ".join(f"{c} {n} ({wrong[c]})" for c, n in cues.most_common())
        print(f"{label:<28} {right:>4}/{len(found)} {100 * right / len(found):4.0f} %   {told}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Which separated speaker of a mono call is the agent (placeholder: helper r15's module
replaces this one at merge)."""

from __future__ import annotations


def assign_after_separation(library, cid: int, embeddings: dict) -> None:
    """Decide the agent among the separated speakers of conversation ``cid`` and set its turns'
    roles. This placeholder leaves the roles as they are (unknown)."""
    return None

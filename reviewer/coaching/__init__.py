"""Disputes of review answers and coaching sessions: storing them, deciding disputes, and
moving both between libraries in bundles (exchange)."""

from reviewer.coaching.disputes import DisputeFilter, DisputeRepository
from reviewer.coaching.sessions import SessionFilter, SessionRepository

__all__ = ["DisputeFilter", "DisputeRepository", "SessionFilter", "SessionRepository"]

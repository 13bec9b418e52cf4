"""Storage: the SQLite store (default) that ingest writes and every reader of results uses."""

from newsmonitor.store.sqlite import AddOutcome, Store

__all__ = ["AddOutcome", "Store"]

"""Storage: the SQLite database (WAL), numbered migrations and repositories — the only SQL."""

from shared.storage.db import StorageUnavailable, connect
from shared.storage.store import Store

__all__ = ["StorageUnavailable", "Store", "connect"]

"""The only code that runs SQL. No Qt here."""

from desktop.store.connection import Store, now, open_store
from desktop.store.errors import (
    ConflictError,
    NewerSchemaError,
    NotADatabaseError,
    NotFoundError,
    ReadOnlyError,
    StoreError,
    ValidationFailed,
)

__all__ = [
    "ConflictError", "NewerSchemaError", "NotADatabaseError", "NotFoundError", "ReadOnlyError", "Store",
    "StoreError", "ValidationFailed", "now", "open_store",
]

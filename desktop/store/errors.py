"""Specific store errors, each with a message a user can act on."""


class StoreError(Exception):
    """Base class of every error the store raises on purpose."""


class NotADatabaseError(StoreError):
    """The file is not a SQLite database, or it is damaged."""


class NewerSchemaError(StoreError):
    """The database was written by a newer version of the app."""


class ConflictError(StoreError):
    """The record changed since it was read (another window or process saved it)."""

    def __init__(self, record_id: str, expected: int, actual: int):
        super().__init__(
            f"Survey {record_id} was changed elsewhere (revision {actual}, you edited revision "
            f"{expected}); reload it before saving, nothing was overwritten"
        )
        self.record_id, self.expected, self.actual = record_id, expected, actual


class ValidationFailed(StoreError):
    """Answers did not pass the validator; `problems` lists every one."""

    def __init__(self, problems: list):
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))


class NotFoundError(StoreError):
    """No record with that id."""


class ReadOnlyError(StoreError):
    """The database is open read-only."""


class BackupError(StoreError):
    """A backup could not be written, checked or restored."""


class DatabaseBusyError(StoreError):
    """Another program held the database locked for longer than the busy timeout."""


class DiskFullError(StoreError):
    """The disk (or the database's size limit) is full; the change was rolled back."""


class DiskIOError(StoreError):
    """The operating system reported a read/write error; the change was rolled back."""

"""Import, export, survey packages and merging. No Qt; SQL only through desktop.store."""

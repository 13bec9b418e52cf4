"""Extraction: the first stage, filling language, publication date, title, source and content hash."""

"""Extraction: the first stage, filling language, publication date, title, source and content hash."""

from newsmonitor.extract.stage import ExtractStage

__all__ = ["ExtractStage"]

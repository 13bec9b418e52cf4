"""Quotes: who said what, in every supported language (rules and per-language data files)."""

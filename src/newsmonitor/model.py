"""The data model every stage reads and fills: plain dataclasses, no behaviour beyond serialisation.

An :class:`Article` is created by a reader from raw input, then filled stage by stage
(extract → entities → quotes → cluster) and finally stored. A reader that cannot make an
article from a record yields a :class:`Rejection` instead, so a batch never stops on bad input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Mention:
    """One entity mention in an article's text, linked to a canonical entity."""

    text: str  # the mention as written ("Natos", "Rysslands")
    type: str  # PER, ORG, LOC
    id: str  # stable canonical entity id, shared across languages
    name: str  # canonical international name ("NATO", "Russia")
    start: int = -1  # character offsets into Article.text
    end: int = -1


@dataclass(slots=True)
class Quote:
    """A direct quote and its speaker."""

    text: str  # the quote without marks or leading dash
    speaker: str | None  # canonical full name of the speaker
    speaker_id: str | None = None
    start: int = -1


@dataclass(slots=True)
class Article:
    """One news article as it moves through the pipeline.

    ``text`` is the input text exactly as read. Reader-provided metadata (a JSONL ``title``,
    a feed item's date, an HTML page's ``<title>``) goes into ``hints``; the extract stage
    uses hints only when the pipeline is told to trust them (``ingest`` does, ``analyze``
    must not, because its input may carry gold labels).
    """

    id: str
    text: str
    url: str | None = None
    origin: str = ""  # where it came from: "path/to/file.jsonl:12", "https://…", "<stdin>"
    hints: dict[str, Any] = field(default_factory=dict)

    # filled by extract
    lang: str | None = None
    date: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY": never more precise than the evidence
    date_source: str | None = None  # which evidence gave the date: "header", "url", "byline", "content", …
    title: str | None = None
    source: str | None = None  # hostname of the url, or the reader's source name
    content_hash: str | None = None
    body: str | None = None  # text without page furniture such as the " date YYYY-MM" header

    # filled by later stages
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    event: str | None = None
    story: str | None = None
    duplicate_of: str | None = None
    happened: str | None = None  # the happening's date the clusterer used (YYYY-MM-DD or YYYY-MM)
    why: dict[str, Any] | None = None  # why it joined its event: scores, thresholds, shared evidence

    @property
    def date_precision(self) -> str | None:
        """"day", "month" or "year", derived from the shape of ``date``."""
        if not self.date:
            return None
        return {10: "day", 7: "month", 4: "year"}.get(len(self.date))

    def to_contract(self) -> dict[str, Any]:
        """The ``analyze`` output contract: one JSON object per article. Field names are fixed."""
        return {
            "id": self.id,
            "lang": self.lang,
            "date": self.date,
            "title": self.title,
            "entities": [
                {"text": m.text, "type": m.type, "id": m.id, "name": m.name, "start": m.start, "end": m.end}
                for m in self.mentions
            ],
            "quotes": [
                {"speaker": q.speaker, "speaker_id": q.speaker_id, "text": q.text, "start": q.start}
                for q in self.quotes
            ],
            "event": self.event,
            "story": self.story,
            # additions beyond the fixed fields (later work may add, never rename)
            "url": self.url,
            "source": self.source,
            "date_precision": self.date_precision,
            "duplicate_of": self.duplicate_of,
        }


@dataclass(slots=True)
class Rejection:
    """A record a reader or stage could not accept: reported as ``origin:line: reason``."""

    origin: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}:{self.line}: {self.reason}"

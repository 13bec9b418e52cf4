"""The pipeline: the list of stages, run in order over each article a reader yields.

A stage is any object with a ``name`` and ``__call__(article) -> None`` that fills its part of
the Article. A stage that fails on one article turns that article into a Rejection; the batch
goes on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from typing import Protocol

from newsmonitor.model import Article, Rejection
from newsmonitor.readers.base import ReadResult, find_surrogate

log = logging.getLogger(__name__)


class Stage(Protocol):
    name: str

    def __call__(self, article: Article) -> None: ...


_ONE_LINE = re.compile(r"\S(?:[^\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]{0,498}\S)?")
_URL_HOST_ONLY = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/]*$")


def split_origin(origin: str) -> tuple[str, int]:
    """'file.jsonl:12' → ('file.jsonl', 12); anything else (also 'http://host:8080') → (origin, 1)."""
    head, sep, tail = origin.rpartition(":")
    if sep and tail.isascii() and tail.isdigit() and not _URL_HOST_ONLY.match(head + ":"):
        return head, int(tail)
    return origin, 1


def unstorable(article: Article) -> str | None:
    """Why the store could not hold this article (a string that is not valid Unicode), or None."""
    fields = [("id", article.id), ("text", article.text), ("url", article.url), ("title", article.title),
              ("lang", article.lang), ("date", article.date), ("source", article.source),
              ("origin", article.origin)]
    fields += [("entity mention", m.text) for m in article.mentions]
    fields += [("quote", q.text) for q in article.quotes] + [("quote speaker", q.speaker) for q in article.quotes]
    for name, value in fields:
        if value is None:
            continue
        if not isinstance(value, str):
            return f"field '{name}' is not a string ({type(value).__name__})"
        problem = find_surrogate(value)
        if problem:
            return f"{name} contains {problem}"
    return None


class Pipeline:
    """Runs stages over a stream of reader results."""

    def __init__(self, stages: list[Stage]):
        self.stages = stages

    def process(self, article: Article) -> Article | Rejection:
        for stage in self.stages:
            try:
                stage(article)
            except Exception as exc:  # one bad article must not stop a batch
                log.debug("stage %s failed on %s", stage.name, article.origin, exc_info=True)
                origin, line = split_origin(article.origin or article.id)
                return Rejection(origin, line, f"internal error in stage '{stage.name}': {type(exc).__name__}: {exc}")
        problem = unstorable(article)
        if problem:
            origin, line = split_origin(article.origin or article.id)
            return Rejection(origin, line, f"cannot store: {problem}")
        return article

    def run(self, results: Iterable[ReadResult]) -> Iterator[ReadResult]:
        for result in results:
            result = self.process(result) if isinstance(result, Article) else result
            if isinstance(result, Rejection) and not _ONE_LINE.fullmatch(result.reason):
                # one report per line: a reason quoting a parser's multi-line message is folded
                result = Rejection(result.origin, result.line, " ".join(result.reason.split())[:500] or "rejected")
            yield result


def default_pipeline() -> Pipeline:
    """The default stage list. Later stages (entities, quotes, clustering) are appended here."""
    from newsmonitor.entities.stage import EntityStage
    from newsmonitor.extract.stage import ExtractStage
    from newsmonitor.quotes.stage import QuoteStage

    return Pipeline([ExtractStage(), EntityStage(), QuoteStage()])

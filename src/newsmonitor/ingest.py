"""Ingest: the one write path from reader results to the store, shared by the CLI, `watch` and the API.

Results (articles or rejections) are processed by the pipeline, grouped in batches, completed with
batch-level steps (neighbour dating, then clustering) and stored one transaction per batch.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsmonitor.extract.neighbours import date_from_neighbours
from newsmonitor.model import Article, Rejection
from newsmonitor.pipeline import Pipeline, split_origin
from newsmonitor.readers.base import ReadResult
from newsmonitor.store.sqlite import AddOutcome, Store, normalize_url

log = logging.getLogger(__name__)

# A batch is clustered as one (sorted by happening date, so its order does not matter) and stored in
# one transaction: an input of up to BATCH_SIZE articles gets the same clusters in any order, and an
# interrupted ingest loses at most the batch in flight. BATCH_CHARS bounds the memory a batch takes.
BATCH_SIZE = 1000
BATCH_CHARS = 64_000_000


def batches(items: Iterable[Any], size: int, max_chars: int | None = None) -> Iterator[list[Any]]:
    """Consecutive lists of at most ``size`` items (and, with ``max_chars``, of articles whose texts
    hold at most that many characters together, unless one article alone is longer)."""
    batch: list[Any] = []
    chars = 0
    for item in items:
        length = len(item.text) if max_chars is not None and isinstance(item, Article) else 0
        if batch and max_chars is not None and chars + length > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += length
        if len(batch) >= size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


# errors that come from one article's values, not from the database or the disk
_RECORD_ERRORS = (sqlite3.IntegrityError, sqlite3.InterfaceError, ValueError, TypeError, OverflowError)


def _store_batch(store: Store, articles: list[Article], counts: dict[str, int],
                 on_rejection: Callable[[Rejection], None] | None,
                 before_commit: Callable[[Store], None] | None = None) -> list[AddOutcome]:
    """Store a batch in one transaction; if one article cannot be stored, store the others one by one."""
    try:
        return store.add_articles(articles, before_commit)
    except _RECORD_ERRORS:
        pass
    outcomes: list[AddOutcome] = []
    for article in articles:  # the batch was rolled back: find the bad article, keep the good ones
        try:
            outcomes += store.add_articles([article], before_commit)
        except _RECORD_ERRORS as exc:
            counts["rejected"] += 1
            if on_rejection:
                origin, line = split_origin(article.origin or article.id)
                on_rejection(Rejection(origin, line, f"cannot store: {type(exc).__name__}: {exc}"))
    return outcomes


def _seed_persons(pipeline: Pipeline, store: Store) -> None:
    """Let the entity stage map new spellings of persons onto those the store already knows."""
    for stage in pipeline.stages:
        registry = getattr(stage, "registry", None)
        if registry is not None:
            for entity_id, names in store.person_names().items():
                registry.seed(entity_id, names)


def _new_articles(store: Store, articles: list[Article], on_note: Callable[[str], None] | None
                  ) -> list[Article]:
    """The articles of a batch that the store does not hold yet (first copy only), with their final ids."""
    new: list[Article] = []
    seen: set[str] = set()
    for article in articles:
        keys = {f"h:{article.content_hash}"} | ({f"u:{normalize_url(article.url)}"} if article.url else set())
        if keys & seen or store.stored_as(article):
            continue
        seen |= keys
        final = store.free_id(article)
        if final != article.id:
            if on_note:
                on_note(f"id {article.id!r} was taken; stored as {final!r}")
            article.id = final
        new.append(article)
    return new


def ingest_results(store: Store, results: Iterable[ReadResult], *,
                   on_rejection: Callable[[Rejection], None] | None = None,
                   on_note: Callable[[str], None] | None = None,
                   batch_size: int = BATCH_SIZE) -> dict[str, int]:
    """Run the pipeline over reader results and store the articles; return counts by outcome.

    ``results`` are raw reader results (articles not yet processed, or rejections). Each batch is
    stored in one transaction, so an interrupted ingest loses at most the batch in flight and a
    re-run stores it without duplicates.
    """
    from newsmonitor.cluster.semantic import default_embedder
    from newsmonitor.cluster.stage import ClusterStage
    from newsmonitor.pipeline import default_pipeline

    pipeline = default_pipeline()
    _seed_persons(pipeline, store)
    clusters = ClusterStage.load(store, default_embedder())
    counts = {"added": 0, "duplicate": 0, "rejected": 0}
    for batch in batches(pipeline.run(results), batch_size, BATCH_CHARS):
        articles: list[Article] = []
        for result in batch:
            if isinstance(result, Rejection):
                counts["rejected"] += 1
                if on_rejection:
                    on_rejection(result)
            else:
                articles.append(result)
        try:
            date_from_neighbours(articles)
        except Exception:  # a batch-level refinement; its failure must not stop the ingest
            log.warning("neighbour dating failed on a batch; articles keep their own dates", exc_info=True)
        new = _new_articles(store, articles, on_note)
        try:
            clusters.assign(new)
        except Exception:  # clustering is a refinement: the articles are stored even when it fails
            log.warning("clustering failed on a batch; its articles are stored without events", exc_info=True)
            for article in new:
                article.event = article.story = article.duplicate_of = None
        outcomes = _store_batch(store, articles, counts, on_rejection, clusters.write)
        clusters.written()
        for outcome in outcomes:
            counts[outcome.status] += 1
            if outcome.detail and outcome.status == "added" and on_note:
                on_note(outcome.detail)
    return counts

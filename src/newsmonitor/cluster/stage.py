"""The cluster stage: assigns a batch of processed articles to events and stories, and keeps the
clusterer's state in step with the store.

Unlike the per-article stages it works on batches, because clustering needs the articles that
came before: ``assign`` takes a batch in arrival order (sorted by happening date within the batch,
so a batch gives the same clusters whatever its internal order), fills ``event``, ``story``,
``duplicate_of``, ``happened`` and ``why`` of each article, and remembers which clusters changed.
``write`` stores those clusters; ``load`` continues from what a store already holds.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

import numpy as np

from newsmonitor.cluster.features import features
from newsmonitor.cluster.online import EVENT_WINDOW_DAYS, STORY_WINDOW_DAYS, Cluster, Clusterer
from newsmonitor.cluster.semantic import Embedder, embedding_text
from newsmonitor.model import Article

if TYPE_CHECKING:
    from newsmonitor.store.sqlite import Store

STATE_TERMS = 400  # strongest terms kept in a stored cluster state
RECENT_KEPT = 12  # recent members per event kept (with their duplicate signatures) in a stored state
MAX_GROUPING = 400  # articles grouped together at most (in happening order): bounds the quadratic step


class ClusterStage:
    """Online clustering of article batches (see :mod:`newsmonitor.cluster.online`)."""

    name = "cluster"

    def __init__(self, clusterer: Clusterer | None = None, embedder: Embedder | None = None):
        self.clusterer = clusterer or Clusterer()
        self.embedder = embedder  # the optional semantic backend
        self._titles: dict[str, dict[str, str]] = {}  # event/story id → {lang: first title}
        self._dates: dict[str, list[str]] = {}  # cluster id → [first, last] publication dates
        self._df_delta: Counter[str] = Counter()
        self._store: Store | None = None  # where older clusters are loaded from when older articles arrive
        self._loaded_from: int | None = None  # events with a happening on or after this day are in memory

    # -- assigning ------------------------------------------------------------------------------------
    def assign(self, articles: list[Article]) -> None:
        """Cluster a batch (in place). Articles are taken in order of their happening date."""
        feats = [(features(a), a) for a in articles]
        if self.embedder is not None and feats:
            vectors = self.embedder.embed([embedding_text(a) for _, a in feats])
            for (f, _), vector in zip(feats, vectors, strict=True):
                f.embedding = vector
        feats.sort(key=lambda fa: (fa[0].ordinal or 0, fa[1].content_hash or "", fa[1].id))
        earliest = min((f.ordinal for f, _ in feats if f.ordinal is not None), default=None)
        if self._store is not None and earliest is not None and self._loaded_from is not None:
            self._load_older(earliest)
        for f, _ in feats:
            self._df_delta.update({k: 1 for k in ["@" + e for e in f.entities] + list(f.terms)})
        results = []
        for start in range(0, len(feats), MAX_GROUPING):  # grouping is quadratic in the chunk size
            results += self.clusterer.add_batch([f for f, _ in feats[start:start + MAX_GROUPING]])
        for (_, article), result in zip(feats, results, strict=True):
            article.event, article.story, article.duplicate_of = result.event, result.story, result.duplicate_of
            article.why = result.why
            article.happened = result.why.get("happening")
            for cid in (result.event, result.story):
                if article.title and article.lang:
                    self._titles.setdefault(cid, {}).setdefault(article.lang, article.title)
                if article.date:
                    span = self._dates.setdefault(cid, [article.date, article.date])
                    span[0], span[1] = min(span[0], article.date), max(span[1], article.date)

    # -- records for the store ------------------------------------------------------------------------
    def _record(self, cluster: Cluster, kind: str) -> dict[str, Any]:
        labels = self._titles.get(cluster.id, {})
        title = None
        if labels:
            # the most common language; on a tie English, the most widely read
            ranked = sorted(cluster.langs.items(), key=lambda kv: (kv[1], kv[0] == "en", kv[0]), reverse=True)
            lang = ranked[0][0] if ranked else None
            title = labels.get(lang) if lang in labels else next(iter(labels.values()))
        span = self._dates.get(cluster.id, [None, None])
        main = [[k.lstrip("@"), name, "", weight] for k, name, weight in cluster.main_entities()]
        record: dict[str, Any] = {
            "id": cluster.id, "title": title, "labels": labels, "first_date": span[0], "last_date": span[1],
            "langs": dict(cluster.langs), "entities": main, "state": self._state(cluster, kind),
        }
        if kind == "event":
            day = cluster.day
            month = cluster.month
            record["date"] = day.isoformat() if day else (f"{month[0]:04d}-{month[1]:02d}" if month else None)
            record["story"] = cluster.story
        else:
            record["event_count"] = len(cluster.events)
        return record

    def _state(self, cluster: Cluster, kind: str) -> dict[str, Any]:
        terms = dict(sorted(cluster.terms.items(), key=lambda kv: -kv[1])[:STATE_TERMS])
        state: dict[str, Any] = {
            "entities": cluster.entities, "terms": terms, "n": len(cluster.members),
            "first": cluster.first, "last": cluster.last, "ref": cluster.ref,
            "days": dict(cluster.days), "soft_days": dict(cluster.soft_days),
            "months": [[y, m, n] for (y, m), n in cluster.months.items()],
            "langs": dict(cluster.langs), "names": cluster.names, "speakers": sorted(cluster.speakers),
            "story": cluster.story, "events": cluster.events[-200:],
            "embedding": [round(float(x), 5) for x in cluster.embedding] if cluster.embedding is not None else None,
            "titles": self._titles.get(cluster.id, {}), "dates": self._dates.get(cluster.id),
        }
        if kind == "event":
            recent = self.clusterer._recent_by_event.get(cluster.id, [])[-RECENT_KEPT:]
            state["recent"] = []
            for a in recent:
                if a in self.clusterer._recent:
                    terms, sh, _ordinal, ents, lang = self.clusterer._recent[a]
                    strongest = dict(sorted(terms.items(), key=lambda kv: -kv[1])[:80])
                    state["recent"].append([a, strongest, sorted(sh), ents, lang])
        return state

    def write(self, store: Store) -> None:
        """Store the clusters this stage changed since the last write (inside the caller's transaction)."""
        c = self.clusterer
        events = [self._record(c.events[e], "event") for e in sorted(c.touched_events) if e in c.events]
        stories = [self._record(c.stories[s], "story") for s in sorted(c.touched_stories) if s in c.stories]
        store.save_clusters(events, stories, self._df_delta, c.n_docs)

    def written(self) -> None:
        """The last write committed: forget what it covered, and drop clusters the clusterer retired."""
        c = self.clusterer
        c.touched_events.clear()
        c.touched_stories.clear()
        self._df_delta.clear()
        c.forget_retired()

    # -- continuing from a store ----------------------------------------------------------------------
    @classmethod
    def load(cls, store: Store, embedder: Embedder | None = None) -> ClusterStage:
        """A stage that continues the store's clusters: recent ones now, older ones when older articles come."""
        stage = cls(embedder=embedder)
        c = stage.clusterer
        df, n_docs, latest = store.load_cluster_base()
        c.df.update(df)
        c.n_docs = n_docs
        stage._store = store
        if latest is None:
            return stage
        stage._load_range(latest - 3 * EVENT_WINDOW_DAYS, None)
        c._latest = latest
        return stage

    def _load_range(self, since: int, before: int | None) -> None:
        assert self._store is not None
        c = self.clusterer
        for row in self._store.load_cluster_states("events", since, before):
            if row["id"] in c.events:
                continue
            state = json.loads(row["state"])
            c.restore_event(_cluster_from_state(row["id"], state), state.get("recent", []))
            self._restore_meta(row["id"], state)
        story_since = since - 2 * STORY_WINDOW_DAYS + 3 * EVENT_WINDOW_DAYS
        for row in self._store.load_cluster_states("stories", story_since, before):
            if row["id"] in c.stories:
                continue
            state = json.loads(row["state"])
            c.restore_story(_cluster_from_state(row["id"], state))
            self._restore_meta(row["id"], state)
        self._loaded_from = since if self._loaded_from is None else min(self._loaded_from, since)

    def _load_older(self, earliest: int) -> None:
        """Bring the stored clusters near an older article's happening into memory."""
        assert self._loaded_from is not None
        since = earliest - 3 * EVENT_WINDOW_DAYS
        if since < self._loaded_from:
            self._load_range(since, self._loaded_from)

    def _restore_meta(self, cid: str, state: dict[str, Any]) -> None:
        if state.get("titles"):
            self._titles[cid] = dict(state["titles"])
        if state.get("dates"):
            self._dates[cid] = list(state["dates"])


def _cluster_from_state(cid: str, state: dict[str, Any]) -> Cluster:
    cluster = Cluster(cid)
    cluster.entities = {k: float(v) for k, v in state.get("entities", {}).items()}
    cluster.terms = {k: float(v) for k, v in state.get("terms", {}).items()}
    cluster.members = [""] * int(state.get("n", 0))
    cluster.first, cluster.last, cluster.ref = state.get("first"), state.get("last"), state.get("ref")
    cluster.days = Counter({int(k): v for k, v in state.get("days", {}).items()})
    cluster.soft_days = Counter({int(k): v for k, v in state.get("soft_days", {}).items()})
    cluster.months = Counter({(y, m): n for y, m, n in state.get("months", [])})
    cluster.langs = Counter(state.get("langs", {}))
    cluster.names = dict(state.get("names", {}))
    cluster.speakers = set(state.get("speakers", []))
    cluster.story = state.get("story")
    cluster.events = list(state.get("events", []))
    if state.get("embedding") is not None:
        cluster.embedding = np.asarray(state["embedding"], dtype=np.float32)
    cluster.refresh_norms()
    return cluster

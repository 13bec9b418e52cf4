"""One identity per person across articles: spelling variants of people outside the knowledge base.

The recognizer already gives a person outside the knowledge base an id from a transliteration-aware key,
so *Zelenskyj*, *Zelenskyy* and *Selenskyj* meet without any state. A ``PersonRegistry`` goes one step
further across a batch (or a whole store): it remembers the people it has seen and maps a new spelling
onto a known person when the surname is (nearly) the same **and** the first name agrees
(*Karim Hadad* → *Karim Haddad*), but never merges two people who only share a surname
(*Mette Frederiksen* ≠ *Mads Frederiksen*). A bare surname joins a known person only when exactly one
person with that surname is known.

Usage::

    registry = PersonRegistry()
    registry.seed("per:karim-haddad", ["Karim Haddad"])   # e.g. people already in the store
    stage = EntityStage(registry=registry)                      # or: mentions = registry(mentions)

Knowledge-base persons keep their ids; they are registered too, so an unknown variant of a
knowledge-base name that the knowledge base itself does not list can still join them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newsmonitor.entities.names import jaro_winkler, phonetic_key
from newsmonitor.model import Mention

# thresholds on phonetic keys (Jaro-Winkler): surname and first name must both be close
SURNAME_MIN = 0.92 - 1e-9
FIRST_MIN = 0.88 - 1e-9


class PersonRegistry:
    """Maps person mentions to one id per person across articles (state: the persons seen so far)."""

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}  # full phonetic key → id
        self._by_surname: dict[str, set[str]] = defaultdict(set)  # phonetic surname → ids
        self._surnames_by_initial: dict[str, list[str]] = defaultdict(list)  # first letter → phonetic surnames
        self._first: dict[str, set[str]] = defaultdict(set)  # id → phonetic first names seen
        self._names: dict[str, str] = {}  # id → canonical name (seeded, else the most frequent full spelling)
        self._seeded: set[str] = set()
        self._counts: dict[str, dict[str, int]] = defaultdict(dict)  # id → full-name spelling → mentions

    def __len__(self) -> int:
        return len(self._names)

    # -- seeding ----------------------------------------------------------------------------------
    def seed(self, entity_id: str, names: Iterable[str]) -> None:
        """Make a known person (id and the names it was written with) a merge target."""
        for name in names:
            self._register(entity_id, name)
        self._seeded.add(entity_id)

    def _register(self, entity_id: str, name: str) -> None:
        key = phonetic_key(name)
        if not key:
            return
        tokens = key.split()
        self._names.setdefault(entity_id, name)
        if len(tokens) >= 2 and entity_id not in self._seeded:
            counts = self._counts[entity_id]
            counts[name] = counts.get(name, 0) + 1
            best = max(counts, key=counts.__getitem__)  # ties: the first spelling seen
            if counts[best] > counts.get(self._names[entity_id], 0):
                self._names[entity_id] = best
        self._by_key.setdefault(key, entity_id)
        if len(tokens) >= 2:
            if tokens[-1] not in self._by_surname:
                self._surnames_by_initial[tokens[-1][:1]].append(tokens[-1])
            self._by_surname[tokens[-1]].add(entity_id)
            self._first[entity_id].add(tokens[0])

    # -- lookup -----------------------------------------------------------------------------------
    def lookup(self, name: str) -> str | None:
        """The id of a known person this name (full name or bare surname) refers to, or None."""
        key = phonetic_key(name)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        tokens = key.split()
        if len(tokens) == 1:
            ids = self._by_surname.get(tokens[0], set())
            return next(iter(ids)) if len(ids) == 1 else None
        first, surname = tokens[0], tokens[-1]
        best: tuple[float, str] | None = None
        for known_surname, s_sim in _similar(surname, self._surnames_by_initial.get(surname[:1], [])):
            if known_surname != surname and _patronymic_clash(known_surname, surname):
                continue  # Andersen (Danish/Norwegian) and Andersson (Swedish) are different families
            for entity_id in self._by_surname[known_surname]:
                f_sim = max((_first_similarity(first, f) for f in self._first.get(entity_id, ())), default=0.0)
                if f_sim < FIRST_MIN:
                    continue
                score = s_sim + f_sim
                if best is None or score > best[0]:
                    best = (score, entity_id)
        return best[1] if best else None

    def name_of(self, entity_id: str) -> str | None:
        return self._names.get(entity_id)

    # -- applying ---------------------------------------------------------------------------------
    def resolve(self, mention: Mention, known: bool = False) -> Mention:
        """The mention with the registry's id and name for its person (registering it if new).

        ``known``: the mention's id is a knowledge-base id, which is kept (and registered).
        """
        if mention.type != "PER":
            return mention
        if known:
            self._register(mention.id, mention.name)
            return mention
        entity_id = self.lookup(mention.name)
        if entity_id is None or entity_id == mention.id:
            self._register(mention.id, mention.name)
            return mention
        self._register(entity_id, mention.name)
        return Mention(mention.text, mention.type, entity_id, self._names.get(entity_id, mention.name),
                       mention.start, mention.end)

    def __call__(self, mentions: list[Mention], known_ids: Iterable[str] = ()) -> list[Mention]:
        """Resolve an article's mentions; full names first, so a bare surname can join them."""
        known = set(known_ids)
        full: list[int] = []  # mentions with a name of two words or more, then the others, each in text order
        bare: list[int] = []
        for k, m in enumerate(mentions):
            if len(m.name.split(None, 1)) < 2:
                bare.append(k)
            else:
                full.append(k)
        order = full + bare
        out = list(mentions)
        resolved: dict[str, str] = {}  # old id → new id within this article
        for k in order:
            m = mentions[k]
            if m.type != "PER":  # (resolve leaves it as it is)
                resolved.setdefault(m.id, m.id)
                continue
            if m.id in resolved and m.id not in known:
                new_id = resolved[m.id]
                out[k] = Mention(m.text, m.type, new_id, self._names.get(new_id, m.name), m.start, m.end)
                continue
            out[k] = self.resolve(m, known=m.id in known)
            resolved.setdefault(m.id, out[k].id)
        return out


def _similar(word: str, candidates: list[str]) -> list[tuple[str, float]]:
    """Candidates at least SURNAME_MIN similar to word (Jaro-Winkler), with their similarity."""
    if not candidates:
        return []
    try:
        from rapidfuzz import process
        from rapidfuzz.distance import JaroWinkler

        return [(c, float(score)) for c, score, _ in process.extract(
            word, candidates, scorer=JaroWinkler.similarity, score_cutoff=SURNAME_MIN, limit=None)]
    except ImportError:  # pragma: no cover - rapidfuzz is a dependency
        return [(c, sim) for c in candidates if (sim := jaro_winkler(word, c)) >= SURNAME_MIN]


def _patronymic_clash(a: str, b: str) -> bool:
    """-sen against -son (phonetic keys: Hansen/Hanson, Andersen/Andersson) marks different surnames."""
    return {a[-3:], b[-3:]} == {"sen", "son"}


def _first_similarity(a: str, b: str) -> float:
    """First names: equal, an initial of the other, or a close spelling (Mohmoud/Mahmoud, Mathew/Matthew)."""
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return 0.9 if a[0] == b[0] else 0.0
    return jaro_winkler(a, b)

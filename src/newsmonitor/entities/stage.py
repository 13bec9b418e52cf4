"""The entity stage: fills ``Article.mentions`` with linked PER/ORG/LOC mentions."""

from __future__ import annotations

from newsmonitor.entities.kb import KnowledgeBase, default_kb
from newsmonitor.entities.recognize import Recognizer
from newsmonitor.entities.registry import PersonRegistry
from newsmonitor.model import Article


class EntityStage:
    """Recognise and link an article's entities.

    ``registry``: a ``PersonRegistry`` shared by the articles this stage sees, so spelling variants of a
    person outside the knowledge base get one id across articles (seed it with the persons already
    stored). By default each stage has its own registry; pass ``registry=False`` for stateless,
    article-by-article output.
    """

    name = "entities"

    def __init__(self, kb: KnowledgeBase | None = None, registry: PersonRegistry | bool | None = None):
        self.kb = kb or default_kb()
        self.recognizer = Recognizer(self.kb)
        if isinstance(registry, PersonRegistry):
            self.registry: PersonRegistry | None = registry
        else:
            self.registry = PersonRegistry() if registry in (None, True) else None

    def __call__(self, article: Article) -> None:
        mentions = self.recognizer(article.text, article.lang)
        if self.registry is not None:
            mentions = self.registry(mentions, known_ids=[m.id for m in mentions if m.id in self.kb.entities])
        article.mentions = mentions

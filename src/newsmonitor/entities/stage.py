"""The entity stage: fills ``Article.mentions`` with linked PER/ORG/LOC mentions."""

from __future__ import annotations

from newsmonitor.entities.kb import KnowledgeBase, default_kb
from newsmonitor.entities.recognize import Recognizer
from newsmonitor.model import Article


class EntityStage:
    name = "entities"

    def __init__(self, kb: KnowledgeBase | None = None):
        self.recognizer = Recognizer(kb or default_kb())

    def __call__(self, article: Article) -> None:
        article.mentions = self.recognizer(article.text, article.lang)

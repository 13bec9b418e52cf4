"""The quote stage: fills ``Article.quotes`` from the text and the entity stage's mentions."""

from __future__ import annotations

from newsmonitor.model import Article
from newsmonitor.quotes.extract import QuoteExtractor


class QuoteStage:
    name = "quotes"

    def __init__(self) -> None:
        self.extract = QuoteExtractor()

    def __call__(self, article: Article) -> None:
        article.quotes = self.extract(article.text, article.lang, article.mentions)

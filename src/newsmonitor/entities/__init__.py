"""Entities: people, organisations and places, each linked to one canonical identity across languages."""

from newsmonitor.entities.registry import PersonRegistry
from newsmonitor.entities.stage import EntityStage

__all__ = ["EntityStage", "PersonRegistry"]

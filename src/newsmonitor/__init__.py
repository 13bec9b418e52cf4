"""newsmonitor: an offline, multilingual news monitor (articles → entities, quotes, events, stories)."""

__version__ = "0.1.0"

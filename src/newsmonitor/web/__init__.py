"""The web UI and JSON API: ``create_app`` (app.py), pages, api, charts and the ``serve`` command (reads through
:mod:`newsmonitor.store.queries`)."""

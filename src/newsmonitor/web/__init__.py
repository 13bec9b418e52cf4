"""The web UI and JSON API: ``create_app`` (app.py), pages, api, queries, charts and the ``serve`` command."""

"""The HTTP face of newsgraph: a JSON API over the library and the corpus store, plus a web UI.

Start it with ``newsgraph serve [--db corpus.duckdb]``; FastAPI and uvicorn come with the
``server`` extra.
"""

from .app import create_app

__all__ = ["create_app"]

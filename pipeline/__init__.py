"""Annotate Chinese police and public-security news with spaCy.

`pipeline.load()` gives the default pipeline: police units, organisations, places and
persons in `doc.ents`, numeric claims in `doc.spans["claims"]` (see ANNOTATION.md).
"""
from ._msgpack_plugins import cache_msgpack_plugins
from .language import load  # noqa: F401

cache_msgpack_plugins()

__version__ = "0.1.0"

"""Look srsly's msgpack plug-ins up once, not on every msgpack call.

srsly builds a new Packer / Unpacker for each `msgpack_dumps` / `msgpack_loads`, and each
asks `catalogue` for encoder plug-ins: a scan of every installed package's metadata plus a
copy and scan of catalogue's whole function registry (thousands of entries once spaCy is
imported). DocBin.add makes about eight such calls per document; profiled on 5,540 THUCNews
headlines this was 103 of 131 s of annotate. The answer changes only when something is
registered, so it is kept until catalogue's registry changes size, and the installed
packages' entry points are read once per process.
"""
from __future__ import annotations

import catalogue
from srsly.msgpack import msgpack_decoders, msgpack_encoders


def _cached(registry) -> None:
    original = registry.get_all
    state = {"size": None, "value": {}}

    def get_all():
        size = len(catalogue.REGISTRY)
        if size != state["size"]:
            state["value"], state["size"] = original(), size
        return dict(state["value"])

    registry.get_all = get_all
    registry._lookups_cached = True


def cache_msgpack_plugins() -> None:
    for registry in (msgpack_encoders, msgpack_decoders):
        if not getattr(registry, "_lookups_cached", False):
            _cached(registry)

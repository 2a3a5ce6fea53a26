"""Every custom `Doc`/`Span` attribute of the project, registered once.

Span extension values live in `doc.user_data` keyed by character offsets, so they travel
with `DocBin(store_user_data=True)` and with `doc.to_bytes()`. Values are plain JSON
types (spans are `{"start", "end", "text"}` dicts with character offsets) so that they
serialise with msgpack and export to JSON unchanged.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

# Which component produced an entity span (exported as `source` in the review JSONL).
SPAN_ATTRS = {
    "source": None,
    # numeric claims (ANNOTATION.md §2)
    "value": None,
    "unit": None,
    "approx": None,
    "change": None,
    "metric": None,
    "period": None,
    "subject": None,
    # places (issue #3): GB/T 2260 code of the most specific known division, the span's own
    # level, and the names above it; candidates when a name is ambiguous and unresolved
    "adcode": None,
    "admin_level": None,
    "province": None,
    "prefecture": None,
    "county": None,
    "adcode_candidates": None,
    # police units: head word, level, the place in the name (resolved like a place), the chain above
    "unit_type": None,
    "level": None,
    "jurisdiction": None,
    "parents": None,
}
CLAIM_ATTRS = ("value", "unit", "approx", "change", "metric", "period", "subject")
PLACE_ATTRS = ("adcode", "admin_level", "province", "prefecture", "county", "adcode_candidates")
POLICE_ATTRS = ("unit_type", "level", "jurisdiction", "parents")
ENTITY_ATTRS = PLACE_ATTRS + POLICE_ATTRS
DOC_ATTRS = {
    # tokens split by components so that a span boundary falls on a token boundary
    "token_splits": 0,
}


def register() -> None:
    for name, default in SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()

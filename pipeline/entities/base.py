"""Shared plumbing of the rule components: resources that serialise with the pipeline."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

import srsly
from spacy import util
from spacy.util import minibatch
from spacy.tokens import Doc

from ..segmentation.fast_cut import segment_texts
from ..spans import CharSpan, doc_text, hold_batches_of, make_spans

RESOURCES_FILE = "resources.json"


class RuleComponent:
    """A component whose rules are a JSON-able dict loaded from pipeline/resources/.

    `to_disk` writes that dict into the component's folder of a saved pipeline, so that
    `spacy.load` needs no other files; `from_disk` reads it back and recompiles the rules.
    """

    def __init__(self, name: str, data: dict[str, Any]):
        self.name = name
        self.set_data(data)

    def set_data(self, data: dict[str, Any]) -> None:
        self.data = data
        self.compile()

    def compile(self) -> None:  # build matchers from self.data
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """nlp.pipe's path: the batch is segmented in one pass first (fast_cut.segment_texts),
        which the rule grammars' word look-ups then read; several times cheaper than segmenting
        each document, or each candidate's window, on its own."""
        hold_batches_of(batch_size)
        for batch in minibatch(docs, size=batch_size):
            segment_texts([doc_text(doc) for doc in batch])
            for doc in batch:
                yield self(doc)

    def to_disk(self, path, exclude: Iterable[str] = ()) -> None:
        path = util.ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / RESOURCES_FILE, self.data)

    def from_disk(self, path, exclude: Iterable[str] = ()) -> "RuleComponent":
        self.set_data(srsly.read_json(util.ensure_path(path) / RESOURCES_FILE))
        return self

    def to_bytes(self, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self.data)

    def from_bytes(self, data: bytes, exclude: Iterable[str] = ()) -> "RuleComponent":
        self.set_data(srsly.msgpack_loads(data))
        return self


class EntityRuleComponent(RuleComponent):
    """Writes candidate entities of one kind into `doc.spans[spans_key]`; the merger picks."""

    def __init__(self, name: str, data: dict[str, Any], spans_key: str):
        self.spans_key = spans_key
        super().__init__(name, data)

    def find(self, text: str) -> list[CharSpan]:
        raise NotImplementedError

    def attributes(self, text: str, spans: list[CharSpan]) -> list[dict[str, Any]]:
        """Span._ values for each found span (none by default)."""
        return [{} for _ in spans]

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # Doc.text rebuilds the string on every access
        found = self.find(text)
        attrs = self.attributes(text, found)
        spans = make_spans(doc, found)
        for span, values in zip(spans, attrs):
            span._.source = self.name
            for key, value in values.items():
                setattr(span._, key, value)
        doc.spans[self.spans_key] = spans
        # span attributes are keyed by offsets, so another component's span at the same offsets
        # (卢旺达 as a place and as a person) overwrites span._.source; the group keeps its own
        doc.spans[self.spans_key].attrs["source"] = self.name
        return doc

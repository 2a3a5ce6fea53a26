"""A DocBin writer whose memory does not grow with the number of documents.

`DocBin.to_bytes()` needs every document's arrays in memory, then compresses one msgpack
map. This writer appends each document's pieces to temporary files as it comes, then
streams the same msgpack map through zlib into the output. The result is byte-identical to
`DocBin(attrs, store_user_data=True)` with the same documents added (tested), so
`DocBin().from_disk()` and `spacy train` read it as usual. Memory held: the set of strings
(bounded by the vocabulary, not by the input size).
"""
from __future__ import annotations

import os
import struct
import tempfile
import zlib
from pathlib import Path
from typing import BinaryIO, Iterable

import numpy
import srsly
from spacy.attrs import DEP, ENT_ID, ENT_KB_ID, ENT_TYPE, LEMMA, MORPH, NORM, ORTH, SPACY, TAG
from spacy.tokens import Doc, DocBin

from .atomic import atomic_open

CHUNK = 1 << 20
# the token strings DocBin.add stores (text, tag, lemma, norm, morph, dep, entity type, KB id, id)
TOKEN_STRING_ATTRS = [ORTH, TAG, LEMMA, NORM, MORPH, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID]


def _bin_header(n: int) -> bytes:
    if n < 1 << 8:
        return b"\xc4" + struct.pack(">B", n)
    if n < 1 << 16:
        return b"\xc5" + struct.pack(">H", n)
    return b"\xc6" + struct.pack(">I", n)


def _array_header(n: int) -> bytes:
    if n < 16:
        return bytes([0x90 | n])
    if n < 1 << 16:
        return b"\xdc" + struct.pack(">H", n)
    return b"\xdd" + struct.pack(">I", n)


def _map_header(n: int) -> bytes:
    return bytes([0x80 | n])  # DocBin's map has fewer than 16 keys


class StreamingDocBin:
    """Add docs one by one; `write(path)` produces the .spacy file atomically."""

    def __init__(self, attrs: Iterable[str] = None, store_user_data: bool = True):
        reference = DocBin(attrs=attrs if attrs is not None else DocBin().attrs, store_user_data=store_user_data)
        self.version = reference.version
        self.attrs = reference.attrs  # attribute IDs, ORTH first, as DocBin orders them
        self.store_user_data = store_user_data
        self.strings: set[str] = set()
        self.n_docs = 0
        self._dir = tempfile.TemporaryDirectory(prefix="docbin-")
        names = ("tokens", "spaces", "lengths", "cats", "flags", "span_groups", "user_data")
        self._files: dict[str, BinaryIO] = {n: open(os.path.join(self._dir.name, n), "w+b") for n in names}
        self._sizes = dict.fromkeys(names, 0)

    def _put(self, name: str, data: bytes) -> None:
        self._files[name].write(data)
        self._sizes[name] += len(data)

    def add(self, doc: Doc) -> None:
        # the same per-doc pieces as DocBin.add, which reads nine strings off every Token object
        # (a Token per character: most of the time of writing the DocBin); here the strings come
        # from the token arrays' distinct hashes, the same set
        tokens = doc.to_array(self.attrs)
        if tokens.ndim == 1:
            tokens = tokens.reshape((tokens.shape[0], 1))
        self._put("tokens", numpy.ascontiguousarray(tokens, dtype="uint64").tobytes("C"))
        spaces = numpy.asarray(doc.to_array(SPACY), dtype=bool)
        self._put("spaces", spaces.tobytes("C"))
        self._put("lengths", numpy.asarray([len(tokens)], dtype="int32").tobytes("C"))
        if len(doc):
            store = doc.vocab.strings
            self.strings.update(store[int(h)] for h in numpy.unique(doc.to_array(TOKEN_STRING_ATTRS)))
        for group in doc.spans.values():
            for span in group:
                self.strings.add(span.label_)
                if span.kb_id in span.doc.vocab.strings:
                    self.strings.add(span.kb_id_)
                if span.id in span.doc.vocab.strings:
                    self.strings.add(span.id_)
        self._put("cats", srsly.msgpack_dumps(doc.cats))
        self._put("flags", srsly.msgpack_dumps({"has_unknown_spaces": doc.has_unknown_spaces}))
        self._put("span_groups", srsly.msgpack_dumps(doc.spans.to_bytes()))
        if self.store_user_data:
            self._put("user_data", srsly.msgpack_dumps(srsly.msgpack_dumps(doc.user_data)))
        self.n_docs += 1

    def _copy(self, name: str, compressor, out: BinaryIO) -> None:
        fh = self._files[name]
        fh.flush()
        fh.seek(0)
        while True:
            block = fh.read(CHUNK)
            if not block:
                return
            out.write(compressor.compress(block))

    def write(self, path: Path) -> None:
        compressor = zlib.compressobj()  # zlib.compress's defaults: same bytes as DocBin
        packed = srsly.msgpack_dumps
        with atomic_open(Path(path), "wb") as out:
            def emit(data: bytes) -> None:
                out.write(compressor.compress(data))

            n_keys = 10 if self.store_user_data else 9
            emit(_map_header(n_keys))
            emit(packed("version") + packed(self.version))
            emit(packed("attrs") + packed(self.attrs))
            for name in ("tokens", "spaces", "lengths"):
                emit(packed(name) + _bin_header(self._sizes[name]))
                self._copy(name, compressor, out)
            emit(packed("strings") + packed(sorted(self.strings)))
            for name in ("cats", "flags", "span_groups") + (("user_data",) if self.store_user_data else ()):
                emit(packed(name) + _array_header(self.n_docs))
                self._copy(name, compressor, out)
            out.write(compressor.flush())

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()
        self._dir.cleanup()

    def __enter__(self) -> "StreamingDocBin":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

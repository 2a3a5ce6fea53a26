"""Character n-gram embeddings for Chinese NER on character tokens.

With spaCy's zh `char` segmenter every token is one character, so the default
MultiHashEmbed features (NORM, PREFIX, SUFFIX) all collapse to the character itself. What a
character tagger misses is the word around it: character bigrams (token i with i-1 and with
i+1) are the standard cheap substitute for a word lexicon in Chinese NER (Zhang & Yang 2018;
Chen et al. 2015). They are hashed into HashEmbed tables like any other feature.

Use in a config as `@architectures = "pipeline.CharNgramEmbed.v1"` and pass
`--code pipeline/ner/layers.py` to `spacy train` (or install the entry point, see README).
"""
from __future__ import annotations

from typing import List

import numpy
from spacy.attrs import ORTH, SHAPE
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, with_array
from thinc.types import Floats2d, Ints2d

# 64-bit mixing constant (golden ratio): distinct (a, b) pairs give distinct keys with
# overwhelming probability; HashEmbed hashes the key again with its own seed.
_MIX = numpy.uint64(0x9E3779B97F4A7C15)
_BOS = numpy.uint64(0x1B873593)
_EOS = numpy.uint64(0xCC9E2D51)


def _pair(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    with numpy.errstate(over="ignore"):
        return (a * _MIX) ^ (b + _MIX)


def ngram_columns(doc: Doc, trigrams: bool) -> numpy.ndarray:
    """Per token: [char, shape, left bigram (i-1,i), right bigram (i,i+1)(, trigram)]."""
    arr = doc.to_array([ORTH, SHAPE]).astype(numpy.uint64).reshape(len(doc), 2)
    char = arr[:, 0]
    prev = numpy.concatenate([numpy.array([_BOS], dtype=numpy.uint64), char[:-1]])
    nxt = numpy.concatenate([char[1:], numpy.array([_EOS], dtype=numpy.uint64)])
    left = _pair(prev, char)
    right = _pair(char, nxt)
    cols = [char, arr[:, 1], left, right]
    if trigrams:
        cols.append(_pair(left, nxt))
    return numpy.stack(cols, axis=1) if len(doc) else numpy.zeros((0, len(cols)), dtype=numpy.uint64)


@registry.layers("pipeline.CharNgramFeatures.v1")
def CharNgramFeatures(trigrams: bool = False) -> Model[List[Doc], List[Ints2d]]:
    def forward(model: Model, docs: List[Doc], is_train: bool):
        out = [model.ops.asarray2i(ngram_columns(doc, trigrams), dtype="uint64") for doc in docs]
        return out, lambda d_out: []

    return Model("char_ngram_features", forward, attrs={"trigrams": trigrams})


@registry.architectures("pipeline.CharNgramEmbed.v1")
def CharNgramEmbed(
    width: int,
    char_rows: int,
    bigram_rows: int,
    trigrams: bool = False,
    dropout: float = 0.0,
) -> Model[List[Doc], List[Floats2d]]:
    """Embed each character with its bigrams (and trigram): HashEmbed per feature,
    concatenated and mixed by a Maxout layer to `width`, as spaCy's MultiHashEmbed does."""
    rows = [char_rows, 64, bigram_rows, bigram_rows] + ([bigram_rows] if trigrams else [])
    embeds = [
        HashEmbed(nO=width, nV=n, column=i, seed=7 + i, dropout=dropout)
        for i, n in enumerate(rows)
    ]
    mix = chain(
        concatenate(*embeds),
        Maxout(nO=width, nI=width * len(rows), nP=3, dropout=0.0, normalize=True),
    )
    model = chain(CharNgramFeatures(trigrams=trigrams), with_array(mix))
    model.set_dim("nO", width)
    model.attrs["trigrams"] = trigrams
    return model


@registry.callbacks("pipeline.CopyTok2Vec.v1")
def CopyTok2Vec(source: str, component: str = "ner", layer: str = "tok2vec"):
    """An `[initialize.after_init]` callback: copy the weights of `component`'s `layer` from a
    saved pipeline (same architecture and sizes) into the freshly initialised one.

    Used to warm-start a model with new labels (the product model) from the MSRA benchmark
    model's character encoder; the NER output layer starts fresh.
    """
    def copy(nlp):
        import spacy

        src = spacy.load(source).get_pipe(component).model.get_ref(layer)
        nlp.get_pipe(component).model.get_ref(layer).from_bytes(src.to_bytes())
        return nlp

    return copy

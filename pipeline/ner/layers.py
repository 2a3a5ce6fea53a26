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

from typing import List, Optional

import numpy
from spacy.attrs import IDX, LENGTH, ORTH, SHAPE
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, with_array
from thinc.types import Floats2d, Ints2d

# absolute: spacy train --code loads this file outside its package
from pipeline.ner.lexicon import mark_words
from pipeline.spans import doc_text
from pipeline.segmentation.fast_cut import cut_many_shared, shipped_fast_cut

# 64-bit mixing constant (golden ratio): distinct (a, b) pairs give distinct keys with
# overwhelming probability; HashEmbed hashes the key again with its own seed.
_MIX = numpy.uint64(0x9E3779B97F4A7C15)
# stand-ins for the character before the first / after the last token
BOS_KEY = numpy.uint64(0x1B873593)
EOS_KEY = numpy.uint64(0xCC9E2D51)


def pair_keys(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray:
    """The key of each bigram (a[i], b[i]) from the two characters' ORTH hashes."""
    with numpy.errstate(over="ignore"):
        return (a * _MIX) ^ (b + _MIX)


def ngram_columns(doc: Doc, trigrams: bool) -> numpy.ndarray:
    """Per token: [char, shape, left bigram (i-1,i), right bigram (i,i+1)(, trigram)]."""
    return batch_ngram_columns([doc], trigrams)


def batch_ngram_columns(docs: List[Doc], trigrams: bool) -> numpy.ndarray:
    """ngram_columns of every doc, stacked: the whole batch in a few numpy operations (one set
    per doc cost more than the arithmetic on headline-length documents)."""
    lengths = numpy.array([len(doc) for doc in docs], dtype=numpy.int64)
    n_cols = 5 if trigrams else 4
    if not lengths.sum():
        return numpy.zeros((0, n_cols), dtype=numpy.uint64)
    arr = numpy.concatenate([doc.to_array([ORTH, SHAPE]).reshape(len(doc), 2) for doc in docs if len(doc)]).astype(numpy.uint64)
    char = arr[:, 0]
    ends = numpy.cumsum(lengths[lengths > 0])
    first, last = ends - lengths[lengths > 0], ends - 1
    prev = numpy.roll(char, 1)
    prev[first] = BOS_KEY
    nxt = numpy.roll(char, -1)
    nxt[last] = EOS_KEY
    left = pair_keys(prev, char)
    right = pair_keys(char, nxt)
    cols = [char, arr[:, 1], left, right]
    if trigrams:
        cols.append(pair_keys(left, nxt))
    return numpy.stack(cols, axis=1)


def batch_word_columns(all_chars: list, all_words: list) -> numpy.ndarray:
    """word_columns of every doc (its doc_chars, or None for an empty doc, and its words),
    stacked: the docs' words tile their texts joined, so they are marked in one pass."""
    texts = [c for c in all_chars if c]
    if not texts:
        return numpy.zeros((0, 2), dtype=numpy.uint64)
    words = [w for c, ws in zip(all_chars, all_words) if c for w in ws]
    lengths = numpy.fromiter(map(len, words), dtype=numpy.int64, count=len(words))
    tag = numpy.zeros(int(lengths.sum()), dtype=numpy.uint64)
    mark_words(tag, lengths)
    tag = tag * 8 + numpy.repeat(numpy.minimum(lengths, _MAX_LEN), lengths).astype(numpy.uint64)
    key = numpy.repeat(numpy.fromiter(map(hash_string, words), dtype=numpy.uint64, count=len(words)), lengths)
    offsets = numpy.cumsum([0] + [len(text) for text, _ in texts[:-1]])
    first = numpy.concatenate([f + o for (_, f), o in zip(texts, offsets.tolist())])
    return numpy.stack([tag[first], key[first]], axis=1)


@registry.layers("pipeline.CharNgramFeatures.v1")
def CharNgramFeatures(trigrams: bool = False) -> Model[List[Doc], List[Ints2d]]:
    """v2 without the word columns (kept so saved v1 models load)."""
    return CharNgramFeaturesV2(trigrams=trigrams, words=False)


@registry.architectures("pipeline.CharNgramEmbed.v1")
def CharNgramEmbed(
    width: int,
    char_rows: int,
    bigram_rows: int,
    trigrams: bool = False,
    dropout: float = 0.0,
) -> Model[List[Doc], List[Floats2d]]:
    """Embed each character with its bigrams (and trigram): HashEmbed per feature,
    concatenated and mixed by a Maxout layer to `width`, as spaCy's MultiHashEmbed does.
    The same network as v2 without word features or vectors (the shipped ner is v1)."""
    model = CharNgramEmbedV2(width, char_rows, bigram_rows, trigrams=trigrams, dropout=dropout)
    model.attrs["trigrams"] = trigrams
    return model


# Word-boundary features (Zhang & Yang 2018's "softword"): each character's position in the
# word the shipped pkuseg segmenter puts it in, and that word. Tag ids: B, M, E, S (mark_word).
_MAX_LEN = 6




def doc_chars(doc: Doc) -> tuple[str, numpy.ndarray]:
    """The doc's tokens joined (no spaces) and each token's first character in that text.
    From token offsets and lengths, not Token objects (one per character was a tenth of the
    ner's feature time); a doc without whitespace is its own text."""
    if not len(doc):
        return "", numpy.zeros(0, dtype=numpy.int64)
    offsets = doc.to_array([IDX, LENGTH]).astype(numpy.int64)
    idx, length = offsets[:, 0], offsets[:, 1]
    text = doc_text(doc)
    if int(length.sum()) == len(text):  # tokens cover the text: no whitespace between them
        return text, idx
    first = numpy.concatenate([[0], numpy.cumsum(length[:-1])])
    return "".join([text[i : i + n] for i, n in zip(idx.tolist(), length.tolist())]), first


def word_columns(doc: Doc, cut=None, chars: Optional[tuple] = None, words: Optional[list] = None) -> numpy.ndarray:
    """Per token: [position tag × word length, key of the word], from segmenting the doc's
    non-space characters. A token longer than one character takes its first character's word.
    `chars`: doc_chars(doc) when the caller has it already; `words`: that text's words, when the
    caller segmented a whole batch at once (FastCut.cut_many)."""
    if not len(doc):
        return numpy.zeros((0, 2), dtype=numpy.uint64)
    chars = chars or doc_chars(doc)
    if words is None:
        words = (cut or shipped_fast_cut())(chars[0])
    return batch_word_columns([chars], [words])


@registry.layers("pipeline.CharNgramFeatures.v2")
def CharNgramFeaturesV2(
    trigrams: bool = False, words: bool = False, lexicon: bool = False, word_lexicon: Optional[str] = None,
) -> Model[List[Doc], List[Ints2d]]:
    """v1's columns, plus the two word-boundary columns when `words`, plus one column of
    gazetteer tags when `lexicon` (pipeline.ner.lexicon: where the rule components' place,
    organisation-head, surname and title lists match), plus four columns of lexicon-word
    positions (B/M/E sets per word class, all matches) when `word_lexicon` names a dictionary
    file in jieba's format. The lists are read when the model is initialised and saved in its
    attrs, so a saved model keeps the lists it was trained with and needs no file."""
    taggers: dict = {}

    def tagger(model: Model, attr: str):
        """The tagger of the word lists in model.attrs[attr] (`lexicons`: LexiconTagger,
        `word_classes`: SoftLexiconTagger), built once per list object: attrs are replaced
        when weights are loaded."""
        lists = model.attrs[attr]
        if lists is None:
            raise ValueError(f"pipeline.CharNgramFeatures.v2 with {attr} must be initialised")
        if taggers.get(attr, (None,))[0] is not lists:
            from pipeline.ner.lexicon import LexiconTagger, SoftLexiconTagger

            taggers[attr] = (lists, (LexiconTagger if attr == "lexicons" else SoftLexiconTagger)(lists))
        return taggers[attr][1]

    def init(model: Model, X=None, Y=None) -> None:
        if lexicon and model.attrs["lexicons"] is None:
            from pipeline.ner.lexicon import rule_lexicons

            model.attrs["lexicons"] = rule_lexicons()
        if word_lexicon and model.attrs["word_classes"] is None:
            from pipeline.ner.lexicon import pack_word_classes, read_word_classes

            model.attrs["word_classes"] = pack_word_classes(read_word_classes(word_lexicon))

    def forward(model: Model, docs: List[Doc], is_train: bool):
        need_chars = words or lexicon or word_lexicon
        all_chars = [doc_chars(doc) if need_chars and len(doc) else None for doc in docs]
        texts = [c[0] if c else "" for c in all_chars]
        parts = [batch_ngram_columns(docs, trigrams)]
        if words:  # the batch segmented in one pass: several times faster than doc by doc
            parts.append(batch_word_columns(all_chars, cut_many_shared(texts)))
        if lexicon:  # and its gazetteer tags found in one scan
            tags = tagger(model, "lexicons").tag_ids_many(texts)
            parts.append(numpy.concatenate([t[c[1]] for t, c in zip(tags, all_chars) if c] or
                                           [numpy.zeros(0, dtype=numpy.uint64)]).reshape(-1, 1))
        if word_lexicon:
            soft = tagger(model, "word_classes")
            parts.append(numpy.concatenate([soft.columns(c[0])[c[1]] for c in all_chars if c] or
                                           [numpy.zeros((0, 4), dtype=numpy.uint64)]))
        cols = numpy.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]
        bounds = numpy.cumsum([len(doc) for doc in docs]).tolist()
        return [model.ops.asarray2i(cols[b - len(doc) : b], dtype="uint64") for doc, b in zip(docs, bounds)], lambda d_out: []

    return Model(
        "char_ngram_features", forward, init=init,
        attrs={"trigrams": trigrams, "words": words, "lexicon": lexicon, "lexicons": None, "word_classes": None},
    )


def quantize(vectors: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """int8 rows and one float32 scale per row: a quarter of float32's size, and the rounding
    error (≤ 1/254 of a row's largest value) is far below what a fixed embedding carries."""
    v = numpy.asarray(vectors, dtype="float32")
    scale = numpy.abs(v).max(axis=1, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    return numpy.rint(v / scale).astype(numpy.int8), scale.astype("float32")


def lookup(keys: numpy.ndarray, rows: numpy.ndarray, scale: numpy.ndarray, query: numpy.ndarray) -> numpy.ndarray:
    """Rows (int8 × scale) for `query` keys (sorted `keys`); zeros where a key is unknown."""
    if not len(keys):
        return numpy.zeros((len(query), rows.shape[1]), dtype="float32")
    idx = numpy.minimum(numpy.searchsorted(keys, query), len(keys) - 1)
    out = rows[idx].astype("float32")
    if scale is not None:  # None: float rows, as saved before int8 storage (ablation run H)
        out *= scale[idx]
    out[keys[idx] != query] = 0.0
    return out


@registry.layers("pipeline.PretrainedNgramVectors.v1")
def PretrainedNgramVectors(path: Optional[str], dim: int) -> Model[Ints2d, Floats2d]:
    """Fixed pretrained vectors of each character and its left and right bigrams (columns 0,
    2 and 3 of the feature columns), concatenated: 3 × `dim` floats per token.

    The table (`python -m pipeline.ner.ngram_vectors`) is read from `path` when the model is
    initialised and is then part of the model, quantised to int8 (10 MB of float16 for 97k
    bigrams becomes 5 MB): its attrs are saved with it, so a saved pipeline needs no file. The vectors are not updated in training (no gradient, hence no
    optimizer cost for a 100k-row table); the layer after them learns how to use them.
    """
    def init(model: Model, X=None, Y=None) -> None:
        if model.attrs["char_keys"] is not None:
            return
        if not path:
            raise ValueError("pipeline.PretrainedNgramVectors.v1 needs `path` to be initialised")
        with numpy.load(path) as table:
            found = table["char_vectors"].shape[1]
            if found != dim:
                raise ValueError(f"{path}: vectors have {found} dimensions, the config says {dim}")
            for kind in ("char", "bigram"):
                model.attrs[f"{kind}_keys"] = table[f"{kind}_keys"]
                model.attrs[f"{kind}_vectors"], model.attrs[f"{kind}_scale"] = quantize(table[f"{kind}_vectors"])

    def forward(model: Model, X: Ints2d, is_train: bool):
        a = model.attrs
        cols = model.ops.to_numpy(X)
        out = numpy.concatenate(
            [lookup(a["char_keys"], a["char_vectors"], a["char_scale"], cols[:, 0]),
             lookup(a["bigram_keys"], a["bigram_vectors"], a["bigram_scale"], cols[:, 2]),
             lookup(a["bigram_keys"], a["bigram_vectors"], a["bigram_scale"], cols[:, 3])], axis=1)

        def backprop(dY: Floats2d) -> Ints2d:
            # shaped like the column-selecting HashEmbeds' input gradients, for concatenate to sum
            return model.ops.xp.zeros(X.shape, dtype=X.dtype)

        return model.ops.asarray2f(out), backprop

    attrs = {f"{kind}_{part}": None for kind in ("char", "bigram") for part in ("keys", "vectors", "scale")}
    return Model("pretrained_ngram_vectors", forward, init=init, dims={"nO": 3 * dim}, attrs=attrs)


@registry.architectures("pipeline.CharNgramEmbed.v2")
def CharNgramEmbedV2(
    width: int,
    char_rows: int,
    bigram_rows: int,
    trigrams: bool = False,
    words: bool = False,
    word_rows: int = 10000,
    vectors: Optional[str] = None,
    vectors_dim: int = 50,
    dropout: float = 0.0,
    lexicon: bool = False,
    lexicon_rows: int = 512,
    word_lexicon: Optional[str] = None,
) -> Model[List[Doc], List[Floats2d]]:
    """v1 plus optional inputs, each measured in benchmarks/ner_ablation.md:
    `words`: word-boundary features from the shipped segmenter (position tag, word key);
    `vectors`: path of pretrained character/bigram vectors (`pipeline.PretrainedNgramVectors.v1`),
    null for none; `lexicon`: gazetteer tags from the rule components' word lists (one packed
    id per character, `lexicon_rows` rows); `word_lexicon`: path of a jieba-format dictionary
    whose words mark each character B/M/E per word class (four small tables; null for none).
    The mixing Maxout sees everything concatenated."""
    rows = [char_rows, 64, bigram_rows, bigram_rows] + ([bigram_rows] if trigrams else [])
    if words:
        rows += [64, word_rows]
    if lexicon:
        rows += [lexicon_rows]
    if word_lexicon:
        rows += [64] * 4  # one 3-bit B/M/E set per word class
    embeds = [
        HashEmbed(nO=width, nV=n, column=i, seed=7 + i, dropout=dropout)
        for i, n in enumerate(rows)
    ]
    n_in = width * len(rows)
    if vectors:
        embeds.append(PretrainedNgramVectors(vectors, vectors_dim))
        n_in += 3 * vectors_dim
    mix = chain(
        concatenate(*embeds),
        Maxout(nO=width, nI=n_in, nP=3, dropout=0.0, normalize=True),
    )
    features = CharNgramFeaturesV2(trigrams=trigrams, words=words, lexicon=lexicon, word_lexicon=word_lexicon)
    model = chain(features, with_array(mix))
    model.set_dim("nO", width)
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


@registry.architectures("pipeline.BiLSTMEncoder.v1")
def BiLSTMEncoder(
    width: int,
    depth: int,
    window_size: int,
    maxout_pieces: int,
    lstm_depth: int = 1,
    dropout: float = 0.0,
) -> Model[List[Floats2d], List[Floats2d]]:
    """spaCy's CNN encoder (`depth` residual maxout windows; 0 for none) followed by a
    bidirectional LSTM over the whole sentence (thinc's own LSTM: no torch).

    The CNN sees `depth * window_size` characters either side; a character tagger's best
    published baselines on MSRA (BiLSTM-CRF, 88.8) read the whole sentence, which is what
    the LSTM adds: the two directions each get `width / 2` units, so the output stays `width`.
    """
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder
    from thinc.api import LSTM, noop, with_padded

    from pipeline.ner.lstm_inference import numpy_lstm_forward

    recurrent = LSTM(nO=width, nI=width, bi=True, depth=lstm_depth, dropout=dropout)
    # inference through numpy's BLAS, not the generic blis kernels thinc's LSTM calls (same
    # outputs to float32 rounding); training keeps thinc's forward and backward
    recurrent._func = numpy_lstm_forward
    lstm = with_padded(recurrent)
    if not depth:
        return lstm
    return chain(MaxoutWindowEncoder(width=width, window_size=window_size, maxout_pieces=maxout_pieces, depth=depth), lstm)

"""spaCy's `ner`, with its greedy decoding done in numpy, a whole batch of documents per step.

Why: spaCy's transition-based ner decodes greedily in C, but it sums the precomputed hidden
features of every state with one BLAS call per feature (three `saxpy`s and an `sgemm` per
character, through thinc's bundled blis, whose per-call overhead dwarfs the 128-float vectors).
On the shipped model that loop took 40% of the ner's time (2.5-3 s per 170k characters of
news; benchmarks/throughput.py --components). Every NER transition (B, I, L, U, O) consumes
exactly one token, so all documents of a batch are at the same token at each step: one step is
a few array operations over the batch (the three features gathered, maxout, one product with
the output layer, the valid moves masked, argmax).

The arithmetic is spaCy's (`spacy/ml/parser_model.pyx`: features summed in order, bias, maxout,
output layer, unseen classes set to the step's minimum) and the valid moves are
`BiluoPushDown`'s (`spacy/pipeline/_parser_internals/ner.pyx`) for documents without preset
entities or sentence starts; only the output layer's product runs on numpy's BLAS instead of
blis, so scores agree to float32 rounding. The shipped ner's entities, and the whole default
pipeline's output, were identical both ways on 23,745 documents (1 MB of the throughput text,
the held-out sets, the seed, MSRA test, CLUENER dev). Anything else takes spaCy's own decoder:
fewer than MIN_BATCH documents at a time (`nlp(text)`), beam search, a GPU, preset entities
(`ent_iob` set before the ner), sentence starts after the first token, other state features or
no output layer. Training (`update`) is spaCy's.

Config: `factory = "greedy_ner"` with the `ner` factory's settings; a model trained with
`factory = "ner"` gets it on shipping (pipeline/tools/ship_ner.py).
"""
from __future__ import annotations

from typing import Callable, List, Optional

import numpy
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline.ner import DEFAULT_NER_MODEL, EntityRecognizer
from spacy.tokens import Doc, Span
from thinc.api import Model, NumpyOps

# Fewer documents than this per predict call take spaCy's decoder: a numpy step costs about as
# much as spaCy's C step for 4-8 states (measured, one document at a time: spaCy's decoder is
# faster, from about 8 on ours; nlp.pipe predicts 64 at a time, nlp(text) one)
MIN_BATCH = 8

# move kinds, as BiluoPushDown names its moves ("B-ORG", "O", "U-" is the blocked unit)
_KINDS = {"B": 1, "I": 2, "L": 3, "U": 4, "O": 5}
_BEGIN, _IN, _LAST, _UNIT, _OUT = 1, 2, 3, 4, 5


class BatchDecoded(list):
    """predict's output on the fast path: per document, its entities (start, end, label)."""


class MoveTable:
    """The moves of a BiluoPushDown as arrays, and which are valid in each state the fast path
    can meet: (entity open with label l or none, room for one more token, token is a space)."""

    def __init__(self, moves) -> None:
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        self.labels = sorted({n[2:] for n in names if len(n) > 2 and n[1] == "-"})
        label_id = {label: i for i, label in enumerate(self.labels)}
        # label 0 ("U-", blocked tokens) and unknown names: kind 0, never valid here
        self.kind = numpy.array(
            [_KINDS.get(n[0], 0) if (n == "O" or n[2:] in label_id) else 0 for n in names], dtype=numpy.int64)
        self.label = numpy.array([label_id.get(n[2:], -1) if n != "O" else -1 for n in names], dtype=numpy.int64)
        n_labels = len(self.labels)
        # valid[open_label + 1, not_last, is_space] -> bool per move (open_label -1: none open)
        valid = numpy.zeros((n_labels + 1, 2, 2, len(names)), dtype=bool)
        for open_label in range(-1, n_labels):
            for not_last in (0, 1):
                for space in (0, 1):
                    row = valid[open_label + 1, not_last, space]
                    if open_label < 0:
                        row |= (self.kind == _BEGIN) & bool(not_last and not space)
                        row |= (self.kind == _UNIT) & (not space)
                        row |= self.kind == _OUT
                    else:
                        same = self.label == open_label
                        row |= (self.kind == _IN) & same & bool(not_last)
                        row |= (self.kind == _LAST) & same
        self.valid = valid


# A document longer than PIECE_TOKENS is predicted in pieces cut after sentence ends, side by
# side in one batch. Why: the BiLSTM and the decoder step through a batch one token at a time, so
# one long document (nlp(article)) is as many steps of a batch of one; in pieces of a few
# sentences it is a few hundred steps of a batch of several (nlp() of the seed article, 2,751
# characters: 0.57 -> 0.33 s). Entities are the same as whole: on the 108 review sets joined into
# 540 articles of ~1,000 characters, entity F 0.9800 whole and 0.9799 in pieces (2026-12-03,
# benchmarks/HISTORY.md). MAX_DOC_TOKENS bounds a piece with no delimiter to cut after (the
# encoder's activations of a piece are held at once: one document of 232k characters took 3.4 GB).
PIECE_TOKENS = 400
MAX_DOC_TOKENS = 5000
PIECE_GROUP_TOKENS = 20000  # pieces predicted together, at most this many tokens per call
SENTENCE_END_CHARS = frozenset("。！？!?\n")
# where a piece may end when its last sentence runs past PIECE_TOKENS (a name never holds one)
CLAUSE_END_CHARS = frozenset("，、；：,;: \t")


def piece_bounds(doc: Doc, size: int, limit: Optional[int] = None) -> List[tuple]:
    """(start, end) token offsets covering `doc` in pieces, each cut after the last sentence end
    in the second half of its first `size` tokens, else after the last clause delimiter there,
    else after the first delimiter of either kind past `size`; a piece with none is cut at
    `limit` tokens (default: `size`)."""
    limit = max(size, limit or size)
    texts = [t.text for t in doc]
    ends = [t[-1:] in SENTENCE_END_CHARS for t in texts]
    clauses = [t[-1:] in CLAUSE_END_CHARS or e for t, e in zip(texts, ends)]
    bounds, a = [], 0
    while len(texts) - a > size:
        half, b = a + size // 2, a + size
        cut = next((k + 1 for k in range(b - 1, half - 1, -1) if ends[k]), None)
        if cut is None:
            cut = next((k + 1 for k in range(b - 1, half - 1, -1) if clauses[k]), None)
        if cut is None:
            cut = next((k + 1 for k in range(b, min(len(texts), a + limit)) if clauses[k]), a + limit)
        if cut >= len(texts):
            break
        bounds.append((a, cut))
        a = cut
    bounds.append((a, len(texts)))
    return bounds


def fast_path_applies(parser: EntityRecognizer, docs: List[Doc], min_batch: int = MIN_BATCH) -> bool:
    """Whether batch_greedy_decode gives what spaCy's decoder gives for these docs."""
    model = parser.model
    if sum(1 for doc in docs if len(doc)) < min_batch or parser.cfg.get("beam_width", 1) != 1 or type(model.ops) is not NumpyOps:
        return False
    if not model.attrs.get("has_upper") or model.get_ref("lower").get_dim("nF") != 3:
        return False
    for doc in docs:
        if len(doc) and (doc.to_array(ENT_IOB).any() or (doc.to_array(SENT_START)[1:] == 1).any()):
            return False
    return True


def batch_greedy_decode(parser: EntityRecognizer, docs: List[Doc], table: MoveTable) -> BatchDecoded:
    """Each doc's entities as spaCy's greedy decoder finds them (see the module docstring)."""
    model = parser.model
    lower, upper = model.get_ref("lower"), model.get_ref("upper")
    tokvecs = model.get_ref("tok2vec").predict(docs)
    cached = lower.predict(tokvecs)  # (tokens + 1, nF, nH, nP); row 0 is the padding
    n_feats, n_hidden, n_pieces = cached.shape[1:]
    cached = cached.reshape(cached.shape[0], n_feats, n_hidden * n_pieces)
    bias = lower.get_param("b").reshape(-1)
    W, b = upper.get_param("W"), upper.get_param("b")
    unseen = sorted(model.attrs.get("unseen_classes", ()))

    lengths = numpy.array([len(doc) for doc in docs], dtype=numpy.int64)
    offsets = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]]).astype(numpy.int64)
    order = numpy.argsort(-lengths, kind="stable")  # the longest first: live docs are a prefix
    lengths, offsets = lengths[order], offsets[order]
    space = numpy.concatenate([doc.to_array(IS_SPACE).astype(numpy.int64) for doc in docs if len(doc)] or
                              [numpy.zeros(0, dtype=numpy.int64)])
    n = len(docs)
    open_label = numpy.full(n, -1, dtype=numpy.int64)
    start = numpy.zeros(n, dtype=numpy.int64)
    found: list = [[] for _ in range(n)]
    steps = int(lengths[0]) if n else 0
    for t in range(steps):
        k = int(numpy.searchsorted(-lengths, -t, side="left"))  # docs longer than t
        live_open = open_label[:k] >= 0
        here = offsets[:k] + t  # the token B(0) of each live doc, in the batch's rows
        ent_row = numpy.where(live_open, offsets[:k] + start[:k] + 1, 0)  # E(0), else padding
        prev_row = numpy.where(live_open, here, 0)  # B(0) - 1 inside an entity, else padding
        unmaxed = cached[here + 1, 0] + cached[ent_row, 1]
        unmaxed += cached[prev_row, 2]
        unmaxed += bias
        hidden = unmaxed[:, 0::n_pieces]  # maxout: pieces are the fastest axis
        for piece in range(1, n_pieces):  # elementwise maxima; numpy's max(axis=2) is slow here
            hidden = numpy.maximum(hidden, unmaxed[:, piece::n_pieces])
        scores = hidden @ W.T
        scores += b
        if unseen:
            scores[:, unseen] = scores.min()
        not_last = (lengths[:k] - 1 > t).astype(numpy.int64)
        valid = table.valid[open_label[:k] + 1, not_last, space[here]]
        scores[~valid] = -numpy.inf
        guess = scores.argmax(axis=1)
        kinds = table.kind[guess]
        for j in numpy.flatnonzero(kinds != _OUT).tolist():
            kind, label = kinds[j], table.label[guess[j]]
            if kind == _BEGIN:
                open_label[j], start[j] = label, t
            elif kind == _LAST:
                found[j].append((int(start[j]), t + 1, table.labels[label]))
                open_label[j] = -1
            elif kind == _UNIT:
                found[j].append((t, t + 1, table.labels[label]))
    out = BatchDecoded([None] * n)
    for pos, i in enumerate(order.tolist()):
        out[i] = found[pos]
    return out


class GreedyEntityRecognizer(EntityRecognizer):
    """spaCy's EntityRecognizer; `predict` decodes with batch_greedy_decode where it applies."""

    def move_table(self) -> MoveTable:
        """The moves as arrays, rebuilt when they change (labels added in training)."""
        key = tuple(self.moves.get_class_name(i) for i in range(self.moves.n_moves))
        cached = getattr(self, "_move_table", None)
        if cached is None or cached[0] != key:
            self._move_table = cached = (key, MoveTable(self.moves))
        return cached[1]

    def predict(self, docs):
        if isinstance(docs, Doc):
            docs = [docs]
        if any(len(doc) > PIECE_TOKENS for doc in docs) and fast_path_applies(self, docs, min_batch=1):
            return self.predict_in_pieces(docs)
        if not fast_path_applies(self, docs):  # (also where no doc has a token: fewer than MIN_BATCH)
            return super().predict(docs)
        # (no preset entities on the fast path, so no labels to add: spaCy's _ensure_labels_are_added
        # would only walk every token in Python to find none)
        return batch_greedy_decode(self, docs, self.move_table())

    def predict_in_pieces(self, docs: List[Doc]) -> BatchDecoded:
        """The fast path over documents cut into pieces (`piece_bounds`: about PIECE_TOKENS, at
        most MAX_DOC_TOKENS; a document no longer than PIECE_TOKENS is one piece, itself), their
        entities shifted back onto the documents."""
        pieces, owners = [], []
        for i, doc in enumerate(docs):
            for a, b in piece_bounds(doc, PIECE_TOKENS, MAX_DOC_TOKENS):
                # (a new Doc of the piece's tokens: Span.as_doc reads the whole document's
                # arrays and extension values for every piece)
                piece = doc[a:b]
                pieces.append(doc if (a, b) == (0, len(doc)) else Doc(
                    doc.vocab, words=[t.text for t in piece], spaces=[bool(t.whitespace_) for t in piece]))
                owners.append((i, a))
        out = BatchDecoded([[] for _ in docs])
        table = self.move_table()
        group: list = []
        for k in range(len(pieces) + 1):
            if group and (k == len(pieces) or sum(len(pieces[g]) for g in group) + len(pieces[k]) > PIECE_GROUP_TOKENS):
                for g, ents in zip(group, batch_greedy_decode(self, [pieces[g] for g in group], table)):
                    i, a = owners[g]
                    out[i].extend((s + a, e + a, label) for s, e, label in ents)
                group = []
            if k < len(pieces):
                group.append(k)
        return out

    def set_annotations(self, docs, states_or_beams):
        if not isinstance(states_or_beams, BatchDecoded):
            return super().set_annotations(docs, states_or_beams)
        for doc, ents in zip(docs, states_or_beams):
            # no preset entities on the fast path: every other token is outside, as spaCy sets it
            doc.set_ents([Span(doc, s, e, label=label) for s, e, label in ents], default="outside")
            for hook in self.postprocesses:
                hook(doc)


@Language.factory(
    "greedy_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={
        "moves": None,
        "update_with_oracle_cut_size": 100,
        "model": DEFAULT_NER_MODEL,
        "incorrect_spans_key": None,
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_greedy_ner(
    nlp: Language,
    name: str,
    model: Model,
    moves,
    update_with_oracle_cut_size: int,
    incorrect_spans_key: Optional[str],
    scorer: Optional[Callable],
) -> GreedyEntityRecognizer:
    return GreedyEntityRecognizer(
        nlp.vocab, model, name=name, moves=moves,
        update_with_oracle_cut_size=update_with_oracle_cut_size,
        incorrect_spans_key=incorrect_spans_key, scorer=scorer,
    )

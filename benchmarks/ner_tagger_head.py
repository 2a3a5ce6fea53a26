"""Experiment for issue #6's throughput target: replace the shipped ner's transition-based
decoder with a per-character BILUO tagger over the same (frozen) encoder.

The shipped ner spends about 40% of its time in spaCy's greedy transition loop (one step per
character, a hidden layer per step) and 60% in its encoder (embeddings, CNN, BiLSTM). A tagger
reads each character's encoder output once, with its neighbours', through a small Maxout
layer, and a constrained Viterbi pass (numpy, a whole batch at a time) picks a valid BILUO
sequence. This script trains only that head, on the encoder outputs of the product training
corpora (the encoder is not updated), selects the epoch on the product dev files, and prints
MSRA test (labels folded) for both decoders with their speed on the same sentences.

    python benchmarks/ner_tagger_head.py [--epochs 6] [--limit N] [--save DIR]

Needs the product corpora (`python -m pipeline corpus all -o training/corpus --data ../shared/data`).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy
import spacy
from spacy.tokens import DocBin
from spacy.training.iob_utils import biluo_tags_to_spans, doc_to_biluo_tags
from spacy.util import minibatch
from thinc.api import Adam, Maxout, Softmax, chain

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "training" / "corpus"
LABELS = ("ORG", "PERSON", "PLACE", "POLICE_UNIT")
TAGS = ["O"] + [f"{p}-{label}" for label in LABELS for p in "BILU"]
TAG_ID = {t: i for i, t in enumerate(TAGS)}
FOLD = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG", "POLICE_UNIT": "ORG"}


def transitions() -> numpy.ndarray:
    """0 where tag a may follow tag b (trans[b, a]), -inf where BILUO forbids it."""
    k = len(TAGS)
    trans = numpy.full((k, k), -numpy.inf, dtype="float32")
    for b, prev in enumerate(TAGS):
        for a, nxt in enumerate(TAGS):
            pp, _, pl = prev.partition("-")
            np_, _, nl = nxt.partition("-")
            if pp in ("O", "L", "U"):
                ok = np_ in ("O", "B", "U")
            else:  # B or I: the entity goes on with the same label
                ok = np_ in ("I", "L") and nl == pl
            if ok:
                trans[b, a] = 0.0
    return trans


TRANS = transitions()
START = numpy.array([0.0 if t[0] in "OBU" else -numpy.inf for t in TAGS], dtype="float32")
END = numpy.array([0.0 if t[0] in "OLU" else -numpy.inf for t in TAGS], dtype="float32")


def viterbi(logp: list[numpy.ndarray]) -> list[numpy.ndarray]:
    """Best valid tag sequence per document. The batch is sorted by length and stepped
    together; at step t only the documents longer than t (a prefix of the order) take part."""
    if not logp:
        return []
    lengths = numpy.array([len(x) for x in logp])
    order = numpy.argsort(-lengths, kind="stable")
    lens = lengths[order]
    n, t_max, k = len(logp), int(lens[0]), len(TAGS)
    out = [numpy.zeros(0, dtype=numpy.int64) for _ in logp]
    if t_max == 0:
        return out
    emit = numpy.zeros((t_max, n, k), dtype="float32")  # time-major: a step reads one block
    for j, i in enumerate(order.tolist()):
        emit[: lens[j], j] = logp[i]
    alive = numpy.searchsorted(-lens, -numpy.arange(1, t_max + 1), side="right")  # docs longer than t
    back = numpy.zeros((t_max, n, k), dtype=numpy.int8)
    delta = emit[0] + START
    final = numpy.empty((n, k), dtype="float32")
    for t in range(1, t_max):
        m = alive[t]
        ended = slice(m, alive[t - 1])  # docs whose last character was t - 1
        final[ended] = delta[ended]
        cand = delta[:m, :, None] + TRANS[None]
        back[t, :m] = cand.argmax(axis=1)
        delta = cand.max(axis=1) + emit[t, :m]
    final[: alive[t_max - 1]] = delta
    tags = numpy.zeros((t_max, n), dtype=numpy.int64)
    tags_last = (final + END).argmax(axis=1)
    # backtrack all documents together: each enters at its own last step
    cur = numpy.zeros(n, dtype=numpy.int64)
    for t in range(t_max - 1, -1, -1):
        m = alive[t]
        starting = slice(alive[t + 1] if t + 1 < t_max else 0, m)
        cur[starting] = tags_last[starting]
        tags[t, :m] = cur[:m]
        if t:
            cur[:m] = back[t, numpy.arange(m), cur[:m]]
    for j, i in enumerate(order.tolist()):
        out[i] = tags[: lens[j], j]
    return out


def context(h: numpy.ndarray) -> numpy.ndarray:
    """Each row with its left and right neighbours' rows (zeros beyond the edges)."""
    z = numpy.zeros((1, h.shape[1]), dtype=h.dtype)
    return numpy.concatenate([numpy.vstack([z, h[:-1]]), h, numpy.vstack([h[1:], z])], axis=1)


def encode(t2v, docs, batch_size=256):
    """Encoder outputs with context, per doc."""
    out = []
    for batch in minibatch(docs, batch_size):
        H = numpy.asarray(t2v.predict(batch))  # all the batch's tokens, one array
        at = 0
        for doc in batch:
            out.append(context(H[at : at + len(doc)]))
            at += len(doc)
    return out


def gold_ids(doc) -> numpy.ndarray:
    """BILUO ids of the doc's gold entities, -1 where the annotation is missing."""
    ids = numpy.array([TAG_ID[t] for t in doc_to_biluo_tags(doc)], dtype=numpy.int64)
    ids[doc.to_array("ENT_IOB") == 0] = -1  # no annotation: no loss
    return ids


def read(paths, nlp, limit=0):
    docs = []
    for path in paths:
        docs.extend(DocBin().from_disk(path).get_docs(nlp.vocab))
    return docs[:limit] if limit else docs


def predict_head(head, feats):
    if not feats:
        return []
    probs = head.predict(numpy.concatenate(feats))
    logp = numpy.log(probs + 1e-9)
    out, at = [], 0
    for f in feats:
        out.append(logp[at : at + len(f)])
        at += len(f)
    return out


def spans_of(doc, path):
    tags = [TAGS[i] for i in path]
    return {(s.start_char, s.end_char, s.label_) for s in biluo_tags_to_spans(doc, tags)}


def prf(gold_sets, pred_sets, fold=False):
    tp = fp = fn = 0
    for g, p in zip(gold_sets, pred_sets):
        if fold:
            g = {(a, b, FOLD[l]) for a, b, l in g}
            p = {(a, b, FOLD[l]) for a, b, l in p}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--save", type=Path, default=None)
    args = ap.parse_args()

    nlp = spacy.load(REPO / "pipeline" / "resources" / "ner")
    ner = nlp.get_pipe("ner")
    t2v = ner.model.get_ref("tok2vec")
    train = read(sorted((CORPUS / "product" / "train").glob("*.spacy")), nlp, args.limit)
    dev = read(sorted((CORPUS / "product" / "dev").glob("*.spacy")), nlp, args.limit // 10 if args.limit else 0)
    test = read([CORPUS / "msra" / "test.spacy"], nlp)
    t0 = time.perf_counter()
    X_train = encode(t2v, train)
    y_train = [gold_ids(d) for d in train]
    X_dev = encode(t2v, dev)
    print(f"encoded {len(train)} train / {len(dev)} dev docs in {time.perf_counter() - t0:.0f}s")
    X = numpy.concatenate(X_train)
    y = numpy.concatenate(y_train)
    keep = y >= 0
    X, y = X[keep], y[keep]
    print(f"{len(y)} annotated training characters, {X.shape[1]} inputs")
    head = chain(Maxout(nO=args.hidden, nP=2, normalize=True), Softmax(nO=len(TAGS)))
    head.initialize(X=X[:100], Y=numpy.eye(len(TAGS), dtype="float32")[y[:100]])
    opt = Adam(0.001)
    gold_dev = [{(e.start_char, e.end_char, e.label_) for e in d.ents} for d in dev]
    rng = numpy.random.default_rng(0)
    best, best_bytes = -1.0, None
    eye = numpy.eye(len(TAGS), dtype="float32")
    for epoch in range(args.epochs):
        order = rng.permutation(len(y))
        t0 = time.perf_counter()
        for start in range(0, len(order), 2048):
            idx = order[start : start + 2048]
            probs, backprop = head.begin_update(X[idx])
            backprop((probs - eye[y[idx]]) / len(idx))
            head.finish_update(opt)
        paths = viterbi(predict_head(head, X_dev))
        f = prf(gold_dev, [spans_of(d, p) for d, p in zip(dev, paths)])[2]
        print(f"epoch {epoch}: dev F {100 * f:.2f} ({time.perf_counter() - t0:.0f}s)")
        if f > best:
            best, best_bytes = f, head.to_bytes()
    head.from_bytes(best_bytes)
    # MSRA test, folded, both decoders; speed on the test sentences (encoder included in both)
    gold_test = [{(e.start_char, e.end_char, e.label_) for e in d.ents} for d in test]
    texts = [d.text for d in test]
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(texts, batch_size=256))
    t_parser = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    paths = []
    for batch in minibatch(docs, 256):
        paths.extend(viterbi(predict_head(head, encode(t2v, batch))))
    t_tagger = time.perf_counter() - t0
    p_parser = [{(e.start_char, e.end_char, e.label_) for e in d.ents} for d in parsed]
    p_tagger = [spans_of(d, p) for d, p in zip(docs, paths)]
    print("| decoder | P | R | F (MSRA test, folded) | chars/s |")
    print("|---|---:|---:|---:|---:|")
    for name, pred, secs in (("transition (shipped)", p_parser, t_parser), ("BILUO tagger head", p_tagger, t_tagger)):
        p, r, f = prf(gold_test, pred, fold=True)
        print(f"| {name} | {100 * p:.2f} | {100 * r:.2f} | {100 * f:.2f} | {chars / secs:,.0f} |")
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        (args.save / "head.bin").write_bytes(head.to_bytes())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

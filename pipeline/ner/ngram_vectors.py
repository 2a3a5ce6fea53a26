"""Pretrained character and character-bigram vectors for the NER encoder (issue #6).

Character and bigram embeddings pretrained on unlabelled text are the standard first step
past random embeddings in Chinese NER (Zhang & Yang 2018 ship 50-dimensional `uni`/`bi`
tables). Here they are trained with gensim's word2vec (skip-gram) on the running text of the
corpora on disk, never on a test set:

- People's Daily 1998 (all paragraphs), THUCNews headlines (train split, every class),
  MSRA NER train, CLUENER train, Weibo NER train, Resume NER train.
- Not read: MSRA NER test, the SIGHAN segmentation tests, CLUENER/Weibo/Resume dev and test,
  the seed article and its gold.

Two skip-gram models share one pass over the text: one over characters, one over the
sequence of bigrams (`^a`, `ab`, `bc`, …, `z$` with `^`/`$` the sentence edges, the same
left/right bigrams `pipeline.CharNgramEmbed.v2` looks up). The result is one `.npz`:
sorted uint64 keys (spaCy's ORTH hash for characters, `layers.pair_keys` for bigrams) and
float16 vectors, the only form the layer reads.

    python -m pipeline.ner.ngram_vectors --data ../shared/data --out training/vectors/ngram50.npz
"""
from __future__ import annotations

import argparse
import itertools
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

import numpy
import srsly
from spacy.strings import hash_string

from ..corpus.builders import open_text
from .layers import BOS_KEY, EOS_KEY, pair_keys

BOS, EOS = "\x02", "\x03"


def _char_column_sentences(path: Path) -> Iterator[str]:
    """Sentences of a one-character-per-line file (MSRA BIO, Weibo, Resume BMES)."""
    chars: list[str] = []
    with open_text(path) as fh:
        for line in fh:
            if not line.strip():
                if chars:
                    yield "".join(chars)
                chars = []
                continue
            token = line.split()[0]
            # Weibo marks segmentation positions after the character: 科0 技1
            chars.append(token[0])
    if chars:
        yield "".join(chars)


def texts(data: Path, limit: int = 0) -> Iterator[tuple[str, str]]:
    """(source, text) for every unlabelled text used (see the module docstring); `limit` > 0
    stops each source after that many texts."""
    from ..corpus.peoples_daily import read as read_pd
    from ..corpus.silver import thucnews_headlines

    def cluener():
        with open_text(data / "cluener2020" / "train.json") as fh:
            for line in fh:
                if line.strip():
                    yield srsly.json_loads(line)["text"]

    sources = {
        "peoples_daily_1998": (text for _, text, _ in read_pd(data / "peoples_daily_1998" / "199801.utf8.txt.gz")),
        "thucnews_train": (text for text, _ in thucnews_headlines(data / "thucnews_titles", classes=None)),
        "msra_ner_train": _char_column_sentences(data / "msra_ner" / "msra_train_bio.txt.gz"),
        "cluener_train": cluener(),
        "weibo_train": _char_column_sentences(data / "weibo_ner" / "weiboNER_2nd_conll.train"),
        "resume_train": _char_column_sentences(data / "resume_ner" / "train.char.bmes"),
    }
    for source, found in sources.items():
        for text in itertools.islice(found, limit or None):
            yield source, text


def char_sequence(text: str) -> list[str]:
    return [c for c in text if not c.isspace()]


def bigram_sequence(chars: list[str]) -> list[str]:
    """`^a ab bc … z$`: each character's right bigram, plus the first one's left bigram."""
    padded = [BOS, *chars, EOS]
    return [padded[i] + padded[i + 1] for i in range(len(padded) - 1)]


def char_key(char: str) -> int:
    return hash_string(char)


def bigram_key(bigram: str) -> numpy.uint64:
    a, b = bigram[0], bigram[1]
    left = BOS_KEY if a == BOS else numpy.uint64(hash_string(a))
    right = EOS_KEY if b == EOS else numpy.uint64(hash_string(b))
    return pair_keys(numpy.array([left], dtype=numpy.uint64), numpy.array([right], dtype=numpy.uint64))[0]


def _table(keys: list, vectors: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    keys_arr = numpy.asarray(keys, dtype=numpy.uint64)
    order = numpy.argsort(keys_arr)
    if len(numpy.unique(keys_arr)) != len(keys_arr):
        raise ValueError("hash collision among n-gram keys")
    return keys_arr[order], vectors[order].astype(numpy.float16)


def build(data: Path, out: Path, dim: int = 50, max_bigrams: int = 100_000, min_count: int = 2,
          epochs: int = 5, window: int = 5, workers: int = 2, seed: int = 0, limit: int = 0) -> dict:
    """Train both tables and write `out` (.npz) and its report (.json). `limit` > 0 keeps the
    first `limit` texts of each source (the quick project workflow)."""
    # gensim: the reference word2vec implementation in Python (C-optimised, multi-threaded);
    # imported here because only this build step needs it
    try:
        from gensim.models import Word2Vec
    except ImportError as err:
        raise SystemExit("pipeline.ner.ngram_vectors needs gensim: pip install '.[build]'") from err

    t0 = time.time()
    sources: Counter = Counter()
    n_chars = 0
    char_sents, bigram_sents = [], []
    for source, text in texts(data, limit):
        chars = char_sequence(text)
        if not chars:
            continue
        sources[source] += 1
        n_chars += len(chars)
        char_sents.append(chars)
        bigram_sents.append(bigram_sequence(chars))
    common = dict(vector_size=dim, window=window, sg=1, negative=5, epochs=epochs, workers=workers, seed=seed)
    char_model = Word2Vec(char_sents, min_count=min_count, **common)
    bigram_model = Word2Vec(bigram_sents, min_count=min_count, max_final_vocab=max_bigrams, **common)
    chars = list(char_model.wv.index_to_key)  # character sentences carry no edge markers
    bigrams = list(bigram_model.wv.index_to_key)
    char_keys, char_vecs = _table([char_key(c) for c in chars], char_model.wv[chars])
    bigram_keys, bigram_vecs = _table([bigram_key(b) for b in bigrams], bigram_model.wv[bigrams])
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp.npz")
    numpy.savez_compressed(tmp, char_keys=char_keys, char_vectors=char_vecs,
                           bigram_keys=bigram_keys, bigram_vectors=bigram_vecs)
    tmp.replace(out)
    total = Counter()
    for sent in bigram_sents:
        total.update(sent)
    covered = sum(n for b, n in total.items() if b in bigram_model.wv.key_to_index)
    report = {
        "out": str(out), "dim": dim, "sentences_per_source": dict(sources), "characters": n_chars,
        "chars_kept": len(char_keys), "bigram_types": len(total), "bigrams_kept": len(bigram_keys),
        "bigram_token_coverage": round(covered / max(1, sum(total.values())), 4),
        "size_mb": round(out.stat().st_size / 1e6, 2), "seconds": round(time.time() - t0, 1),
        "settings": {"max_bigrams": max_bigrams, "min_count": min_count, "epochs": epochs, "limit": limit,
                     "window": window, "seed": seed, "sg": 1, "negative": 5},
    }
    srsly.write_json(out.with_suffix(".json"), report)
    return report


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("training/vectors/ngram50.npz"))
    parser.add_argument("--dim", type=int, default=50)
    parser.add_argument("--max-bigrams", type=int, default=100_000)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="first N texts of each source (0: all)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    report = build(args.data, args.out, args.dim, args.max_bigrams, args.min_count, args.epochs,
                   workers=args.workers, limit=args.limit)
    print(srsly.json_dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

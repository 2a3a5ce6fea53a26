"""Silver MSRA-style training data from unlabelled news, tagged by a vote of saved models.

    python benchmarks/ner_selftrain.py MODEL MODEL ... --out training/corpus/msra_silver/silver.spacy

Self-training for the MSRA benchmark: the span vote of `ner_msra.py vote` (models trained on
MSRA train only) tags the sentences of People's Daily January 1998 (unlabelled here: its own
nr/ns/nt tags are not read), and a student is then trained on MSRA train + this file. Sentences
that share a 15-character opening with an MSRA test or dev sentence are left out (People's Daily
1998 holds 14 of MSRA test's 3,442 sentences), so neither split's text is trained on.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from ner_msra import gold_docs, model_spans, vote_spans  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[。！？])")
PREFIX = 15


def raw_sentences(path: Path) -> list[str]:
    """The text of People's Daily 1998 (tags and brackets removed), one sentence per item."""
    from pipeline.corpus.peoples_daily import read

    out = []
    for _para_id, text, _spans in read(path):
        out.extend(s.strip() for s in SENTENCE_END.split(text) if len(s.strip()) >= 5)
    return out


def held_out_prefixes(paths: list[Path], vocab) -> set[str]:
    return {d.text[:PREFIX] for p in paths for d in gold_docs(p, vocab) if len(d.text) >= PREFIX}


def overlaps(sentence: str, prefixes: set[str]) -> bool:
    return any(sentence[i:i + PREFIX] in prefixes for i in range(max(1, len(sentence) - PREFIX + 1)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", type=Path, nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--text", type=Path, default=REPO.parent / "shared/data/peoples_daily_1998/199801.utf8.txt.gz")
    ap.add_argument("--exclude", type=Path, nargs="*",
                    default=[REPO / "training/corpus/msra_raw/test.spacy", REPO / "training/corpus/msra_raw/dev.spacy"])
    ap.add_argument("--limit", type=int, default=0, help="at most this many sentences (0: all)")
    args = ap.parse_args(argv)
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("zh").vocab
    prefixes = held_out_prefixes(args.exclude, vocab)
    sentences = raw_sentences(args.text)
    kept = [s for s in sentences if not overlaps(s, prefixes)]
    left_out = len(sentences) - len(kept)
    if args.limit:
        kept = kept[: args.limit]
    print(f"{len(sentences)} sentences, {left_out} left out for overlapping a held-out sentence, "
          f"{len(kept)} tagged", file=sys.stderr)
    span_lists = [model_spans(model, kept, fold=False)[0] for model in args.models]
    voted = vote_spans(span_lists, len(args.models) // 2 + 1)
    db = DocBin()
    n_ents = 0
    for text, spans in zip(kept, voted):
        doc = Doc(vocab, words=list(text), spaces=[False] * len(text))
        doc.ents = [doc.char_span(s, e, label=label) for s, e, label in sorted(spans)]
        n_ents += len(spans)
        db.add(doc)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    db.to_disk(tmp)
    tmp.replace(args.out)
    print(f"wrote {len(kept)} sentences, {n_ents} entities to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

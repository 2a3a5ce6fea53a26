"""Silver training data from unlabelled news, tagged by a vote of saved models.

    python benchmarks/ner_selftrain.py MODEL MODEL ... --out training/corpus/msra_silver/silver.spacy
    python benchmarks/ner_selftrain.py MODEL ... --text none \
        --headlines ../shared/data/thucnews_titles/train.txt.gz --per-class 6000 --out F

Self-training: the span vote of `ner_msra.py vote` tags unlabelled text and a student is then
trained on the gold corpora + this file. The labels are the models' own: models trained on MSRA
train only give MSRA's PER/LOC/ORG (the benchmark), product models give ours (`--with-rules`:
as the default pipeline merges them with the rules). Text: the sentences of People's Daily
January 1998 (`--text`; its own nr/ns/nt tags are not read) and/or THUCNews headlines
(`--headlines`, the first N of each class). Sentences that share a
15-character window with a held-out sentence (`--exclude`: MSRA test and dev by default; People's
Daily 1998 holds 14 of MSRA test's 3,442 sentences) are left out, so no held-out text is trained on.
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


def headlines(path: Path, per_class: int) -> list[str]:
    """THUCNews headlines, the first `per_class` of every class (0: all) in file order."""
    from collections import Counter

    from pipeline.corpus.silver import thucnews_headlines

    seen: Counter = Counter()
    out = []
    for text, meta in thucnews_headlines(path.parent, classes=None, split=path.name):
        if not per_class or seen[meta["class"]] < per_class:
            seen[meta["class"]] += 1
            out.append(text.strip())
    return out


def held_out_prefixes(paths: list[Path], vocab) -> set[str]:
    return {d.text[:PREFIX] for p in paths for d in gold_docs(p, vocab) if len(d.text) >= PREFIX}


def overlaps(sentence: str, prefixes: set[str]) -> bool:
    return any(sentence[i:i + PREFIX] in prefixes for i in range(max(1, len(sentence) - PREFIX + 1)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", type=Path, nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--text", default=str(REPO.parent / "shared/data/peoples_daily_1998/199801.utf8.txt.gz"),
                    help="People's Daily 1998 file, or 'none'")
    ap.add_argument("--headlines", type=Path, help="THUCNews headlines file (headline<TAB>class per line)")
    ap.add_argument("--per-class", type=int, default=0, help="headlines per class (0: all)")
    ap.add_argument("--exclude", type=Path, nargs="*",
                    default=[REPO / "training/corpus/msra_raw/test.spacy", REPO / "training/corpus/msra_raw/dev.spacy"])
    ap.add_argument("--limit", type=int, default=0, help="at most this many sentences (0: all)")
    ap.add_argument("--with-rules", action="store_true",
                    help="each teacher is the default pipeline with this model as its ner (rules merged in)")
    args = ap.parse_args(argv)
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("zh").vocab
    prefixes = held_out_prefixes(args.exclude, vocab)
    sentences = [] if args.text == "none" else raw_sentences(Path(args.text))
    if args.headlines:
        sentences += headlines(args.headlines, args.per_class)
    kept = [s for s in sentences if not overlaps(s, prefixes)]
    left_out = len(sentences) - len(kept)
    if args.limit:
        kept = kept[: args.limit]
    print(f"{len(sentences)} sentences, {left_out} left out for overlapping a held-out sentence, "
          f"{len(kept)} tagged", file=sys.stderr)
    span_lists = [model_spans(model, kept, fold=False, rules=args.with_rules)[0] for model in args.models]
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

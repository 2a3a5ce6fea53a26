"""Masked-character pretraining of the ner's tok2vec on unlabelled text (issue #6's "pretrained
... vectors (trained here from the corpora on disk)", the step beyond static vectors).

    python benchmarks/ner_pretrain.py configs/ner_cpu.cfg --out training/pretrain/mlm.bin --minutes 40
    python benchmarks/ner_msra.py train configs/ner_cpu.cfg NAME --minutes 45 -- \
        --paths.init_tok2vec training/pretrain/mlm.bin --pretraining.component ner --pretraining.layer tok2vec

Why a masked objective: the ner reads one character per token, and every input of its embedding
(the character, its two bigrams, the segmenter's word around it, the dictionary's words, the
pretrained vectors) contains the character itself, so spaCy's `spacy pretrain` objectives
(predict a token's characters or vector from its contextual vector) are answered by the input.
Here 15% of the characters of each text are replaced (80% by a mask character, 10% by a random
character, 10% kept) *before* the Doc is made, so every feature sees the masked text, and the
encoder's output at those positions predicts the original character (softmax over the most
frequent characters). The layer trained is the ner model's `tok2vec` reference (embedding, CNN,
BiLSTM and the projection to the parser's hidden width), so its bytes load with `spacy train`'s
`[initialize] init_tok2vec`.

Text: `pipeline.ner.ngram_vectors.texts` (People's Daily 1998, THUCNews headlines' train split,
the train files of MSRA, CLUENER, Weibo, Resume), split at sentence ends, minus every sentence
sharing a 15-character window with MSRA test or dev (as `ner_selftrain.py` does), so no held-out
text is read.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

MASK = "\u25a1"  # □: absent from the corpora's text, so it hashes to rows of its own
SENTENCE_END = re.compile(r"(?<=[。！？；])")
MAX_CHARS = 150


def sentences(data: Path, exclude: list[Path], limit: int = 0, text_file: Path | None = None) -> list[str]:
    """Sentences of the unlabelled corpora under `data` (or of `text_file`, one text per line),
    cut to MAX_CHARS, minus those that share a 15-character window with a file of `exclude`."""
    import spacy

    from ner_selftrain import held_out_prefixes, overlaps
    from pipeline.corpus.builders import open_text
    from pipeline.ner.ngram_vectors import texts

    prefixes = held_out_prefixes(exclude, spacy.blank("zh").vocab) if exclude else set()
    if text_file is not None:
        with open_text(text_file) as fh:
            found = [("text", line.strip()) for line in fh if line.strip()]
    else:
        found = texts(data, limit)
    out, left_out = [], 0
    for _source, text in found:
        for s in SENTENCE_END.split(text.replace(" ", "")):
            s = s.strip()
            while len(s) > MAX_CHARS:  # a run-on paragraph: cut, the LSTM needs no longer context
                out.append(s[:MAX_CHARS])
                s = s[MAX_CHARS:]
            if len(s) >= 5:
                if overlaps(s, prefixes):
                    left_out += 1
                else:
                    out.append(s)
    print(f"{len(out)} sentences ({sum(map(len, out)):,} characters), {left_out} left out for "
          "overlapping MSRA test or dev", file=sys.stderr)
    return out


def mask(text: str, rng: random.Random, alphabet: list[str], rate: float) -> tuple[str, list[int]]:
    chars = list(text)
    picked = [i for i in range(len(chars)) if rng.random() < rate] or [rng.randrange(len(chars))]
    for i in picked:
        r = rng.random()
        if r < 0.8:
            chars[i] = MASK
        elif r < 0.9:
            chars[i] = rng.choice(alphabet)
    return "".join(chars), picked


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("config", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--minutes", type=float, default=40.0)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--text", type=Path, help="a file of unlabelled text, one text per line (instead of --data's corpora)")
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many updates (0: only --minutes)")
    ap.add_argument("--exclude", type=Path, nargs="*",
                    default=[REPO / "training/corpus/msra_raw/test.spacy", REPO / "training/corpus/msra_raw/dev.spacy"])
    ap.add_argument("--classes", type=int, default=5000, help="characters predicted (the most frequent)")
    ap.add_argument("--rate", type=float, default=0.15)
    ap.add_argument("--batch-chars", type=int, default=3000)
    ap.add_argument("--learn-rate", type=float, default=0.001)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--head-width", type=int, default=256)
    ap.add_argument("--report-every", type=int, default=200, help="steps between progress lines")
    ap.add_argument("--limit", type=int, default=0, help="texts per source (0: all; for a smoke test)")
    args, overrides = ap.parse_known_args(argv)

    from spacy import util
    from spacy.cli._util import parse_config_overrides
    from spacy.training.initialize import init_nlp
    from thinc.api import Adam, Maxout, Softmax, chain, set_dropout_rate
    import pipeline.ner.layers  # noqa: F401  (registers the architectures)

    rng = random.Random(args.seed)
    texts = sentences(args.data, args.exclude, args.limit, args.text)
    counts = Counter(c for t in texts for c in t)
    alphabet = [c for c, _ in counts.most_common(args.classes)]
    class_of = {c: i for i, c in enumerate(alphabet)}  # others: the last class
    n_classes = len(alphabet) + 1

    cfg = util.load_config(args.config, overrides=parse_config_overrides(overrides), interpolate=False)
    nlp = init_nlp(cfg)  # the vectors and the dictionary are read here, as in spacy train
    t2v = nlp.get_pipe("ner").model.get_ref("tok2vec")
    width = t2v.get_dim("nO")
    # a hidden layer of its own: the projection's 64 small values cannot make a 5,000-way softmax
    # peaked (a softmax straight on them learned little beyond character frequency)
    head = chain(Maxout(nO=args.head_width, nI=width, nP=3, normalize=True), Softmax(nO=n_classes, nI=args.head_width))
    head.initialize()
    opt = Adam(args.learn_rate, L2=0.01, grad_clip=1.0, L2_is_weight_decay=True)
    set_dropout_rate(t2v, args.dropout)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    step, seen, loss_sum, right, total = 0, 0, 0.0, 0, 0
    epoch = 0
    order = list(range(len(texts)))
    while time.time() - t0 < args.minutes * 60:
        rng.shuffle(order)
        epoch += 1
        batch, n = [], 0
        for idx in order:
            batch.append(texts[idx])
            n += len(texts[idx])
            if n < args.batch_chars:
                continue
            masked = [mask(t, rng, alphabet, args.rate) for t in batch]
            docs = [nlp.make_doc(m) for m, _ in masked]
            rows, gold = [], []
            offset = 0
            for (m, picked), orig in zip(masked, batch):
                rows.extend(offset + i for i in picked)
                gold.extend(class_of.get(orig[i], n_classes - 1) for i in picked)
                offset += len(m)
            X, backprop = t2v.begin_update(docs)
            rows_a = numpy.asarray(rows)
            P, head_back = head.begin_update(X[rows_a])
            truth = numpy.zeros_like(P)
            truth[numpy.arange(len(gold)), gold] = 1.0
            d_p = (P - truth) / len(gold)
            d_sel = head_back(d_p)
            dX = numpy.zeros_like(X)
            numpy.add.at(dX, rows_a, d_sel)
            backprop(dX)
            t2v.finish_update(opt)
            head.finish_update(opt)
            opt.step_schedules()
            loss_sum += float(-numpy.log(P[numpy.arange(len(gold)), gold] + 1e-9).sum())
            right += int((P.argmax(axis=1) == numpy.asarray(gold)).sum())
            total += len(gold)
            seen += n
            step += 1
            batch, n = [], 0
            if step % args.report_every == 0:
                el = time.time() - t0
                print(f"epoch {epoch} step {step} chars {seen:,} ({seen / el:,.0f}/s) loss "
                      f"{loss_sum / total:.3f} acc {right / total:.3f}", file=sys.stderr, flush=True)
                loss_sum, right, total = 0.0, 0, 0
            if step % 2000 == 0:
                save(t2v, args.out)
            if time.time() - t0 >= args.minutes * 60 or step == args.max_steps:
                break
        if step == args.max_steps:
            break
    save(t2v, args.out)
    print(f"{step} steps, {seen:,} characters, {epoch} epoch(s) begun, {time.time() - t0:.0f} s: {args.out}",
          file=sys.stderr)
    return 0


def save(layer, out: Path) -> None:
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(layer.to_bytes())
    tmp.replace(out)


if __name__ == "__main__":
    sys.exit(main())

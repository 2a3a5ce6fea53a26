"""A character transformer pretrained here (masked characters) and fine-tuned on MSRA train: how far
in-house pretraining on the corpora on disk takes the MSRA benchmark (issue #6), measured on a GPU.

    # here (spaCy env): encode MSRA train/dev/test and the unlabelled text into one small file
    python benchmarks/ner_char_bert.py prep --data ../shared/data --out training/char_bert/data.npz.xz
    # on the GPU (needs torch + numpy only): pretrain, fine-tune, score MSRA test
    python benchmarks/ner_char_bert.py train training/char_bert/data.npz.xz --out DIR \
        --pretrain-s 230 --finetune-s 130 --scratch-s 100
    # here, on the CPU: score the saved model on MSRA test and time it (one thread)
    python benchmarks/ner_char_bert.py eval training/char_bert/data.npz.xz DIR

Why: the CPU model (configs/ner_cpu.cfg) stops near 90.5 F; the published systems above 93 all read
embeddings or language models pretrained on large corpora. Nothing may be downloaded, so the only
pretraining possible is on the text on disk: People's Daily 1998, THUCNews headlines and the train
splits of MSRA, CLUENER, Weibo and Resume (7.9M characters; `ner_pretrain.sentences`), minus every
sentence sharing a 15-character window with MSRA test or dev. This script measures what a BERT-style
masked-character objective on that text buys a transformer over the same transformer from scratch.

Labels are MSRA's own (PER, LOC, ORG), scored by exact span match on MSRA test as in
`ner_msra.py`; model selection reads only the dev split carved from MSRA train (`msra_raw/dev`).
Decoding is BIO-constrained Viterbi over the tagger's softmax (an I- tag only after its B-/I-).
"""
from __future__ import annotations

import argparse
import io
import json
import lzma
import math
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
LABELS = ("PER", "LOC", "ORG")
TAGS = ("O",) + tuple(f"{p}-{lab}" for lab in LABELS for p in ("B", "I"))
PAD, UNK, MASK, SEP = 0, 1, 2, 3
SPECIALS = ("[PAD]", "[UNK]", "[MASK]", "[SEP]")
MIN_COUNT = 2  # characters seen once in 10M are mostly noise; they share [UNK]


def normal(ch: str) -> str:
    """Full-width digits and letters as their ASCII forms (one character for one), so both
    spellings share a row; anything NFKC expands to several characters stays as it is."""
    n = unicodedata.normalize("NFKC", ch)
    return n if len(n) == 1 else ch


# ---------------------------------------------------------------- prep (spaCy side)

def tags_of(text: str, spans) -> list[int]:
    tags = [0] * len(text)
    for start, end, label in spans:
        b = 1 + 2 * LABELS.index(label)
        tags[start] = b
        for i in range(start + 1, end):
            tags[i] = b + 1
    return tags


def spans_from_tags(tags) -> set:
    spans, start, label = set(), None, None
    for i, t in enumerate(list(tags) + [0]):
        t = int(t)
        inside = t and t % 2 == 0 and label == LABELS[(t - 1) // 2]
        if start is not None and not inside:
            spans.add((start, i, label))
            start = None
        if t and (t % 2 == 1 or start is None):
            start, label = i, LABELS[(t - 1) // 2]
    return spans


def prep(args) -> int:
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "benchmarks"))
    import spacy
    from ner_msra import gold_docs
    from ner_pretrain import sentences

    corpus = Path(args.corpus)
    vocab = spacy.blank("zh").vocab
    splits = {name: gold_docs(corpus / f"{name}.spacy", vocab) for name in ("train", "dev", "test")}
    unlabelled = sentences(Path(args.data), [corpus / "test.spacy", corpus / "dev.spacy"])
    counts = Counter(normal(c) for s in unlabelled for c in s)
    for doc in splits["train"]:
        counts.update(normal(c) for c in doc.text)
    chars = [c for c, n in counts.most_common() if n >= MIN_COUNT and c not in SPECIALS]
    index = {c: i + len(SPECIALS) for i, c in enumerate(chars)}
    encode = lambda text: [index.get(normal(c), UNK) for c in text]  # noqa: E731

    arrays = {"vocab": numpy.array(json.dumps(list(SPECIALS) + chars, ensure_ascii=False))}
    # MSRA train's own sentences travel once, as train_ids; `load` appends them to the stream
    in_train = {piece for doc in splits["train"] for piece in pieces(doc.text)}
    stream, n_skipped = [], 0
    for s in unlabelled:
        if s in in_train:
            n_skipped += 1
            continue
        stream.extend(encode(s))
        stream.append(SEP)
    arrays["pretrain"] = numpy.array(stream, dtype=numpy.uint16)
    for name, docs in splits.items():
        ids, tags, lengths = [], [], []
        for doc in docs:
            spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            t = tags_of(doc.text, spans)
            assert spans_from_tags(t) == set(spans), doc.text  # the encoding loses no span
            ids.extend(encode(doc.text))
            tags.extend(t)
            lengths.append(len(doc.text))
        arrays[f"{name}_ids"] = numpy.array(ids, dtype=numpy.uint16)
        arrays[f"{name}_tags"] = numpy.array(tags, dtype=numpy.uint8)
        arrays[f"{name}_lengths"] = numpy.array(lengths, dtype=numpy.int32)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # xz, not zip's deflate: the file travels to the GPU machine inside a 64 MiB allowance
    with lzma.open(out, "wb", preset=9) as fh:
        numpy.savez(fh, **arrays)
    unk = sum(1 for c in "".join(d.text for d in splits["test"]) if normal(c) not in index)
    print(f"vocab {len(index) + len(SPECIALS)}; pretraining stream {len(stream):,} ids "
          f"(+ MSRA train's; {n_skipped} of its sentences not stored twice); "
          f"train/dev/test {', '.join(str(len(d)) for d in splits.values())} sentences; "
          f"test characters outside the vocab {unk}; {out} {out.stat().st_size / 1e6:.1f} MB")
    return 0


# ---------------------------------------------------------------- model (torch side)

def pieces(text: str) -> list[str]:
    """A text cut as `ner_pretrain.sentences` cuts it (sentence ends, then 150 characters)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from ner_pretrain import MAX_CHARS, SENTENCE_END

    out = []
    for s in SENTENCE_END.split(text.replace(" ", "")):
        s = s.strip()
        while len(s) > MAX_CHARS:
            out.append(s[:MAX_CHARS])
            s = s[MAX_CHARS:]
        out.append(s)
    return out


def load(path: Path):
    with lzma.open(path, "rb") as fh:
        data = dict(numpy.load(io.BytesIO(fh.read())))
    vocab = json.loads(str(data["vocab"]))
    splits = {}
    for name in ("train", "dev", "test"):
        lengths = data[f"{name}_lengths"]
        bounds = numpy.concatenate([[0], numpy.cumsum(lengths)])
        ids, tags = data[f"{name}_ids"].astype(numpy.int64), data[f"{name}_tags"].astype(numpy.int64)
        splits[name] = [(ids[a:b], tags[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    train_text = numpy.concatenate([numpy.append(x, SEP) for x, _ in splits["train"]])
    stream = numpy.concatenate([data["pretrain"].astype(numpy.int64), train_text])
    return vocab, stream, splits


def build_model(n_vocab: int, width: int, depth: int, heads: int, max_len: int, dropout: float):
    import torch
    from torch import nn
    import torch.nn.functional as F

    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.ln1, self.ln2 = nn.LayerNorm(width), nn.LayerNorm(width)
            self.qkv, self.proj = nn.Linear(width, 3 * width), nn.Linear(width, width)
            self.ff = nn.Sequential(nn.Linear(width, 4 * width), nn.GELU(), nn.Linear(4 * width, width))
            self.drop = nn.Dropout(dropout)

        def forward(self, x, mask):
            b, t, _ = x.shape
            q, k, v = self.qkv(self.ln1(x)).view(b, t, 3, heads, width // heads).permute(2, 0, 3, 1, 4)
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask,
                                               dropout_p=dropout if self.training else 0.0)
            x = x + self.drop(self.proj(a.transpose(1, 2).reshape(b, t, width)))
            return x + self.drop(self.ff(self.ln2(x)))

    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb, self.pos = nn.Embedding(n_vocab, width), nn.Embedding(max_len, width)
            self.blocks = nn.ModuleList(Block() for _ in range(depth))
            self.ln, self.drop = nn.LayerNorm(width), nn.Dropout(dropout)
            # masked-character head, its output tied to the input embedding
            self.mlm = nn.Sequential(nn.Linear(width, width), nn.GELU(), nn.LayerNorm(width))
            self.mlm_bias = nn.Parameter(torch.zeros(n_vocab))
            self.tagger = nn.Linear(width, len(TAGS))
            self.apply(self._init)

        @staticmethod
        def _init(m):
            # BERT's initialisation: with the default N(0, 1) embeddings the tied output layer
            # starts with logits far larger than uniform
            if isinstance(m, (nn.Linear, nn.Embedding)):
                nn.init.normal_(m.weight, std=0.02)
            if isinstance(m, nn.Linear) and m.bias is not None:
                nn.init.zeros_(m.bias)

        def encode(self, ids, keep=None):
            x = self.drop(self.emb(ids) + self.pos(torch.arange(ids.shape[1], device=ids.device)))
            mask = None if keep is None else keep[:, None, None, :]
            for block in self.blocks:
                x = block(x, mask)
            return self.ln(x)

        def mlm_logits(self, h):
            return self.mlm(h) @ self.emb.weight.T + self.mlm_bias

        def tag_logits(self, ids, keep=None):
            return self.tagger(self.drop(self.encode(ids, keep)))

    return Encoder()


def allowed_transitions() -> numpy.ndarray:
    ok = numpy.ones((len(TAGS), len(TAGS)), dtype=bool)  # ok[prev, next]
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            ok[:, j] = False
            ok[j - 1, j] = ok[j, j] = True  # B-X then I-X, I-X then I-X
    return ok


def viterbi(logp: numpy.ndarray, ok: numpy.ndarray) -> numpy.ndarray:
    """Best tag path under the BIO constraint (log-probabilities (T, n_tags))."""
    penalty = numpy.where(ok, 0.0, -1e9)
    start = numpy.array([-1e9 if t.startswith("I-") else 0.0 for t in TAGS])
    score = logp[0] + start
    back = numpy.zeros(logp.shape, dtype=numpy.int64)
    for i in range(1, len(logp)):
        cand = score[:, None] + penalty
        back[i] = cand.argmax(0)
        score = cand.max(0) + logp[i]
    path = [int(score.argmax())]
    for i in range(len(logp) - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return numpy.array(path[::-1])


def windows(n: int, size: int, stride: int) -> list[tuple[int, int]]:
    if n <= size:
        return [(0, n)]
    starts = list(range(0, n - size, stride)) + [n - size]
    return [(s, s + size) for s in starts]


def predict(model, docs, device, max_len: int, batch_tokens: int = 16384) -> list[set]:
    """Spans per document: long documents are read in overlapping windows and each character
    takes its log-probabilities from the window where it sits most centrally."""
    import torch

    model.eval()
    pieces = []  # (doc index, start, end)
    for d, (ids, _) in enumerate(docs):
        pieces.extend((d, a, b) for a, b in windows(len(ids), max_len, max_len // 2))
    order = sorted(range(len(pieces)), key=lambda i: pieces[i][2] - pieces[i][1])
    logps = [numpy.full((len(ids), len(TAGS)), numpy.nan, dtype=numpy.float32) for ids, _ in docs]
    best_margin = [numpy.full(len(ids), -1, dtype=numpy.int64) for ids, _ in docs]
    with torch.no_grad():
        i = 0
        while i < len(order):
            longest = pieces[order[min(len(order) - 1, i + batch_tokens // max_len)]]
            n = max(1, batch_tokens // max(1, longest[2] - longest[1]))
            batch = [pieces[j] for j in order[i:i + n]]
            i += n
            width = max(b - a for _, a, b in batch)
            ids = torch.zeros((len(batch), width), dtype=torch.long)
            keep = torch.zeros((len(batch), width), dtype=torch.bool)
            for r, (d, a, b) in enumerate(batch):
                ids[r, :b - a] = torch.from_numpy(docs[d][0][a:b])
                keep[r, :b - a] = True
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                out = model.tag_logits(ids.to(device), keep.to(device))
            out = torch.log_softmax(out.float(), -1).cpu().numpy()
            for r, (d, a, b) in enumerate(batch):
                pos = numpy.arange(a, b)
                margin = numpy.minimum(pos - a, b - 1 - pos)
                take = margin > best_margin[d][a:b]
                logps[d][pos[take]] = out[r, :b - a][take]
                best_margin[d][a:b] = numpy.maximum(best_margin[d][a:b], margin)
    ok = allowed_transitions()
    return [spans_from_tags(viterbi(lp, ok)) if len(lp) else set() for lp in logps]


def prf_table(docs, predicted) -> dict:
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for (_, tags), pred in zip(docs, predicted):
        gold = spans_from_tags(tags)
        for s in pred:
            n_pred[s[2]] += 1
        for s in gold:
            n_gold[s[2]] += 1
        for s in pred & gold:
            tp[s[2]] += 1

    def f(t, p, g):
        prec, rec = (t / p if p else 0.0), (t / g if g else 0.0)
        return {"p": round(100 * prec, 2), "r": round(100 * rec, 2),
                "f": round(200 * prec * rec / (prec + rec), 2) if prec + rec else 0.0}

    table = {lab: f(tp[lab], n_pred[lab], n_gold[lab]) for lab in LABELS}
    table["all"] = f(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return table


def pretrain(model, stream, device, seconds: float, seq: int, batch: int, lr: float, log) -> dict:
    import torch
    import torch.nn.functional as F

    n_vocab = model.emb.num_embeddings
    data = torch.from_numpy(stream).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.98), weight_decay=0.01)
    model.train()
    t0, step, losses = time.time(), 0, []
    while True:
        frac = (time.time() - t0) / seconds
        if frac >= 1:
            break
        scale = min(1.0, frac / 0.06) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * frac)))
        for g in opt.param_groups:
            g["lr"] = lr * scale
        starts = torch.randint(0, len(data) - seq, (batch,), device=device)
        ids = data[starts[:, None] + torch.arange(seq, device=device)]
        chosen = (torch.rand(ids.shape, device=device) < 0.15) & (ids != SEP)
        roll = torch.rand(ids.shape, device=device)
        inputs = torch.where(chosen & (roll < 0.8), torch.full_like(ids, MASK), ids)
        inputs = torch.where(chosen & (roll >= 0.8) & (roll < 0.9),
                             torch.randint(len(SPECIALS), n_vocab, ids.shape, device=device), inputs)
        with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            h = model.encode(inputs)[chosen]
            loss = F.cross_entropy(model.mlm_logits(h).float(), ids[chosen])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        losses.append(loss.item() if step % 50 == 0 else None)
        if step % 500 == 0:
            log(f"pretrain step {step} loss {losses[-1]:.3f} {time.time() - t0:.0f}s")
    done = [x for x in losses if x is not None]
    return {"steps": step, "seconds": round(time.time() - t0, 1), "chars_seen": step * batch * seq,
            "last_loss": round(done[-1], 3) if done else None}


def finetune(model, splits, device, seconds: float, epochs: int, max_len: int, lr: float,
             batch_tokens: int, log, seed: int = 0) -> dict:
    """Tagging with softmax cross-entropy; the dev split is scored after each epoch and the best
    weights are kept (dev only: MSRA test is read once, after)."""
    import copy

    import torch
    import torch.nn.functional as F

    rng = numpy.random.default_rng(seed)
    train = splits["train"]
    head = [p for n, p in model.named_parameters() if n.startswith("tagger")]
    body = [p for n, p in model.named_parameters() if not n.startswith("tagger")]
    opt = torch.optim.AdamW([{"params": body, "lr": lr}, {"params": head, "lr": lr * 5}], weight_decay=0.01)
    base = [g["lr"] for g in opt.param_groups]
    avg_len = numpy.mean([min(len(x), max_len) for x, _ in train])
    steps_per_epoch = int(len(train) * avg_len / batch_tokens) + 1
    total = steps_per_epoch * epochs
    t0, step, best, history = time.time(), 0, (-1.0, None, 0), []
    for epoch in range(epochs):
        order = rng.permutation(len(train))
        # batches of similar length: sort within chunks of the shuffled order
        chunks = [sorted(order[i:i + 2000], key=lambda j: len(train[j][0])) for i in range(0, len(order), 2000)]
        batches = []
        for chunk in chunks:
            cur, cur_max = [], 0
            for j in chunk:
                n = min(len(train[j][0]), max_len)
                if cur and max(cur_max, n) * (len(cur) + 1) > batch_tokens:
                    batches.append(cur)
                    cur, cur_max = [], 0
                cur.append(j)
                cur_max = max(cur_max, n)
            if cur:
                batches.append(cur)
        rng.shuffle(batches)
        model.train()
        for b in batches:
            if time.time() - t0 > seconds:
                break
            width = min(max_len, max(len(train[j][0]) for j in b))
            ids = torch.zeros((len(b), width), dtype=torch.long)
            tags = torch.full((len(b), width), -100, dtype=torch.long)
            for r, j in enumerate(b):
                x, y = train[j]
                a = int(rng.integers(0, len(x) - width + 1)) if len(x) > width else 0  # a random crop
                x, y = x[a:a + width], y[a:a + width]
                ids[r, :len(x)] = torch.from_numpy(x)
                tags[r, :len(y)] = torch.from_numpy(y)
            ids, tags = ids.to(device), tags.to(device)
            scale = min(1.0, step / max(1, 0.06 * total)) * max(0.0, 1 - step / total)
            for g, lr0 in zip(opt.param_groups, base):
                g["lr"] = lr0 * scale
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model.tag_logits(ids, tags != -100)
            loss = F.cross_entropy(logits.float().reshape(-1, len(TAGS)), tags.reshape(-1), ignore_index=-100)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
        dev = prf_table(splits["dev"], predict(model, splits["dev"], device, max_len))
        history.append({"epoch": epoch + 1, "step": step, "seconds": round(time.time() - t0, 1), "dev": dev["all"]["f"]})
        log(f"finetune epoch {epoch + 1} step {step} dev F {dev['all']['f']} {time.time() - t0:.0f}s")
        if dev["all"]["f"] > best[0]:
            best = (dev["all"]["f"], copy.deepcopy(model.state_dict()), epoch + 1)
        if time.time() - t0 > seconds:
            break
    model.load_state_dict(best[1])
    return {"steps": step, "seconds": round(time.time() - t0, 1), "best_epoch": best[2],
            "dev_f": best[0], "history": history}


def train(args) -> int:
    import torch

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    logf = open(out / "log.txt", "a")

    def log(msg):
        print(msg, flush=True)
        logf.write(msg + "\n")
        logf.flush()

    torch.manual_seed(args.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    torch.backends.cuda.matmul.allow_tf32 = True
    vocab, stream, splits = load(Path(args.data))
    shape = dict(n_vocab=len(vocab), width=args.width, depth=args.depth, heads=args.heads,
                 max_len=args.max_len, dropout=0.1)
    results = {"device": torch.cuda.get_device_name() if device.type == "cuda" else "cpu",
               "shape": shape, "pretrain_chars": int(len(stream)),
               # (not --out: a folder of the machine it ran on, and the results lie in it)
               "args": {k: v for k, v in vars(args).items() if k != "out"}}
    save_results = lambda: (out / "results.json").write_text(json.dumps(results, indent=1))  # noqa: E731
    runs = [("pretrained", args.pretrain_s, args.finetune_s), ("scratch", 0, args.scratch_s)]
    for name, pre_s, fine_s in runs:
        if fine_s <= 0:
            continue
        torch.manual_seed(args.seed)
        model = build_model(**shape).to(device)
        run = {}
        if pre_s > 0:
            run["pretrain"] = pretrain(model, stream, device, pre_s, min(args.max_len, 256),
                                       args.pretrain_batch, args.pretrain_lr, log)
            log(f"pretrain {run['pretrain']}")
        run["finetune"] = finetune(model, splits, device, fine_s, args.epochs, args.max_len,
                                   args.finetune_lr if pre_s > 0 else args.scratch_lr, args.batch_tokens, log)
        t0 = time.time()
        run["test"] = prf_table(splits["test"], predict(model, splits["test"], device, args.max_len))
        run["test_seconds"] = round(time.time() - t0, 1)
        log(f"{name}: test {run['test']}")
        results[name] = run
        save_results()
        if name == "pretrained":
            state = {k: v.to(torch.bfloat16) if v.is_floating_point() else v
                     for k, v in model.state_dict().items() if not k.startswith("mlm")}
            # files of at most ~10 MB: the GPU machine returns files under 16 MB only
            part, size, n = {}, 0, 0
            for k in sorted(state):
                part[k] = state[k]
                size += state[k].numel() * state[k].element_size()
                if size > 10e6:
                    torch.save(part, out / f"model_{n}.pt")
                    part, size, n = {}, 0, n + 1
            if part:
                torch.save(part, out / f"model_{n}.pt")
            (out / "shape.json").write_text(json.dumps(shape))
    save_results()
    return 0


def evaluate(args) -> int:
    """CPU score and speed of a saved fine-tuned model (one thread), on MSRA test."""
    import torch

    torch.set_num_threads(args.threads)
    out = Path(args.model)
    shape = json.loads((out / "shape.json").read_text())
    model = build_model(**shape)
    state = {k: v for f in sorted(out.glob("model_*.pt")) for k, v in torch.load(f, map_location="cpu").items()}
    missing = model.load_state_dict({k: v.float() for k, v in state.items()}, strict=False)
    assert all(k.startswith("mlm") for k in missing.missing_keys), missing
    _, _, splits = load(Path(args.data))
    docs = splits["test"]
    n_chars = sum(len(x) for x, _ in docs)
    t0 = time.perf_counter()
    table = prf_table(docs, predict(model, docs, torch.device("cpu"), shape["max_len"], batch_tokens=4096))
    secs = time.perf_counter() - t0
    params = sum(p.numel() for n, p in model.named_parameters() if not n.startswith("mlm"))
    print(json.dumps({"test": table, "chars_per_s": round(n_chars / secs), "threads": args.threads,
                      "params": params, "bf16_mb": round(2 * params / 1e6, 1)}, indent=1))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prep")
    p.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    p.add_argument("--corpus", default=str(REPO / "training" / "corpus" / "msra_raw"))
    p.add_argument("--out", default=str(REPO / "training" / "char_bert" / "data.npz.xz"))
    t = sub.add_parser("train")
    t.add_argument("data")
    t.add_argument("--out", required=True)
    t.add_argument("--width", type=int, default=384)
    t.add_argument("--depth", type=int, default=6)
    t.add_argument("--heads", type=int, default=6)
    t.add_argument("--max-len", type=int, default=256)
    t.add_argument("--pretrain-s", type=float, default=230)
    t.add_argument("--pretrain-batch", type=int, default=256)
    t.add_argument("--pretrain-lr", type=float, default=7e-4)
    t.add_argument("--finetune-s", type=float, default=130)
    t.add_argument("--finetune-lr", type=float, default=1.5e-4)
    t.add_argument("--scratch-s", type=float, default=100)
    t.add_argument("--scratch-lr", type=float, default=5e-4)
    t.add_argument("--epochs", type=int, default=6)
    t.add_argument("--batch-tokens", type=int, default=4096)
    t.add_argument("--seed", type=int, default=0)
    e = sub.add_parser("eval")
    e.add_argument("data")
    e.add_argument("model")
    e.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    return {"prep": prep, "train": train, "eval": evaluate}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())

"""Should the default pipeline tokenise into pkuseg words or into characters?

Evidence, for spaCy's char segmenter and for the shipped pkuseg model:
1. entity boundaries that fall inside a token (an entity starting or ending mid-token cannot
   be a token span without splitting that token), on the MSRA NER test set (char-per-line BIO)
   and on the seed gold (`spans`, char offsets);
2. entity P/R/F of our rule pipeline on the seed gold with each tokenizer (`pipeline.evaluate`),
   and whether its entities (as character spans) are identical on the MSRA test text;
3. chars/s of the rule pipeline with each tokenizer.
(The shipped statistical ner reads characters, so the question only arises for the rules.)

    python benchmarks/tokenisation_choice.py [--shared ../shared] [--model DIR]

Prints a markdown table and the recommendation that follows from the numbers.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import srsly

REPO = Path(__file__).resolve().parent.parent


def read_bio(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, label)]) per sentence of a char<TAB>TAG BIO file."""
    sentences, chars, tags = [], [], []

    def flush():
        if chars:
            sentences.append(("".join(chars), bio_spans(tags)))
        chars.clear()
        tags.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            char, _, tag = line.rpartition("\t")
            chars.append(char)
            tags.append(tag)
    flush()
    return sentences


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        inside = tag.startswith("I-") and label == tag[2:]
        if start is not None and not inside:
            spans.append((start, i, label))
            start = label = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return spans


def token_bounds(doc) -> tuple[set, set]:
    """Char offsets that are token boundaries, and offsets strictly inside a token."""
    bounds, inside = set(), set()
    for t in doc:
        bounds.update((t.idx, t.idx + len(t.text)))
        inside.update(range(t.idx + 1, t.idx + len(t.text)))
    return bounds, inside


def boundary_stats(tokenize, items) -> dict:
    """How many entity boundaries (start or end) fall inside a token."""
    n_ents = n_bounds = bad_bounds = bad_ents = 0
    for text, spans in items:
        _, inside = token_bounds(tokenize(text))
        for start, end, _ in spans:
            crossing = (start in inside) + (end in inside)
            n_ents += 1
            n_bounds += 2
            bad_bounds += crossing
            bad_ents += crossing > 0
    return {"entities": n_ents, "boundaries": n_bounds, "bad_boundaries": bad_bounds, "bad_entities": bad_ents}


def ent_spans(docs) -> list[set]:
    return [{(e.start_char, e.end_char, e.label_) for e in doc.ents} for doc in docs]


def timed_pipe(nlp, texts) -> tuple[list, float]:
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=256))
    return docs, sum(map(len, texts)) / (time.perf_counter() - start)


def measure(name, nlp, msra, gold) -> dict:
    from pipeline.evaluate import evaluate

    tokenize = nlp.tokenizer
    row = {"name": name}
    row["msra"] = boundary_stats(tokenize, msra)
    row["seed"] = boundary_stats(
        tokenize, [(r["text"], [(s["start"], s["end"], s["label"]) for s in r.get("spans", [])]) for r in gold]
    )
    row["seed_scores"] = evaluate(nlp, gold)["entities"]["overall"]
    docs, row["chars_per_s"] = timed_pipe(nlp, [text for text, _ in msra])
    row["msra_ents"] = ent_spans(docs)
    return row


def pct(a: int, b: int) -> str:
    return f"{a:,} ({100 * a / b:.1f}%)" if b else "0"


def table(rows: list[dict]) -> str:
    base = rows[0]["msra_ents"]
    lines = [
        "| tokenizer | MSRA test: entities with a boundary inside a token | seed gold: entities with a boundary inside a token | seed entity P | R | F | MSRA docs with entities identical to chars | pipeline chars/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        same = sum(a == b for a, b in zip(base, r["msra_ents"]))
        s = r["seed_scores"]
        lines.append(
            f"| {r['name']} | {pct(r['msra']['bad_entities'], r['msra']['entities'])} | "
            f"{pct(r['seed']['bad_entities'], r['seed']['entities'])} | "
            f"{s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | {pct(same, len(base))} | {r['chars_per_s']:,.0f} |"
        )
    return "\n".join(lines)


def recommend(rows: list[dict]) -> str:
    """The choice that follows from the measurements: words must earn their place by entity F
    (or speed); their cost is entity boundaries that no longer fall between tokens."""
    chars, words = rows
    f_gain = words["seed_scores"]["f"] - chars["seed_scores"]["f"]
    speed = words["chars_per_s"] / chars["chars_per_s"]
    crossing = words["msra"]["bad_entities"] / max(words["msra"]["entities"], 1)
    if f_gain > 0.005:
        verdict = "switch the default to pkuseg words: entity F improves"
    elif crossing > 0.01 or speed < 0.8:
        verdict = (
            "keep characters as the default, and offer pkuseg words as an option "
            "(configs/default_pkuseg.cfg): words bring no entity F, and they put entity "
            "boundaries inside tokens"
        )
    else:
        verdict = "either works; keep characters (no model to load) unless word tokens are wanted"
    return (
        f"Recommendation: {verdict}. Measured: entity F with pkuseg {words['seed_scores']['f']:.3f} "
        f"vs {chars['seed_scores']['f']:.3f} with characters (change {f_gain:+.3f}); "
        f"{100 * crossing:.1f}% of MSRA test entities start or end inside a pkuseg word "
        "(a word-level NER trained on DocBin exports could not represent them without splitting "
        f"tokens); full-pipeline speed with pkuseg is {speed:.2f}x that with characters."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--model", type=Path, help="pkuseg model dir (default: the shipped one)")
    args = parser.parse_args()

    import pipeline
    from pipeline.segmentation.tokenizer import make_pkuseg_tokenizer

    msra = read_bio(args.shared / "data" / "msra_ner" / "msra_test_bio.txt")
    gold = list(srsly.read_jsonl(args.shared / "gold" / "seed.gold.jsonl"))

    # the rule components: the shipped ner was trained on characters and is left out here
    from pipeline.language import RULES_ONLY_EXCLUDE

    nlp = pipeline.load(exclude=RULES_ONLY_EXCLUDE)
    rows = [measure("spaCy char segmenter (default)", nlp, msra, gold)]
    nlp.tokenizer = make_pkuseg_tokenizer(nlp.vocab, args.model)
    rows.append(measure("pkuseg, shipped model", nlp, msra, gold))
    print(table(rows))
    print(f"\nMachine load while measuring (1-min load average / CPUs): {os.getloadavg()[0]:.1f} / {os.cpu_count()}")
    print()
    print(recommend(rows))


if __name__ == "__main__":
    main()

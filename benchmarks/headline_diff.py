"""What a change does on in-domain text that has no gold: the default pipeline's entities and
claims on the seed's paragraphs and the 36,000 THUCNews society/politics headlines (ids 5 and 6,
from ../shared/data), dumped at two revisions and diffed, so that every changed headline can be
read by hand.

    python benchmarks/headline_diff.py dump OUT.jsonl [N]     (the first N texts, default all)
    python benchmarks/headline_diff.py diff OLD.jsonl NEW.jsonl [--only entities|claims|attributes]

Run `dump` once per revision: for an older one, check it out beside this tree and put its
package first on the path (`git worktree add ../old REV`, then
`PYTHONPATH=../old python benchmarks/headline_diff.py dump old.jsonl`). `diff` prints one line per
changed headline (- removed, + added spans) and a count by label.
"""
from __future__ import annotations

import sys
from collections import Counter

import srsly

from _text import base_lines


def _text_of(value) -> str | None:
    return value.get("text") if isinstance(value, dict) else value


def dump(out: str, n: int | None) -> None:
    from pipeline import load

    texts = [t for t in base_lines() if t][:n]  # n=None: all
    nlp = load()
    records = []
    for doc in nlp.pipe(texts, batch_size=256):
        records.append({
            "text": doc.text,
            "entities": [[e.start_char, e.end_char, e.label_, e.text] for e in doc.ents],
            "claims": [[c.start_char, c.end_char, c.label_, c.text, c._.value, c._.unit] for c in doc.spans["claims"]],
            # a claim's context attributes, one readable string per claim (label ATTR in the diff)
            "attributes": [[c.start_char, c.end_char, "ATTR", c.text + " " + " ".join(
                f"{k}={_text_of(getattr(c._, k))}" for k in ("metric", "subject", "period", "change"))]
                for c in doc.spans["claims"]],
        })
    srsly.write_jsonl(out, records)
    print(f"{out}: {len(records)} headlines")


def diff(old: str, new: str, only: str | None) -> None:
    kinds = [only] if only else ["entities", "claims", "attributes"]
    changed, counts = 0, Counter()
    for a, b in zip(srsly.read_jsonl(old), srsly.read_jsonl(new)):
        if a["text"] != b["text"]:
            raise SystemExit("the two dumps hold different headlines: dump both with the same N")
        lines = []
        for kind in kinds:
            x, y = {tuple(s) for s in a.get(kind, ())}, {tuple(s) for s in b.get(kind, ())}
            if x != y:
                gone = [f"{s[3]}/{s[2]}" for s in sorted(x - y)]
                came = [f"{s[3]}/{s[2]}" for s in sorted(y - x)]
                counts.update(f"-{s[2]}" for s in x - y)
                counts.update(f"+{s[2]}" for s in y - x)
                lines.append(f"{kind}: - {gone} + {came}")
        if lines:
            changed += 1
            print(f"{a['text'][:40]} | " + " | ".join(lines))
    print(f"\n{changed} headlines changed; spans by label: {dict(counts.most_common())}")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["dump"] and len(argv) >= 2:
        dump(argv[1], int(argv[2]) if len(argv) > 2 else None)
    elif argv[:1] == ["diff"] and len(argv) >= 3:
        only = argv[argv.index("--only") + 1] if "--only" in argv else None
        diff(argv[1], argv[2], only)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

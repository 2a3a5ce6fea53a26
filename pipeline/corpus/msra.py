"""MSRA NER (SIGHAN 2006) in its character-per-line BIO form: `char<TAB>tag`, blank line
between sentences; tags O, B-/I-PER, LOC, ORG. Yields text and character-offset spans."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .builders import open_text

# MSRA's labels in ours (ORG may be refined to POLICE_UNIT by the police-unit grammar)
LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}


def read_bio(path: Path) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """(text, [(start, end, MSRA label)]) per sentence."""
    chars: list[str] = []
    tags: list[str] = []

    def flush():
        spans, start, label = [], None, None
        for i, tag in enumerate(tags + ["O"]):
            if start is not None and not tag.startswith("I-"):
                spans.append((start, i, label))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, label = i, tag[2:]
        return "".join(chars), spans

    with open_text(path) as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    yield flush()
                chars, tags = [], []
                continue
            char, _, tag = line.partition("\t")
            chars.append(char or " ")
            tags.append(tag.strip() or "O")
    if chars:
        yield flush()


def items(path: Path, mapper, dev_percent: int = 0, want: str = "all"):
    """`Item`s of an MSRA file with labels mapped by `mapper(label, text)`.

    `want` picks a deterministic split of the sentences: "train", "dev" (dev_percent %) or
    "all"; the dev split is carved from MSRA train so that MSRA test stays untouched.
    """
    from ..spans import CharSpan
    from .builders import Item

    for i, (text, spans) in enumerate(read_bio(path)):
        if want != "all":
            from .builders import holdout

            is_dev = holdout(str(i), dev_percent, salt="msra")
            if is_dev != (want == "dev"):
                continue
        mapped = []
        for start, end, label in spans:
            ours = mapper(label, text[start:end])
            if ours is not None:
                mapped.append(CharSpan(start, end, ours))
        yield Item(text, mapped, {"source": "msra", "sentence": i})

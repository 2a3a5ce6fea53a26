"""People's Daily 1998 (PKU POS-tagged release) → pkuseg training text.

Input lines look like
    19980101-01-001-006/m  在/p  ...  [中央/n  人民/n  广播/vn  电台/n]nt  、/w  ...
Output: one paragraph per line, words separated by single spaces, no ID, no tags. The words
inside `[ ]nt` compounds stay separate words: the SIGHAN PKU standard segments the parts of an
organisation name, not the whole name.

Width mixing: the 1998 text writes digits, Latin letters and number punctuation full-width
(`１２．５％`), while most text today (police news, and even the SIGHAN PKU test: `55.6亿`) writes
them half-width. pkuseg maps both digit forms to one feature, but a half-width `.` or `%` or
letter is a character it never saw, so `55.6亿` falls apart at the `.`. The `*_mixed.txt` files
rewrite every other paragraph that has such characters in half-width (same words, same
boundaries), so the model learns both forms.

The dev split is every `dev_every`-th paragraph (by position in the file), so it is the same on
every run and spread evenly over the month rather than being the last few days.
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator, Optional

import srsly

# `[` opens a compound on its first word; `]TAG` closes it on its last word.
TOKEN_RE = re.compile(r"^\[?(?P<word>.+)/(?P<tag>[A-Za-z]+)(?:\][A-Za-z]+)?$")
ID_RE = re.compile(r"^\d{8}-\d{2}-\d{3}-\d{3}/m$")

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PEOPLES_DAILY = SHARED / "data" / "peoples_daily_1998" / "199801.utf8.txt.gz"
SIGHAN = SHARED / "data" / "sighan2005_icwb2"
PKU_TEST_GOLD = SIGHAN / "pku_test_gold.utf8"


def parse_token(token: str) -> str:
    """The word of one `word/TAG` token, without compound brackets."""
    match = TOKEN_RE.match(token)
    if match is None:
        raise ValueError(f"not a word/TAG token: {token!r}")
    return match.group("word")


def parse_line(line: str) -> list[str]:
    """The words of one corpus paragraph (ID token dropped); [] for an empty line."""
    tokens = line.split()
    if tokens and ID_RE.match(tokens[0]):
        tokens = tokens[1:]
    return [parse_token(t) for t in tokens]


def read_paragraphs(path: Path) -> Iterator[list[str]]:
    """Word lists of the non-empty paragraphs of a (gzipped) People's Daily file."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            words = parse_line(line)
            if words:
                yield words


def read_gold(path: Path) -> list[list[str]]:
    """Word lists of a SIGHAN gold file (CRLF, double-space separated)."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line.rstrip("\r\n") for line in f]
    return [line.split() for line in lines if line.strip()]


# full-width forms that today's text usually writes half-width; Chinese punctuation (，：（）)
# stays full-width in practice and is left alone
HALF_WIDTH = str.maketrans(
    "０１２３４５６７８９．％／"
    + "".join(chr(c) for c in range(ord("Ａ"), ord("Ｚ") + 1))
    + "".join(chr(c) for c in range(ord("ａ"), ord("ｚ") + 1)),
    "0123456789.%/"
    + "".join(chr(c) for c in range(ord("A"), ord("Z") + 1))
    + "".join(chr(c) for c in range(ord("a"), ord("z") + 1)),
)


def to_half_width(words: list[str]) -> list[str]:
    return [w.translate(HALF_WIDTH) for w in words]


def mix_widths(paragraphs: Iterable[list[str]], every: int = 2) -> list[list[str]]:
    """Every `every`-th paragraph that has convertible characters, rewritten half-width."""
    out, seen = [], 0
    for words in paragraphs:
        half = to_half_width(words)
        if half != words:
            seen += 1
            if seen % every == 0:
                out.append(half)
                continue
        out.append(words)
    return out


def split_dev(paragraphs: Iterable[list[str]], dev_every: int) -> tuple[list, list]:
    """(train, dev): paragraph i goes to dev when (i + 1) % dev_every == 0."""
    train, dev = [], []
    for i, words in enumerate(paragraphs):
        (dev if (i + 1) % dev_every == 0 else train).append(words)
    return train, dev


@dataclass
class Overlap:
    """Test sentences found in the training text."""

    exact: list[str] = field(default_factory=list)  # a training paragraph equals a test line
    contained: list[str] = field(default_factory=list)  # a long test line inside a paragraph


def find_overlap(
    train: list[list[str]], test: list[list[str]], min_contained: int = 10
) -> Overlap:
    """Test lines that equal a training paragraph, or (when at least `min_contained` chars
    long) occur inside one. Compared as raw text, so segmentation differences do not hide a
    copy. Short lines (“（完）”, a date) are only counted when they are a whole paragraph."""
    texts = ["".join(words) for words in train]
    text_set = set(texts)
    overlap = Overlap()
    haystack = "\n".join(texts)
    for words in test:
        line = "".join(words)
        if line in text_set:
            overlap.exact.append(line)
        elif len(line) >= min_contained and line in haystack:
            overlap.contained.append(line)
    return overlap


def remove_overlap(train: list[list[str]], overlap: Overlap) -> list[list[str]]:
    """Training paragraphs that neither equal nor contain an overlapping test line."""
    exact = set(overlap.exact)
    contained = overlap.contained
    return [
        words
        for words in train
        if (text := "".join(words)) not in exact and not any(c in text for c in contained)
    ]


def write_lines(paragraphs: Iterable[list[str]], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for words in paragraphs:
            f.write(" ".join(words) + "\n")
            n += 1
    return n


def build(
    out_dir: Path,
    source: Path = PEOPLES_DAILY,
    test_gold: Optional[Path] = PKU_TEST_GOLD,
    dev_every: int = 20,
    limit: int = 0,
) -> dict:
    """Write train.txt, dev.txt and all.txt (train + dev), their width-mixed variants
    (*_mixed.txt) and corpus_stats.json with the counts and the test-overlap report.
    `limit` keeps only the first paragraphs (the project's quick workflow)."""
    paragraphs = list(islice(read_paragraphs(source), limit or None))
    train, dev = split_dev(paragraphs, dev_every)
    stats = {"source": str(source), "dev_every": dev_every, "paragraphs": len(paragraphs)}
    if test_gold is not None and Path(test_gold).is_file():
        test = read_gold(test_gold)
        overlap = find_overlap(paragraphs, test)
        stats["test_lines"] = len(test)
        stats["overlap_exact"] = len(overlap.exact)
        stats["overlap_contained"] = len(overlap.contained)
        stats["overlap_examples"] = (overlap.exact + overlap.contained)[:20]
        before = len(train), len(dev)
        train, dev = remove_overlap(train, overlap), remove_overlap(dev, overlap)
        stats["removed_train"] = before[0] - len(train)
        stats["removed_dev"] = before[1] - len(dev)
    out_dir = Path(out_dir)
    stats["train_lines"] = write_lines(train, out_dir / "train.txt")
    stats["dev_lines"] = write_lines(dev, out_dir / "dev.txt")
    stats["all_lines"] = write_lines(train + dev, out_dir / "all.txt")
    for name, part in (("train", train), ("dev", dev), ("all", train + dev)):
        mixed = mix_widths(part)
        stats[f"{name}_mixed_converted"] = sum(a != b for a, b in zip(mixed, part))
        write_lines(mixed, out_dir / f"{name}_mixed.txt")
    stats["train_words"] = sum(map(len, train))
    stats["dev_words"] = sum(map(len, dev))
    srsly.write_json(out_dir / "corpus_stats.json", stats)
    return stats

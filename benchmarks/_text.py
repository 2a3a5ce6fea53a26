"""Benchmark text built from files on disk: the seed article and THUCNews society/politics
headlines (ids 5 and 6), repeated to the size asked for. Nothing is downloaded."""
from __future__ import annotations

import gzip
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "000_efa50a0d0752f671.txt"
THUCNEWS = SHARED / "data" / "thucnews_titles" / "train.txt.gz"
IN_DOMAIN_CLASSES = {"5", "6"}  # society, politics


def base_lines() -> list[str]:
    lines = [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if THUCNEWS.is_file():
        with gzip.open(THUCNEWS, "rt", encoding="utf-8") as fh:
            for row in fh:
                text, _, label = row.rstrip("\n").rpartition("\t")
                if label in IN_DOMAIN_CLASSES and text:
                    lines.append(text)
    return lines


def lines_of_size(n_bytes: int) -> list[str]:
    """Lines whose UTF-8 size adds up to at least n_bytes (the base repeated as needed)."""
    base, out, size = base_lines(), [], 0
    while size < n_bytes:
        for line in base:
            out.append(line)
            size += len(line.encode("utf-8")) + 1
            if size >= n_bytes:
                break
    return out

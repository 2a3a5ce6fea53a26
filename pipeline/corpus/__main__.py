"""Build the NER training corpora: `python -m pipeline.corpus SOURCE... [-o training/corpus]`.

Sources: msra, peoples_daily, cluener, silver, review (needs --review FILE or FOLDER), product
(links the product mix under product/{train,dev}/, the review corpus --review-weight times when it
is built), all.
Writes SOURCE/{train,dev[,test]}.spacy under the output folder and a per-source report
(documents, entities per label, entities dropped by policy, entities lost) to report.json.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import srsly

from .builders import LabelMapper, Report, blank_nlp, build_split, identity_mapper

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SOURCES = ("msra", "peoples_daily", "cluener", "silver", "review", "product")
# the product model's mix (our labels): spaCy's corpus reader takes a folder of .spacy files
PRODUCT = {"train": ("msra", "peoples_daily", "cluener", "silver"), "dev": ("msra", "peoples_daily", "cluener")}
# held-out share (%) for sources without an official dev set: 4% of MSRA train is ~1,750
# sentences, 5% of People's Daily articles ~1,100 paragraphs: enough for a stable dev F
DEV_PERCENT = {"msra": 4, "peoples_daily": 5}
# users' corrected records are few beside the public corpora (2,800 paragraphs against ~88,000
# documents) and are the only ones in the product's own genre: the product mix links them this
# many times (the shipped model's recipe, pipeline/resources/ner/README.md)
REVIEW_WEIGHT = 3
# a folder of review files may name the files kept out of training (sets held back to score models)
HELD_OUT_LIST = "held_out.txt"


def build_msra(nlp, data: Path, out: Path, dev_percent: int) -> dict:
    from . import msra

    train, test = data / "msra_ner" / "msra_train_bio.txt.gz", data / "msra_ner" / "msra_test_bio.txt"
    reports = {}
    ours = LabelMapper(msra.LABELS)
    # our labels (product training) and MSRA's own labels (the benchmark, scored as published)
    for name, mapper in (("msra", ours), ("msra_raw", identity_mapper(msra.LABELS))):
        for split, path, want in (("train", train, "train"), ("dev", train, "dev"), ("test", test, "all")):
            rep = build_split(nlp, msra.items(path, mapper, dev_percent, want), out / name / f"{split}.spacy")
            reports[f"{name}/{split}"] = rep.as_dict()
    return reports


def build_peoples_daily(nlp, data: Path, out: Path, dev_percent: int) -> dict:
    from . import peoples_daily

    path = data / "peoples_daily_1998" / "199801.utf8.txt.gz"
    mapper = LabelMapper(peoples_daily.LABELS)
    reports = {}
    for split in ("train", "dev"):
        report = Report()
        items = peoples_daily.items(path, mapper, dev_percent, split, report)
        rep = build_split(nlp, items, out / "peoples_daily" / f"{split}.spacy")
        rep.dropped.update(report.dropped)
        reports[f"peoples_daily/{split}"] = rep.as_dict()
    return reports


def build_cluener(nlp, data: Path, out: Path) -> dict:
    from . import cluener

    mapper = LabelMapper(cluener.LABELS)
    places = cluener.place_finder()
    reports = {}
    for split, fname in (("train", "train.json"), ("dev", "dev.json")):
        report = Report()
        items = cluener.items(data / "cluener2020" / fname, mapper, places, report)
        rep = build_split(nlp, items, out / "cluener" / f"{split}.spacy")
        rep.dropped.update(report.dropped)
        reports[f"cluener/{split}"] = rep.as_dict()
    return reports


def build_silver(nlp, data: Path, out: Path, limit: int = 0) -> dict:
    from . import silver

    rep = build_split(nlp, silver.thucnews_items(data / "thucnews_titles", limit=limit), out / "silver" / "train.spacy")
    return {"silver/train": rep.as_dict()}


def _link(link: Path, target: Path) -> None:
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(target)


def link_product(out: Path, review_weight: int = REVIEW_WEIGHT) -> dict:
    """training/corpus/product/{train,dev}/SOURCE.spacy as links to the built files, and the
    review corpus (review/train.spacy, when built) linked `review_weight` times into train."""
    for split, sources in PRODUCT.items():
        folder = out / "product" / split
        folder.mkdir(parents=True, exist_ok=True)
        for source in sources:
            target = out / source / f"{split}.spacy"
            if not target.is_file():
                raise SystemExit(f"product: build {source} first ({target} is missing)")
            _link(folder / f"{source}.spacy", Path("..") / ".." / source / f"{split}.spacy")
    train = out / "product" / "train"
    for old in train.glob("review_*.spacy"):
        old.unlink()
    review = out / "review" / "train.spacy"
    copies = review_weight if review.is_file() else 0
    for i in range(1, copies + 1):
        _link(train / f"review_{i}.spacy", Path("..") / ".." / "review" / "train.spacy")
    return {"product/train": {"review_copies": copies}}


def held_out_names(folder: Path) -> set[str]:
    """The file names a folder's held_out.txt names (one per line, # comments); none without one."""
    held = folder / HELD_OUT_LIST
    if not held.is_file():
        return set()
    return {line.split("#")[0].strip() for line in held.read_text(encoding="utf8").splitlines()} - {""}


def review_files(paths: list[Path]) -> list[Path]:
    """The review JSONL files named: files as given, a folder's *.jsonl except those its
    held_out.txt names (one file name per line, # comments)."""
    files: list[Path] = []
    for path in paths:
        if not path.is_dir():
            if not path.is_file():
                raise SystemExit(f"review: {path} does not exist")
            files.append(path)
            continue
        held_out = held_out_names(path)
        missing = sorted(n for n in held_out if not (path / n).is_file())
        if missing:
            raise SystemExit(f"{path / HELD_OUT_LIST}: names files that are not in {path}: {', '.join(missing)}")
        files += [f for f in sorted(path.glob("*.jsonl")) if f.name not in held_out]
    return files


def build_review(nlp, paths: list[Path], out: Path) -> dict:
    from . import silver

    report = Report()
    items = silver.review_items(paths, nlp, report)
    rep = build_split(nlp, items, out / "review" / "train.spacy")
    rep.dropped.update(report.dropped)
    return {"review/train": rep.as_dict()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.corpus", description=__doc__.splitlines()[0])
    ap.add_argument("sources", nargs="+", choices=(*SOURCES, "all"))
    ap.add_argument("-o", "--out", type=Path, default=REPO / "training" / "corpus")
    ap.add_argument("--data", type=Path, default=SHARED / "data", help="the shared data folder")
    ap.add_argument("--dev-percent", type=int, default=None,
                    help=f"held-out share for sources without a dev set (default {DEV_PERCENT})")
    ap.add_argument("--silver-limit", type=int, default=0, help="at most this many headlines (0: all)")
    ap.add_argument("--review", type=Path, nargs="*", default=[],
                    help=f"corrected review JSONL files, or folders of them (less those a folder's {HELD_OUT_LIST} names)")
    ap.add_argument("--review-weight", type=int, default=REVIEW_WEIGHT,
                    help="how many times the product mix links the review corpus (default %(default)s)")
    args = ap.parse_args(argv)
    sources = SOURCES if "all" in args.sources else args.sources
    nlp = blank_nlp()
    report_path = args.out / "report.json"
    reports = srsly.read_json(report_path) if report_path.is_file() else {}
    for source in sources:
        t0 = time.time()
        dev_percent = args.dev_percent if args.dev_percent is not None else DEV_PERCENT.get(source, 5)
        if source == "msra":
            new = build_msra(nlp, args.data, args.out, dev_percent)
        elif source == "peoples_daily":
            new = build_peoples_daily(nlp, args.data, args.out, dev_percent)
        elif source == "cluener":
            new = build_cluener(nlp, args.data, args.out)
        elif source == "silver":
            new = build_silver(nlp, args.data, args.out, args.silver_limit)
        elif source == "product":
            new = link_product(args.out, args.review_weight)
        else:
            if not args.review:
                print("review: no --review files given, skipped", file=sys.stderr)
                continue
            new = build_review(nlp, review_files(args.review), args.out)
        for key, rep in new.items():
            print(f"{key}: {srsly.json_dumps(rep)}", file=sys.stderr)
        print(f"{source}: {time.time() - t0:.0f}s", file=sys.stderr)
        reports.update(new)
    args.out.mkdir(parents=True, exist_ok=True)
    srsly.write_json(report_path, reports)
    lost = sum(r.get("entities_lost", 0) for r in reports.values())
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())

"""Command line: argument parsing, progress and exit codes; the work is in the library.

    python -m pipeline annotate INPUT... -o OUTDIR [--model PATH] [--batch-size N] [--n-process N]
    python -m pipeline evaluate GOLD.jsonl [--model PATH] [--json OUT]
    python -m pipeline convert IN -o OUT [--from FORMAT] [--to FORMAT]
    python -m pipeline review IN -o page.html [--from FORMAT]
    python -m pipeline corpus SOURCE... [-o DIR] [--data DIR]   (= python -m pipeline.corpus)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

# documents per nlp.pipe batch (annotate, evaluate, Dask tasks). The ner, spaCy's parser,
# predicts in length-sorted sub-batches of a quarter of it: 256 ran the default pipeline 1.05-1.46x
# as fast as 64 in four runs on headlines and paragraphs, 1,024 not consistently faster
# (`benchmarks/throughput.py`)
DEFAULT_BATCH_SIZE = 256

EXIT_OK, EXIT_REJECTS, EXIT_USAGE = 0, 1, 2


def positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    ann = sub.add_parser("annotate", help="annotate documents into review JSONL and a .spacy DocBin")
    ann.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt (a document per non-empty line), .jsonl (a 'text' per record), a directory, or - for stdin")
    ann.add_argument("-o", "--output", required=True, type=Path, metavar="OUTDIR")
    ann.add_argument("--model", default=None, help="a saved pipeline or installed package (default: the shipped pipeline)")
    ann.add_argument("--rules-only", action="store_true", help="leave the statistical ner out (rules alone: faster, no PERSON without cue words)")
    ann.add_argument("--batch-size", type=positive_int, default=DEFAULT_BATCH_SIZE)
    ann.add_argument("--n-process", type=positive_int, default=1)
    ann.add_argument("--dask", default=None, metavar="SCHEDULER", help="run on Dask: a scheduler address, or 'local' for a LocalCluster")
    ann.add_argument("--dask-workers", type=positive_int, default=2, help="workers of a local cluster (default 2)")
    ann.add_argument("--partition-size", type=positive_int, default=256, help="documents per Dask task")

    ev = sub.add_parser("evaluate", help="score the pipeline against gold review JSONL")
    ev.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    ev.add_argument("--model", default=None)
    ev.add_argument("--rules-only", action="store_true", help="score the rules without the statistical ner")
    ev.add_argument("--json", type=Path, default=None, metavar="OUT", help="also write the scores (and errors) as JSON")

    formats = ["review", "spacy", "doccano", "label-studio"]
    conv = sub.add_parser("convert", help="convert between review JSONL, .spacy, doccano and Label Studio")
    conv.add_argument("input", type=Path, metavar="IN")
    conv.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    conv.add_argument("--from", dest="src_format", choices=formats, default=None, help="default: from the file name / content")
    conv.add_argument("--to", dest="dst_format", choices=formats, default=None, help="default: from the file name")

    rev = sub.add_parser("review", help="a self-contained HTML page to read annotated documents")
    rev.add_argument("input", type=Path, metavar="IN")
    rev.add_argument("-o", "--output", required=True, type=Path, metavar="PAGE.html")
    rev.add_argument("--from", dest="src_format", choices=formats, default=None)

    # Listed here for --help; main() hands its arguments to pipeline.corpus unparsed, so the
    # corpus builders keep one argument parser (and `corpus --help` shows theirs).
    sub.add_parser("corpus", help="build the NER training corpora (.spacy) from the public datasets (python -m pipeline corpus --help)")
    return parser


def excluded(args) -> tuple:
    from .language import RULES_ONLY_EXCLUDE

    return RULES_ONLY_EXCLUDE if args.rules_only else ()


def cmd_annotate(args) -> int:
    from . import load
    from .annotate import annotate, stderr_progress

    if args.dask:
        from .distributed import annotate_dask

        result = annotate_dask(
            args.model, args.inputs, args.output, scheduler=args.dask, partition_size=args.partition_size,
            batch_size=args.batch_size, n_workers=args.dask_workers, on_reject=report_reject, progress=stderr_progress(),
            exclude=excluded(args),
        )
    else:
        result = annotate(
            load(args.model, exclude=excluded(args)), args.inputs, args.output, batch_size=args.batch_size, n_process=args.n_process,
            on_reject=report_reject, progress=stderr_progress(),
        )
    if result.stats.skipped:
        print(f"skipped {len(result.stats.skipped)} file(s) that are neither .txt nor .jsonl", file=sys.stderr)
    print(
        f"annotated {result.documents} document(s) -> {result.outputs['jsonl']}, {result.outputs['docbin']}; "
        f"{len(result.rejects)} rejected -> {result.outputs['rejects']}",
        file=sys.stderr,
    )
    return EXIT_REJECTS if result.rejects else EXIT_OK


def cmd_evaluate(args) -> int:
    import srsly

    from . import load
    from .evaluate import evaluate, format_report
    from .io.atomic import atomic_open
    from .io.review import read_jsonl

    try:
        gold = read_jsonl(args.gold)
    except (OSError, ValueError) as err:
        print(f"error: cannot read gold file {args.gold}: {err}", file=sys.stderr)
        return EXIT_USAGE
    scores = evaluate(load(args.model, exclude=excluded(args)), gold)
    print(format_report(scores))
    if args.json:
        with atomic_open(args.json) as fh:
            fh.write(srsly.json_dumps(scores, indent=2) + "\n")
    return EXIT_OK


def report_reject(reject) -> None:
    print(f"rejected: {reject.message()}", file=sys.stderr)


def cmd_convert(args) -> int:
    from .io.convert import FormatError, convert

    try:
        result = convert(args.input, args.output, args.src_format, args.dst_format, on_reject=report_reject)
    except FormatError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"converted {result.written} of {result.read} record(s) -> {args.output}; "
        f"{len(result.rejects)} rejected -> {result.rejects_path}",
        file=sys.stderr,
    )
    return EXIT_REJECTS if result.rejects else EXIT_OK


def cmd_review(args) -> int:
    from .io.atomic import atomic_open
    from .io.convert import FormatError, read_records
    from .io.html import review_page

    rejects: list = []
    try:
        records = list(read_records(args.input, args.src_format, rejects=rejects, on_reject=report_reject))
    except FormatError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    with atomic_open(args.output) as fh:
        fh.write(review_page(records, title=str(args.input)))
    print(f"wrote {len(records)} document(s) to {args.output}; {len(rejects)} rejected", file=sys.stderr)
    return EXIT_REJECTS if rejects else EXIT_OK


COMMANDS = {"annotate": cmd_annotate, "evaluate": cmd_evaluate, "convert": cmd_convert, "review": cmd_review}


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["corpus"]:
        from .corpus.__main__ import main as corpus_main

        return corpus_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted: no partial output was written", file=sys.stderr)
        return 130

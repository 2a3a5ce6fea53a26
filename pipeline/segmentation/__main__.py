"""CLI: python -m pipeline.segmentation {corpus,train,prune} ... (see --help)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import srsly


def cmd_corpus(args) -> None:
    from .corpus import PKU_TEST_GOLD, PEOPLES_DAILY, build

    stats = build(
        Path(args.out),
        source=Path(args.source) if args.source else PEOPLES_DAILY,
        test_gold=Path(args.test_gold) if args.test_gold else PKU_TEST_GOLD,
        dev_every=args.dev_every,
        limit=args.limit,
    )
    print(srsly.json_dumps(stats, indent=2))


def cmd_train(args) -> None:
    from .train import train

    summary = train(
        Path(args.train), Path(args.dev), Path(args.out), args.iterations,
        init_model=Path(args.init_model) if args.init_model else None, seed=args.seed,
    )
    print(srsly.json_dumps({k: v for k, v in summary.items() if k != "scores"}, indent=2))


def cmd_prune(args) -> None:
    from .train import assemble, prune

    model_dir = Path(args.model)
    if args.iteration is not None:
        # a training run dir: its features + the weights of pass N, as a loadable model dir
        model_dir = assemble(model_dir, args.iteration, model_dir / f"model-iter-{args.iteration:02d}")
    stats = prune(model_dir, Path(args.out), threshold=args.threshold, float16=not args.float64)
    if args.dev:
        from .score import score_model_on_gold

        # scored as shipped: without spacy_pkuseg's default-dictionary post-processing
        stats["dev_before"] = score_model_on_gold(model_dir, Path(args.dev), user_dict=None)
        stats["dev_after"] = score_model_on_gold(Path(args.out), Path(args.dev), user_dict=None)
    if args.report:
        srsly.write_json(args.report, stats)
    print(srsly.json_dumps(stats, indent=2))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.segmentation")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("corpus", help="People's Daily 1998 → pkuseg train/dev text")
    p.add_argument("--out", required=True, help="output folder (e.g. training/segmentation)")
    p.add_argument("--source", help="199801.utf8.txt.gz (default: ../shared/data/...)")
    p.add_argument("--test-gold", help="SIGHAN PKU gold file for the overlap check")
    p.add_argument("--dev-every", type=int, default=20)
    p.add_argument("--limit", type=int, default=0, help="only the first N paragraphs (0: all)")
    p.set_defaults(func=cmd_corpus)

    p = sub.add_parser("train", help="train with spacy_pkuseg.train, checkpoint every pass")
    p.add_argument("--train", required=True)
    p.add_argument("--dev", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--iterations", type=int, default=20)
    p.add_argument("--init-model")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("prune", help="drop small features and the bigram list; float16 weights")
    p.add_argument("--model", required=True, help="a model dir, or a train run dir with --iteration")
    p.add_argument("--iteration", type=int, help="take weights from <model>/iter-NN")
    p.add_argument("--out", required=True)
    p.add_argument("--threshold", type=float, default=0.0)
    p.add_argument("--float64", action="store_true", help="keep full-precision weights")
    p.add_argument("--dev", help="gold file (space-separated words) to score before/after")
    p.add_argument("--report", help="also write the stats to this JSON file")
    p.set_defaults(func=cmd_prune)

    args = parser.parse_args(argv)
    args.func(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

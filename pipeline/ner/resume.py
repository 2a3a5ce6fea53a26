"""Write a training config that continues training a saved `ner` pipeline.

    python -m pipeline.ner.resume MODEL_DIR OUT.cfg

The config is MODEL_DIR's own config.cfg with the `ner` component sourced from MODEL_DIR
(`[components.ner] source = ...`), so `spacy train OUT.cfg` starts from the trained weights
instead of a fresh initialisation; `[initialize.after_init]` (e.g. pipeline.CopyTok2Vec.v1)
is dropped because there is nothing left to initialise. Training settings are unchanged;
the optimiser's state and the batch-size schedule start again. This is how the shipped `ner`
and the MSRA benchmark model were trained in legs (see pipeline/resources/ner/README.md).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from spacy.util import load_config


def resume_config(model: Path):
    config = load_config(Path(model) / "config.cfg")
    config["components"]["ner"] = {"source": str(model)}
    config["initialize"]["after_init"] = None
    return config


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="a saved pipeline with a `ner` (e.g. training/models/msra/model-best)")
    parser.add_argument("out", type=Path, help="the config to write")
    args = parser.parse_args(argv)
    if not (args.model / "config.cfg").is_file():
        parser.error(f"{args.model}: no config.cfg (not a saved pipeline)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    resume_config(args.model).to_disk(args.out)
    print(f"wrote {args.out} (ner sourced from {args.model})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

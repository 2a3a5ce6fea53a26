"""Install a trained `ner` pipeline as the shipped model (pipeline/resources/ner/).

    python -m pipeline.tools.ship_ner training/models/product_N/model-best

Replaces everything in pipeline/resources/ner/ except its model card (README.md), after
checking that the source loads, has a `ner` with our four labels, and fits the 25 MB budget
of issue #6. The default pipeline sources its `ner` from that folder (configs/default.cfg).
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

BUDGET_MB = 25.0
TARGET = Path(__file__).resolve().parent.parent / "resources" / "ner"
KEEP = {"README.md"}


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def check(source: Path) -> None:
    import spacy

    from pipeline.io.review import ENTITY_LABELS
    from pipeline.language import register_components

    register_components()
    nlp = spacy.load(source)
    if "ner" not in nlp.pipe_names:
        raise SystemExit(f"{source}: no `ner` component")
    labels = set(nlp.get_pipe("ner").labels)
    if labels != set(ENTITY_LABELS):
        raise SystemExit(f"{source}: ner labels {sorted(labels)}, expected {sorted(ENTITY_LABELS)}")
    if size_mb(source) > BUDGET_MB:
        raise SystemExit(f"{source}: {size_mb(source):.1f} MB is over the {BUDGET_MB:g} MB budget")


def ship(source: Path, target: Path = TARGET) -> None:
    check(source)
    target.mkdir(parents=True, exist_ok=True)
    for item in target.iterdir():
        if item.name not in KEEP:
            shutil.rmtree(item) if item.is_dir() else item.unlink()
    for item in source.iterdir():
        if item.name in KEEP:
            continue
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, target / item.name)
    name_shipped_components(target / "config.cfg")
    print(f"shipped {source} -> {target} ({size_mb(target):.1f} MB)", file=sys.stderr)


def name_shipped_components(config_path: Path) -> None:
    """What a model trained with older or spaCy's own settings gets on shipping, in one read and
    one write of its config: pipeline.NumpyBlas.v1 before creation, so `spacy.load` of the shipped
    folder alone also runs on numpy's BLAS (see pipeline/ner/ops.py), for models trained before
    configs/ner_cpu.cfg named it; and `greedy_ner` for a `ner` trained with `factory = "ner"`: the
    same component and weights, decoded in numpy batches (pipeline/ner/greedy.py; the same
    entities, faster)."""
    from spacy.util import load_config

    config = load_config(config_path)
    changed = False
    if config["nlp"].get("before_creation") is None:
        config["nlp"]["before_creation"] = {"@callbacks": "pipeline.NumpyBlas.v1"}
        changed = True
    if config["components"].get("ner", {}).get("factory") == "ner":
        config["components"]["ner"]["factory"] = "greedy_ner"
        changed = True
    if changed:
        config.to_disk(config_path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a saved pipeline with a trained `ner` (model-best)")
    args = parser.parse_args(argv)
    ship(args.source)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

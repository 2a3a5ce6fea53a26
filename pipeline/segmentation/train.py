"""Training a pkuseg model through `spacy_pkuseg.train`, and pruning it for shipping.

`spacy_pkuseg.train` evaluates on its test file after every pass but saves the weights only
once, at the end. To choose the number of passes by dev F1 we wrap the trainer's per-pass
evaluation so that it also writes the weights of that pass to `<out>/iter-NN/` and appends the
dev scores to `<out>/dev_scores.jsonl`. Nothing else of the training procedure is changed.

Pruning (`prune`) keeps what inference needs and drops the rest:
- features whose weights are all below `threshold` in absolute value (for every tag) are
  removed and the remaining features re-indexed in their original order;
- the `bigram` list is emptied: it is only read when building training features, never by
  the segmenter (`spacy_pkuseg.feature_extractor.__get_node_features_idx` looks features up
  in `feature_to_idx` directly);
- weights are rounded to float16 precision and stored compressed (`np.savez_compressed`, which
  `numpy.load` reads transparently). They stay float64 in the file because pkuseg's Cython
  decoder only accepts float64 arrays; the rounding zeroes the low mantissa bits, which is what
  makes them compress.
"""
from __future__ import annotations

import random
import shutil
import time
from pathlib import Path
from typing import Optional

import numpy as np
import srsly

FEATURES = "features.msgpack"
WEIGHTS = "weights.npz"
SCORES = "dev_scores.jsonl"


def checkpoint_dir(out_dir: Path, iteration: int) -> Path:
    return Path(out_dir) / f"iter-{iteration:02d}"


def _install_checkpointing(out_dir: Path) -> None:
    """Make every per-pass evaluation also save that pass's weights and scores."""
    from spacy_pkuseg import trainer as pk_trainer

    original_test = pk_trainer.Trainer.test
    if getattr(original_test, "_checkpointing", False):
        original_test = original_test.__wrapped__
    started = time.time()

    def test_and_checkpoint(self, testset, iteration):
        scores = original_test(self, testset, iteration)
        ckpt = checkpoint_dir(out_dir, iteration + 1)
        ckpt.mkdir(parents=True, exist_ok=True)
        self.model.save(str(ckpt))
        # score_list is [f, p, r] in percent (spacy_pkuseg.scorer.getFscore)
        record = {"iteration": iteration + 1, "f": scores[0], "elapsed_s": time.time() - started}
        if len(scores) >= 3:
            record.update({"p": scores[1], "r": scores[2]})
        srsly.write_jsonl(Path(out_dir) / SCORES, [record], append=True, append_new_line=False)
        return scores

    test_and_checkpoint._checkpointing = True
    test_and_checkpoint.__wrapped__ = original_test
    pk_trainer.Trainer.test = test_and_checkpoint


def train(
    train_file: Path,
    dev_file: Path,
    out_dir: Path,
    iterations: int,
    init_model: Optional[Path] = None,
    seed: int = 0,
) -> dict:
    """Train with spacy_pkuseg.train; every pass is checkpointed under out_dir/iter-NN.

    spacy_pkuseg shuffles the training sentences with the `random` module every pass; seeding
    it makes a rebuild repeat the same run.

    Returns a summary (also written to out_dir/train_summary.json) with the pass of best dev F1.
    """
    import spacy_pkuseg

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / SCORES).unlink(missing_ok=True)
    _install_checkpointing(out_dir)
    random.seed(seed)
    np.random.seed(seed)
    started = time.time()
    spacy_pkuseg.train(
        str(train_file),
        str(dev_file),
        str(out_dir),
        train_iter=iterations,
        init_model=str(init_model) if init_model else None,
    )
    summary = {
        "train_file": str(train_file),
        "dev_file": str(dev_file),
        "iterations": iterations,
        "train_time_s": round(time.time() - started, 1),
        "scores": list(srsly.read_jsonl(out_dir / SCORES)),
    }
    summary["best"] = max(summary["scores"], key=lambda r: r["f"])
    srsly.write_json(out_dir / "train_summary.json", summary)
    return summary


def assemble(run_dir: Path, iteration: int, dest: Path) -> Path:
    """A loadable model directory from a run's features and one pass's weights."""
    run_dir, dest = Path(run_dir), Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(run_dir / FEATURES, dest / FEATURES)
    shutil.copyfile(checkpoint_dir(run_dir, iteration) / WEIGHTS, dest / WEIGHTS)
    return dest


def load_weights(model_dir: Path) -> tuple[int, int, np.ndarray]:
    npz = np.load(Path(model_dir) / WEIGHTS)
    n_tag, n_feature = (int(x) for x in npz["sizes"])
    return n_tag, n_feature, np.asarray(npz["w"], dtype=np.float64)


def prune(
    model_dir: Path, dest: Path, threshold: float = 0.0, float16: bool = True
) -> dict:
    """Write a pruned copy of a pkuseg model directory to `dest`; returns size stats."""
    model_dir, dest = Path(model_dir), Path(dest)
    data = srsly.read_msgpack(model_dir / FEATURES)
    n_tag, n_feature, w = load_weights(model_dir)
    node = w[: n_feature * n_tag].reshape(n_feature, n_tag)
    edge = w[n_feature * n_tag :]

    keep = np.abs(node).max(axis=1) > threshold
    keep[0] = True  # feature 0 is the bias ("$$"): the decoder adds index 0 to every node
    by_index = sorted(data["feature_to_idx"].items(), key=lambda kv: kv[1])
    kept_names = [name for name, idx in by_index if keep[idx]]
    new_node = node[keep]
    new_w = np.concatenate([new_node.reshape(-1), edge])
    if float16:
        new_w = new_w.astype(np.float16).astype(np.float64)

    dest.mkdir(parents=True, exist_ok=True)
    features = {
        "unigram": data["unigram"],
        "bigram": [],
        "feature_to_idx": {name: i for i, name in enumerate(kept_names)},
        "tag_to_idx": data["tag_to_idx"],
    }
    srsly.write_msgpack(dest / FEATURES, features)
    np.savez_compressed(dest / WEIGHTS, sizes=np.array([n_tag, len(kept_names)]), w=new_w)
    stats = {
        "threshold": threshold,
        "float16": float16,
        "features_before": n_feature,
        "features_after": len(kept_names),
        "bytes_before": dir_size(model_dir),
        "bytes_after": dir_size(dest),
    }
    return stats


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())

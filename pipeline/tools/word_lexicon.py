"""Copy jieba's dictionary to a project path: the `word_lexicon` the ner configs name.

    python -m pipeline.tools.word_lexicon --out training/lexicons/jieba_dict.txt

The file is read once when a model is initialised (pipeline.ner.lexicon.read_word_classes) and
its words are then saved in the model, so a trained pipeline needs neither the file nor jieba.
"""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from ..ner.lexicon import MAX_WORD_LEN, jieba_dictionary, read_word_classes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(args.out.suffix + ".tmp")
    shutil.copyfile(jieba_dictionary(), tmp)
    counts = {kind: len(words) for kind, words in read_word_classes(str(tmp)).items()}
    tmp.replace(args.out)  # atomic: a half-copied dictionary never has the final name
    print(f"{args.out}: words of 2-{MAX_WORD_LEN} characters by class {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

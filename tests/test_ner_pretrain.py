"""benchmarks/ner_pretrain.py: masked-character pretraining of the ner's tok2vec, whose weights
`spacy train` then loads through [initialize] init_tok2vec (configs/ner_cpu.cfg's [pretraining]
section names the layer)."""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy
import spacy
from spacy.util import load_config

from test_ner_config import CPU_CFG, REPO, TINY, write_docs

sys.path.insert(0, str(REPO / "benchmarks"))
import ner_pretrain  # noqa: E402


def test_mask_changes_only_the_picked_characters():
    text = "温州市公安局鹿城区分局南浦派出所民警在辖区巡逻" * 3
    alphabet = list("甲乙丙")
    masked, picked = ner_pretrain.mask(text, random.Random(0), alphabet, 0.3)
    assert len(masked) == len(text) and picked
    assert all(masked[i] == text[i] for i in range(len(text)) if i not in picked)
    assert all(masked[i] in (ner_pretrain.MASK, text[i], *alphabet) for i in picked)
    assert sum(masked[i] == ner_pretrain.MASK for i in picked) > len(picked) / 2  # 80% become the mask
    # a text too short for the rate still gets one position to predict
    assert len(ner_pretrain.mask("温州", random.Random(1), alphabet, 0.01)[1]) == 1


def test_sentences_are_cut_and_held_out_text_is_left_out(tmp_path):
    from spacy.tokens import Doc, DocBin

    held = "这是测试集里的一句话共有十五个以上的字符呢"
    db = DocBin()
    db.add(Doc(spacy.blank("zh").vocab, words=list(held), spaces=[False] * len(held)))
    db.to_disk(tmp_path / "test.spacy")
    (tmp_path / "raw.txt").write_text(f"前面的话。{held}。后面还有一句话！\n" + "长" * 400 + "\n", encoding="utf8")
    found = ner_pretrain.sentences(tmp_path, [tmp_path / "test.spacy"], text_file=tmp_path / "raw.txt")
    assert "前面的话。" in found and "后面还有一句话！" in found
    assert not any(held[:15] in s for s in found)  # shares a 15-character window with the test file
    assert all(len(s) <= ner_pretrain.MAX_CHARS for s in found) and sum(s.count("长") for s in found) == 400


def test_pretrained_weights_load_into_spacy_train(tmp_path):
    """A few pretraining steps on a tiny config write the ner's tok2vec; `spacy train` with
    --paths.init_tok2vec starts from exactly those weights."""
    write_docs(tmp_path / "train.spacy", 20)
    write_docs(tmp_path / "dev.spacy", 4)
    (tmp_path / "raw.txt").write_text("温州市公安局鹿城区分局南浦派出所民警在辖区巡逻。\n近5年来全市共抓获各类电诈犯罪嫌疑人3.9万余人。\n"
                                      * 20, encoding="utf8")
    tiny = [f"--{k}={'null' if v is None else v}" for k, v in TINY.items()] + [f"--paths.train={tmp_path / 'train.spacy'}",
                                                      f"--paths.dev={tmp_path / 'dev.spacy'}"]
    proc = subprocess.run([sys.executable, "benchmarks/ner_pretrain.py", str(CPU_CFG), "--out", str(tmp_path / "t2v.bin"),
                           "--text", str(tmp_path / "raw.txt"), "--exclude", "--max-steps", "3", "--batch-chars", "200",
                           "--classes", "50", "--head-width", "16", *tiny],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "3 steps" in proc.stderr
    overrides = {k: v for k, v in TINY.items() if not k.startswith("training.")}
    overrides.update({"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy"),
                      "paths.init_tok2vec": str(tmp_path / "t2v.bin")})
    from spacy.training.initialize import init_nlp

    nlp = init_nlp(load_config(CPU_CFG, overrides=overrides, interpolate=False))
    got = nlp.get_pipe("ner").model.get_ref("tok2vec")
    params = lambda m: [n.get_param(name) for n in m.walk() for name in n.param_names if n.has_param(name)]
    ref = got.from_bytes((tmp_path / "t2v.bin").read_bytes())  # (a copy of what init_nlp should have loaded)
    del overrides["paths.init_tok2vec"]
    scratch = init_nlp(load_config(CPU_CFG, overrides=overrides, interpolate=False)).get_pipe("ner").model.get_ref("tok2vec")
    loaded = params(init_nlp(load_config(CPU_CFG, overrides={**overrides, "paths.init_tok2vec": str(tmp_path / "t2v.bin")},
                                         interpolate=False)).get_pipe("ner").model.get_ref("tok2vec"))
    assert all(numpy.array_equal(a, b) for a, b in zip(loaded, params(ref)))
    assert not all(numpy.array_equal(a, b) for a, b in zip(loaded, params(scratch)))

"""End to end: `python -m pipeline annotate` on the seed and on every kind of bad input."""
import subprocess
import sys

import pytest
import srsly
from spacy.tokens import DocBin

from conftest import REPO, SEED
from pipeline.annotate import annotate
from pipeline.io.review import doc_to_record


def run(*args, stdin=None, cwd=REPO):
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        cwd=cwd, input=stdin, capture_output=True, timeout=300,
    )


def non_empty_lines(path):
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed")
    proc = run("annotate", SEED.relative_to(REPO), "-o", out)
    return proc, out


def test_seed_end_to_end(seed_run, nlp):
    proc, out = seed_run
    assert proc.returncode == 0, proc.stderr.decode()
    records = list(srsly.read_jsonl(out / "annotated.jsonl"))
    lines = non_empty_lines(SEED)
    assert len(records) == len(lines) == 41
    for i, (rec, line) in enumerate(zip(records, lines)):
        assert rec["text"] == line
        assert rec["meta"] == {"source": "seeds/000_efa50a0d0752f671.txt", "paragraph": i}
    docs = list(DocBin().from_disk(out / "annotated.spacy").get_docs(nlp.vocab))
    assert [doc_to_record(d) for d in docs] == records  # the two outputs agree, meta included
    assert (out / "rejects.jsonl").read_text() == ""
    assert sum(len(r["spans"]) for r in records) > 30 and sum(len(r["claims"]) for r in records) > 20
    # quiet progress: stderr is a pipe here, so no bar, just the summary line
    assert "it/s" not in proc.stderr.decode() and "doc/s" not in proc.stderr.decode()


def test_deterministic_across_runs(seed_run, tmp_path):
    _, first = seed_run
    proc = run("annotate", SEED.relative_to(REPO), "-o", tmp_path)
    assert proc.returncode == 0
    assert (tmp_path / "annotated.jsonl").read_bytes() == (first / "annotated.jsonl").read_bytes()
    assert (tmp_path / "annotated.spacy").read_bytes() == (first / "annotated.spacy").read_bytes()


def test_bad_inputs_are_rejected_and_the_rest_written(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("温州公安破获案件12起。\n\n杭州警方抓获3人。\n", encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("第一行\n".encode("utf-8") + "caf\xe9\n".encode("latin-1") + "第三行抓获5人\n".encode("utf-8"))
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(
        '{"text": "多行\\n文本：宁波市公安局抓获8人", "meta": {"id": 7}}\n'
        "not json\n"
        '{"title": "no text"}\n'
        '{"text": 42}\n'
        "[1, 2]\n"
        '{"text": "最后一条"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = run("annotate", good, tmp_path / "missing.txt", latin, jsonl, "-o", out)
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in err
    assert f"{latin}:2: not valid UTF-8" in err
    assert f"{jsonl}:2: not valid JSON" in err
    assert f"{jsonl}:3: record has no string 'text'" in err
    assert f"{jsonl}:4: record has no string 'text'" in err
    assert f"{jsonl}:5: a JSON line must be an object" in err
    records = list(srsly.read_jsonl(out / "annotated.jsonl"))
    assert [r["text"] for r in records] == [
        "温州公安破获案件12起。", "杭州警方抓获3人。", "第一行", "第三行抓获5人", "多行\n文本：宁波市公安局抓获8人", "最后一条",
    ]
    assert records[1]["meta"]["paragraph"] == 1 and records[3]["meta"]["paragraph"] == 2
    assert records[4]["meta"] == {"id": 7}  # meta kept; text kept verbatim with its newline
    assert records[5]["meta"] == {"source": str(jsonl), "line": 6}
    rejects = list(srsly.read_jsonl(out / "rejects.jsonl"))
    assert [(r["source"], r["line"]) for r in rejects] == [
        (str(tmp_path / "missing.txt"), None), (str(latin), 2), (str(jsonl), 2), (str(jsonl), 3), (str(jsonl), 4), (str(jsonl), 5),
    ]
    assert all(r["reason"] for r in rejects) and rejects[2]["raw"] == "not json"
    assert len(DocBin().from_disk(out / "annotated.spacy")) == len(records)


def test_directories_recursive_sorted_and_stdin(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("乙\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run("annotate", tmp_path, "-", "-o", out, "--batch-size", "1", stdin="丙\n\n丁\n".encode())
    assert proc.returncode == 0, proc.stderr.decode()
    records = list(srsly.read_jsonl(out / "annotated.jsonl"))
    assert [(r["text"], r["meta"]["source"]) for r in records] == [
        ("甲", str(tmp_path / "a.txt")), ("乙", str(tmp_path / "b" / "2.txt")), ("丙", "-"), ("丁", "-"),
    ]
    assert "skipped 1 file" in proc.stderr.decode()


def test_usage_errors_exit_2(tmp_path):
    assert run("annotate", SEED, "-o", tmp_path, "--batch-size", "0").returncode == 2
    assert run("annotate", SEED).returncode == 2


def test_interrupted_run_leaves_no_partial_output(nlp, tmp_path):
    """An exception mid-run (as Ctrl-C would be) leaves no half-written output file."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "annotated.jsonl").write_text("previous complete run\n", encoding="utf-8")

    def failing_progress(docs):
        for i, item in enumerate(docs):
            if i == 5:
                raise KeyboardInterrupt
            yield item

    with pytest.raises(KeyboardInterrupt):
        annotate(nlp, [str(SEED)], out, progress=failing_progress)
    assert (out / "annotated.jsonl").read_text(encoding="utf-8") == "previous complete run\n"
    assert not (out / "annotated.spacy").exists()
    assert [p.name for p in out.iterdir()] == ["annotated.jsonl"]  # no temporary files left


def test_rules_only_flag_leaves_the_statistical_ner_out(tmp_path):
    doc = tmp_path / "names.txt"
    doc.write_text("王建国和刘晓明昨天在温州市公安局鹿城区分局门口遇见了李华。\n", encoding="utf-8")
    sources = {}
    for flag in ([], ["--rules-only"]):
        out = tmp_path / ("rules" if flag else "default")
        proc = run("annotate", doc, "-o", out, *flag)
        assert proc.returncode == 0, proc.stderr.decode()
        (record,) = srsly.read_jsonl(out / "annotated.jsonl")
        sources[bool(flag)] = {s["source"] for s in record["spans"]}
    assert "ner" in sources[False] and "police_units" in sources[False]
    assert sources[True] == {"police_units"}

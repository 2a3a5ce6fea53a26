"""Word segmentation scoring, SIGHAN bakeoff definition.

A predicted word is correct when both its boundaries match a gold word, i.e. when its
(start, end) character span equals a gold word's span. P = correct / predicted words,
R = correct / gold words, F = 2PR / (P + R), micro-averaged over the file. Whitespace is not
part of any word, so spans are counted over the non-space characters of a line.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence


def spans(words: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) character offsets of the words, whitespace removed."""
    out, pos = [], 0
    for word in words:
        word = "".join(word.split())
        if not word:
            continue
        out.append((pos, pos + len(word)))
        pos += len(word)
    return out


def count_line(gold: Sequence[str], pred: Sequence[str]) -> tuple[int, int, int]:
    """(correct, n_gold, n_pred) for one line; the two must cover the same characters."""
    g_text, p_text = "".join("".join(gold).split()), "".join("".join(pred).split())
    if g_text != p_text:
        raise ValueError(f"prediction changes the text: {g_text[:40]!r} vs {p_text[:40]!r}")
    g, p = spans(gold), spans(pred)
    return len(set(g) & set(p)), len(g), len(p)


def prf(correct: int, n_gold: int, n_pred: int) -> dict:
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "correct": correct, "gold": n_gold, "pred": n_pred}


def _file_spans(lines: Iterable[Sequence[str]]) -> tuple[list[tuple[int, int]], list[str], str]:
    """Word spans over the whole file's character stream, the words, and the stream."""
    all_spans, all_words, texts, offset = [], [], [], 0
    for words in lines:
        words = [w for w in ("".join(w.split()) for w in words) if w]
        line_spans = spans(words)
        all_spans.extend((s + offset, e + offset) for s, e in line_spans)
        all_words.extend(words)
        texts.append("".join(words))
        offset += len(texts[-1])
    return all_spans, all_words, "".join(texts)


def score(
    gold_lines: Iterable[Sequence[str]],
    pred_lines: Iterable[Sequence[str]],
    vocab: Optional[set] = None,
) -> dict:
    """Micro P/R/F over a whole file; with a training `vocab`, also the recall of OOV gold words.

    Spans are counted over the file's character stream, not line by line: a few MSR gold lines
    are broken at a different place than the raw input (a quote moved to the previous line),
    and the official scorer aligns the whole file too. The two sides must hold the same text.
    """
    g_spans, g_words, g_text = _file_spans(gold_lines)
    p_spans, _, p_text = _file_spans(pred_lines)
    if g_text != p_text:
        at = next((i for i, (a, b) in enumerate(zip(g_text, p_text)) if a != b), min(len(g_text), len(p_text)))
        raise ValueError(f"prediction changes the text at char {at}: {g_text[at:at + 20]!r} vs {p_text[at:at + 20]!r}")
    pred_set = set(p_spans)
    correct = sum(span in pred_set for span in g_spans)
    result = prf(correct, len(g_spans), len(p_spans))
    if vocab is not None:
        oov = [span for word, span in zip(g_words, g_spans) if word not in vocab]
        result["oov_recall"] = sum(span in pred_set for span in oov) / len(oov) if oov else 0.0
        result["oov_gold"] = len(oov)
    return result


def read_segmented(path: Path) -> list[list[str]]:
    """Word lists of a segmented file (any whitespace between words, CRLF or LF); blank
    lines are skipped, as the bakeoff scorer does."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line.rstrip("\r\n") for line in f]
    return [line.split() for line in lines if line.strip()]


def read_raw(path: Path) -> list[str]:
    """Raw (unsegmented) lines, CRLF stripped, blank lines skipped."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line.rstrip("\r\n") for line in f]
    return [line for line in lines if line.strip()]


def score_segmenter(cut: Callable[[str], Sequence[str]], gold: list[list[str]], **kw) -> dict:
    """Score `cut` on the raw text of gold lines (words joined with nothing)."""
    return score(gold, (cut("".join(words)) for words in gold), **kw)


def score_model_on_gold(model_dir: Path, gold_path: Path, user_dict: Optional[str] = "default") -> dict:
    """F/P/R of a pkuseg model directory on a segmented file (e.g. the dev split)."""
    import spacy_pkuseg

    seg = spacy_pkuseg.pkuseg(str(model_dir), user_dict=user_dict)
    return score_segmenter(seg.cut, read_segmented(gold_path))

"""A faster `_cut` for spacy_pkuseg models: same features, same weights, same Viterbi.

spacy_pkuseg builds about 80 feature strings per character and looks each one up in a dict:
8 character n-grams, 20 substring look-ups in the word list and 50 "word before × word after"
pairs, most of them the placeholder pair `**noWord*…`. FastCut computes exactly those features
with their multiplicities (`__get_node_features_idx` in spacy_pkuseg's feature_extractor.pyx)
in one of two ways, and the output is the same segmentation (checked for both on the whole PKU
and MSR bakeoff tests in tests/test_segmentation.py; only the order of the floating-point
additions differs):

- batches (`cut_many`, and any text of `BATCH_MIN_CHARS` or more): the feature strings are
  parsed once into integer tables (node id → feature, node pair → feature, word → feature, word
  pair → feature) and the whole batch, joined, is featurised with numpy: every substring of
  2–6 characters looked up at once, placeholder pairs counted, node scores summed by bincount.
  6.4× the speed of the per-character loop on the bakeoff tests in batches of 256 lines (9.4×
  spacy_pkuseg's own extraction; `benchmarks/segmentation.py`), but each call costs a fixed
  0.7 ms of numpy calls and the tables take 0.8 s and ~30 MB to build;
- short single texts (the rule grammars segment candidate names of a few characters): a
  per-character loop where every substring is looked up once per position instead of four
  times and placeholder pairs are counted instead of built.

Use `install(seg)` on a `spacy_pkuseg.pkuseg` object (spaCy's `nlp.tokenizer.pkuseg_seg`);
`pkuseg.cut` then calls this `_cut`, so user dictionaries and post-processing work as before.
"""
from __future__ import annotations

import functools
import re
from array import array
from bisect import bisect_left
from collections import OrderedDict
from typing import Sequence

import numpy
from numpy.lib.stride_tricks import sliding_window_view
from spacy_pkuseg import inference as _inf
from spacy_pkuseg.config import config as _config
from spacy_pkuseg.feature_extractor import FeatureExtractor

NO_WORD = "**noWord"
# below this many characters a call takes the per-character loop: where the two paths cost the
# same per call here (about 1 ms at 100–130 characters; `benchmarks/segmentation.py`)
BATCH_MIN_CHARS = 128
# the batch path's tables take about 0.8 s to build, what the per-character loop needs for this
# many characters: a process builds them once batch-sized calls would pass that much on the loop
# (one long document at once), so a small job never pays more than twice the least it could
# (the ski-rental rule)
TABLES_AFTER_CHARS = 40_000
# a batch is featurised in chunks of about this many characters (~100 bytes of arrays each)
BATCH_MAX_CHARS = 1 << 16
# character templates: name → offset of the character node i reads
_UNI = {"c": 0, "c-1": -1, "c1": 1, "c-2": -2, "c2": 2}
# pair templates: name → offset of the first node of the pair node i reads
_BI = {"c-1c": -1, "cc1": 0, "c-2c-1": -2}
# node ids fit two bytes of 1..255 each: a word's byte key never holds a NUL (numpy's "S"
# dtype pads with NULs, which is how keys of 2–6 nodes share one 12-byte array); id 0 means
# "not a node of the model"
_MAX_NODES = 255 * 255 - 1


class FastCut:
    def __init__(self, seg):
        fe = seg.feature_extractor
        model = seg.model
        self.f2i = fe.feature_to_idx
        self.unigram = fe.unigram
        self.idx_to_tag = seg.idx_to_tag
        self.word_max, self.word_min = _config.wordMax, _config.wordMin
        self.word_feature = _config.wordFeature
        self.n_len = self.word_max - self.word_min + 1  # word slots per side of a pair feature
        n_tag, n_feat = model.n_tag, model.n_feature
        w = numpy.asarray(model.w, dtype=numpy.float64)
        self.node_w = w[: n_feat * n_tag].reshape(n_feat, n_tag)
        # getLogYY starts edges at one and adds the transition weights: edge[s_pre, s]
        self.edge = numpy.ones((n_tag, n_tag)) + w[n_feat * n_tag :].reshape(n_tag, n_tag).T
        self.begin_tags = numpy.array(["B" in self.idx_to_tag[t] for t in range(n_tag)])
        # normalisation as FeatureExtractor.normalize_text: keyword characters renamed first,
        # then digits/numerals → **Num and full-width letters → **Letter (when numLetterNorm)
        self.rename = FeatureExtractor.keywords_translate_table
        self.norm = {}
        if _config.numLetterNorm:
            self.norm.update({c: "**Num" for c in FeatureExtractor.num})
            self.norm.update({c: "**Letter" for c in FeatureExtractor.letter if c not in FeatureExtractor.num})
        # the 25 pairs where both sides are the placeholder, and the placeholder with one word
        self.pair_ll = self.f2i.get(f"ww.l.{NO_WORD}*{NO_WORD}")
        self.pair_rr = self.f2i.get(f"ww.r.{NO_WORD}*{NO_WORD}")
        self._char_cache: dict[str, tuple] = {}
        self._batch_tables = None  # built once TABLES_AFTER_CHARS have been segmented
        self._short_chars = 0

    # ---- short texts: a per-character loop -------------------------------------------------

    def _char_features(self, c: str) -> tuple:
        """Ids of the features one character gives as c, c-1, c1, c-2 and c2 (None: unknown).
        Cached per character: the set of characters is small, pairs are not cached."""
        found = self._char_cache.get(c)
        if found is None:
            get = self.f2i.get
            found = (get("c." + c), get("c-1." + c), get("c1." + c), get("c-2." + c), get("c2." + c))
            self._char_cache[c] = found
        return found

    def features(self, nodes: list[str]) -> tuple[list[int], list[int]]:
        """Feature ids of every node, flattened, and where each node's ids start."""
        get = self.f2i.get
        unigram = self.unigram
        n = len(nodes)
        lengths = range(self.word_max, self.word_min - 1, -1)
        n_len = len(lengths)
        # starts[s] = words (in the word list) starting at s, longest first, as pkuseg orders them
        starts: list[list[str]] = [[] for _ in range(n + 1)]
        ends: list[list[str]] = [[] for _ in range(n + 1)]  # ends[e]: words ending before e
        if self.word_feature:
            for s in range(n):
                for l in lengths:
                    if s + l <= n:
                        word = "".join(nodes[s : s + l])
                        if word in unigram:
                            starts[s].append(word)
                            ends[s + l].append(word)
            for e in range(n + 1):  # pkuseg lists prefixes by length, longest first
                if len(ends[e]) > 1:
                    ends[e].sort(key=len, reverse=True)
        ids: list[int] = []
        offsets: list[int] = []
        append, extend = ids.append, ids.extend
        # the eight character n-gram features of every position, as columns (None: unknown
        # feature or outside the text); a pair (j, j+1) gives c-1c at j+1, cc1 at j, c-2c-1 at j+2
        uni = [self._char_features(c) for c in nodes]
        pairs = [nodes[j] + "." + nodes[j + 1] for j in range(n - 1)]
        columns = (
            [u[0] for u in uni],                                         # c
            [None] + [u[1] for u in uni[:-1]],                           # c-1
            [u[2] for u in uni[1:]] + [None],                            # c1
            [None, None] + [u[3] for u in uni[:-2]],                     # c-2
            [u[4] for u in uni[2:]] + [None, None],                      # c2
            [None] + [get("c-1c." + p) for p in pairs],                  # c-1c
            [get("cc1." + p) for p in pairs] + [None],                   # cc1
            [None, None] + [get("c-2c-1." + p) for p in pairs[:-1]],     # c-2c-1
        )
        rows = list(zip(*(col[:n] for col in columns)))
        for i in range(n):
            offsets.append(len(ids))
            append(0)
            extend([f for f in rows[i] if f is not None])
            if not self.word_feature:
                continue
            pre_in = ends[i + 1]   # words ending at i (current char ends a word)
            post_in = starts[i]    # words starting at i
            pre_ex = ends[i]       # words ending at i - 1
            post_ex = starts[i + 1] if i + 1 < n else []  # words starting at i + 1
            for word in pre_in:
                f = get("w-1." + word)
                if f is not None:
                    append(f)
            for word in post_in:
                f = get("w1." + word)
                if f is not None:
                    append(f)
            self._pairs("ww.l.", pre_ex, post_in, n_len, get, append, extend, self.pair_ll)
            self._pairs("ww.r.", pre_in, post_ex, n_len, get, append, extend, self.pair_rr)
        return ids, offsets

    @staticmethod
    def _pairs(prefix, left, right, n_len, get, append, extend, both_none):
        """pkuseg's pair features for every left × right, where each side has n_len slots and
        the slots without a word hold the placeholder."""
        n_left_none = n_len - len(left)
        n_right_none = n_len - len(right)
        if both_none is not None and n_left_none and n_right_none:
            extend([both_none] * (n_left_none * n_right_none))
        for a in left:
            for b in right:
                f = get(prefix + a + "*" + b)
                if f is not None:
                    append(f)
            if n_right_none:
                f = get(prefix + a + "*" + NO_WORD)
                if f is not None:
                    extend([f] * n_right_none)
        if n_left_none:
            for b in right:
                f = get(prefix + NO_WORD + "*" + b)
                if f is not None:
                    extend([f] * n_left_none)

    def _tags_short(self, text: str) -> numpy.ndarray:
        norm = self.norm
        nodes = [norm.get(c, c) for c in text.translate(self.rename)]
        ids, offsets = self.features(nodes)
        node_score = numpy.add.reduceat(self.node_w[ids], offsets, axis=0)
        return _inf.run_viterbi(node_score, self.edge)[1]

    # ---- batches: integer tables and numpy ---------------------------------------------------

    def _tables(self) -> "_BatchTables":
        if self._batch_tables is None:
            self._batch_tables = _BatchTables(self)
        return self._batch_tables

    def _tags_batch(self, texts: Sequence[str]) -> list[numpy.ndarray]:
        lens = numpy.fromiter(map(len, texts), dtype=numpy.int64, count=len(texts))
        n = int(lens.sum())
        if not n:
            return [numpy.zeros(0, dtype=numpy.int32) for _ in texts]
        t = self._tables()
        ids = numpy.fromiter(map(t.node_ids.__getitem__, "".join(texts)), dtype=numpy.int64, count=n)
        doc = numpy.repeat(numpy.arange(len(texts)), lens)
        pos = numpy.arange(n)
        # near[o][i]: node i + o exists and is in node i's text
        near = {}
        for o in (-2, -1, 1, 2):
            src = numpy.clip(pos + o, 0, n - 1)
            near[o] = (doc[src] == doc) & (pos + o == src)
        near[0] = numpy.ones(n, dtype=bool)
        nodes, feats, counts = [], [], []  # score[nodes[k]] += counts[k] × node_w[feats[k]]

        def add(at, f, count=None):
            nodes.append(at)
            feats.append(f)
            counts.append(numpy.ones(len(at)) if count is None else count)

        for row, offset in enumerate(_UNI.values()):
            ok = near[offset]
            add(pos[ok], t.uni[row, ids[pos[ok] + offset]])
        pair = ids[:-1] * 65536 + ids[1:]  # nodes (j, j + 1)
        for row, offset in enumerate(_BI.values()):
            ok = near[offset] & near[offset + 1]
            add(pos[ok], _lookup(t.bi_keys, t.bi_vals, pair[pos[ok] + offset] + (row << 32)))
        if self.word_feature:
            self._word_features(t, ids, doc, near, add)
        at, f, count = (numpy.concatenate(x) for x in (nodes, feats, counts))
        ok = f >= 0
        rows = self.node_w[f[ok]] * count[ok][:, None]
        score = numpy.empty((n, self.node_w.shape[1]))
        for tag in range(score.shape[1]):
            score[:, tag] = numpy.bincount(at[ok], weights=rows[:, tag], minlength=n)
        score += self.node_w[0]  # feature 0 of every node
        out, start = [], 0
        for length in lens.tolist():
            tags = _inf.run_viterbi(score[start : start + length], self.edge)[1] if length else numpy.zeros(0, dtype=numpy.int32)
            out.append(tags)
            start += length
        return out

    def _word_features(self, t, ids, doc, near, add) -> None:
        """pkuseg's word features: w-1 (a word ends at the node), w1 (a word starts at it),
        and the pairs ww.l (words ending before the node × words starting at it) and ww.r
        (words ending at it × words starting after it), each side padded to n_len slots with
        the placeholder; words never cross a text's boundary."""
        n, n_len, n_words = len(ids), self.n_len, t.n_words
        lengths = numpy.arange(self.word_min, self.word_max + 1)
        width = 2 * self.word_max  # key bytes
        code = numpy.concatenate([_node_bytes(ids), numpy.zeros(width, dtype=numpy.uint8)])
        windows = sliding_window_view(code, width)[: 2 * n : 2]  # (n, width): bytes from each node
        keep = numpy.arange(width)[None, :] < 2 * lengths[:, None]  # (lengths, width)
        query = numpy.ascontiguousarray(windows[None, :, :] * keep[:, None, :]).view(f"S{width}").reshape(len(lengths), n)
        idx = numpy.minimum(numpy.searchsorted(t.word_keys, query), len(t.word_keys) - 1)
        end = numpy.arange(n)[None, :] + lengths[:, None]  # (lengths, n)
        hit = (t.word_keys[idx] == query) & (end <= n)
        hit[hit] = doc[numpy.nonzero(hit)[1]] == doc[end[hit] - 1]
        which, occ_s = numpy.nonzero(hit)
        occ_e, occ_w = occ_s + lengths[which], t.word_ids[idx[which, occ_s]]
        n_start = numpy.bincount(occ_s, minlength=n + 1)  # words starting at p
        n_end = numpy.bincount(occ_e, minlength=n + 1)  # words ending just before p
        inside = numpy.concatenate([near[-1], [False]])  # p in 0..n: nodes p-1 and p in one text
        add(occ_e - 1, t.w_end[occ_w])
        add(occ_s, t.w_start[occ_w])
        # ww.l at node i: words ending before i (same text) × words starting at i
        left_l, right_l = n_end[:n] * near[-1], n_start[:n]
        # ww.r at node i: words ending at i × words starting at i + 1 (same text)
        left_r, right_r = n_end[1:], n_start[1:] * near[1]
        pos = numpy.arange(n)
        for both, left, right in ((self.pair_ll, left_l, right_l), (self.pair_rr, left_r, right_r)):
            if both is not None:
                add(pos, numpy.full(n, both), ((n_len - left) * (n_len - right)).astype(float))
        # a word × the placeholder; the placeholder × a word (word id 0)
        node = occ_e[inside[occ_e]]
        add(node, _lookup(*t.pairs_l, occ_w[inside[occ_e]] * n_words), n_len - right_l[node])
        add(occ_e - 1, _lookup(*t.pairs_r, occ_w * n_words), n_len - right_r[occ_e - 1])
        add(occ_s, _lookup(*t.pairs_l, occ_w), n_len - left_l[occ_s])
        starts_inside = (occ_s > 0) & inside[occ_s]
        node = occ_s[starts_inside] - 1
        add(node, _lookup(*t.pairs_r, occ_w[starts_inside]), n_len - left_r[node])
        # word × word across each boundary p inside a text: ww.l to node p, ww.r to node p - 1
        by_start = numpy.argsort(occ_s, kind="stable")
        sorted_s = occ_s[by_start]
        lo = numpy.searchsorted(sorted_s, occ_e, "left")
        m = (numpy.searchsorted(sorted_s, occ_e, "right") - lo) * inside[occ_e]
        total = int(m.sum())
        if total:
            a = numpy.repeat(numpy.arange(len(occ_e)), m)
            b = by_start[numpy.repeat(lo, m) + numpy.arange(total) - numpy.repeat(numpy.cumsum(m) - m, m)]
            key, p = occ_w[a] * n_words + occ_w[b], occ_e[a]
            add(p, _lookup(*t.pairs_l, key))
            add(p - 1, _lookup(*t.pairs_r, key))

    # ---- entry points -------------------------------------------------------------------------

    def tags_many(self, texts: Sequence[str]) -> list[numpy.ndarray]:
        """pkuseg's tag ids of every character of every text (one array per text)."""
        size = sum(map(len, texts))
        short = size < BATCH_MIN_CHARS
        if not short and self._batch_tables is None and self._short_chars + size <= TABLES_AFTER_CHARS:
            # batch-sized work done on the loop counts toward the tables; a call that would pass
            # what they cost builds them now (one long document went through the loop whole)
            self._short_chars += size
            short = True
        if short:
            return [self._tags_short(t) if t else numpy.zeros(0, dtype=numpy.int32) for t in texts]
        out, chunk, size = [], [], 0
        for text in texts:  # chunks of about BATCH_MAX_CHARS bound the numpy arrays' memory
            if chunk and size + len(text) > BATCH_MAX_CHARS:
                out.extend(self._tags_batch(chunk))
                chunk, size = [], 0
            chunk.append(text)
            size += len(text)
        out.extend(self._tags_batch(chunk))
        return out

    def tags(self, text: str) -> numpy.ndarray:
        return self.tags_many([text])[0]

    def _words(self, text: str, tags: numpy.ndarray) -> list[str]:
        if not text:
            return []
        bounds = [0, *(numpy.flatnonzero(self.begin_tags[tags[1:]]) + 1).tolist(), len(text)]
        return [text[a:b] for a, b in zip(bounds[:-1], bounds[1:])]

    def __call__(self, text: str) -> list[str]:
        return self._words(text, self.tags(text)) if text else []

    def cut_many(self, texts: Sequence[str]) -> list[list[str]]:
        """The words of each text, the batch featurised in one pass (the same words as
        segmenting them one by one). Like pkuseg's `_cut`, which FastCut replaces, whitespace
        is an ordinary character here: see words_many."""
        return [self._words(t, tags) for t, tags in zip(texts, self.tags_many(texts))]

    def words_many(self, texts: Sequence[str]) -> list[list[str]]:
        """cut_many with whitespace separating words, as `pkuseg.cut` does around `_cut`, and each
        run of it kept as a word of its own so that the words still cover the text. Segmented
        whole, a full-width space glues itself to the next character (残疾　法院判医院 ->
        残疾/　法/院判/医院; here 残疾/　/法院/判/医院)."""
        pieces = [_WHITESPACE.split(t) if _WHITESPACE.search(t) else [t] for t in texts]
        chunks = [c for parts in pieces for c in parts[::2] if c]
        words = iter(self.cut_many(chunks))
        out = []
        for parts in pieces:
            doc_words: list[str] = []
            for i, part in enumerate(parts):
                if i % 2:
                    doc_words.append(part)  # the whitespace run between two chunks
                elif part:
                    doc_words.extend(next(words))
            out.append(doc_words)
        return out


_WHITESPACE = re.compile(r"(\s+)")


class _BatchTables:
    """FastCut's feature strings as integer tables. pkuseg renames '.' and '*' in the text,
    so the only '*' in a node is the placeholder's and every feature string splits one way.
    Built in one pass over the strings into compact integer buffers: intermediate lists of the
    600k split strings held ~200 MB at the peak, which stayed in the process's RSS."""

    def __init__(self, cut: FastCut):
        lo, hi = cut.word_min, cut.word_max
        words = sorted(w for w in cut.unigram if lo <= len(w) <= hi and "*" not in w)
        vocab: dict[str, int] = {}  # node → id (1-based), on first sight
        for w in words:
            for c in w:
                if c not in vocab:
                    vocab[c] = len(vocab) + 1
        word_id = {w: i + 1 for i, w in enumerate(words)}
        word_id[NO_WORD] = 0
        self.n_words = n_words = len(words) + 1
        uni_row = {name: row for row, name in enumerate(_UNI)}
        bi_row = {name: row for row, name in enumerate(_BI)}
        word_col = {"w-1": 0, "w1": 1}
        uni, bi, per_word = (array("q"), array("q")), (array("q"), array("q")), (array("q"), array("q"))
        pairs = {"l.": (array("q"), array("q")), "r.": (array("q"), array("q"))}
        for key, f in cut.f2i.items():
            name, _, rest = key.partition(".")
            if name in bi_row:
                a, _, b = rest.partition(".")
                ia = vocab.get(a) or vocab.setdefault(a, len(vocab) + 1)
                ib = vocab.get(b) or vocab.setdefault(b, len(vocab) + 1)
                bi[0].append((bi_row[name] << 32) + ia * 65536 + ib)
                bi[1].append(f)
            elif name in uni_row:
                node = vocab.get(rest) or vocab.setdefault(rest, len(vocab) + 1)
                uni[0].append(uni_row[name] * (_MAX_NODES + 1) + node)
                uni[1].append(f)
            elif name in word_col:
                i = word_id.get(rest)
                if i:
                    per_word[0].append(word_col[name] * n_words + i)
                    per_word[1].append(f)
            elif name == "ww":
                side, pair = rest[:2], rest[2:]
                if pair.startswith(NO_WORD + "*"):
                    a, b = NO_WORD, pair[len(NO_WORD) + 1 :]
                else:
                    a, _, b = pair.partition("*")
                ia, ib = word_id.get(a), word_id.get(b)
                if side in pairs and ia is not None and ib is not None:
                    pairs[side][0].append(ia * n_words + ib)
                    pairs[side][1].append(f)
        if len(vocab) > _MAX_NODES:
            raise ValueError(f"pkuseg model has {len(vocab)} nodes; FastCut handles {_MAX_NODES}")
        self.node_ids = _NodeIds(cut.rename, cut.norm, vocab)
        self.uni = numpy.full((len(_UNI), len(vocab) + 1), -1, dtype=numpy.int64)
        keys, vals = (numpy.frombuffer(a, dtype=numpy.int64) for a in uni)
        self.uni[keys // (_MAX_NODES + 1), keys % (_MAX_NODES + 1)] = vals
        self.bi_keys, self.bi_vals = _sorted_arrays(*bi)
        ends = numpy.full((2, n_words), -1, dtype=numpy.int64)
        keys, vals = (numpy.frombuffer(a, dtype=numpy.int64) for a in per_word)
        ends[keys // n_words, keys % n_words] = vals
        self.w_end, self.w_start = ends
        self.pairs_l, self.pairs_r = _sorted_arrays(*pairs["l."]), _sorted_arrays(*pairs["r."])
        # words (id 0: the placeholder), keyed by their nodes' bytes, NUL-padded to word_max
        nodes = numpy.array([[vocab[c] for c in w] + [0] * (hi - len(w)) for w in words], dtype=numpy.int64)
        codes = _node_bytes(nodes.ravel()).reshape(len(words), 2 * hi)
        codes[numpy.repeat(nodes == 0, 2, axis=1)] = 0  # NUL padding after a word's nodes
        keys = numpy.ascontiguousarray(codes).view(f"S{2 * hi}").ravel()
        order = numpy.argsort(keys, kind="stable")
        self.word_keys, self.word_ids = keys[order], numpy.arange(1, len(words) + 1)[order]


class _NodeIds(dict):
    """character → node id, filled on first sight: pkuseg's renaming of keyword characters,
    then its number/letter normalisation, then the model's node vocabulary (0: unknown)."""

    def __init__(self, rename: dict, norm: dict, vocab: dict):
        super().__init__()
        self.rename, self.norm, self.vocab = rename, norm, vocab

    def __missing__(self, c: str) -> int:
        node = c.translate(self.rename)
        found = self[c] = self.vocab.get(self.norm.get(node, node), 0)
        return found


def _node_bytes(ids: numpy.ndarray) -> numpy.ndarray:
    """Two bytes per node id, each 1..255, flattened (id 0 → 1, 1: never a word's node)."""
    out = numpy.empty((len(ids), 2), dtype=numpy.uint8)
    out[:, 0] = ids // 255 + 1
    out[:, 1] = ids % 255 + 1
    return out.ravel()


def _sorted_arrays(keys: array, vals: array) -> tuple[numpy.ndarray, numpy.ndarray]:
    """A lookup table (keys sorted, values in step) from two int64 buffers."""
    keys, vals = numpy.frombuffer(keys, dtype=numpy.int64), numpy.frombuffer(vals, dtype=numpy.int64)
    order = numpy.argsort(keys, kind="stable")
    return keys[order], vals[order]


def _lookup(keys: numpy.ndarray, vals: numpy.ndarray, query: numpy.ndarray) -> numpy.ndarray:
    """Feature ids of `query` keys in a sorted table; -1 where absent."""
    if not len(keys) or not len(query):
        return numpy.full(len(query), -1, dtype=numpy.int64)
    idx = numpy.minimum(numpy.searchsorted(keys, query), len(keys) - 1)
    return numpy.where(keys[idx] == query, vals[idx], -1)


def install(seg) -> "FastCut":
    """Make `seg` (a spacy_pkuseg.pkuseg) segment with FastCut; returns it."""
    fast = FastCut(seg)
    seg._cut = fast
    return fast


@functools.lru_cache(maxsize=1)
def shipped_fast_cut() -> "FastCut":
    """The shipped pkuseg model behind FastCut, loaded once per process. It is package data, like
    the code: the ner's word features and the organisations grammar need no extra files."""
    import spacy_pkuseg

    from .tokenizer import shipped_model_path

    return FastCut(spacy_pkuseg.pkuseg(model_name=str(shipped_model_path()), user_dict=[]))


def on_word_boundaries(text: str, start: int, stop: int, end: bool = True, context: int = 6) -> bool:
    """Whether the shipped segmenter starts a word at `start` (and, with `end`, ends one at
    `stop`), in a window of `context` characters either side (see words_at)."""
    words = words_at(text, max(0, start - context), stop + context)
    return start in words and (not end or stop in words or stop >= len(text))


def words_within(text: str, start: int, end: int, left: int = 6, right: int = 0) -> list[str]:
    """The shipped segmenter's words that start in text[start:end], in a window of `left` and
    `right` more characters around it (see words_at)."""
    words = words_at(text, max(0, start - left), min(len(text), end + right))
    return [w for k, w in sorted(words.items()) if start <= k < end]


# The pipeline's components ask the shipped segmenter about the same texts again and again: the
# rule grammars where words start around each candidate (words_at), the ner for its word
# features. Each text is segmented once, whole; a rule component's `pipe` segments its batch in
# one numpy pass (RuleComponent.pipe), and the later components and the ner read the words off.
# Keyed by the text; the oldest go first, once more than about three batches are held (the ner's
# batch lies between a doc's first and last rule component) or more than the characters below.
_WORD_STARTS: "OrderedDict[str, array]" = OrderedDict()
_WORD_STARTS_MAX = 640
_WORD_STARTS_MAX_CHARS = 8_000_000
_word_starts_chars = 0


def segment_texts(texts: Sequence[str]) -> None:
    """Segment, as one batch, those of `texts` not segmented yet (see word_starts)."""
    global _word_starts_chars
    missing = [t for t in dict.fromkeys(texts) if t not in _WORD_STARTS]
    if not missing:
        return
    for text, words in zip(missing, shipped_fast_cut().words_many(missing)):
        starts, i = array("l"), 0
        for word in words:
            starts.append(i)
            i += len(word)
        _WORD_STARTS[text] = starts
        _word_starts_chars += len(text)
    keep = max(_WORD_STARTS_MAX, 3 * len(texts))
    while len(_WORD_STARTS) > keep or (_word_starts_chars > _WORD_STARTS_MAX_CHARS and len(_WORD_STARTS) > len(missing)):
        old, _ = _WORD_STARTS.popitem(last=False)
        _word_starts_chars -= len(old)


def word_starts(text: str) -> array:
    """Offsets where the shipped segmenter starts a word in `text`, ascending (whitespace runs
    are words of their own, as in FastCut.words_many); segmented once per text."""
    starts = _WORD_STARTS.get(text)
    if starts is None:
        segment_texts([text])
        starts = _WORD_STARTS[text]
    return starts


def cut_many_shared(texts: Sequence[str]) -> list[list[str]]:
    """FastCut.cut_many's words of each text (the ner's word features), read off word_starts
    where a text was segmented already: without whitespace, a text segments the same either way."""
    out: list = [None] * len(texts)
    todo = []
    for k, text in enumerate(texts):
        starts = _WORD_STARTS.get(text)
        if starts is not None and not _WHITESPACE.search(text):
            bounds = [*starts, len(text)]
            out[k] = [text[a:b] for a, b in zip(bounds[:-1], bounds[1:])]
        else:
            todo.append(k)
    for k, words in zip(todo, shipped_fast_cut().cut_many([texts[k] for k in todo]) if todo else ()):
        out[k] = words
    return out


def words_at(text: str, lo: int, hi: int) -> dict[int, str]:
    """The shipped segmenter's words of text[lo:hi], by their start offset in `text` (the rule
    grammars ask where words start around a candidate name): the whole text's words, a word
    that crosses lo or hi cut there."""
    hi = min(hi, len(text))
    if lo >= hi:
        return {}
    starts = word_starts(text)
    cuts = [lo, *starts[bisect_left(starts, lo + 1) : bisect_left(starts, hi)], hi]
    return {a: text[a:b] for a, b in zip(cuts[:-1], cuts[1:])}

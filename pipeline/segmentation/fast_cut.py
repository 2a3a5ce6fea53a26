"""A faster `_cut` for spacy_pkuseg models: same features, same weights, same Viterbi.

spacy_pkuseg builds about 80 feature strings per character: 8 character n-grams, 20 substring
look-ups in the word list and 50 "word before × word after" pairs, most of them the
placeholder pair `**noWord*…`. Here every substring of length 2–6 is looked up once per
position instead of four times, the placeholder pairs are counted instead of built one by one,
and the node scores are summed with numpy instead of per feature. The features and their
multiplicities are exactly spacy_pkuseg's (`__get_node_features_idx` in its
feature_extractor.pyx), so the output is the same segmentation (checked on the whole PKU and
MSR bakeoff tests in tests/test_segmentation.py); only the order of the floating-point
additions differs.

Use `install(seg)` on a `spacy_pkuseg.pkuseg` object (spaCy's `nlp.tokenizer.pkuseg_seg`);
`pkuseg.cut` then calls this `_cut`, so user dictionaries and post-processing work as before.
"""
from __future__ import annotations

import functools

import numpy
from spacy_pkuseg import inference as _inf
from spacy_pkuseg.config import config as _config
from spacy_pkuseg.feature_extractor import FeatureExtractor

NO_WORD = "**noWord"


class FastCut:
    def __init__(self, seg):
        fe = seg.feature_extractor
        model = seg.model
        self.f2i = fe.feature_to_idx
        self.unigram = fe.unigram
        self.idx_to_tag = seg.idx_to_tag
        self.word_max, self.word_min = _config.wordMax, _config.wordMin
        self.word_feature = _config.wordFeature
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

    def tags(self, text: str) -> numpy.ndarray:
        norm = self.norm
        nodes = [norm.get(c, c) for c in text.translate(self.rename)]
        ids, offsets = self.features(nodes)
        node_score = numpy.add.reduceat(self.node_w[ids], offsets, axis=0)
        _, states = _inf.run_viterbi(node_score, self.edge)
        return states

    def __call__(self, text: str) -> list[str]:
        if not text:
            return []
        is_begin = self.begin_tags[self.tags(text)]
        words: list[str] = []
        start = 0
        for i in range(1, len(text)):
            if is_begin[i]:
                words.append(text[start:i])
                start = i
        words.append(text[start:])
        return words


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


def words_at(text: str, lo: int, hi: int) -> dict[int, str]:
    """The shipped segmenter's words of text[lo:hi], by their start offset in `text` (the rule
    grammars ask where words start around a candidate name)."""
    words, i = {}, lo
    for word in shipped_fast_cut()(text[lo:hi]):
        words[i] = word
        i += len(word)
    return words

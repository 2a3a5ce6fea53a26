"""The shipped pkuseg model in spaCy's Chinese tokenizer.

spaCy's `ChineseTokenizer` with `segmenter = "pkuseg"` loads a pkuseg model directory at
`initialize` time (`[initialize.tokenizer] pkuseg_model`) and from then on serialises the model
inside the pipeline (`tokenizer/pkuseg_model/`), so a saved pipeline no longer needs the
shipped files.

`pkuseg_user_dict`:
- "default": no user words;
- a path to a UTF-8 file with one word per line (optionally `word<TAB>tag`): these words are
  always kept whole.
After initialisation, `nlp.tokenizer.pkuseg_update_user_dict(["词1", "词2"])` adds words
(reset=True replaces them); they are saved with the pipeline.

Post-processing: whenever a user dict is given (including "default"), spacy_pkuseg also merges
adjacent words that form an entry of its bundled dictionary (`spacy_pkuseg/dicts/default.pkl`).
That dictionary follows another standard than our PKU-trained model and costs about 1 F1 point
on the PKU dev split and test, so we switch it off (`postprocess=False`, or the
`pipeline.pkuseg_postprocess_off.v1` callback in a config's `[initialize.after_init]`). The
switch is stored in the serialised tokenizer, so a saved pipeline keeps it.

Speed: `PkusegTokenizer` (registered as `pipeline.zh.PkusegTokenizer.v1`) is spaCy's
ChineseTokenizer with spacy_pkuseg's per-character feature extraction replaced by
`fast_cut.FastCut`: identical segmentation, about twice the speed. It re-installs itself
after `from_disk`/`from_bytes`, so saved pipelines stay fast.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Optional, Union

import spacy
from spacy import Language, registry
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..spans import remember_text
from .fast_cut import FastCut, install

SEGMENTER_DIR = "segmenter"
MODEL_FILES = ("features.msgpack", "weights.npz")


def shipped_model_path() -> Path:
    """The pkuseg model directory shipped in `pipeline/resources/segmenter/`."""
    try:
        path = Path(str(resources.files("pipeline.resources").joinpath(SEGMENTER_DIR)))
    except ModuleNotFoundError:
        path = Path(__file__).resolve().parent.parent / "resources" / SEGMENTER_DIR
    missing = [name for name in MODEL_FILES if not (path / name).is_file()]
    if missing:
        raise FileNotFoundError(f"shipped pkuseg model incomplete in {path}: missing {missing}")
    return path


def char_words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """What spaCy's character segmenter builds a Doc from, `util.get_words_and_spaces(list(text),
    text)`, in one pass: each character not whitespace is a token, one ASCII space after it is
    its trailing space, and any other run of whitespace is a token of its own. spaCy's version
    searches a fresh copy of the rest of the text for every character, which made one long
    document quadratic (a million characters: about half of the rules' time)."""
    words: list[str] = []
    spaces: list[bool] = []
    pos, n = 0, len(text)
    for k, ch in enumerate(text):
        if ch.isspace():  # (the space a character took as its trailing space included)
            continue
        if k > pos:
            words.append(text[pos:k])
            spaces.append(False)
        words.append(ch)
        pos = k + 1
        if pos < n and text[pos] == " ":
            spaces.append(True)
            pos += 1
        else:
            spaces.append(False)
    if pos < n:
        words.append(text[pos:])
        spaces.append(False)
    return words, spaces


class CharTokenizer(ChineseTokenizer):
    """spaCy's ChineseTokenizer; with the character segmenter (the default pipeline's) its Doc is
    built by char_words_and_spaces: the same tokens in time linear in the text."""

    def __call__(self, text: str) -> Doc:
        if self.segmenter == Segmenter.char:
            words, spaces = char_words_and_spaces(text)
            return remember_text(Doc(self.vocab, words=words, spaces=spaces), text)
        return super().__call__(text)


@registry.tokenizers("pipeline.zh.ChineseTokenizer.v1")
def create_char_tokenizer(segmenter: str = "char"):
    """`[nlp.tokenizer] @tokenizers = "pipeline.zh.ChineseTokenizer.v1"` (configs/default.cfg)."""

    def char_tokenizer_factory(nlp: Language) -> CharTokenizer:
        return CharTokenizer(nlp.vocab, segmenter=segmenter)

    return char_tokenizer_factory


class PkusegTokenizer(ChineseTokenizer):
    """spaCy's ChineseTokenizer, segmenting with FastCut when the segmenter is pkuseg."""

    def _install_fast_cut(self) -> None:
        seg = self.pkuseg_seg
        if seg is not None and not isinstance(seg.__dict__.get("_cut"), FastCut):
            install(seg)

    def initialize(self, get_examples=None, *, nlp=None, pkuseg_model=None, pkuseg_user_dict="default"):
        super().initialize(get_examples, nlp=nlp, pkuseg_model=pkuseg_model, pkuseg_user_dict=pkuseg_user_dict)
        self._install_fast_cut()

    def from_bytes(self, data, **kwargs):
        super().from_bytes(data, **kwargs)
        self._install_fast_cut()
        return self

    def from_disk(self, path, **kwargs):
        super().from_disk(path, **kwargs)
        self._install_fast_cut()
        return self


@registry.tokenizers("pipeline.zh.PkusegTokenizer.v1")
def create_pkuseg_tokenizer(segmenter: str = "pkuseg"):
    """`[nlp.tokenizer] @tokenizers = "pipeline.zh.PkusegTokenizer.v1"`."""

    def pkuseg_tokenizer_factory(nlp: Language) -> PkusegTokenizer:
        return PkusegTokenizer(nlp.vocab, segmenter=segmenter)

    return pkuseg_tokenizer_factory


def make_pkuseg_tokenizer(
    vocab: Vocab,
    model: Union[str, Path, None] = None,
    user_dict: Optional[str] = "default",
    postprocess: bool = False,
) -> ChineseTokenizer:
    """A ready ChineseTokenizer over `vocab`, e.g. to replace a pipeline's tokenizer:
    `nlp.tokenizer = make_pkuseg_tokenizer(nlp.vocab)`.

    `postprocess=True` keeps spacy_pkuseg's default-dictionary merging (see the module doc)."""
    tokenizer = PkusegTokenizer(vocab, segmenter="pkuseg")
    tokenizer.initialize(
        pkuseg_model=str(model or shipped_model_path()), pkuseg_user_dict=user_dict
    )
    set_postprocess(tokenizer, postprocess)
    return tokenizer


def set_postprocess(tokenizer: ChineseTokenizer, on: bool) -> None:
    """Switch pkuseg's default-dictionary merging on or off. Off also drops the dictionary's
    words, which would otherwise be saved (unused) with every pipeline."""
    post = tokenizer.pkuseg_seg.postprocesser
    if not on:
        post.common_words, post.other_words = set(), set()
    post.do_process = on and bool(post.common_words or post.other_words)


@registry.callbacks("pipeline.pkuseg_postprocess_off.v1")
def make_postprocess_off():
    """`[initialize.after_init]` callback: switch off pkuseg's default-dictionary merging."""

    def postprocess_off(nlp: Language) -> Language:
        if getattr(nlp.tokenizer, "pkuseg_seg", None) is not None:
            set_postprocess(nlp.tokenizer, False)
        return nlp

    return postprocess_off


def make_pkuseg_nlp(
    model: Union[str, Path, None] = None,
    user_dict: Optional[str] = "default",
    postprocess: bool = False,
) -> Language:
    """A blank `zh` pipeline whose tokenizer segments with the shipped pkuseg model."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "pipeline.zh.PkusegTokenizer.v1"}}})
    nlp.tokenizer = make_pkuseg_tokenizer(nlp.vocab, model, user_dict, postprocess)
    return nlp

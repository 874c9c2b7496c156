"""Canonical metric keys: one key for one statistic, however a release words it.

``破获刑事案件`` in one province, ``侦破刑事案件`` in another and ``破獲刑事案件`` in a
traditional-script mirror are one series.  :func:`metric_key` maps a metric string to a key:

1. the working-text normalization (:func:`pressie.text.normalize`: traditional -> simplified,
   full-width -> half-width), quotes and whitespace (``strip_chars``) and short parenthesized
   notes (``八类案件(放火、爆炸…)`` -> ``八类案件``) removed;
2. filler words at the start (``drop_prefixes``: 共, 累计, 依法 …) and anywhere
   (``drop_words``: 各类, 各种 …) dropped; an action verb (``metric_verbs.txt``) before an
   amount that takes none (``verbless_heads``: 抓获涉案金额 -> 涉案金额, 破获为群众挽回经济损失
   -> 为群众挽回经济损失) dropped, since that verb was carried over from a list;
3. the first matching ``suffix_rewrites`` (发案数 -> 发案), then whole-metric ``aliases``
   (破案 -> 破获案件);
4. the leading verb, longest first, replaced by its class's canonical verb
   (``verb_classes``: 侦破/侦办 + a case noun -> 破获; 抓捕/查获 + a person noun -> 抓获;
   查缴/起获/查获 + anything else -> 缴获 …).  A verb listed in several classes is decided by
   the object's ending; a class with no ``objects`` takes any object;
5. the first matching object suffix rewritten (``object_synonyms``: 嫌疑人 -> 犯罪嫌疑人,
   在逃人员 -> 逃犯).

**Fallback.** A metric no rule matches keeps its normalized form (step 1 and 2 only), so an
unknown metric is its own key and still groups its simplified and traditional copies.

All word lists are data in ``lexicons/metric_keys.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .model import Fact, _construct
from .resources import lexicon_path, read_list
from .text import normalize

#: The packaged lexicon file.
DEFAULT_LEXICON = "metric_keys.json"
#: Metrics longer than this are cut before keying (a metric is a phrase, not a paragraph).
MAX_METRIC = 200

_PARENTHESIZED = re.compile(r"[(（][^()（）]{0,40}[)）]")


@dataclass(frozen=True)
class _VerbClass:
    canonical: str
    verbs: frozenset[str]
    objects: tuple[str, ...]


class _ByFirst:
    """The words of a tuple grouped by their first character, each group in tuple order:
    ``for w in index.candidates(text): if text.startswith(w)`` visits the same words, in the
    same order, as going through the whole tuple (only words that start with ``text[0]``
    can be prefixes of ``text``), at the cost of a handful instead of hundreds."""

    __slots__ = ("_all", "_groups")

    def __init__(self, words: tuple[str, ...]) -> None:
        # an empty word is a prefix of every text: then every word stays a candidate
        self._all = words if "" in words else None
        groups: dict[str, list[str]] = {}
        for word in words:
            groups.setdefault(word[:1], []).append(word)
        self._groups = {k: tuple(v) for k, v in groups.items()}

    def candidates(self, text: str) -> tuple[str, ...]:
        """The words that may be prefixes of ``text``, in tuple order."""
        if self._all is not None:
            return self._all
        return self._groups.get(text[:1], ())


@dataclass(frozen=True)
class MetricKeyLexicon:
    """The parsed ``metric_keys.json`` (see the module docstring for each field)."""

    strip: frozenset[str]
    drop_prefixes: tuple[str, ...]
    drop_words: tuple[str, ...]
    aliases: dict[str, str]
    suffix_rewrites: tuple[tuple[str, str], ...]
    classes: tuple[_VerbClass, ...]
    verbs_longest_first: tuple[str, ...]
    object_synonyms: tuple[tuple[str, str], ...]
    verbless_heads: tuple[str, ...]
    metric_verbs: tuple[str, ...]

    @cached_property
    def _strip_table(self) -> dict[int, None]:
        # single characters deleted by str.translate (a longer entry never equals a character)
        return {ord(c): None for c in self.strip if len(c) == 1}

    @cached_property
    def _prefixes(self) -> _ByFirst:
        return _ByFirst(self.drop_prefixes)

    @cached_property
    def _metric_verbs(self) -> _ByFirst:
        return _ByFirst(self.metric_verbs)

    @cached_property
    def _verbs(self) -> _ByFirst:
        return _ByFirst(self.verbs_longest_first)

    @classmethod
    def from_file(cls, path: Path | str | None = None) -> MetricKeyLexicon:
        """Read a lexicon file (default: the packaged ``metric_keys.json``).

        Raises:
            ValueError: when the file lacks a field or a field has the wrong shape.
        """
        p = Path(path) if path is not None else lexicon_path(DEFAULT_LEXICON)
        data = json.loads(p.read_text(encoding="utf-8"))
        try:
            classes = tuple(
                _VerbClass(c["canonical"], frozenset(c["verbs"]), tuple(c["objects"]))
                for c in data["verb_classes"]
            )
            verbs = {v for c in classes for v in c.verbs}
            return cls(
                strip=frozenset(data["strip_chars"]),
                drop_prefixes=tuple(sorted(data["drop_prefixes"], key=len, reverse=True)),
                drop_words=tuple(sorted(data["drop_words"], key=len, reverse=True)),
                aliases=dict(data["aliases"]),
                suffix_rewrites=tuple((a, b) for a, b in data["suffix_rewrites"]),
                classes=classes,
                verbs_longest_first=tuple(sorted(verbs, key=lambda v: (-len(v), v))),
                object_synonyms=tuple((a, b) for a, b in data["object_synonyms"]),
                verbless_heads=tuple(data["verbless_heads"]),
                metric_verbs=tuple(
                    sorted(read_list(lexicon_path("metric_verbs.txt")), key=len, reverse=True)
                ),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise ValueError(f"malformed metric key lexicon {p}: {err!r}") from None


@lru_cache(maxsize=1)
def default_lexicon() -> MetricKeyLexicon:
    """The packaged lexicon, read once."""
    return MetricKeyLexicon.from_file()


def _clean(metric: str, lex: MetricKeyLexicon, normalized: str | None = None) -> str:
    """Steps 1 and 2 of the rules; ``normalized``, when the caller has it, is
    ``normalize(metric[:MAX_METRIC])``."""
    text = normalize(metric[:MAX_METRIC]) if normalized is None else normalized
    text = _PARENTHESIZED.sub("", text)
    text = text.translate(lex._strip_table)
    changed = True
    while changed and text:
        changed = False
        for word in lex._prefixes.candidates(text):
            if text.startswith(word) and len(text) > len(word):
                text = text[len(word) :]
                changed = True
                break
    for word in lex.drop_words:
        text = text.replace(word, "")
    for verb in lex._metric_verbs.candidates(text):
        if text.startswith(verb):
            rest = text[len(verb) :]
            if "的" not in rest and any(rest.startswith(h) for h in lex.verbless_heads):
                return rest  # not 破获涉案金额10万元以上的…案件, where the amount is a modifier
            break
    return text


def _canonical_verb(text: str, lex: MetricKeyLexicon) -> str:
    for verb in lex._verbs.candidates(text):
        if text.startswith(verb):
            break
    else:
        return text
    obj = text[len(verb) :]
    if not obj:
        return text
    candidates = [c for c in lex.classes if verb in c.verbs]
    for cls in candidates:
        if cls.objects and any(obj.endswith(o) for o in cls.objects):
            return cls.canonical + obj
    open_classes = [c for c in candidates if not c.objects]
    if len(open_classes) == 1:
        return open_classes[0].canonical + obj
    return text


def _synonym_object(text: str, lex: MetricKeyLexicon) -> str:
    for old, new in lex.object_synonyms:
        if text.endswith(old):
            if new.endswith(old) and text.endswith(new):
                return text  # already canonical (犯罪嫌疑人 for the rule 嫌疑人 -> 犯罪嫌疑人)
            return text[: len(text) - len(old)] + new
    return text


def metric_key(metric: str, lexicon: MetricKeyLexicon | None = None) -> str:
    """The canonical key of a metric string (see the module docstring for the rules).

    >>> metric_key("侦破各类刑事案件") == metric_key("破獲刑事案件") == "破获刑事案件"
    True

    Args:
        metric: a :attr:`pressie.model.Fact.metric`, in any script.
        lexicon: the word lists (default: the packaged ``metric_keys.json``).

    Returns:
        The key, in simplified script; ``""`` for an empty metric.

    Raises:
        TypeError: when ``metric`` is not a ``str``.
    """
    if not isinstance(metric, str):
        raise TypeError(f"metric_key expects a str, not {type(metric).__name__}")
    return _key(metric, lexicon or default_lexicon())


def _key(metric: str, lex: MetricKeyLexicon, normalized: str | None = None) -> str:
    text = _clean(metric, lex, normalized)
    for old, new in lex.suffix_rewrites:
        if text.endswith(old):
            text = text[: len(text) - len(old)] + new
            break
    text = lex.aliases.get(text, text)
    text = _canonical_verb(text, lex)
    return _synonym_object(text, lex)


def metric_keys(metrics: Sequence[str], lexicon: MetricKeyLexicon | None = None) -> list[str]:
    """``[metric_key(m, lexicon) for m in metrics]``, the metrics normalized together.

    The working-text normalization (step 1) costs a call into OpenCC per string; here the
    metrics go through it as the lines of one text (no conversion phrase spans a line
    break, and every other step is per character), so a document's facts pay it once.

    Raises:
        TypeError: when a metric is not a ``str``.
    """
    for m in metrics:
        if not isinstance(m, str):
            raise TypeError(f"metric_key expects a str, not {type(m).__name__}")
    lex = lexicon or default_lexicon()
    cut = [m[:MAX_METRIC] for m in metrics]
    joined = "\n".join(cut)
    # when a metric has a line break of its own, or a character normalize() makes one of
    # (the line and paragraph separators), every metric is normalized on its own
    if (
        len(cut) < 2
        or joined.count("\n") != len(cut) - 1
        or "\u2028" in joined
        or "\u2029" in joined
    ):
        return [_key(m, lex) for m in metrics]
    works = normalize(joined).split("\n")
    return [_key(m, lex, w) for m, w in zip(metrics, works, strict=True)]


def with_metric_keys(facts: Iterable[Fact]) -> list[Fact]:
    """The facts with :attr:`Fact.metric_key` set from their metric (copies; inputs unchanged).

    Called once per document by :func:`pressie.pipeline.to_document`.
    """
    facts = list(facts)
    out = []
    for fact, key in zip(facts, metric_keys([f.metric for f in facts]), strict=True):
        fields = {**fact.__dict__, "metric_key": key}
        out.append(_construct(Fact, fields, fact.__pydantic_fields_set__ | {"metric_key"}))
    return out

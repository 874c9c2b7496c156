"""The spaCy component ``pressie_periods`` (:class:`PeriodRecognizer`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as _extensions  # noqa: F401
from ..extensions import ASSIGNS, REQUIRES, doc_date, set_models, set_spans, skip_ranges
from ..model import Period
from ..resources import lexicon_path
from ..text import doc_text
from .analyze import _analyze
from .index import PeriodIndex, _outside_skip, _remember
from .lexicon import load_lexicon
from .mention import AUTO

# --------------------------------------------------------------------------- component


class PeriodRecognizer:
    """spaCy component: ``doc._.pressie_periods`` = every period mention, resolved.

    Reads ``doc._.pressie_reference_date`` (None keeps relative mentions undated).  The
    :class:`PeriodIndex` it builds is kept in a small in-process cache that
    :meth:`PeriodIndex.from_doc` reuses.
    """

    def __init__(
        self, lexicon: str | None = None, spans_key: str | None = "pressie_periods"
    ) -> None:
        """``lexicon``: optional path of a periods JSON replacing the packaged one.
        ``spans_key``: the periods also go to ``doc.spans[spans_key]`` (label: the dates,
        ``2021-01-01..2021-04-30``, or ``undated``), for displaCy; None: not."""
        self.lexicon = lexicon
        self.spans_key = spans_key
        load_lexicon(lexicon)  # fail early on a broken lexicon

    def _lexicon_file(self) -> Path:
        return lexicon_path("periods.json") if self.lexicon is None else Path(self.lexicon)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the period lexicon in use to ``path/periods.json`` (``nlp.to_disk``)."""
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        (out / "periods.json").write_text(self._lexicon_file().read_text("utf-8"), "utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> PeriodRecognizer:
        """Use the lexicon saved by :meth:`to_disk` (``nlp.from_disk``)."""
        saved = Path(path) / "periods.json"
        if saved.is_file():
            self.lexicon = str(saved)
            load_lexicon(self.lexicon)
        return self

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` and return it."""
        text = doc_text(doc)
        ref = doc_date(doc, "pressie_reference_date")
        mentions, review = _analyze(text, ref, AUTO, self.lexicon)
        mentions = _outside_skip(mentions, skip_ranges(doc))
        found = [m.period() for m in mentions]
        set_models(doc, "pressie_periods", found)
        spans = [(p.start, p.end, _span_label(p)) for p in found if p.start is not None]
        set_spans(doc, self.spans_key, spans)  # type: ignore[arg-type]
        _remember(PeriodIndex(text, mentions, ref, review))
        return doc


def _span_label(period: Period) -> str:
    if period.date_start is None or period.date_end is None:
        return "undated"
    return f"{period.date_start.isoformat()}..{period.date_end.isoformat()}"


@Language.factory(
    "pressie_periods",
    default_config={"lexicon": None, "spans_key": "pressie_periods"},
    assigns=ASSIGNS["pressie_periods"],
    requires=REQUIRES["pressie_periods"],
)
def make_periods(
    nlp: Language, name: str, lexicon: str | None, spans_key: str | None
) -> PeriodRecognizer:
    """spaCy factory for :class:`PeriodRecognizer`."""
    return PeriodRecognizer(lexicon, spans_key)

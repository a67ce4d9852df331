"""Readers: encodings, HTML, JSON Lines, folders, size limits; no model needed."""

import datetime as dt
import json
from pathlib import Path

import pytest

from newsgraph.errors import (
    BinaryInputError,
    PathNotFoundError,
    UnsupportedFormatError,
)
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.readers import expand_paths, iter_articles
from newsgraph.records import Article, ArticleError
from newsgraph.settings import Settings

PAGE = """<!doctype html><html><head><title>Shelling near Kupiansk | Steppe Post</title>
<meta property="og:site_name" content="Steppe Post">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<link rel="canonical" href="https://steppe.example/kupiansk"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Shelling near Kupiansk</h1>
<p>Russian forces shelled villages near Kupiansk on Monday night, regional officials said,
and two people were wounded in the attack on the eastern outskirts.</p>
<p>"The shelling went on until dawn," a local official told the news agency.</p>
</article><footer>All rights reserved. Contact us.</footer></body></html>"""


def test_latin1_bytes_are_decoded_without_replacement_characters() -> None:
    text = "The café in Kyïv reopened after the shelling stopped last week, the owner said."
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded == text


def test_utf8_bom_is_removed() -> None:
    assert decode_bytes("Hello".encode("utf-8-sig")) == "Hello"


def test_binary_content_is_refused() -> None:
    with pytest.raises(BinaryInputError):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def _items(paths: list[str], **kwargs: object) -> list[Article | ArticleError]:
    return list(iter_articles(paths, **kwargs))  # type: ignore[arg-type]


def test_html_page_gives_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE)
    (article,) = _items([str(page)])
    assert isinstance(article, Article)
    assert "shelled villages near Kupiansk" in article.text
    assert "All rights reserved" not in article.text
    assert article.outlet == "Steppe Post"
    assert article.published == dt.date(2024, 3, 5)
    assert article.url == "https://steppe.example/kupiansk"
    assert article.html


def test_jsonl_lines_with_text_html_and_path(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Troops reportedly reached the border, officials said.")
    lines = [
        {"id": "a1", "text": "First story text.", "outlet": "Wire", "published": "2024-01-02"},
        {"id": "a2", "html": PAGE},
        {"id": "a3", "path": "story.txt", "title": "From a file"},
        {"text": "No id here."},
    ]
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")
    items = _items([str(manifest)], published=dt.date(2024, 9, 9))
    assert [getattr(i, "source", None) for i in items] == ["a1", "a2", "a3", f"{manifest}:4"]
    first, second, third, fourth = items
    assert isinstance(first, Article) and first.published == dt.date(2024, 1, 2)
    assert isinstance(second, Article) and second.outlet == "Steppe Post"
    assert isinstance(third, Article) and third.text.startswith("Troops reportedly")
    assert third.title == "From a file" and third.published == dt.date(2024, 9, 9)
    assert isinstance(fourth, Article) and fourth.outlet is None


def test_bad_jsonl_lines_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        '{"id": "ok", "text": "Fine."}\n'
        "{not json\n"
        '{"id": "nodate", "text": "x", "published": "yesterday"}\n'
        '{"id": "notext"}\n'
        "[1, 2]\n"
        '{"id": "ok2", "text": "Also fine."}\n'
    )
    items = _items([str(manifest)])
    kinds = [type(i).__name__ for i in items]
    assert kinds == [
        "Article",
        "ArticleError",
        "ArticleError",
        "ArticleError",
        "ArticleError",
        "Article",
    ]
    codes = [i.code for i in items if isinstance(i, ArticleError)]
    assert codes == ["E007", "E022", "E007", "E007"]


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "notes.docx").write_text("ignored")
    assert [p.name for p in expand_paths([str(tmp_path)])] == ["a.txt", "2.txt"]  # type: ignore[union-attr]


def test_missing_path_and_unsupported_type_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(PathNotFoundError):
        iter_articles([str(tmp_path / "absent.txt")])
    odd = tmp_path / "x.pdf"
    odd.write_bytes(b"%PDF")
    with pytest.raises(UnsupportedFormatError):
        iter_articles([str(odd)])


def test_file_over_the_size_limit_is_an_error_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    (item,) = _items([str(big)], settings=Settings(max_bytes=100))
    assert isinstance(item, ArticleError) and item.code == "E004"


def test_binary_and_empty_html_files_become_errors(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"abc\x00\x01\x02" * 10)
    (tmp_path / "empty.html").write_text("<html><body><nav>menu</nav></body></html>")
    items = _items([str(tmp_path)])
    assert [(type(i).__name__, getattr(i, "code", "")) for i in items] == [
        ("ArticleError", "E002"),
        ("ArticleError", "E006"),
    ]

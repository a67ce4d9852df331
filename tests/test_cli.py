"""The command line: formats, exit codes, coded errors, no tracebacks."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.cli import app, main

pytestmark = pytest.mark.model

GOOD = (
    "Shelling resumed near Kupiansk on Monday night, regional officials said. "
    '"The shelling went on until dawn," a local official told the news agency.\n'
)


def run_main(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "argv", ["newsgraph", *args])
    with pytest.raises(SystemExit) as info:
        main()
    code = info.value.code
    return 0 if code is None else int(code)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary" * 20)
    (tmp_path / "d.txt").write_text(GOOD.replace("Monday", "Tuesday"))
    return tmp_path


def test_one_article_prints_one_json_object(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_main(["analyze", str(corpus / "a.txt"), "--published", "2024-03-05"], monkeypatch)
    out = capsys.readouterr().out
    assert code == 0
    document = json.loads(out)
    assert document["schema"] == "newsgraph.article/1"
    assert document["meta"]["published"] == "2024-03-05"


def test_batch_with_bad_articles_goes_on_and_exits_1(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_main(["analyze", str(corpus), "--format", "jsonl", "-w", "1"], monkeypatch)
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 1
    assert [line["schema"] for line in lines] == [
        "newsgraph.article/1",
        "newsgraph.error/1",
        "newsgraph.error/1",
        "newsgraph.article/1",
    ]
    assert [line["error"]["code"] for line in lines if "error" in line] == ["E001", "E002"]
    assert "[E001]" in captured.err and "[E002]" in captured.err
    assert "2 analysed, 2 failed" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["analyze", "/definitely/not/here.txt"], "[E020]"),
        (["analyze", "x.txt", "--published", "March 3rd"], "[E022]"),
    ],
)
def test_usage_errors_exit_2_with_a_code(
    args: list[str],
    fragment: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(GOOD)
    assert run_main(args, monkeypatch) == 2
    assert fragment in capsys.readouterr().err


def test_output_file_and_summary_format(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    code = run_main(
        ["analyze", str(corpus / "a.txt"), "-f", "summary", "-o", str(target)], monkeypatch
    )
    assert code == 0
    assert "article " in target.read_text()


def test_stdin_and_non_english_with_force(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    german = (
        "Die Truppen haben nach eigenen Angaben die Grenze erreicht, sagte ein Soldat der "
        "Nachrichtenagentur am Montagabend."
    )
    import io

    class FakeStdin:
        buffer = io.BytesIO(german.encode())

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    assert run_main(["analyze", "-"], monkeypatch) == 1
    assert "[E005]" in capsys.readouterr().err
    FakeStdin.buffer = io.BytesIO(german.encode())
    assert run_main(["analyze", "-", "--force"], monkeypatch) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["language"] == "de"


def test_real_process_never_shows_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": 5}\n')
    process = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "analyze", str(bad), "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert process.returncode == 1
    assert "[E007]" in process.stderr
    assert "Traceback" not in process.stderr


def test_every_command_has_help_with_an_example() -> None:
    import typer.main

    group = typer.main.get_command(app)
    commands = getattr(group, "commands", {})
    assert "analyze" in commands
    for name, command in commands.items():
        sub = getattr(command, "commands", None)
        for leaf in (sub or {name: command}).values():
            assert leaf.help and "Example" in leaf.help, f"{name} {leaf.name} lacks an example"


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("csv", lambda out: out.splitlines()[0].startswith("article_id,source,outlet")),
        ("geojson", lambda out: json.loads(out)["type"] == "FeatureCollection"),
        ("acled", lambda out: out.splitlines()[0].startswith("event_date,event_type")),
    ],
)
def test_table_and_map_formats(
    fmt: str,
    check: object,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run_main(
        ["analyze", str(corpus / "a.txt"), str(corpus / "d.txt"), "-f", fmt], monkeypatch
    )
    assert code == 0
    assert callable(check) and check(capsys.readouterr().out)


def test_bundled_bad_inputs_each_get_their_code_and_the_rest_is_analysed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = Path(__file__).resolve().parents[1] / "samples" / "bad"
    code = run_main(["analyze", str(bad), "-f", "jsonl", "-w", "1"], monkeypatch)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    outcome = {
        Path(line["meta"]["source"] if "meta" in line else line["source"]).name: (
            line["error"]["code"] if "error" in line else "ok"
        )
        for line in lines
    }
    assert code == 1
    assert outcome == {
        "binary.txt": "E002",
        "broken.html": "ok",
        "empty.txt": "E001",
        "german.txt": "E005",
        "latin1.txt": "ok",
        "unbalanced.txt": "ok",
    }
    latin1 = next(
        line for line in lines if line.get("meta", {}).get("source", "").endswith("latin1.txt")
    )
    assert "Kyïv" in latin1["text"]

"""The command line, run as a separate process the way a user runs it."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from ruarticle import Article, Failure, cli, extract
from ruarticle.frames import FRAMES, SCHEMAS

ARTICLES = Path(__file__).parent / "articles"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "ruarticle", *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8")


def test_extract_prints_the_json_record():
    result = run("extract", str(ARTICLES / "scraped_portal.txt"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "ruarticle/1"
    assert data["meta"]["category"] == "Общество"


def test_extract_reads_stdin_with_a_dash():
    result = run("extract", "-", stdin="Заголовок о погоде\n\nЗавтра потеплеет.")
    assert json.loads(result.stdout)["meta"]["title"] == "Заголовок о погоде"


def test_summary_format_is_readable_text():
    result = run("extract", "--format", "summary", str(ARTICLES / "scraped_portal.txt"))
    assert "byline: 'Ерлан Мукашев'" in result.stdout
    assert "Related articles (2)" in result.stdout
    assert result.stdout.startswith(f"== {ARTICLES / 'scraped_portal.txt'} ==\n")


def test_unreadable_file_is_named_and_the_status_is_non_zero(tmp_path):
    missing = tmp_path / "нет-такого.txt"
    result = run("extract", str(missing), str(ARTICLES / "dateline.txt"))
    assert result.returncode == 1
    assert str(missing) in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert json.loads(result.stdout)["paragraphs"]


def test_version_flag():
    result = run("--version")
    assert result.stdout.startswith("ruarticle ")


def test_jsonl_prints_one_line_per_article_naming_its_file():
    files = [str(ARTICLES / "dateline.txt"), str(ARTICLES / "read_also.txt")]
    result = run("extract", "--format", "jsonl", *files)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and len(lines) == 2
    assert result.stderr == ""          # no progress bar when stderr is not a terminal
    assert [json.loads(line)["source"] for line in lines] == files
    assert Article.from_json(lines[0]) == extract((ARTICLES / "dateline.txt").read_text("utf-8"))


def test_two_jobs_print_the_same_lines_as_one():
    files = [str(p) for p in sorted(ARTICLES.glob("*.txt"))]
    assert run("extract", "--format", "jsonl", "--jobs", "2", *files).stdout == \
        run("extract", "--format", "jsonl", *files).stdout


def test_no_file_argument_reads_stdin():
    result = run("extract", "--format", "jsonl", stdin="Заголовок\n\nТекст заметки.")
    assert json.loads(result.stdout)["source"] == "-"


def test_csv_writes_the_seven_frames_into_a_folder(tmp_path):
    files = [str(ARTICLES / "dateline.txt"), str(ARTICLES / "scraped_portal.txt")]
    result = run("extract", "--format", "csv", "--output", str(tmp_path / "out"), *files)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{name}.csv" for name in FRAMES)
    paragraphs = pd.read_csv(tmp_path / "out" / "paragraphs.csv")
    assert list(paragraphs.columns) == ["article_id"] + [c for c, _ in SCHEMAS["paragraphs"]]
    assert list(paragraphs["article_id"].unique()) == files
    header = (tmp_path / "out" / "quotes.csv").read_text("utf-8").splitlines()[0]
    assert header == ",".join(["article_id"] + [c for c, _ in SCHEMAS["quotes"]])


def test_csv_without_an_output_folder_is_a_usage_error():
    result = run("extract", "--format", "csv", str(ARTICLES / "dateline.txt"))
    assert result.returncode == 2 and "--output" in result.stderr


def test_html_is_written_to_the_output_file(tmp_path):
    target = tmp_path / "view.html"
    result = run("extract", "--format", "html", "-o", str(target), "-",
                 stdin="Заголовок <b>жирный</b>\n\nТекст & ещё текст.")
    assert result.returncode == 0 and result.stdout == ""
    page = target.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "&lt;b&gt;жирный&lt;/b&gt;" in page


def test_progress_bar_goes_to_stderr_when_asked():
    files = [str(ARTICLES / "dateline.txt"), str(ARTICLES / "read_also.txt")]
    loud = run("extract", "--format", "jsonl", "--progress", *files)
    assert "2/2" in loud.stderr and len(loud.stdout.splitlines()) == 2


def test_bad_file_among_good_ones_streamed_or_collected(tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \xc3")
    good = str(ARTICLES / "dateline.txt")
    streamed = run("extract", "--format", "jsonl", good, str(bad), good)
    collected = run("extract", "--format", "html", good, str(bad), good)
    for result in (streamed, collected):
        assert result.returncode == 1
        assert len(result.stderr.splitlines()) == 1 and str(bad) in result.stderr
    assert len(streamed.stdout.splitlines()) == 2
    assert collected.stdout.count('class="ruarticle"') == 2


def test_formats_carry_entities_numbers_and_quotes(tmp_path, monkeypatch, handmade):
    """In-process, with hand-made records standing in for the extraction stages."""
    source = tmp_path / "a.txt"
    source.write_text(handmade.text, encoding="utf-8")
    monkeypatch.setattr(cli, "extract_many", lambda texts, **_: (handmade for _ in texts))
    assert cli.main(["extract", "--format", "csv", "-o", str(tmp_path / "out"),
                     str(source)]) == 0
    quotes = pd.read_csv(tmp_path / "out" / "quotes.csv")
    assert list(quotes["speaker_entity"]) == ["E1", "E1"]
    assert list(quotes["article_id"]) == [str(source)] * 2
    officials = pd.read_csv(tmp_path / "out" / "officials.csv")
    assert officials.loc[0, "title"] == "министр финансов"
    assert cli.main(["extract", "--format", "html", "-o", str(tmp_path / "v.html"),
                     str(source)]) == 0
    assert 'class="p-lead ent-LOC kind-country role"' in (tmp_path / "v.html").read_text("utf-8")
    cli.main(["extract", "--format", "jsonl", "-o", str(tmp_path / "a.jsonl"), str(source)])
    line = (tmp_path / "a.jsonl").read_text("utf-8")
    assert Article.from_json(line) == handmade


def test_a_failing_extraction_is_reported_and_the_rest_written(tmp_path, monkeypatch, capsys,
                                                               handmade):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_text("Текст.", encoding="utf-8")

    def fake(texts, **_):
        for i, _text in enumerate(texts):
            yield Failure(i, "ValueError", "boom") if i == 0 else handmade

    monkeypatch.setattr(cli, "extract_many", fake)
    assert cli.main(["extract", "--format", "jsonl", str(first), str(second)]) == 1
    out, err = capsys.readouterr()
    assert err.strip() == f"ruarticle: cannot extract {first}: ValueError: boom"
    assert json.loads(out)["source"] == str(second)


def test_an_unwritable_output_is_one_line_and_a_non_zero_status(tmp_path):
    result = run("extract", "-o", str(tmp_path), str(ARTICLES / "dateline.txt"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"ruarticle: cannot write {tmp_path}:")
    assert len(result.stderr.splitlines()) == 1

"""The command line, run as a separate process the way a user runs it."""
import json
import subprocess
import sys
from pathlib import Path

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


def test_unreadable_file_is_named_and_the_status_is_non_zero(tmp_path):
    missing = tmp_path / "нет-такого.txt"
    result = run("extract", str(missing), str(ARTICLES / "dateline.txt"))
    assert result.returncode == 1
    assert str(missing) in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert json.loads(result.stdout)["paragraphs"]


def test_version_flag():
    result = run("--version")
    assert result.stdout.startswith("ruarticle ")

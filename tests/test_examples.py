"""examples/folder_to_table.py, run as a user runs it."""
import subprocess
import sys
from pathlib import Path

import pandas as pd

from ruarticle.frames import FRAMES, SCHEMAS

SCRIPT = Path(__file__).resolve().parent.parent / "examples" / "folder_to_table.py"
ARTICLES = Path(__file__).parent / "articles"


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args), "--quiet"],
                          capture_output=True, text=True, encoding="utf-8")


def test_a_folder_becomes_seven_parquet_tables(tmp_path):
    result = run(ARTICLES, tmp_path / "out", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{name}.parquet" for name in FRAMES)
    paragraphs = pd.read_parquet(tmp_path / "out" / "paragraphs.parquet")
    assert list(paragraphs.columns) == ["article_id"] + [c for c, _ in SCHEMAS["paragraphs"]]
    assert sorted(paragraphs["article_id"].unique()) == sorted(
        p.name for p in ARTICLES.glob("*.txt"))
    assert str(paragraphs["start"].dtype) == "Int64"


def test_csv_on_request(tmp_path):
    result = run(ARTICLES, tmp_path / "out", "--format", "csv", "--pattern", "dateline.txt")
    assert result.returncode == 0, result.stderr
    sentences = pd.read_csv(tmp_path / "out" / "sentences.csv")
    assert set(sentences["article_id"]) == {"dateline.txt"}

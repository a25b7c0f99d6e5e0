"""The Dask recipe of docs/usage.md, run on a local cluster of two worker processes.

CI installs the ``dask`` extra (``make install``), so there the test must run: it is skipped
only outside CI when dask is missing.
"""
import os
import sys

import pandas as pd
import pytest

import ruarticle
from ruarticle import Article

from conftest import HANDMADE


def need(module):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        return __import__(module, fromlist=["_"])
    return pytest.importorskip(module)


pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword:Warning")  # dask vs pandas 3

dd = need("dask.dataframe")
distributed = need("dask.distributed")


def ruarticle_loaded():
    return "ruarticle.pipeline" in sys.modules


def test_map_partitions_recipe_on_a_local_cluster(tmp_path):
    texts = [HANDMADE, "Короткая заметка без заголовка.", "", "Заголовок\n\nТекст заметки."]
    articles = pd.DataFrame({"id": [f"doc{i}" for i in range(8)], "text": texts * 2})
    dd.from_pandas(articles, npartitions=2).to_parquet(tmp_path / "articles")

    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        ddf = dd.read_parquet(tmp_path / "articles")
        results = ddf.map_partitions(ruarticle.extract_frame, text_column="text",
                                     id_column="id",
                                     meta=ruarticle.extract_frame_meta(ddf, id_column="id"))
        results.to_parquet(tmp_path / "results")
        loaded_in_workers = client.run(ruarticle_loaded)

    assert len(loaded_in_workers) == 2 and any(loaded_in_workers.values())
    out = pd.read_parquet(tmp_path / "results").set_index("article_id").sort_index()
    assert list(out.index) == sorted(articles["id"])
    assert out["error"].isna().all()
    assert Article.from_json(out.loc["doc0", "record"]) == ruarticle.extract(HANDMADE)
    assert out.loc["doc3", "title"] == "Заголовок"

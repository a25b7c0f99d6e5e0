"""examples/quickstart.ipynb runs top to bottom, so it cannot rot."""
from pathlib import Path

import nbformat
from nbclient import NotebookClient

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_quickstart_notebook_runs_and_shows_the_highlighted_view():
    notebook = nbformat.read(EXAMPLES / "quickstart.ipynb", as_version=4)
    client = NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(EXAMPLES)}})
    client.execute()        # raises CellExecutionError, naming the cell, on any error
    html = [output["data"]["text/html"] for cell in notebook.cells if cell.cell_type == "code"
            for output in cell.get("outputs", ()) if "text/html" in output.get("data", {})]
    assert any('class="ruarticle"' in h for h in html)
    last = notebook.cells[-1].outputs[0]["data"]["text/plain"]
    assert last == "True"

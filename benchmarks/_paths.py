"""Where benchmark inputs live: ../shared next to the repository, unless told otherwise."""
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))


def shared(*parts: str) -> Path:
    """A path inside the shared material folder (the first candidate that exists)."""
    for root in CANDIDATES:
        if root.exists():
            return root.joinpath(*parts)
    return CANDIDATES[0].joinpath(*parts)


def document_path(root: Path, doc: str) -> Path:
    """The text of a corpus document by its id (NEREL and factRuEval ids never collide)."""
    for folder in ("corpora/nerel/dev", "corpora/nerel/train", "corpora/factrueval/devset"):
        path = root / folder / f"{doc}.txt"
        if path.exists():
            return path
    raise FileNotFoundError(doc)

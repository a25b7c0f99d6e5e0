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


def add_slice_arguments(parser, limit: int | None = None) -> None:
    """--offset and --limit: which texts of a corpus folder (in name order) a script reads."""
    parser.add_argument("--offset", type=int, default=0, help="skip this many texts first")
    parser.add_argument("--limit", type=int, default=limit, help="read at most this many texts")


def annotation_files(corpus: Path, offset: int = 0, limit: int | None = None) -> list[Path]:
    """The BRAT ``.ann`` files of a corpus folder, in name order, sliced."""
    return sorted(corpus.glob("*.ann"))[offset:][:limit]


def read_brat(ann: Path):
    """Text-bound annotations ``{id: (label, start, end, text)}`` and relations
    ``[(label, arg1 id, arg2 id)]`` of one BRAT file; a discontinuous span runs from its
    first start to its last end."""
    ids, relations = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, *offsets = parts[1].replace(";", " ").split()
            text = parts[2] if len(parts) >= 3 else ""
            ids[parts[0]] = (label, int(offsets[0]), int(offsets[-1]), text)
        elif line.startswith("R") and len(parts) >= 2:
            label, a, b = parts[1].split()[:3]
            relations.append((label, a.split(":")[1], b.split(":")[1]))
    return ids, relations


def works_as(ids: dict, relations: list) -> list[tuple[tuple, tuple]]:
    """NEREL's WORKS_AS pairs as (person annotation, profession annotation)."""
    return [(ids[a], ids[b]) for label, a, b in relations
            if label == "WORKS_AS" and a in ids and b in ids
            and ids[a][0] == "PERSON" and ids[b][0] == "PROFESSION"]

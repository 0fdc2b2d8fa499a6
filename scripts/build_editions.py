"""Build the course's other-language editions from the English notebooks and the per-cell translations.

    python scripts/build_editions.py skeleton [NN ...]   # list new English cells in translations/it/*.json
    python scripts/build_editions.py build [NN ...]      # write notebooks/it/*.ipynb (not executed)
    python scripts/build_editions.py status [NN ...]     # stale, missing and code-changing translations
    python scripts/build_editions.py export NN FILE      # a text file to translate: every cell, English or done
    python scripts/build_editions.py import NN FILE      # read that file back into translations/it/NN_*.json

The text file has one block per cell, in notebook order:

    ===== cell e731d993 markdown =====
    @meta {"not_data": ["15"]}
    # Inizia qui
    ...

`export` writes each cell's translation when there is one, else its English source (so a translator replaces
text in place), and the cell's language metadata (facts, not_data) on an `@meta` line: rewrite its `says` (and
`expr`) in the translation's number style. `import` records each block with the fingerprint of today's English
cell, so import only text you have checked against today's English.

`make notebooks` runs `build`, then executes both editions. See smm_course/editions.py for the file format and
docs/authoring.md ("Translating a notebook") for the workflow. Exits 1 when `status` finds a problem.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smm_course import editions  # noqa: E402

LANGUAGES = ("it",)


def english_notebooks(numbers: list[str]) -> list[Path]:
    paths = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    return [path for path in paths if not numbers or path.name[:2] in numbers]


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


HEADER = re.compile(r"^===== cell (\S+) (markdown|code|raw) =====$", re.MULTILINE)


def export(path: Path, out: Path, lang: str) -> None:
    english = nbformat.read(path, as_version=4)
    target = editions.translation_path(ROOT, lang, path.name)
    entries = {e["id"]: e for e in editions.load_translation(target)["cells"]} if target.exists() else {}
    blocks = []
    for cell in english.cells:
        entry = entries.get(cell.id, {})
        source = entry.get("source") if entry.get("source") is not None else cell.source
        meta = entry.get("metadata") if entry.get("source") is not None else {
            key: value for key, value in cell.metadata.get("smm_course", {}).items()
            if key in editions.LANGUAGE_METADATA}
        lines = [f"===== cell {cell.id} {cell.cell_type} ====="]
        if meta:
            lines.append("@meta " + json.dumps(meta, ensure_ascii=False))
        lines.append(source)
        blocks.append("\n".join(lines))
    out.write_text("\n".join(blocks) + "\n", encoding="utf-8")
    print(f"{out}: {len(blocks)} cells")


def import_(path: Path, text_file: Path, lang: str) -> None:
    english = nbformat.read(path, as_version=4)
    cells = {cell.id: cell for cell in english.cells}
    text = text_file.read_text(encoding="utf-8")
    headers = list(HEADER.finditer(text))
    target = editions.translation_path(ROOT, lang, path.name)
    existing = editions.load_translation(target) if target.exists() else None
    data = editions.skeleton(english, lang, existing, name=path.name)
    entries = {e["id"]: e for e in data["cells"]}
    for number, header in enumerate(headers):
        cell_id = header.group(1)
        if cell_id not in cells:
            raise SystemExit(f"{text_file}: block {number + 1} names cell {cell_id}, which {path.name} does not have")
        end = headers[number + 1].start() if number + 1 < len(headers) else len(text)
        body = text[header.end() + 1:end].rstrip("\n")
        meta = None
        if body.startswith("@meta "):
            first, _, body = body.partition("\n")
            meta = json.loads(first[len("@meta "):])
        entry = {"id": cell_id, "type": cells[cell_id].cell_type, "english": editions.fingerprint(cells[cell_id]),
                 "source": body}
        if meta:
            entry["metadata"] = meta
        entries[cell_id].clear()
        entries[cell_id].update(entry)
    write_json(target, data)
    print(f"{target.relative_to(ROOT)}: {len(headers)} cells imported")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["skeleton", "build", "status", "export", "import"])
    parser.add_argument("numbers", nargs="*", help="two-digit notebook numbers (default: all); export and import: "
                        "one number and a file")
    parser.add_argument("--lang", default="it", choices=LANGUAGES)
    args = parser.parse_args(argv)
    if args.command in ("export", "import"):
        if len(args.numbers) != 2:
            parser.error(f"{args.command} takes a notebook number and a file, e.g. `{args.command} 03 /tmp/03.txt`")
        (path,) = english_notebooks(args.numbers[:1])
        exchange = export if args.command == "export" else import_
        exchange(path, Path(args.numbers[1]), args.lang)
        return 0
    failed = False
    for path in english_notebooks(args.numbers):
        english = nbformat.read(path, as_version=4)
        target = editions.translation_path(ROOT, args.lang, path.name)
        if args.command == "skeleton":
            existing = editions.load_translation(target) if target.exists() else None
            write_json(target, editions.skeleton(english, args.lang, existing, name=path.name))
            print(f"{target.relative_to(ROOT)}")
        elif args.command == "build":
            built = editions.build_notebook(english, editions.load_translation(target), args.lang)
            out = editions.edition_path(ROOT, args.lang, path.name)
            out.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(built, out)
            print(f"{out.relative_to(ROOT)}")
        else:
            found = editions.problems(english, editions.load_translation(target), name=path.name)
            failed = failed or bool(found)
            for problem in found:
                print(problem)
            print(f"{path.name}: {'ok' if not found else f'{len(found)} problem(s)'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

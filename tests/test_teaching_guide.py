"""docs/teaching.md, run as an instructor would: every ``smm-course`` command in its ```bash blocks, in order.

A small class hands in notebook 00 (the fastest): one student solved it, one left the starter. The commands then
run exactly as written, in a temporary folder, from the progress files to the grade import; the ``grading.toml``
of the guide is written from its ```toml block. Between commands the test does what the guide asks of people
(students export and hand in files, the instructor fills in manual.csv).

Two commands are not run here because their own tests run them: ``smm-course solutions`` executes the whole
course (tests/test_solved_course.py) and ``smm-course doctor`` checks this machine (tests/test_cli.py). Lines that
are not ``smm-course`` commands (pip, make, docker) are listed with the reason they are not run, so a new command
in the guide fails this test until it is run or listed.

docs/teaching.it.md, the same guide in Italian, is not run again: it must give the same commands, in the same
order, with the same ``grading.toml`` settings and the same example links and folders, so the two cannot drift.
"""

from __future__ import annotations

import copy
import csv
import glob
import os
import re
import shlex
from pathlib import Path

import nbformat
import pytest

from smm_course.cli import main
from smm_course.instructor import solve_notebook

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "docs" / "teaching.md").read_text(encoding="utf-8")
GUIDE_IT = (ROOT / "docs" / "teaching.it.md").read_text(encoding="utf-8")
RUN_ELSEWHERE = {
    "smm-course solutions --out solutions": "tests/test_solved_course.py runs the solved course",
    "smm-course doctor": "tests/test_cli.py runs the doctor",
}
NOT_COMMANDS = {
    "pip install": "installs from a URL the instructor fills in",
    "make lab": "opens JupyterLab (tests/test_cli.py starts it)",
    "docker run": "needs Docker and an image the instructor builds",
    "smm-course smm-course grade": "the command inside the docker line above",
}


def guide_commands(guide: str = GUIDE) -> list[str]:
    lines = []
    for block in re.findall(r"```bash\n(.*?)```", guide, re.DOTALL):
        lines.extend(line.strip().rstrip("\\").strip() for line in block.splitlines() if line.strip())
    return lines


def run(command: str, folder: Path) -> int:
    """Run one guide line the way a shell would: leading VAR=value settings, globs expanded in ``folder``."""
    words = shlex.split(command)
    env = {}
    while "=" in words[0] and not words[0].startswith("-"):
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    assert words[0] == "smm-course", command
    arguments = []
    for word in words[1:]:
        arguments.extend(sorted(glob.glob(word, root_dir=folder)) or [word] if "*" in word else [word])
    before = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        return main(arguments)
    finally:
        for name, value in before.items():
            os.environ.pop(name, None) if value is None else os.environ.__setitem__(name, value)


@pytest.fixture
def classroom(tmp_path, monkeypatch, course_home):
    monkeypatch.chdir(tmp_path)
    starter = nbformat.read(ROOT / "notebooks" / "00_start_here.ipynb", as_version=4)
    for student, notebook in (("ada.rossi", solve_notebook(copy.deepcopy(starter))), ("bruno.verdi", starter)):
        (tmp_path / "submissions" / student).mkdir(parents=True)
        nbformat.write(notebook, tmp_path / "submissions" / student / "00_start_here.ipynb")
    toml = re.search(r"```toml\n(.*?)```", GUIDE, re.DOTALL).group(1)
    (tmp_path / "grading.toml").write_text(toml.replace('["03", "04", "09"]', '["00", "09"]'), encoding="utf-8")
    return tmp_path


def between(command: str, folder: Path) -> None:
    """What people do between two commands of the guide."""
    if command.endswith("smm-course export"):  # the student hands the file in
        (folder / "handed-in").mkdir(exist_ok=True)
        for path in folder.glob("smm-course-progress-*.json"):
            path.rename(folder / "handed-in" / path.name)
    if command == "smm-course grade --out graded --config grading.toml":  # the instructor scores written work
        path = folder / "graded" / "manual.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for row in rows:
            row["score"], row["comment"] = "1", "Thoughtful."
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else ["student", "question", "score",
                                                                                     "comment"])
            writer.writeheader()
            writer.writerows(rows)


def test_every_command_of_the_teaching_guide_runs_as_written(classroom):
    ran = []
    for command in guide_commands():
        if command in RUN_ELSEWHERE or any(command.startswith(prefix) for prefix in NOT_COMMANDS):
            continue
        assert run(command, classroom) == 0, f"docs/teaching.md: `{command}` failed"
        between(command, classroom)
        ran.append(command)
    assert any(c.startswith("smm-course grade submissions --out") for c in ran) and len(ran) >= 10, ran
    with (classroom / "graded" / "grades.csv").open(encoding="utf-8") as handle:
        percent = {row["student"]: float(row["percent"]) for row in csv.DictReader(handle)}
    assert percent["ada.rossi"] > percent["bruno.verdi"] == 0
    assert (classroom / "graded" / "canvas_grades.csv").is_file()
    assert (classroom / "graded" / "moodle_grades.csv").is_file()
    assert (classroom / "progress.csv").is_file() and (classroom / "release" / "00_start_here.ipynb").is_file()


def test_commands_not_run_here_are_listed_with_a_reason():
    for command in guide_commands():
        if not command.startswith(("smm-course", "SMM_COURSE_")):
            assert any(command.startswith(prefix) for prefix in NOT_COMMANDS), f"unlisted command: {command}"
    for command in RUN_ELSEWHERE:
        assert command in guide_commands()


def blocks(guide: str, language: str) -> list[str]:
    """The ```language blocks of a guide, without comments (a guide may translate its comments)."""
    return ["\n".join(line.split("#", 1)[0].rstrip() for line in block.splitlines())
            for block in re.findall(rf"```{language}\n(.*?)```", guide, re.DOTALL)]


def test_the_italian_guide_gives_the_same_commands_settings_and_examples():
    assert guide_commands(GUIDE_IT) == guide_commands(GUIDE), (
        "docs/teaching.it.md and docs/teaching.md must give the same commands in the same order: "
        f"only in English {sorted(set(guide_commands()) - set(guide_commands(GUIDE_IT)))}, "
        f"only in Italian {sorted(set(guide_commands(GUIDE_IT)) - set(guide_commands()))}")
    assert blocks(GUIDE_IT, "toml") == blocks(GUIDE, "toml"), "the grading.toml example differs"
    assert blocks(GUIDE_IT, "text") == blocks(GUIDE, "text"), "the example links or folders differ"


def test_the_italian_readme_gives_the_english_readmes_commands_and_opens_the_italian_edition():
    readme, readme_it = ((ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "README.it.md"))
    english = {line.split("#")[0].strip() for block in blocks(readme, "bash") for line in block.splitlines()}
    italian = {line.split("#")[0].strip() for block in blocks(readme_it, "bash") for line in block.splitlines()}
    assert english - {""} <= italian, english - italian
    assert "smm-course lab --lang it" in readme_it and "notebooks/it/00_start_here.ipynb" in readme_it
    assert "README.it.md" in readme, "the English README points to the Italian one"

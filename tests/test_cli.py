"""The `smm-course` command: lab, doctor and argument handling."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from smm_course import cli, doctor, lab

ROOT = Path(__file__).resolve().parent.parent
SMM_COURSE = [sys.executable, "-m", "smm_course.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_help_lists_every_command():
    result = subprocess.run(SMM_COURSE + ["--help"], capture_output=True, text=True, check=True)
    for command in ["lab", "doctor", "progress", "export", "gradebook", "release", "grade", "inspect", "solutions", "site"]:
        assert command in result.stdout


def test_unknown_arguments_are_refused_outside_lab(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["doctor", "--bogus"])
    assert exit_info.value.code == 2
    assert "--bogus" in capsys.readouterr().err


def test_lab_command_opens_notebook_00_without_prompts():
    command = lab.lab_command(ROOT / "notebooks", port=1234, token="secret", open_browser=False,
                              extra_args=["--ServerApp.ip=127.0.0.1"])
    assert "--LabApp.default_url=/lab/tree/00_start_here.ipynb" in command
    assert "--LabApp.news_url=None" in command
    settings = Path(next(a for a in command if a.startswith("--LabApp.app_settings_dir=")).split("=", 1)[1])
    overrides = json.loads((settings / "overrides.json").read_text())
    assert overrides["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    assert command[-1] == "--ServerApp.ip=127.0.0.1"  # extra arguments pass through, last


def test_workspace_copy_never_overwrites_student_work(tmp_path):
    workspace = tmp_path / "course"
    workspace.mkdir()
    edited = workspace / lab.FIRST_NOTEBOOK
    edited.write_text("my answers")
    folder = lab.notebooks_dir(workspace)
    assert folder == workspace
    assert edited.read_text() == "my answers"
    assert len(list(workspace.glob("*.ipynb"))) == len(list((ROOT / "notebooks").glob("*.ipynb")))


def test_lab_starts_jupyterlab_on_the_course(tmp_path):
    port, token = free_port(), "cli-test-token"
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), JUPYTER_CONFIG_DIR=str(tmp_path / "cfg"))
    process = subprocess.Popen(
        SMM_COURSE + ["lab", "--no-browser", f"--ServerApp.port={port}", f"--IdentityProvider.token={token}",
                      "--ServerApp.ip=127.0.0.1"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                url = f"http://127.0.0.1:{port}/api/contents/{lab.FIRST_NOTEBOOK}?content=0&token={token}"
                with urllib.request.urlopen(url, timeout=2) as response:
                    listing = json.load(response)
                break
            except OSError:
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() < deadline, "JupyterLab did not start within 60 s"
                time.sleep(0.5)
        assert listing["name"] == lab.FIRST_NOTEBOOK
        # `smm-course lab` becomes the server: stopping it must leave no server or kernel behind.
        process.terminate()
        process.wait(timeout=30)
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)


def test_doctor_reports_healthy_environment(capsys):
    assert doctor.run() == 0
    out = capsys.readouterr().out
    assert "[OK  ] widget front end" in out
    assert "[OK  ] notebook kernel" in out
    assert "[OK  ] datasets" in out


def test_doctor_fails_with_a_fix_when_widget_frontend_is_missing(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(doctor, "_labextension_dirs", lambda: [tmp_path])
    assert doctor.run() == 1
    out = capsys.readouterr().out
    assert "[FAIL] widget front end" in out
    assert "fix: pip install" in out


def test_doctor_fails_on_mismatched_widget_frontend(monkeypatch, tmp_path):
    manifest = tmp_path / "@jupyter-widgets" / "jupyterlab-manager" / "package.json"
    manifest.parent.mkdir(parents=True)
    manifest.write_text(json.dumps({"version": "1.1.0"}))
    monkeypatch.setattr(doctor, "_labextension_dirs", lambda: [tmp_path])
    check = doctor.check_widget_frontend()
    assert not check.ok and "does not match" in check.detail


def test_export_takes_the_students_name(tmp_path, course_home):
    out = tmp_path / "hand-in.json"
    assert cli.main(["export", "--name", "Ada Lovelace", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["student"] == "Ada Lovelace"



def test_export_tells_the_student_in_the_language_in_use(tmp_path, course_home, monkeypatch, capsys):
    monkeypatch.delenv("SMM_COURSE_LANG", raising=False)
    assert cli.main(["export", "-o", str(tmp_path / "a.json")]) == 0
    assert capsys.readouterr().out.strip() == f"Progress written to {tmp_path / 'a.json'}. Hand in this file."
    assert cli.main(["export", "--lang", "it", "-o", str(tmp_path / "b.json")]) == 0
    assert capsys.readouterr().out.strip() == f"Progressi salvati in {tmp_path / 'b.json'}. Consegna questo file."
    monkeypatch.setenv("SMM_COURSE_LANG", "it")  # a terminal of `smm-course lab --lang it`
    assert cli.main(["export", "-o", str(tmp_path / "c.json")]) == 0
    assert capsys.readouterr().out.startswith("Progressi salvati in")

def export_session(tmp_path, monkeypatch, session, answers, *options):
    """One session of a student: a fresh progress store, some checks, then `smm-course export`."""
    from smm_course.exercises import get

    monkeypatch.setenv("SMM_COURSE_HOME", str(tmp_path / session))
    for question_id, answer in answers.items():
        get(question_id).check(answer)
    path = tmp_path / f"{session}.json"
    assert cli.main(["export", *options, "-o", str(path)]) == 0
    return path


@pytest.fixture
def student_env(monkeypatch):
    # `smm-course export --name/--id` set these for the process; monkeypatch puts them back afterwards.
    monkeypatch.setenv("SMM_COURSE_STUDENT", "nobody")
    monkeypatch.delenv("SMM_COURSE_STUDENT_ID", raising=False)


def test_gradebook_merges_the_exports_of_two_sessions(tmp_path, monkeypatch, capsys, student_env):
    import csv

    files = [export_session(tmp_path, monkeypatch, "binder-1", {"00.q1": 0.83}, "--name", "Ada Rossi"),
             export_session(tmp_path, monkeypatch, "binder-2", {"00.q1": 83, "00.q2": "Instagram"},
                            "--name", "Ada Rossi"),
             export_session(tmp_path, monkeypatch, "bruno", {"00.q1": 83}, "--name", "Bruno Verdi")]
    out = tmp_path / "grades.csv"
    capsys.readouterr()
    assert cli.main(["gradebook", *map(str, files), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "2 students from 3 files" in said and "1 handed in several sessions, merged" in said
    assert "self-reported" in said
    with out.open(encoding="utf-8") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    ada, bruno = rows["Ada Rossi"], rows["Bruno Verdi"]
    assert (ada["00.q1"], ada["00.q2"], ada["done"]) == ("correct", "correct", "2")
    assert (ada["attempts"], ada["sessions"], ada["files"]) == ("3", "2", "binder-1.json; binder-2.json")
    assert (bruno["00.q1"], bruno["sessions"]) == ("incorrect", "1")
    assert ada["source"] == bruno["source"] == "self-reported"
    assert cli.main(["gradebook", *map(str, files), "-o", str(out), "--values", "score"]) == 0
    with out.open(encoding="utf-8") as handle:
        assert {row["student"]: row["00.q1"] for row in csv.DictReader(handle)} == {"Ada Rossi": "1.0",
                                                                                    "Bruno Verdi": "0.0"}


def test_gradebook_refuses_two_students_under_one_name(tmp_path, monkeypatch, capsys, student_env):
    one = export_session(tmp_path, monkeypatch, "maria-1", {"00.q1": 0.83}, "--name", "Maria Rossi", "--id", "s100")
    other = export_session(tmp_path, monkeypatch, "maria-2", {"00.q1": 83}, "--name", "Maria Rossi", "--id", "s200")
    assert json.loads(other.read_text())["student_id"] == "s200"
    capsys.readouterr()
    assert cli.main(["gradebook", str(one), str(other), "-o", str(tmp_path / "grades.csv")]) == 2
    error = capsys.readouterr().err
    assert str(one) in error and str(other) in error and "Maria Rossi" in error
    assert not (tmp_path / "grades.csv").exists()


def test_inspect_reports_what_it_found_in_an_export(capsys):
    from smm_course.imports import sample_exports

    path = next(p for p in sample_exports().values() if p.name == "facebook_posts.csv")
    assert cli.main(["inspect", str(path)]) == 0
    report = capsys.readouterr().out
    assert "Meta Business Suite" in report and "Reach" in report and "-> reach" in report
    assert "2025-01-03 to 2025-12-30" in report


def test_inspect_names_the_file_and_the_problem(tmp_path, capsys):
    empty = tmp_path / "mine.csv"
    empty.write_text("Post ID,Reach\n")
    assert cli.main(["inspect", str(empty)]) == 1
    error = capsys.readouterr().err
    assert "mine.csv" in error and "no rows" in error


# The Italian edition: notebooks/it/ holds the same file names as notebooks/ (scripts/build_editions.py writes it).
# These tests use a throwaway copy of notebook 00 with an Italian heading, so they do not depend on the real one.

def italian_copy(folder: Path) -> Path:
    """``folder`` with notebook 00 and an Italian notebook 00 in ``folder/it``; returns ``folder``."""
    english = json.loads((ROOT / "notebooks" / lab.FIRST_NOTEBOOK).read_text(encoding="utf-8"))
    (folder / "it").mkdir(parents=True, exist_ok=True)
    (folder / lab.FIRST_NOTEBOOK).write_text(json.dumps(english), encoding="utf-8")
    italian = json.loads(json.dumps(english))
    first = next(cell for cell in italian["cells"] if cell["cell_type"] == "markdown")
    first["source"] = "# 00 · Inizia da qui\n\nBenvenuto nel corso."
    (folder / "it" / lab.FIRST_NOTEBOOK).write_text(json.dumps(italian), encoding="utf-8")
    return folder


@pytest.fixture
def packaged_only(tmp_path, monkeypatch):
    """The course as a wheel installs it: no clone, the notebooks of both editions inside the package."""
    source = italian_copy(tmp_path / "package" / "_notebooks")
    monkeypatch.setattr(lab, "repository_notebooks", lambda: None)
    monkeypatch.setattr(lab, "packaged_notebooks", lambda: source)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SMM_COURSE_LANG", raising=False)
    return source


def test_lab_opens_the_italian_edition_with_lang_it_or_the_environment(packaged_only, monkeypatch):
    workspace = Path.cwd() / lab.DEFAULT_WORKSPACE_NAME
    assert lab.notebooks_dir() == workspace, "English stays the default"
    assert lab.notebooks_dir(lang="it") == workspace / "it"
    monkeypatch.setenv("SMM_COURSE_LANG", "it")
    assert lab.notebooks_dir() == workspace / "it"
    assert lab.notebooks_dir(lang="en") == workspace, "--lang wins over the environment"
    command = lab.lab_command(lab.notebooks_dir())
    assert f"--ServerApp.root_dir={workspace / 'it'}" in command
    assert f"--LabApp.default_url=/lab/tree/{lab.FIRST_NOTEBOOK}" in command
    assert "Inizia da qui" in (workspace / "it" / lab.FIRST_NOTEBOOK).read_text(encoding="utf-8")


def test_the_workspace_copy_holds_both_editions_and_keeps_student_work(packaged_only):
    workspace = Path.cwd() / lab.DEFAULT_WORKSPACE_NAME
    (workspace / "it").mkdir(parents=True)
    (workspace / "it" / lab.FIRST_NOTEBOOK).write_text("le mie risposte")
    lab.notebooks_dir()
    assert (workspace / lab.FIRST_NOTEBOOK).is_file() and (workspace / "it" / lab.FIRST_NOTEBOOK).is_file()
    assert (workspace / "it" / lab.FIRST_NOTEBOOK).read_text() == "le mie risposte"


def test_a_missing_edition_or_language_is_refused_with_what_to_do(packaged_only, tmp_path, capsys):
    (packaged_only / "it" / lab.FIRST_NOTEBOOK).unlink()
    with pytest.raises(FileNotFoundError, match="--lang en"):
        lab.notebooks_dir(tmp_path / "empty", lang="it")
    assert cli.main(["lab", "--lang", "it", "--notebooks", str(tmp_path / "empty")]) == 2
    assert "no it edition" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["lab", "--lang", "fr"])
    assert "not a course language" in capsys.readouterr().err


def test_smm_course_lab_lang_it_starts_jupyterlab_on_the_italian_00(packaged_only, monkeypatch, capsys):
    started = []

    def exec_instead(path, command):  # stands in for os.execv: record what JupyterLab would be started with
        started.append(command)
        raise SystemExit(0)

    monkeypatch.setattr(lab.os, "execv", exec_instead)
    monkeypatch.setattr(lab.subprocess, "call", lambda command: started.append(command) or 0)
    monkeypatch.setenv("SMM_COURSE_LANG", "en")  # restored after the test: launch() sets it for the kernels
    with pytest.raises(SystemExit):
        cli.main(["lab", "--lang", "it", "--no-browser"])
    (command,) = started
    assert f"--ServerApp.root_dir={Path.cwd() / lab.DEFAULT_WORKSPACE_NAME / 'it'}" in command
    assert command[-1] == "--no-browser"
    assert os.environ["SMM_COURSE_LANG"] == "it", "kernels and terminals started by JupyterLab speak Italian"
    assert "Apro il corso in JupyterLab" in capsys.readouterr().out


def test_progress_speaks_the_language_asked_for_and_only_for_that_command(course_home, monkeypatch, capsys):
    from smm_course import i18n

    monkeypatch.delenv("SMM_COURSE_LANG", raising=False)
    assert cli.main(["progress", "--lang", "it"]) == 0
    italian = capsys.readouterr().out.splitlines()
    headers = [i18n.translate(f"progress.col_{name}", lang="it") for name in ("notebook", "title", "done")]
    assert italian[0].startswith("I tuoi progressi") and italian[1].split()[:3] == headers
    assert i18n.get_language() == "en", "the choice must not outlive the command"
    assert cli.main(["progress"]) == 0
    assert capsys.readouterr().out.startswith("Your progress")
    monkeypatch.setenv("SMM_COURSE_LANG", "it")
    assert cli.main(["progress"]) == 0
    assert capsys.readouterr().out.startswith("I tuoi progressi")

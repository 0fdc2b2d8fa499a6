"""The ``smm-course`` command.

Each sub-command is a thin wrapper: the work lives in the module it belongs to, so it can be tested and
reused from Python (``smm_course.lab``, ``smm_course.doctor``, ``smm_course.progress``,
``smm_course.instructor``, ``smm_course.site``).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Iterator


@contextlib.contextmanager
def _speaking(lang: str | None) -> Iterator[None]:
    """The engine speaks ``lang`` inside the block (None: ``SMM_COURSE_LANG``, else English), then what it spoke
    before: ``main()`` also runs inside other programs and tests, which must not be left in another language."""
    from smm_course import i18n

    before = i18n._chosen_language
    if lang is not None:
        i18n.set_language(lang)
    try:
        yield
    finally:
        i18n._chosen_language = before


def _language(text: str) -> str:
    """``--lang``'s value, checked against the languages the course speaks (case does not matter)."""
    from smm_course import i18n

    code = text.strip().lower()
    if code not in i18n.available_languages():
        raise argparse.ArgumentTypeError(f"{text!r} is not a course language; choose one of: "
                                         f"{', '.join(i18n.available_languages())}")
    return code


def _lab(args: argparse.Namespace, extra: list[str]) -> int:
    from smm_course import lab

    try:
        return lab.launch(extra, workspace=args.notebooks, lang=args.lang)
    except (FileNotFoundError, ValueError) as problem:  # no edition in that language, or SMM_COURSE_LANG unknown
        print(f"smm-course lab: {problem}", file=sys.stderr)
        return 2


def _doctor(args: argparse.Namespace, extra: list[str]) -> int:
    from smm_course import doctor

    return doctor.run()


def _progress(args: argparse.Namespace, extra: list[str]) -> int:
    from smm_course import progress

    with _speaking(args.lang):
        progress.print_table()
    return 0


def _export(args: argparse.Namespace, extra: list[str]) -> int:
    import os

    from smm_course import progress
    from smm_course.i18n import translate

    if args.name:
        # On Binder and many hubs every user is "jovyan"; the gradebook needs real names to tell students apart.
        os.environ["SMM_COURSE_STUDENT"] = args.name
    if args.id:
        # Two students may share a name; an id from the class list keeps their files apart in the gradebook.
        os.environ["SMM_COURSE_STUDENT_ID"] = args.id
    path = progress.export(args.output)
    with _speaking(args.lang):  # the student reads it: the language of the course they are taking
        print(translate("progress.export_written", path=path))
    return 0


def _gradebook(args: argparse.Namespace, extra: list[str]) -> int:
    from smm_course import instructor

    try:
        table = instructor.gradebook(args.files, args.output, values=args.values)
    except (ValueError, FileNotFoundError) as problem:  # a clash of two students, or a file that is not an export
        print(f"smm-course gradebook: {problem}", file=sys.stderr)
        return 2
    several = int((table["sessions"] > 1).sum())
    merged = f"; {several} handed in several sessions, merged" if several else ""
    print(f"{len(table)} students from {len(args.files)} files written to {args.output}{merged}. These rows are "
          f"self-reported (completion credit); `smm-course grade` re-runs notebooks for grades.")
    return 0


def _release(args: argparse.Namespace, extra: list[str]) -> int:
    from smm_course import instructor

    try:
        written = instructor.write_release(args.out, args.notebooks, graded=args.graded, file=None)
    except (ValueError, FileNotFoundError) as problem:
        print(f"smm-course release: {problem}", file=sys.stderr)
        return 2
    if args.graded:
        print(f"{len(written)} graded copies written to {args.out}: hints and solutions are off, and widget "
              f"questions take their answer in code (answer=...) so that `smm-course grade` can grade them.")
    else:
        print(f"{len(written)} notebooks written to {args.out}, as shipped.")
    return 0


def _solutions(args: argparse.Namespace, extra: list[str]) -> int:
    from smm_course import instructor

    try:
        written = instructor.write_solutions(args.out, args.notebooks, execute=not args.no_execute)
    except (ValueError, FileNotFoundError) as problem:
        print(f"smm-course solutions: {problem}", file=sys.stderr)
        return 2
    print(f"{len(written)} solved notebooks written to {args.out}.")
    return 0


def _grade(args: argparse.Namespace, extra: list[str]) -> int:
    with _speaking(args.lang):
        return _grade_in_language(args)


def _grade_in_language(args: argparse.Namespace) -> int:
    from smm_course import grading
    from smm_course.grading import gradebook, lms
    from smm_course.grading.config import load_config, practice_notebooks

    try:
        config = load_config(args.config)
        manual = gradebook.read_manual(args.manual) if args.manual else None
        shard = _shard(args.shard) if args.shard else None
        if args.merge:
            rows = gradebook.read_records(args.merge)
            done = f"{len(args.merge)} graded folders merged"
        elif args.submissions is not None:
            if not args.submissions.is_dir():
                raise ValueError(f"{args.submissions} is not a folder. Give the folder that holds "
                                 f"<student>/<notebook>.ipynb.")
            graded = grading.grade_submissions(args.submissions, timeout=args.timeout or grading.DEFAULT_TIMEOUT,
                                               memory_mb=args.memory or grading.DEFAULT_MEMORY_MB,
                                               workers=args.workers, shard=shard)
            rows = gradebook.records_of(graded)
            broken = sum(bool(g.problem) for g in graded)
            done = f"{len(graded)} notebooks re-run and judged, {broken} with a problem"
        else:  # regrade from an earlier run's verdicts, e.g. to merge manual scores
            rows = gradebook.read_records([args.out])
            done = "grades rebuilt from verdicts.csv"
        table = gradebook.write_outputs(rows, args.out, config, manual)
        written = [lms.write_lms(table, args.lms, args.out).name] if args.lms else []
    except ValueError as problem:
        print(f"smm-course grade: {problem}", file=sys.stderr)
        return 2
    names = ", ".join(["grades.csv", "questions.csv", "manual.csv", "feedback/"] + written)
    print(f"{done}; {len(table.students)} students written to {args.out} ({names}).")
    handed_in = {row["notebook"] for row in rows if row["notebook"]}
    skipped = sorted(handed_in & practice_notebooks() - set(table.notebooks))
    if skipped:
        print(f"Not counted: notebook {', '.join(skipped)}, practice on each student's own data (judged against the "
              "default sample export only; list it in grading.toml's notebooks to count it).")
    return 0


def _shard(text: str) -> tuple[int, int]:
    try:
        index, count = (int(part) for part in text.split("/"))
    except ValueError:
        raise ValueError(f"--shard {text!r}: write it as I/N, e.g. 2/8 for the second of eight slices.") from None
    if not 1 <= index <= count:
        raise ValueError(f"--shard {text!r}: I must be between 1 and N.")
    return index, count


def _inspect(args: argparse.Namespace, extra: list[str]) -> int:
    from smm_course.imports import ExportError, inspect_export

    try:
        print(inspect_export(args.file, platform=args.platform, year=args.year))
    except ExportError as problem:  # its message names the file and what is wrong with it
        print(f"smm-course inspect: {problem}", file=sys.stderr)
        return 1
    return 0


def _site(args: argparse.Namespace, extra: list[str]) -> int:
    from smm_course import site

    index = site.build(args.out)
    print(f"Course site written: open {index} in a browser.")
    italian = index.parent / site.EDITIONS["it"] / index.name
    if italian.is_file():
        print(f"The Italian edition is in {italian}; every page links to its other language.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smm-course",
        description="The social media marketing course: open it, check your set-up, and manage progress.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    lab = commands.add_parser("lab", help="open the course in JupyterLab at notebook 00 (other arguments go to JupyterLab)")
    lab.add_argument("--notebooks", type=Path, default=None,
                     help="folder to open (default: the clone's notebooks/, or ./smm-course-notebooks)")
    lab.add_argument("--lang", type=_language, default=None,
                     help="edition to open: en (notebooks/) or it (notebooks/it/); default: $SMM_COURSE_LANG, else en")
    lab.set_defaults(run=_lab, passthrough=True)

    doctor = commands.add_parser("doctor", help="check that Python, JupyterLab, widgets and the kernel are ready")
    doctor.set_defaults(run=_doctor)

    progress = commands.add_parser("progress", help="show your progress, notebook by notebook")
    progress.add_argument("--lang", type=_language, default=None,
                          help="language of the table: en or it (default: $SMM_COURSE_LANG, else en)")
    progress.set_defaults(run=_progress)

    export = commands.add_parser("export", help="write your progress to one file to hand in")
    export.add_argument("-o", "--output", type=Path, default=None, help="file to write (default: a named file here)")
    export.add_argument("--name", default=None, help="your name as the teacher should see it (default: your login)")
    export.add_argument("--id", default=None,
                        help="your student number or university e-mail, if your teacher asks for it")
    export.add_argument("--lang", type=_language, default=None,
                        help="language of the message: en or it (default: $SMM_COURSE_LANG, else en)")
    export.set_defaults(run=_export)

    gradebook = commands.add_parser("gradebook", help="merge students' exported progress files into one table "
                                                      "(self-reported: for completion credit)")
    gradebook.add_argument("files", type=Path, nargs="+",
                           help="files written by `smm-course export` (several sessions of one student are merged)")
    gradebook.add_argument("-o", "--output", type=Path, default=Path("grades.csv"), help="CSV to write")
    gradebook.add_argument("--values", choices=["status", "score"], default="status",
                           help="cells hold the status (correct, incorrect...) or 1 for correct and 0 otherwise")
    gradebook.set_defaults(run=_gradebook)

    release = commands.add_parser("release", help="write the students' copies of every notebook (--graded: for a "
                                                  "graded assignment)")
    release.add_argument("--out", type=Path, required=True, help="folder for the students' copies")
    release.add_argument("--graded", action="store_true",
                         help="hints and solutions off; widget answers written in code, so re-running can grade them")
    release.add_argument("--notebooks", type=Path, default=None,
                         help="folder of the course notebooks, e.g. notebooks/it for the Italian edition (default: the "
                              "clone's notebooks/ or the installed copy)")
    release.set_defaults(run=_release)

    solutions = commands.add_parser("solutions", help="write solved, executed copies of every notebook")
    solutions.add_argument("--out", type=Path, required=True, help="folder for the solved notebooks")
    solutions.add_argument("--no-execute", action="store_true", help="fill in the solutions without running them")
    solutions.add_argument("--notebooks", type=Path, default=None,
                           help="folder of the course notebooks, e.g. notebooks/it for the Italian edition (default: "
                                "the clone's notebooks/ or the installed copy)")
    solutions.set_defaults(run=_solutions)

    grade = commands.add_parser("grade", help="grade a class: re-run every submitted notebook and judge its answers")
    grade.add_argument("submissions", type=Path, nargs="?", default=None,
                       help="folder of <student>/<notebook>.ipynb (never modified); leave it out to rebuild the "
                            "grades in --out, e.g. with --manual")
    grade.add_argument("--out", type=Path, required=True,
                       help="folder for verdicts.csv, grades.csv, questions.csv, manual.csv, feedback/")
    grade.add_argument("--config", type=Path, default=None, help="grading.toml: points, notebooks, weights")
    grade.add_argument("--manual", type=Path, default=None, help="manual.csv with the instructor's scores")
    grade.add_argument("--lms", choices=["canvas", "moodle"], default=None, help="also write an LMS import file")
    grade.add_argument("--timeout", type=float, default=None, help="seconds a notebook may run (default: 600)")
    grade.add_argument("--memory", type=int, default=None, help="megabytes a notebook may use (default: 4096)")
    grade.add_argument("--workers", type=int, default=None, help="notebooks run at once (default: the cores)")
    grade.add_argument("--shard", default=None, help="grade only slice I of N (I/N), for a cluster's job array")
    grade.add_argument("--merge", type=Path, nargs="+", default=None, help="join the --out folders of shards")
    grade.add_argument("--lang", type=_language, default=None,
                       help="language of the feedback students read (feedback/, verdict messages): en or it "
                            "(default: $SMM_COURSE_LANG, else en); CSV columns stay the same")
    grade.set_defaults(run=_grade)

    inspect = commands.add_parser("inspect", help="read an analytics export of your own account and say what was found")
    inspect.add_argument("file", type=Path, help="a CSV exported from Meta Business Suite, X, YouTube Studio or TikTok")
    inspect.add_argument("--platform", default=None, help="the platform or export format, if detection is unsure")
    inspect.add_argument("--year", type=int, default=None, help="the year, for exports whose dates have none (TikTok)")
    inspect.set_defaults(run=_inspect)

    site = commands.add_parser("site", help="write a static HTML version of the course (English, and Italian in it/)")
    site.add_argument("--out", type=Path, required=True, help="folder for the site")
    site.set_defaults(run=_site)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``smm-course`` command; returns the exit code."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "passthrough", False):
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    return args.run(args, extra)


if __name__ == "__main__":
    sys.exit(main())

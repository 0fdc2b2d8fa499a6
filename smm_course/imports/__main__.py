"""``python -m smm_course.imports [--out DIR]`` rebuilds the synthetic sample exports byte for byte."""

from smm_course.imports.samples import main

if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m smm_course.datagen [--out DIR] [--only NAME ...]``: write the course datasets."""

from smm_course.datagen.build import main

if __name__ == "__main__":
    raise SystemExit(main())

"""smm-course: the helper package behind the social media marketing course.

The notebooks import it for data (:mod:`smm_course.data`), SMM metrics (:mod:`smm_course.metrics`), networks
and diffusion models, segmentation, text and statistics helpers, the plotting theme, and the exercise engine.

>>> import smm_course
>>> isinstance(smm_course.__version__, str)
True
"""

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version as _distribution_version

try:
    __version__ = _distribution_version("smm-course")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

# Submodules load on first use, so `import smm_course` stays fast in every notebook's first cell.
_SUBMODULES = {
    "data", "metrics", "network", "diffusion", "segmentation", "text", "stats", "plots",
    "exercises", "progress", "glossary", "course", "i18n", "explorers", "report",
}
_FUNCTIONS = {"start": "course", "set_language": "i18n"}

__all__ = sorted(_SUBMODULES | set(_FUNCTIONS) | {"__version__"})


def __getattr__(name):
    if name in _SUBMODULES:
        return import_module(f"{__name__}.{name}")
    if name in _FUNCTIONS:
        return getattr(import_module(f"{__name__}.{_FUNCTIONS[name]}"), name)
    raise AttributeError(f"module 'smm_course' has no attribute {name!r}")


def __dir__():
    return __all__

"""Rubric files: reading and checking them, and finding the ones a library can use."""

from reviewer.rubrics.catalog import (
    BrokenRubric,
    LoadedRubric,
    RubricCatalog,
    RubricNotFound,
    library_rubrics_dir,
    load_catalog,
    shipped_rubrics_dir,
)
from reviewer.rubrics.loader import Problem, RubricError, check_rubric_file, parse_rubric, read_rubric

__all__ = [
    "BrokenRubric",
    "LoadedRubric",
    "Problem",
    "RubricCatalog",
    "RubricError",
    "RubricNotFound",
    "check_rubric_file",
    "library_rubrics_dir",
    "load_catalog",
    "parse_rubric",
    "read_rubric",
    "shipped_rubrics_dir",
]

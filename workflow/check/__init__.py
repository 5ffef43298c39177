"""Quality checks on translations: numbers, glossary terms and names, meaning flips, brackets
and quotes, orthography, whitespace. Each check is a small registered function
(:mod:`workflow.check.registry`); :func:`check_project` runs them over a project's catalogs."""

from workflow.check.registry import CHECKS, ERROR, WARNING, Context, Problem, check, run_checks
from workflow.check.runner import Finding, Report, Summary, check_catalog, check_project

__all__ = ["CHECKS", "ERROR", "WARNING", "Context", "Finding", "Problem", "Report", "Summary",
           "check", "check_catalog", "check_project", "run_checks"]

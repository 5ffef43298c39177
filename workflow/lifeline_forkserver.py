"""Imported by the build's forkserver when it starts: it dies with the command (see lifeline)."""

from workflow.lifeline import die_with_parent

die_with_parent()

"""Imported by the build's forkserver when it starts: it dies with the command (see lifeline)."""

from workflow.lifeline import forkserver_started

forkserver_started()

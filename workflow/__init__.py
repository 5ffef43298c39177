"""dossier: a multilingual translation and publishing workflow for human-rights statements."""

__version__ = "0.1.0"

"""``python -m aiozstream.cli`` runs the ``aioz`` command."""

from aiozstream.cli.main import run

run()

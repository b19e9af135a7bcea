"""``python -m plancompare`` runs the command-line tool."""

from plancompare.cli import main

raise SystemExit(main())

"""Allow `python -m exportrisk ...` to run the command-line interface."""

from exportrisk.cli import main

raise SystemExit(main())

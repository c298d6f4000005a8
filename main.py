"""ExportRisk launcher: the desktop app by default, the command line when given a subcommand."""

import os
import sys
from pathlib import Path

CLI_FLAGS = ("-h", "--help", "--version")
#: The bundle's console program (exportrisk-cli.exe, or the exportrisk-cli script beside ExportRisk) runs the
#: command line even without arguments; it is the same program as the window.
CLI_PROGRAM = "exportrisk-cli"


def main() -> int:
    args = sys.argv[1:]
    cli = os.environ.get("EXPORTRISK_CLI") == "1" or Path(sys.argv[0]).stem.lower() == CLI_PROGRAM
    if cli or (args and (not args[0].startswith("-") or args[0] in CLI_FLAGS)):
        from exportrisk.cli import main as cli_main

        return cli_main(args)
    from ui.app import main as gui_main

    return gui_main(sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())

"""ExportRisk launcher: the desktop app by default, the command line when given a subcommand."""

import sys

CLI_FLAGS = ("-h", "--help", "--version")


def main() -> int:
    args = sys.argv[1:]
    if args and (not args[0].startswith("-") or args[0] in CLI_FLAGS):
        from exportrisk.cli import main as cli_main

        return cli_main(args)
    from ui.app import main as gui_main

    return gui_main(sys.argv)


if __name__ == "__main__":
    raise SystemExit(main())

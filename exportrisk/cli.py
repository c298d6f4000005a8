"""Command-line interface: one subcommand per module in exportrisk.commands; exit code 2 on bad input."""

from __future__ import annotations

import argparse
import importlib
import logging
import re
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn, TextIO

from exportrisk import __version__
from exportrisk.errors import ExportRiskError

#: Subcommand modules, in the order `--help` lists them.
COMMAND_MODULES = ("fx", "quote", "premium", "consortium", "report", "batch", "history", "data")


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line and exits with code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


#: Control characters (C0 but tab and newline, DEL, C1) and unpaired surrogates: never sent to a terminal,
#: where an ANSI escape from a name could rewrite the screen, and a surrogate cannot be encoded.
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` safe for a terminal: control characters dropped, unpaired surrogates shown as U+FFFD."""
    return UNPRINTABLE.sub(lambda m: "\ufffd" if m.group() >= "\ud800" else "", text)


def emit(text: str, stream: TextIO) -> None:
    """Write one printable line block to `stream`; characters its encoding lacks are replaced, never raised."""
    clean = printable(text)
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write(clean.encode(encoding, errors="replace").decode(encoding) + "\n")
    stream.flush()


def command_modules(names: Sequence[str] = COMMAND_MODULES) -> dict[str, ModuleType]:
    return {name: importlib.import_module(f"exportrisk.commands.{name}") for name in names}


def needed_commands(argv: Sequence[str]) -> tuple[str, ...]:
    """The subcommand modules a command line needs: only the named command's when it starts with one (its
    parsing, help and errors are the same with the others left out, and their imports cost a start-up's
    tenth), else all of them (for --help, --version and an unknown command)."""
    return (argv[0],) if argv and argv[0] in COMMAND_MODULES else COMMAND_MODULES


def build_parser(modules: dict[str, ModuleType]) -> argparse.ArgumentParser:
    parser = OneLineParser(prog="exportrisk", description="Measure and price the risks of an export deal.")
    parser.add_argument("--version", action="version", version=f"exportrisk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    for name, module in modules.items():
        module.add_arguments(commands.add_parser(name, help=module.HELP, description=module.HELP))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code (2 for anything the user must change)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    modules = command_modules(needed_commands(list(sys.argv[1:] if argv is None else argv)))
    args = build_parser(modules).parse_args(argv)
    try:
        output = modules[args.command].run(args)
    except ExportRiskError as exc:
        emit(f"exportrisk {args.command}: error: {' '.join(str(exc).split())}", sys.stderr)
        return 2
    except OSError as exc:  # a file the command did not check itself: still one line that names it
        emit(f"exportrisk {args.command}: error: {exc}", sys.stderr)
        return 2
    emit(output, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

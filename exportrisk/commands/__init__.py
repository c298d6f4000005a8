"""Subcommands of the `exportrisk` CLI; each module has NAME, HELP, add_arguments() and run()."""

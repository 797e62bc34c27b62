"""The `wartemarke` command: one entry point, one module per subcommand.

Each subcommand lives in the package that owns it and is imported only when used, so the
hub never loads Qt and an app never loads the hub.
"""

from __future__ import annotations

import importlib
import sys

#: subcommand -> "module:function"; the function takes argv (list[str]) and returns an exit code.
COMMANDS: dict[str, tuple[str, str]] = {
    "hub": ("shared.hub.cli:run_hub", "run the hub (LAN service)"),
    "token": ("shared.hub.cli:token", "create, list or revoke device tokens"),
    "clerk": ("shared.hub.cli:clerk", "add clerks and supervisors, set PINs"),
    "demo": ("shared.demo:main", "hub and all apps on this machine, ready to try"),
    "kiosk": ("kiosk.__main__:main", "the ticket kiosk"),
    "counter": ("counter.__main__:main", "the clerk's counter app"),
    "display": ("display.__main__:main", "the waiting-room display"),
}


def _usage() -> str:
    lines = ["usage: wartemarke COMMAND [options]", "", "commands:"]
    lines += [f"  {name:<9} {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "Run 'wartemarke COMMAND --help' for a command's options."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        sys.stdout.write(_usage() + "\n")
        return 0
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        sys.stderr.write(f"wartemarke: unknown command '{name}'\n\n{_usage()}\n")
        return 2
    target, _ = COMMANDS[name]
    module_name, func_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            sys.stderr.write(f"wartemarke: '{name}' is not available in this installation\n")
            return 2
        raise
    return int(getattr(module, func_name)(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())

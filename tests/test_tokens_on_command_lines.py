"""A token must survive being put on a command line: `--token -abc…` is an option name to
argparse. New tokens never begin with "-", and whatever launches an app passes older ones
as `--token=…`."""

from __future__ import annotations

from shared import demo
from shared.hub.auth import new_token


def test_new_tokens_never_begin_with_a_dash() -> None:
    tokens = [new_token() for _ in range(3000)]  # one in 64 would, by chance
    assert not [token for token in tokens if token.startswith("-")]
    assert len(set(tokens)) == len(tokens) and all(len(token) == 43 for token in tokens)


def test_the_demo_passes_a_token_beginning_with_a_dash_to_the_apps() -> None:
    from display.__main__ import parse_args
    from kiosk.config import build_parser

    info = {"url": "http://127.0.0.1:8765", "kiosk_token": "-kiosk-token",
            "display_token": "--display", "clerk": {"name": "demo", "pin": "1234"}}
    commands = {app: argv for app, argv, _stdin in demo._app_commands(info)}
    kiosk_args = commands["kiosk"][commands["kiosk"].index("kiosk") + 1:]
    display_args = commands["display"][commands["display"].index("display") + 1:]
    assert build_parser().parse_args(kiosk_args).token == "-kiosk-token"
    assert parse_args(display_args).token == "--display"

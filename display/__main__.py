"""`python -m display` / `wartemarke display`: the waiting-room display."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger("display")

SCREENSHOT_SIZE = (1920, 1080)
SCREENSHOT_TIMEOUT_MS = 10_000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wartemarke display",
                                     description="The waiting-room display of Wartemarke.")
    parser.add_argument("--hub", help="the hub's address, e.g. http://192.168.1.10:8765")
    parser.add_argument("--token", help="a display token (wartemarke token create --role "
                                        "display; --token=VALUE if it begins with -)")
    parser.add_argument("--config", type=Path, help="settings file (TOML)")
    parser.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    parser.add_argument("--screen", type=int, default=0, help="monitor number for full screen")
    parser.add_argument("--portrait", action="store_true", help="layout for an upright screen")
    parser.add_argument("--screenshot", type=Path, metavar="FILE",
                        help="render the screen to FILE (PNG) after the first data, then exit")
    parser.add_argument("--timeout", type=float, default=SCREENSHOT_TIMEOUT_MS / 1000,
                        help="with --screenshot: seconds to wait for the hub (default 10)")
    parser.add_argument("--test-announce", action="store_true",
                        help="announce a sample call (A017 to counter 3), then exit")
    parser.add_argument("--wav", type=Path, metavar="FILE",
                        help="with --test-announce: write gong and speech to FILE instead")
    args = parser.parse_args(argv)
    if not args.test_announce and not args.hub:
        parser.error("--hub is required")
    if args.wav and not args.test_announce:
        parser.error("--wav only goes with --test-announce")
    return args


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    from display.config import ConfigError, load_config

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        sys.stderr.write(f"wartemarke display: {exc}\n")
        return 2
    if args.screenshot or (args.test_announce and args.wav):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from display import run
    from display.translations import LanguageSwitch

    app = QApplication.instance() or QApplication(["wartemarke-display"])
    languages = LanguageSwitch(app)
    languages.set_language(config.language)
    if args.test_announce:
        return run.test_announce(config, args.wav)
    if args.screenshot:
        return run.screenshot(config, args.hub, args.token, args.screenshot,
                              portrait=args.portrait, timeout_ms=int(args.timeout * 1000))
    return run.show(config, args.hub, args.token, windowed=args.windowed,
                    screen=args.screen, portrait=args.portrait)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

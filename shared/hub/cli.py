"""`wartemarke hub`, `wartemarke token …`, `wartemarke clerk …`."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

from shared.config import ConfigError, HubSettings, load_settings
from shared.domain.clock import Clock, OffsetClock, SystemClock
from shared.hub.auth import hash_pin, new_token, valid_pin
from shared.storage.seed import seed_example
from shared.storage.store import Store

log = logging.getLogger(__name__)


def _data_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=None,
                        help="data folder (default: the user's data folder)")


def settings_from(args: argparse.Namespace) -> HubSettings:
    return load_settings(args.data, host=getattr(args, "host", None),
                         port=getattr(args, "port", None))


def open_store(settings: HubSettings) -> Store:
    """Open (migrate, seed on first start) the database of the data folder."""
    store = Store.in_dir(settings.data_dir)
    store.write_sync(lambda repos: seed_example(repos, name=settings.office_name))
    return store


def clock_from(text: str | None) -> Clock:
    if not text:
        return SystemClock()
    start = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if start.tzinfo is None:
        raise ValueError("--clock-start needs a time zone, e.g. 2026-11-25T09:00:00+01:00")
    return OffsetClock(start.astimezone(UTC))


def _fail(message: str) -> int:
    sys.stderr.write(f"wartemarke: {message}\n")
    return 2


def run_hub(argv: list[str]) -> int:
    """`wartemarke hub [--data DIR] [--host H] [--port P] [--clock-start ISO]`."""
    from shared.hub.app import create_app
    from shared.hub.server import serve

    parser = argparse.ArgumentParser(prog="wartemarke hub", description="run the hub")
    _data_args(parser)
    parser.add_argument("--host", default=None, help="address (0.0.0.0 for the LAN)")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--clock-start", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = settings_from(args)
        clock = clock_from(args.clock_start)
    except (ConfigError, ValueError) as exc:
        return _fail(str(exc))
    store = open_store(settings)

    def ready(port: int) -> None:
        log.info("hub ready on http://%s:%d (data: %s)", settings.host, port, settings.data_dir)

    try:
        return serve(create_app(store, clock, settings), settings.host, settings.port, ready)
    finally:
        store.close()


def token(argv: list[str]) -> int:
    """`wartemarke token create --role kiosk|display [--name N] [--org O]`, `list`, `revoke`."""
    parser = argparse.ArgumentParser(prog="wartemarke token")
    sub = parser.add_subparsers(dest="action", required=True)
    create = sub.add_parser("create", help="create a device token (printed once)")
    create.add_argument("--role", choices=["kiosk", "display"], required=True)
    create.add_argument("--name", default=None)
    create.add_argument("--org", default="main")
    _data_args(create)
    listing = sub.add_parser("list", help="list device tokens (never their secret)")
    _data_args(listing)
    revoke = sub.add_parser("revoke", help="revoke a device token by id or name")
    revoke.add_argument("which")
    _data_args(revoke)
    args = parser.parse_args(argv)
    try:
        settings = settings_from(args)
    except ConfigError as exc:
        return _fail(str(exc))
    store = open_store(settings)
    try:
        now = datetime.now(UTC)
        if args.action == "create":
            if store.read_sync(lambda repos: repos.office.org(args.org)) is None:
                return _fail(f"unknown organisation '{args.org}'")
            secret = new_token()
            name = args.name or args.role
            store.write_sync(lambda r: r.auth.add_device(secret, args.role, name, args.org, now))
            sys.stdout.write(secret + "\n")
        elif args.action == "list":
            for row in store.read_sync(lambda repos: repos.auth.devices()):
                state = f"revoked {row['revoked_at']}" if row["revoked_at"] else "active"
                sys.stdout.write(f"{row['id']}\t{row['role']}\t{row['name']}\t{row['org']}"
                                 f"\t{row['created_at']}\t{state}\n")
        else:
            count = store.write_sync(lambda repos: repos.auth.revoke_device(args.which, now))
            if not count:
                return _fail(f"no active token '{args.which}'")
            sys.stdout.write(f"revoked {count}\n")
        return 0
    finally:
        store.close()


def clerk(argv: list[str]) -> int:
    """`wartemarke clerk add NAME [--supervisor] [--org O]`; the PIN is read from stdin."""
    parser = argparse.ArgumentParser(prog="wartemarke clerk")
    sub = parser.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", help="add a clerk or set a PIN (PIN from stdin, 4-12 digits)")
    add.add_argument("name")
    add.add_argument("--supervisor", action="store_true")
    add.add_argument("--org", default="main")
    _data_args(add)
    args = parser.parse_args(argv)
    if sys.stdin.isatty():
        import getpass

        pin = getpass.getpass("PIN (4-12 digits): ")
    else:
        pin = sys.stdin.readline().strip()
    if not valid_pin(pin):
        return _fail("a PIN has 4 to 12 digits")
    try:
        settings = settings_from(args)
    except ConfigError as exc:
        return _fail(str(exc))
    store = open_store(settings)
    try:
        if store.read_sync(lambda repos: repos.office.org(args.org)) is None:
            return _fail(f"unknown organisation '{args.org}'")
        role = add_clerk(store, args.name, pin, supervisor=args.supervisor, org=args.org)
        sys.stdout.write(f"{role} {args.name} saved\n")
        return 0
    finally:
        store.close()


def add_clerk(store: Store, name: str, pin: str, *, supervisor: bool = False,
              org: str = "main") -> str:
    """Create or update a clerk with a PIN; returns the role."""
    role = "supervisor" if supervisor else "clerk"
    pin_hash = hash_pin(pin)
    store.write_sync(lambda repos: repos.auth.put_clerk(name, org, role, pin_hash))
    return role

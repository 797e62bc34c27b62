"""Fixtures for the hub's tests; `page` is the headless browser of the visitors' pages."""

from tests.helpers.browser import page  # noqa: F401 (a fixture, used by name)

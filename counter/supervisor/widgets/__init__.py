"""Widgets of the supervisor view, one module per tab."""

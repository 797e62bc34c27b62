"""Widgets of the counter app; they show what they are given and emit what is clicked."""

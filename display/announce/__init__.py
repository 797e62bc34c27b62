"""Announcements of calls: a gong, then speech through pyttsx3 in a separate worker process."""

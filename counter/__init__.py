"""The clerk's counter app (and, in `counter.supervisor`, the supervisor's views).

Importing any part of it first guards against a PySide6 reference-count bug (see qtfix).
"""

from counter import qtfix

qtfix.apply()

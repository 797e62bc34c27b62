"""The clerk's counter app (and, in `counter.supervisor`, the supervisor's views)."""

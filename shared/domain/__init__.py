"""Pure rules of Wartemarke: no Qt, no SQL, no sockets. Time comes from a `Clock`."""

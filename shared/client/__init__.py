"""Qt-side connection to the hub, shared by the kiosk, counter and display apps."""

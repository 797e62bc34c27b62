"""The display's widgets; each shows one part of the view model and knows no hub."""

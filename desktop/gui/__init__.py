"""The desktop app (PySide6): main window, survey list, company registry, settings, workers.

The only package that imports Qt. Views call desktop.store functions and push the results into item
models; long work runs through desktop.gui.workers off the UI thread.
"""

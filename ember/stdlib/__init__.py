"""Ember's standard library modules, written in Ember (`random.ember`): found by
driver/loader.py after the importing file's folder and EMBER_PATH."""

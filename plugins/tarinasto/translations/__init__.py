"""Translations in translators' tools: the texts of the cases as gettext PO files, one per
language (`export.py`), and the translated PO files written back into the case files
without losing their comments or order (`import_po.py`)."""

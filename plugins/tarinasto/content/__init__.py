"""Reading and checking case files: YAML with line marks, the models, the rules across
fields and files, the diagnostics and the editor schema. Imports neither MkDocs nor Jinja."""

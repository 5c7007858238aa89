"""The MkDocs adapter: the plugin's options and its events. The only code that imports
MkDocs (and the only code that knows Material's templates and search)."""

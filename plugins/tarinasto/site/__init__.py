"""Planning and rendering the site's pages from a checked library: URLs, interface
languages, Markdown fields, templates, head data, structured data, search indexes and
`cases.json`. Imports no MkDocs: any engine can write these pages out."""

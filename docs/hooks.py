"""mkdocs hooks (mkdocs.yml's ``hooks:``): the package's JSON schemas are published with the site.

The pages link to the schemas where they live in the repository (``../logderiv/schema/…``), so the
links work when docs/*.md is read on its own; on the site those files are copied to ``schema/`` and
the links point there.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File

_SCHEMAS = Path(__file__).resolve().parent.parent / "logderiv" / "schema"
_IN_REPOSITORY = "../logderiv/schema/"
_ON_SITE = "schema/"


def on_files(files, config):
    for path in sorted(_SCHEMAS.glob("*.json")):
        files.append(File.generated(config, _ON_SITE + path.name, abs_src_path=str(path)))
    return files


def on_page_markdown(markdown, page, config, files):
    return markdown.replace("](" + _IN_REPOSITORY, "](" + _ON_SITE)

"""The engines that turn docs/ into the site, in one table.

All three read the same mkdocs.yml and the same docs/; what differs is how each is run:

- **mkdocs**, the default: MkDocs 1.6 with Material;
- **properdocs**: ProperDocs, a drop-in fork of MkDocs 1.6 (same configuration, same plugins
  and themes; its command is `properdocs`), light enough to be a dependency of digest;
- **zensical**: Zensical, by Material's authors, which reads mkdocs.yml. It has no
  `--site-dir` option (the site folder comes from the configuration, and must lie inside the
  project), so digest gives it a small configuration that inherits mkdocs.yml and names the
  folder. An optional dependency: `pip install -e '.[zensical]'`.

Each engine runs as `python -m <module>` with this interpreter, so the engine used is the one
installed beside digest, never another one on the PATH.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Engine:
    name: str  # as given to `digest site --engine` and in extra.digest.engine
    module: str  # run as `python -m <module>`
    install: str  # how to make it importable, for the message when it is missing
    site_dir_option: bool = True  # False: the site folder can only be set in the configuration
    strict_option: str | None = "--strict"  # warnings fail the build; None where unsupported
    slices: bool = False  # renders in slices on several processes (digest.render)


DEFAULT_ENGINE = "mkdocs"
ENGINES: dict[str, Engine] = {
    engine.name: engine
    for engine in (
        Engine(
            "mkdocs", "mkdocs", "pip install -e . (MkDocs is a dependency of digest)", slices=True
        ),
        # ProperDocs checks plugins against its own BasePlugin, which Material's are not when
        # loaded in one process with digest.render: it builds in one process.
        Engine(
            "properdocs", "properdocs", "pip install -e . (ProperDocs is a dependency of digest)"
        ),
        Engine("zensical", "zensical", "pip install -e '.[zensical]'", site_dir_option=False),
    )
}


def command(engine: Engine, python: str, config_file: str, site_dir: Path) -> list[str]:
    """The build command, run in the repository root. `config_file` is given explicitly:
    ProperDocs looks for properdocs.yml first, Zensical for zensical.toml."""
    argv = [python, "-m", engine.module, "build", "--config-file", config_file]
    if engine.strict_option:
        argv.append(engine.strict_option)
    if engine.site_dir_option:
        argv += ["--site-dir", str(site_dir)]
    return argv


def inheriting_config(config_file: str, site_dir: Path) -> str:
    """A configuration that is `config_file` with another site folder, for an engine that
    takes the folder from the configuration only. MkDocs' INHERIT, which Zensical reads; the
    folder is JSON-quoted, which YAML reads as the same string whatever it contains."""
    return f"INHERIT: {json.dumps(config_file)}\nsite_dir: {json.dumps(str(site_dir))}\n"

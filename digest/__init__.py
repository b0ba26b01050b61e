"""digest: a static-site news digest generator.

from digest import load_config, build
config, _ = load_config(".")
result = build(config)
"""

from __future__ import annotations

from digest.build import build
from digest.config import load_config
from digest.version import __version__

__all__ = ["__version__", "build", "load_config"]

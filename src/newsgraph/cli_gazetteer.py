"""``newsgraph gazetteer build|info``: build the place index ahead of time, or describe it.

The index is built on first use anyway; ``build`` lets an installer or CI pay that cost once,
up front, and ``--force`` rebuilds after the curated table changed in place.
"""

from __future__ import annotations

import resource
import time

import typer
from rich.console import Console
from rich.table import Table

from .gazetteer import build_cache, cache_path, load

console = Console()


def register(app: typer.Typer) -> None:
    """Add the ``gazetteer`` sub-app to the main CLI."""
    sub = typer.Typer(help="The gazetteer of places (GeoNames data, CC BY 4.0).")

    @sub.command("build")
    def build(
        force: bool = typer.Option(False, "--force", help="Rebuild even if a cache exists."),
    ) -> None:
        """Build the gazetteer cache now.

        Example: newsgraph gazetteer build --force
        """
        started = time.perf_counter()
        path = build_cache(force=force)
        console.print(f"gazetteer ready at {path} ({time.perf_counter() - started:.1f} s)")

    @sub.command("info")
    def info() -> None:
        """Show where the gazetteer cache is, its size, and how fast it loads.

        Example: newsgraph gazetteer info
        """
        path = cache_path()
        started = time.perf_counter()
        gazetteer = load()
        seconds = time.perf_counter() - started
        table = Table(title="gazetteer")
        table.add_column("field")
        table.add_column("value")
        table.add_row("path", str(path))
        table.add_row("size", f"{path.stat().st_size / 1e6:.1f} MB")
        table.add_row("places", str(len(gazetteer)))
        table.add_row("load time", f"{seconds:.2f} s")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        table.add_row("peak RSS", f"{peak:.0f} MB")
        for key, value in gazetteer.info.items():
            table.add_row(key, str(value))
        console.print(table)

    app.add_typer(sub, name="gazetteer")

"""Command line: ``python -m generator check | export | build | index``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.export import FORMATS
from generator.loader import load_library
from generator.problems import ContentError

PROJECT = Path(__file__).resolve().parent.parent


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Validate the toolkit content and turn it into site pages.")
    parser.add_argument("--content", type=Path, default=PROJECT / "content",
                        help="the content folder (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate content/ and print what it holds")
    export = commands.add_parser("export", help="write all examples as JSON or CSV")
    export.add_argument("--format", choices=sorted(FORMATS), default="json")
    export.add_argument("--output", type=Path, help="file to write (default: standard output)")
    build = commands.add_parser("build", help="render the Markdown pages the site is built from")
    build.add_argument("--out", type=Path, default=PROJECT / "build" / "docs",
                       help="a new or empty folder to write, or one this command wrote before,"
                            " which it replaces (default: %(default)s)")
    index = commands.add_parser("index", help="index a built site for search (after any builder built it)")
    index.add_argument("site", type=Path, help="the built site's folder")
    return parser


def _check(library, args) -> None:
    counts = {
        "toolkits": len(library.toolkits),
        "key factors": len(library.key_factor_by_ref),
        "guide questions": library.guide_question_count(),
        "examples": len(library.examples),
        "cities": len(library.cities),
        "themes": len(library.themes),
    }
    print("content is valid: " + ", ".join(f"{n} {name}" for name, n in counts.items()))


def _export(library, args) -> int:
    data = FORMATS[args.format](library)
    if args.output and args.output.resolve().is_relative_to(args.content.resolve()):
        print(f"nothing written: {args.output} is inside the content folder", file=sys.stderr)
        return 1
    if args.output:
        args.output.write_text(data, encoding="utf-8")
    else:
        sys.stdout.write(data)
    return 0


def _build(library, args) -> int:
    from generator.build import OutputRefused, write_site  # jinja2 is only needed for building

    try:
        pages = write_site(library, args.content, args.out)
    except OutputRefused as refusal:
        print(f"nothing written: {refusal}", file=sys.stderr)
        return 1
    print(f"wrote {pages} pages to {args.out}")
    return 0


def _index(args) -> int:
    from generator.search_index import BundleRefused, IndexFailed, index_site

    try:
        print(f"indexed {index_site(args.site)} search records in {args.site}")
    except (BundleRefused, IndexFailed) as refusal:
        print(refusal, file=sys.stderr)
        return 1
    return 0


COMMANDS = {"check": _check, "export": _export, "build": _build}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "index":  # reads the built site, not the content
        return _index(args)
    try:
        library = load_library(args.content)
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"{len(error.problems)} problem(s) found; nothing written.", file=sys.stderr)
        return 1
    return COMMANDS[args.command](library, args) or 0

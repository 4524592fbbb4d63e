#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Every #include between the layers of app/ and ui/ goes down the order that app/CMakeLists.txt
# builds (docs/design.md draws it). The build refuses a header of a layer a target does not link;
# this check also refuses a layer that links too much, a "../" include and a folder of app/ that
# no layer names. Usage: layer-check.py SOURCE_DIR [--graph]
import re
import sys
from collections import Counter
from pathlib import Path

# Each layer and the layers it may include, lowest first. local and profiles are siblings.
ALLOWED = {
    "common": set(),
    "api": {"common"},
    "query": {"common", "api"},
    "local": {"common", "api"},
    "profiles": {"common", "api"},
    "editing": {"common", "api", "query", "local", "profiles"},
    "models": {"common", "api", "query", "local", "profiles", "editing"},
    "flows": {"common", "api", "query", "local", "profiles", "editing", "models"},
    "ui": {"common", "api", "query", "local", "profiles", "editing", "models", "flows"},
    # Beside ui: the command-line client and the SendGrid emulator.
    "cli": {"common", "api", "query", "local", "profiles", "editing", "models", "flows"},
    "sandbox": {"common", "api", "query", "local", "profiles", "editing"},
}
# The desktop executable's main() alone puts the window and the in-process sandbox together.
EXECUTABLE_EXTRA = {"ui/main.cpp": {"sandbox"}}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
LINK = re.compile(r"target_link_libraries\(segmentdesk_(\w+)\s([^)]*)\)")


def sources(root):
    for folder in sorted((root / "app").iterdir()):
        if folder.is_dir():
            yield folder.name, folder
    yield "ui", root / "ui"


def check(root):
    problems, edges = [], Counter()
    for layer, folder in sources(root):
        if layer not in ALLOWED:
            problems.append(f"app/{layer}/: a folder no layer names (add it to {__file__})")
            continue
        for path in sorted(folder.glob("*.[ch]*")):
            rel = path.relative_to(root).as_posix()
            allowed = ALLOWED[layer] | {layer} | EXECUTABLE_EXTRA.get(rel, set())
            for line_no, name in includes(path):
                where = f"{rel}:{line_no}: #include \"{name}\""
                if ".." in name.split("/"):
                    problems.append(f"{where}: reaches out by a relative path")
                elif "/" not in name:
                    if not (folder / name).exists():
                        problems.append(f"{where}: not beside it; name its layer folder")
                elif (target := name.split("/")[0]) not in allowed:
                    problems.append(f"{where}: {layer} may not include {target}")
                else:
                    edges[(layer, target)] += target != layer
    return problems, edges


def check_links(root):
    """The libraries of each layer target link only layers it may include."""
    problems = []
    for cmake in (root / "app" / "CMakeLists.txt", root / "ui" / "CMakeLists.txt"):
        for match in LINK.finditer(cmake.read_text(encoding="utf-8")):
            layer = match.group(1)
            if layer not in ALLOWED:
                continue
            for target in re.findall(r"\bsegmentdesk_(\w+)", match.group(2)):
                if target not in ALLOWED[layer]:
                    problems.append(f"{cmake.relative_to(root)}: segmentdesk_{layer} links "
                                    f"segmentdesk_{target}, which it may not include")
    return problems


def includes(path):
    text = path.read_text(encoding="utf-8")
    for match in INCLUDE.finditer(text):
        yield text.count("\n", 0, match.start()) + 1, match.group(1)


def main():
    root = Path(sys.argv[1]).resolve()
    problems, edges = check(root)
    problems += check_links(root)
    if "--graph" in sys.argv:
        for (layer, target), count in sorted(edges.items()):
            if count:
                print(f"{layer} -> {target}: {count}")
    for problem in problems:
        print(problem)
    if problems:
        print(f"layer check: {len(problems)} finding(s) against the layer order")
        return 1
    print(f"layer check: {sum(edges.values())} includes between layers, all down the order")
    return 0


if __name__ == "__main__":
    sys.exit(main())

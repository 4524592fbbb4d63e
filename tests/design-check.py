#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# docs/design.md names only what exists: every `path` in it is a file or folder of the checkout,
# every `Class` or `Class::member` is declared or defined in app/ or ui/, every other `name` (a
# target, a test, a signal) occurs in a CMakeLists.txt or a source; and every folder of app/ has
# its place on the map. Usage: design-check.py SOURCE_DIR
import re
import sys
from pathlib import Path

CODE = re.compile(r"`([^`\n]+)`")
CLASS = re.compile(r"^([A-Z][A-Za-z0-9]*)(?:::([A-Za-z_][A-Za-z0-9_]*))?$")
NAME = re.compile(r"^[a-z][a-z0-9_\-]*$")


def read_all(paths):
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in paths)


def problems(root):
    doc = (root / "docs" / "design.md").read_text(encoding="utf-8")
    sources = read_all(p for d in ("app", "ui") for p in (root / d).rglob("*") if p.suffix in (".h", ".cpp"))
    cmake = read_all(root.rglob("CMakeLists.txt"))
    found = []
    for token in sorted(set(CODE.findall(doc))):
        if "/" in token or re.search(r"\.(cpp|h|py|md|sh|txt)$", token):
            if not (root / token).exists():
                found.append(f"`{token}`: no such file or folder")
        elif match := CLASS.match(token):
            cls, member = match.groups()
            if not re.search(rf"\b(class|struct|namespace)\s+(\[\[\w+\]\]\s+)?{cls}\b[^;]", sources):
                found.append(f"`{token}`: no class {cls} in app/ or ui/")
            elif member and not re.search(rf"\b{cls}::{member}\b", sources):
                found.append(f"`{token}`: {cls} has no {member}")
        elif NAME.match(token):
            if not re.search(rf"\b{re.escape(token)}\b", cmake + sources):
                found.append(f"`{token}`: named nowhere in the build or the sources")
    for folder in sorted(p for p in (root / "app").iterdir() if p.is_dir()):
        if f"`app/{folder.name}/`" not in doc:
            found.append(f"app/{folder.name}/ is not on the map")
    return found


def main():
    root = Path(sys.argv[1]).resolve()
    found = problems(root)
    for problem in found:
        print(f"docs/design.md: {problem}")
    if found:
        return 1
    print(f"design check: every name in docs/design.md exists")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# clang-tidy, with the checks of .clang-tidy, over every source of app/ and the headers of app/ it
# includes. Cached like ccache caches the compiler: a file is analysed again only when its
# preprocessed text, its compile command, .clang-tidy or clang-tidy itself changed, so CI pays
# only for what changed since the cache was warm.
# Usage: tidy-check.py SOURCE_DIR BUILD_DIR [--jobs N] [--no-cache]
# Cache: $SEGMENTDESK_TIDY_CACHE, else ~/.cache/segmentdesk-tidy (one empty file per clean key).
import hashlib
import json
import os
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TIDY = os.environ.get("CLANG_TIDY", "clang-tidy")


def compile_commands(source, build):
    entries = json.loads((build / "compile_commands.json").read_text(encoding="utf-8"))
    app = (source / "app").as_posix() + "/"
    for entry in entries:
        file = Path(entry["directory"], entry["file"]).resolve().as_posix()
        if file.startswith(app) and file.endswith(".cpp"):
            yield file, entry


def preprocessed(entry):
    """The compiler's preprocessed text of the entry: what the file's analysis depends on."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    if Path(args[0]).name == "ccache":
        args = args[1:]
    kept, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg == "-o":
            skip = True
        elif arg != "-c":
            kept.append(arg)
    run = subprocess.run(kept + ["-E", "-o", "-"], cwd=entry["directory"], capture_output=True)
    return run.stdout if run.returncode == 0 else None


def cache_key(salt, roots, file, entry):
    """Independent of where the checkout is, as ccache's base_dir makes the compiler's key."""
    text = preprocessed(entry)
    if text is None:
        return None
    command = entry.get("command", " ".join(entry.get("arguments", []))) + "\n" + file
    for root, mark in roots:  # the build folder first: it may lie inside the source folder
        text = text.replace(root.encode(), mark.encode())
        command = command.replace(root, mark)
    digest = hashlib.sha256(salt)
    digest.update(command.encode())
    digest.update(text)
    return digest.hexdigest()


def tidy(build, file):
    run = subprocess.run([TIDY, "-p", str(build), "--quiet", file], capture_output=True, text=True)
    lines = [line for line in (run.stdout + run.stderr).splitlines()
             if not line.endswith("warnings generated.") and "warnings and" not in line
             and not line.startswith("Suppressed ")]
    findings = {line for line in lines if ": warning: " in line or ": error: " in line}
    return findings, "\n".join(lines) if (findings or run.returncode) else "", run.returncode


def main():
    source, build = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    jobs = int(sys.argv[sys.argv.index("--jobs") + 1]) if "--jobs" in sys.argv else 2
    use_cache = "--no-cache" not in sys.argv
    cache = Path(os.environ.get("SEGMENTDESK_TIDY_CACHE",
                                Path.home() / ".cache" / "segmentdesk-tidy"))
    cache.mkdir(parents=True, exist_ok=True)
    version = subprocess.run([TIDY, "--version"], capture_output=True).stdout
    salt = version + (source / ".clang-tidy").read_bytes()
    roots = [(build.as_posix(), "@BUILD@"), (source.as_posix(), "@SOURCE@")]

    def one(item):
        file, entry = item
        key = cache_key(salt, roots, file, entry) if use_cache else None
        if key and (cache / key).exists():
            return file, set(), "", True
        findings, text, code = tidy(build, file)
        if key and not findings and code == 0:
            (cache / key).touch()
        if code and not findings:
            findings = {f"{file}: clang-tidy exited with {code}"}
        return file, findings, text, False

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(one, sorted(compile_commands(source, build))))
    # A finding in a header shows once for every source that includes it: counted once.
    total = len(set().union(*(r[1] for r in results))) if results else 0
    for _, findings, text, _ in results:
        if findings:
            print(text)
    cached = sum(r[3] for r in results)
    print(f"tidy check: {len(results)} files of app/ ({cached} unchanged since their last clean "
          f"analysis), {total} finding(s)")
    return 1 if total or not results else 0


if __name__ == "__main__":
    sys.exit(main())

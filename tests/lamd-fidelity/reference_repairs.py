#!/usr/bin/env python3
"""Where lamd's own output (lamd-render: gpp + pandoc, run on the public macros) is plainly wrong, the fidelity
run compares TalkDsl with lamd-render of a copy of the talk with that one defect repaired, never with nothing.
Each repair says what it changes and why lamd is wrong; the repair inserts text after the talk's front matter
and changes nothing else. measure.py prints lamd's figures before and after each repair, and fails when a repair
no longer restores anything (lamd fixed: remove the repair).

Usage: reference_repairs.py TALKS_DIR OUT_DIR   copies TALKS_DIR to OUT_DIR, repairs the talks named below there,
and prints the path of each repaired copy (relative to OUT_DIR)."""
import os, re, shutil, sys
from dataclasses import dataclass

@dataclass(frozen=True)
class Repair:
    talk: str      # the talk's file name without .md
    insert: str    # inserted on its own line right after the front matter
    why: str

# The people macros lamd's public macro files leave undefined (talk-people.gpp: "People macros can be added here
# in the future") that these talks' snippets call.
_PEOPLE = ["radfordNeal", "freddieKalaitzis", "martinMubangizi", "ricardoAndradePacheco", "johnQuinn", "akiVehtari",
           "zhenwenDai", "andreasDamianou"]

REPAIRS = {r.talk: r for r in [
    Repair(
        "data-science-intellectual-debt-and-auto-ai",
        "<!-- -->",
        "lamd writes the talk's body straight after its macro file, whose last line `\\endif` has no line break, "
        "and drops the blank lines after the front matter: this talk's first line (`Didn't have a chance ...`) "
        "makes `\\endifDidn` of it, the macro file's `\\ifdef{CODE}` never closes, and gpp drops the whole body "
        "(lamd's pages show the title only). Repaired: an empty HTML comment before the body, so the body starts "
        "on a line of its own."),
    Repair(
        "deep-probabilistic-modelling-with-gaussian-processes",
        "".join(f"\\define{{{name}Picture}}{{}}" for name in _PEOPLE),
        "its snippets call people macros lamd's public macro files do not define (`\\zhenwenDaiPicture{15%}`), "
        "so they reach pandoc as raw LaTeX, where `%` starts a comment: pandoc reads on for a closing brace and "
        "finds a stray `}` in a code listing about 780 lines later, dropping everything between (14 notes sections, "
        "9 images, 3 videos). Repaired: those people macros defined empty, as talk-people.gpp leaves them for the future "
        "(TalkDsl's import leaves their raw LaTeX out, as pandoc does for HTML when it reads the call whole)."),
]}

FRONT_MATTER = re.compile(r"^---\s*\n.*?\n(?:---|\.\.\.)[ \t]*\n", re.S)

def repaired(text, repair):
    match = FRONT_MATTER.match(text)
    if match is None:
        raise ValueError(f"{repair.talk}: no front matter to insert the repair after")
    return text[:match.end()] + repair.insert + "\n" + text[match.end():]

def main(talks_dir, out_dir):
    shutil.copytree(talks_dir, out_dir)
    found = set()
    for folder, _, files in os.walk(out_dir):
        for name in files:
            if name.endswith(".md") and name[:-3] in REPAIRS:
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                with open(path, "w", encoding="utf-8") as f:
                    f.write(repaired(text, REPAIRS[name[:-3]]))
                found.add(name[:-3])
                print(os.path.relpath(path, out_dir))
    missing = sorted(set(REPAIRS) - found)
    if missing:
        sys.exit(f"reference_repairs: no talk named {missing} in {talks_dir}: remove its repair")

if __name__ == "__main__":
    main(*sys.argv[1:3])

"""Keep the README's example output true: regenerate every block between
``<!-- run: COMMAND -->`` and ``<!-- /run -->`` by running COMMAND, and every
``<!-- python -->`` block's following output block by executing the code.

    python scripts/readme.py          # rewrite README.md in place
    python scripts/readme.py --check  # exit 1 if README.md is out of date (used by the tests)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
RUN = re.compile(
    r"(<!-- run: (?P<cmd>.+?) -->\n```(?P<lang>\w*)\n)(?P<out>.*?)(```\n<!-- /run -->)", re.S
)
PY = re.compile(
    r"(<!-- python -->\n```python\n(?P<code>.*?)```\n\n```text\n)"
    r"(?P<out>.*?)(```\n<!-- /python -->)",
    re.S,
)

PROGRESS = re.compile(r"^\d+(/\d+)? documents, [\d.]+/s, \d+ with problems")


def run_command(cmd: str) -> str:
    """stdout and stderr of ``cmd`` as a reader would see them, with the prompt line."""
    env = dict(
        os.environ,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        COLUMNS="100",
        NO_COLOR="1",
    )
    done = subprocess.run(
        cmd, shell=True, cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    # The half-minute progress lines depend on the machine's speed, not on the example.
    err = "".join(line for line in done.stderr.splitlines(True) if not PROGRESS.match(line))
    return f"$ {cmd}\n{done.stdout}{err}"


def run_python(code: str) -> str:
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    finally:
        os.chdir(cwd)
    return out.getvalue()


def render(text: str) -> str:
    text = RUN.sub(lambda m: m.group(1) + run_command(m.group("cmd")) + m.group(5), text)
    return PY.sub(lambda m: m.group(1) + run_python(m.group("code")) + m.group(4), text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if README.md is stale")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if args.check:
        if fresh != current:
            sys.stderr.write("README.md examples are stale: run python scripts/readme.py\n")
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

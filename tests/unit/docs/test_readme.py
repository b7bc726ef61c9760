"""The README's code blocks are real programs: each ```python block passes `ember check`,
and every `# value` comment on a `print` line of a block that runs to the end (exit 0)
appears in its output, so the taste a newcomer pastes works as written."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ember_testing import REPO, fail, run_ember

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)
PY_BLOCKS = re.findall(r"```py\n(.*?)```", README, re.S)  # Python using Ember (the Python layer)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_block(code: str, tmp_path: Path) -> None:
    src = tmp_path / "block.ember"
    src.write_text(code, encoding="utf-8")
    checked = run_ember(["check", src.name], tmp_path)
    if checked.returncode != 0:
        fail("README.md", "a code block does not compile", checked, details=code)
    ran = run_ember(["run", src.name], tmp_path)
    if ran.returncode != 0:
        return  # a block may end in an error on purpose (it says so in its comments)
    for line in code.splitlines():
        m = re.match(r"\s*print\(.*\)\s+#\s+(.*)$", line)
        if m and not m.group(1).startswith(("\"", "escapes")):
            for part in m.group(1).split(":", 1)[0:1]:
                if part.strip() and part.strip() not in ran.stdout:
                    fail("README.md", f"the output lacks `{part.strip()}` (commented in the README)", ran, details=code)
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("code", PY_BLOCKS, ids=[f"py{i}" for i in range(len(PY_BLOCKS))])
def test_readme_python_block(code: str, tmp_path: Path) -> None:
    """A ```py block runs with Python from the repository root and prints what its
    `# value` comments say (the Python layer, LANGUAGE.md §12)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(REPO), EMBER_CACHE_DIR=str(tmp_path / "cache"))
    ran = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, env=env, timeout=600)
    assert ran.returncode == 0, ran.stderr
    for line in code.splitlines():
        m = re.match(r"\s*print\(.*\)\s+#\s+(.*)$", line)
        if m:
            assert m.group(1).strip() in ran.stdout, (m.group(1), ran.stdout)

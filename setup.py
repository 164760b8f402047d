"""Optional compiled build of the extraction hot path.

`ARMSTRACE_COMPILE=1 pip install --no-build-isolation .` (with mypy installed) compiles the
modules listed in src/armstrace/build.py (COMPILED) with mypyc, as black and
mypy ship themselves: same code, same output, ~1.5x the documents per second on arms news
(benchmarks/throughput.py prints which build ran). Without the variable this is a plain
pure-Python install; everything else lives in pyproject.toml.
"""

import ast
import os
from pathlib import Path

from setuptools import setup

ext_modules = []
if os.environ.get("ARMSTRACE_COMPILE") == "1":
    from mypyc.build import mypycify

    build_py = Path(__file__).with_name("src") / "armstrace" / "build.py"
    modules = next(ast.literal_eval(node.value) for node in ast.parse(build_py.read_text()).body
                   if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "COMPILED")
    ext_modules = mypycify([f"src/{m.replace('.', '/')}.py" for m in modules], opt_level="3")

setup(ext_modules=ext_modules)

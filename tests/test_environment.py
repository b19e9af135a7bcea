"""The project's set-up files agree with each other."""

from __future__ import annotations

import re
import tomllib

import yaml

from .conftest import ROOT


def _norm(name: str) -> str:
    return re.split(r"[<>=!~ \[]", name.strip())[0].lower().replace("_", "-")


def test_environment_yml_lists_the_same_packages_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_norm(d) for d in project["dependencies"]}
    wanted |= {_norm(d) for d in project["optional-dependencies"]["dev"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    listed = set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            listed |= {_norm(d) for d in dep["pip"] if not d.startswith("-e")}
        else:
            listed.add(_norm(dep))
    assert listed - {"python", "pip"} == wanted


def test_lock_pins_every_dependency_exactly():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith((" ", "#")):
            name, _, version = line.partition("==")
            assert version, f"not pinned exactly: {line}"
            pins[_norm(name)] = version
    needed = [_norm(d) for d in project["dependencies"] + project["optional-dependencies"]["dev"]]
    assert not [d for d in needed if d not in pins]


def test_every_make_target_is_documented():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = re.findall(r"^([a-z][a-z_-]*):", makefile, flags=re.M)
    for t in ("help", "setup", "data", "run", "test", "lab"):
        assert t in targets
    undocumented = [t for t in targets if not re.search(rf"^{t}:.*## \S", makefile, flags=re.M)]
    assert not undocumented


def test_design_card_layout_and_ci():
    for path in ("notebooks", "data/raw", "data/processed", "lib/plancompare", "environment.yml",
                 "tests", "README.md", "pyproject.toml", "Makefile", ".ci/run"):
        assert (ROOT / path).exists(), path
    assert "make test" in (ROOT / ".ci/run").read_text(encoding="utf-8")

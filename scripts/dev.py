#!/usr/bin/env python3
"""Set up and run Dongbei Survey Desk on a fresh machine (Linux, macOS, Windows).

    python3 scripts/dev.py run     # venv + install, then start the app on its default database
    python3 scripts/dev.py test    # venv + install (with test tools), then run the whole test suite
    python3 scripts/dev.py setup   # only the setup

On Debian/Ubuntu the setup also installs, when missing and when it can (root or sudo), the system
packages the app and its tests need: Qt's xcb libraries, a CJK font (WenQuanYi Zen Hei) and poppler.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# one entry per need; "a|b" = the first of these names the distribution has (Debian 13 renamed some)
APT_PACKAGES = [
    "fonts-wqy-zenhei", "poppler-utils", "poppler-data", "libegl1", "libgl1", "libfontconfig1",
    "libxkbcommon0", "libxkbcommon-x11-0", "libdbus-1-3", "libglib2.0-0t64|libglib2.0-0", "libxcb-cursor0",
    "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-shape0",
    "libxcb-xinerama0", "libxcb-randr0", "libxcb-xkb1",
]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _installed(name: str) -> bool:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True).stdout
    return "ok installed" in out


def _available(name: str) -> bool:
    out = subprocess.run(["apt-cache", "policy", name], capture_output=True, text=True).stdout
    return "Candidate:" in out and "Candidate: (none)" not in out


def system_packages() -> None:
    if sys.platform != "linux" or not shutil.which("apt-get") or not shutil.which("dpkg-query"):
        return
    needs = [entry.split("|") for entry in APT_PACKAGES]
    if all(any(_installed(n) for n in names) for names in needs):
        return
    missing_needs = [names for names in needs if not any(_installed(n) for n in names)]
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None:
        print(f"note: please install these system packages: {' '.join(n[-1] for n in missing_needs)}")
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(prefix + ["apt-get", "update", "-qq"], check=True, env=env)
    missing = [next((n for n in names if _available(n)), names[-1]) for names in missing_needs]
    print(f"installing system packages: {' '.join(missing)}")
    subprocess.run(prefix + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env)


def setup(dev: bool) -> None:
    system_packages()
    if not venv_python().exists():
        print(f"creating {VENV}")
        venv.create(VENV, with_pip=True)
    extra = ".[dev]" if dev else "."
    subprocess.run([str(venv_python()), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([str(venv_python()), "-m", "pip", "install", "-q", "-e", extra], cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "setup":
        setup(dev=True)
        return 0
    if command == "run":
        setup(dev=False)
        return subprocess.run([str(venv_python()), "-m", "desktop", *rest], cwd=ROOT).returncode
    if command == "test":
        setup(dev=True)
        env = dict(os.environ)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        code = subprocess.run([str(venv_python()), "-m", "ruff", "check", "desktop", "tests", "scripts"],
                              cwd=ROOT).returncode
        if code:
            return code
        return subprocess.run([str(venv_python()), "-m", "pytest", *rest], cwd=ROOT, env=env).returncode
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Named profiles (``altoviz config ...``): an endpoint per profile in ``~/.altoviz/cli.yaml``, the key in the keychain.

The file has the official CLI's INI layout (``[profile]`` sections, ``apikey=`` and ``endpoint=``), so both
commands read the same profiles. The key goes to the OS keychain through ``keyring`` when a real backend exists;
without one (a server, a container) it falls back to the file, written 0600, and the command says so.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONFIG_ENV = "ALTOVIZ_CLI_CONFIG"
"""Where the profiles file is (default ``~/.altoviz/cli.yaml``); tests and CI point it at a temporary file."""
KEYRING_SERVICE = "altoviz-cli"
DEFAULT_PROFILE = "default"


@dataclass(frozen=True)
class Profile:
    """One profile as stored: its name, endpoint (None: the default) and key (None: not set)."""

    name: str
    endpoint: str | None
    api_key: str | None
    key_store: str
    """``keychain``, ``file`` or ``none``: where the key was found."""


def config_path() -> Path:
    """Return the profiles file."""
    explicit = os.environ.get(CONFIG_ENV)
    return Path(explicit) if explicit else Path.home() / ".altoviz" / "cli.yaml"


def _read() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    path = config_path()
    if path.exists():
        parser.read(path, encoding="utf-8")
    return parser


def _write(parser: configparser.ConfigParser) -> None:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created 0600 before anything is written: the file may hold a key when there is no keychain.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        parser.write(file)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def keychain() -> Any | None:
    """Return the keyring module when a real backend is there; None for the fail and null backends, or no keyring."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    backend = keyring.get_keyring()
    # chainer.ChainerBackend with nothing behind it is as good as none: its priority is 0 or less then.
    if isinstance(backend, (fail.Keyring, null.Keyring)) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def names() -> list[str]:
    """Return the profiles in the file, in file order."""
    return _read().sections()


def load(name: str) -> Profile | None:
    """Return a profile, with its key from the keychain or the file; None when there is no such profile."""
    parser = _read()
    if not parser.has_section(name):
        return None
    section = parser[name]
    key = section.get("apikey") or None
    store = "file" if key else "none"
    if key is None:
        ring = keychain()
        stored = ring.get_password(KEYRING_SERVICE, name) if ring is not None else None
        if stored:
            key, store = stored, "keychain"
    return Profile(name=name, endpoint=section.get("endpoint") or None, api_key=key, key_store=store)


def save(name: str, *, api_key: str | None, endpoint: str | None) -> str:
    """Create or update a profile; return where the key went (``keychain``, ``file`` or ``unchanged``)."""
    parser = _read()
    if not parser.has_section(name):
        parser.add_section(name)
    if endpoint is not None:
        parser[name]["endpoint"] = endpoint
    where = "unchanged"
    if api_key is not None:
        ring = keychain()
        if ring is not None:
            ring.set_password(KEYRING_SERVICE, name, api_key)
            parser.remove_option(name, "apikey")
            where = "keychain"
        else:
            parser[name]["apikey"] = api_key
            where = "file"
    _write(parser)
    return where


def delete(name: str) -> bool:
    """Remove a profile and its key; False when there was no such profile."""
    parser = _read()
    existed = parser.remove_section(name)
    _forget_key(name)
    if existed:
        _write(parser)
    return existed


def reset() -> int:
    """Remove every profile and key; return how many profiles there were."""
    all_names = names()
    for name in all_names:
        _forget_key(name)
    config_path().unlink(missing_ok=True)
    return len(all_names)


def _forget_key(name: str) -> None:
    ring = keychain()
    if ring is None:
        return
    import keyring.errors

    # No key stored for this profile: nothing to forget.
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        ring.delete_password(KEYRING_SERVICE, name)

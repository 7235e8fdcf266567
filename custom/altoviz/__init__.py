"""altoviz: the asyncio SDK for the Altoviz invoicing API.

The generated low level lives in ``altoviz_client``; this package is the hand-written layer on top.
"""

from ._version import __version__

__all__ = ["__version__"]

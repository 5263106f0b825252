"""``python -m iblearn.bench``: see :mod:`iblearn.bench`."""

import sys

from . import main

sys.exit(main())

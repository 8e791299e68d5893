"""``python -m perfextract``: the command line."""

import sys

from perfextract.cli import main

sys.exit(main())

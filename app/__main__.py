"""Let `python -m app` behave like the `thematic` command."""

from app.cli import main

raise SystemExit(main())

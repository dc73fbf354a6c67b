"""Pure domain logic: no Qt, no SQLAlchemy, so it is testable and reusable everywhere."""

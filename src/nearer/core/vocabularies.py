"""Fixed lists shared across Nearer. Later features add theirs here (emotions, urges, ...)."""

RELATIONSHIP_KINDS = [
    ("partner", "Partner"),
    ("parent", "Parent"),
    ("sibling", "Sibling"),
    ("child", "Child"),
    ("friend", "Friend"),
    ("colleague", "Colleague"),
    ("other", "Other"),
]

# Countries with crisis lines Nearer lists by name; anywhere else is "elsewhere" (findahelpline.com).
COUNTRIES = [
    ("US", "United States"),
    ("CA", "Canada"),
    ("GB", "United Kingdom"),
    ("IE", "Ireland"),
    ("AU", "Australia"),
    ("NZ", "New Zealand"),
    ("OTHER", "Somewhere else"),
]
COUNTRY_LABELS = dict(COUNTRIES)

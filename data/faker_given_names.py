"""Prints the given names of Faker's person providers (Debian package python3-fake-factory),
every locale's, one a line, sorted: census and registry first names of some forty
countries, which the build compiles in as further given names (common/extract/people.cpp
filters out the ones that are also ordinary words, places or titles).

Run with Debian's own interpreter (/usr/bin/python3), whose dist-packages hold faker."""
import importlib
import pkgutil
import sys

import faker.providers.person as person_providers

names = set()
for module_info in pkgutil.iter_modules(person_providers.__path__):
    provider = getattr(importlib.import_module(f"{person_providers.__name__}.{module_info.name}"), "Provider", None)
    for attribute in ("first_names", "first_names_male", "first_names_female"):
        values = getattr(provider, attribute, None) or ()
        names.update(name.strip() for name in values if " " not in name.strip())
sys.stdout.write("".join(f"{name}\n" for name in sorted(names) if name))

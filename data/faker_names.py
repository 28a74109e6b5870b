"""Prints names of Faker's person providers (Debian package python3-fake-factory), one a
line, sorted, which the build compiles in (data/CMakeLists.txt):

  faker_names.py             every locale's first names: census and registry first names
                             of some forty countries (common/extract/people.cpp filters out
                             the ones that are also ordinary words, places or titles);
  faker_names.py --surnames  the last names of the English-speaking locales (en, en_GB,
                             en_NZ, en_US: census and registry surnames), of which people.cpp
                             uses those that are also English words ("Gates", "Stone").

Run with Debian's own interpreter (/usr/bin/python3), whose dist-packages hold faker."""
import importlib
import pkgutil
import sys

import faker.providers.person as person_providers

ENGLISH_LOCALES = ("en", "en_GB", "en_NZ", "en_US")


def provider_of(locale):
    return getattr(importlib.import_module(f"{person_providers.__name__}.{locale}"), "Provider", None)


def names_of(provider, attributes):
    names = set()
    for attribute in attributes:
        values = getattr(provider, attribute, None) or ()
        names.update(name.strip() for name in values if " " not in name.strip())
    return names


names = set()
if sys.argv[1:] == ["--surnames"]:
    for locale in ENGLISH_LOCALES:
        names |= names_of(provider_of(locale), ("last_names",))
else:
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        names |= names_of(provider_of(module_info.name), ("first_names", "first_names_male", "first_names_female"))
sys.stdout.write("".join(f"{name}\n" for name in sorted(names) if name))

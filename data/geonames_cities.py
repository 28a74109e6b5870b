"""Prints the names of two words or more of the cities in libgeonames (Debian package
libgeonames0: GeoNames' cities of 15,000 people or more, about 24,000, compiled into the
library), one a line, sorted: "Des Moines", "Palo Alto", "Petaling Jaya", "Winston-Salem".
The build compiles them in as places a capitalised run must not take for a person
(common/extract/place_names.hpp). Names of one word are left out: they are surnames and
given names as often ("Florence", "Marion", "Chester").

With "--one-word POPULATION" after the library, prints instead the names of one word of
the cities of at least POPULATION people ("Glasgow", "Munich"): a run that starts with
one names a team, a firm or a constituency ("Nottingham Forest", "Munich Re").

Run with Debian's own interpreter (/usr/bin/python3); the library is read through ctypes,
as it has no Python binding."""
import ctypes
import sys

geonames = ctypes.CDLL(sys.argv[1] if len(sys.argv) > 1 else "libgeonames.so.0")
geonames.geonames_get_n_cities.restype = ctypes.c_int
geonames.geonames_get_city.restype = ctypes.c_void_p
geonames.geonames_get_city.argtypes = [ctypes.c_int]
geonames.geonames_city_get_name.restype = ctypes.c_char_p
geonames.geonames_city_get_name.argtypes = [ctypes.c_void_p]
geonames.geonames_city_get_population.restype = ctypes.c_uint
geonames.geonames_city_get_population.argtypes = [ctypes.c_void_p]
geonames.geonames_city_free.argtypes = [ctypes.c_void_p]

one_word_population = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--one-word" else None

names = set()
for index in range(geonames.geonames_get_n_cities()):
    city = geonames.geonames_get_city(index)
    name = geonames.geonames_city_get_name(city).decode("utf-8").strip()
    population = geonames.geonames_city_get_population(city)
    geonames.geonames_city_free(city)
    if ";" in name:
        continue
    several_words = " " in name or "-" in name
    if one_word_population is None and several_words:
        names.add(name)
    elif one_word_population is not None and not several_words and population >= one_word_population:
        names.add(name)
sys.stdout.write("".join(f"{name}\n" for name in sorted(names)))

"""Prints the words of a word list folded as newsdex folds a token (lower case, accents
off, "ß" as "ss": common/text/fold.hpp), one a line, without repeats, in byte order (the
build searches the list as it is: common/extract/dictionary_words.cpp).

Used for German (Debian package wngerman), whose list spells nouns with their capital
("Angebot", "Ärger") and holds their inflected forms ("Angebote", "Angebotes"): a token's
folded form finds a noun and a verb ("finde") alike, as ASCII-only lower-casing in CMake
would not for "Ärger". Entries in capitals (abbreviations: "UN") are left out.

Run with Debian's own interpreter (/usr/bin/python3): python3 folded_words.py LIST"""
import sys
import unicodedata


def fold(word):
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain.casefold())


with open(sys.argv[1], encoding="utf-8") as words:
    # Abbreviations in capitals ("UN", "SPD") fold to words they are not ("un").
    entries = [line.strip() for line in words]
    folded = {fold(entry) for entry in entries if entry and not (len(entry) > 1 and entry.isupper())}
for word in sorted(folded, key=lambda w: w.encode("utf-8")):
    print(word)

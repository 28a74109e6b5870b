"""Prints the words of word lists folded as newsdex folds a token (lower case, accents
off, "ß" as "ss": common/text/fold.hpp), one a line, without repeats, in byte order (the
build searches the list as it is: common/extract/dictionary_words.cpp).

Used for German (Debian package wngerman), whose list spells nouns with their capital
("Angebot", "Ärger") and holds their inflected forms ("Angebote", "Angebotes"): a token's
folded form finds a noun and a verb ("finde") alike, as ASCII-only lower-casing in CMake
would not for "Ärger". Entries in capitals (abbreviations: "UN") are left out.

With --lower-case, only the entries written in small letters alone, for English
(wamerican, wbritish): their ordinary words, the borrowed ones with their accents
("château", "café") as well as the others, but no proper noun ("Reagan") nor
possessive ("aardvark's").

Run with Debian's own interpreter (/usr/bin/python3):
python3 folded_words.py [--lower-case] LIST..."""
import sys
import unicodedata


def fold(word):
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain.casefold())


def wanted(entry, lower_case_only):
    if not entry:
        return False
    if lower_case_only:
        return entry.isalpha() and entry.islower()
    # Abbreviations in capitals ("UN", "SPD") fold to words they are not ("un").
    return not (len(entry) > 1 and entry.isupper())


lower_case_only = "--lower-case" in sys.argv[1:]
folded = set()
for path in (argument for argument in sys.argv[1:] if argument != "--lower-case"):
    with open(path, encoding="utf-8") as words:
        folded.update(fold(line.strip()) for line in words if wanted(line.strip(), lower_case_only))
for word in sorted(folded, key=lambda w: w.encode("utf-8")):
    print(word)

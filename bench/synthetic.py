"""Realistic synthetic rosters for the benchmarks (Latin and Bengali names)."""

from __future__ import annotations

import random

GIVEN = [
    "Nusrat",
    "Tanvir",
    "Farhana",
    "Rakib",
    "Sadia",
    "Arif",
    "Mitu",
    "Shakil",
    "Joy",
    "Ana",
    "José",
    "Lena",
    "Kamal",
    "Priyanka",
    "Emon",
    "Rumana",
    "Sami",
    "Aiko",
]
FAMILY = [
    "Hasan",
    "Ahmed",
    "Akter",
    "Islam",
    "Chowdhury",
    "Das",
    "Rahman",
    "Barua",
    "Roy",
    "Costa",
    "Álvarez",
    "Vogel",
    "Uddin",
    "Saha",
    "Khan",
    "Gomes",
    "Tanaka",
    "Sarker",
]
BN_GIVEN = ["নুসরাত", "তানভীর", "ফারহানা", "রাকিব", "সাদিয়া", "আরিফ", "মিতু", "জয়", "কমল"]
BN_FAMILY = ["হাসান", "আহমেদ", "আক্তার", "ইসলাম", "চৌধুরী", "দাস", "রহমান", "বড়ুয়া", "রায়"]
REGIONS = [
    "Dhaka",
    "Chattogram",
    "Rajshahi",
    "Khulna",
    "Barishal",
    "Sylhet",
    "Rangpur",
    "Mymensingh",
]


def people(count: int, seed: int = 1) -> list[dict[str, str]]:
    """``count`` roster rows with unique emails and usernames."""
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        local = f"{rng.choice(BN_GIVEN)} {rng.choice(BN_FAMILY)}" if rng.random() < 0.6 else ""
        user = f"{name.split()[0]}{n}"
        rows.append(
            {
                "display_name": name,
                "local_name": local,
                "wiki_username": user,
                "email": f"{user.lower()}@example.org",
                "region": rng.choice(REGIONS),
                "affiliation": f"Community group {rng.randint(1, 60)}",
            }
        )
    return rows

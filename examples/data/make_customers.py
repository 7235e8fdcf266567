"""Write customers-1000.csv: 1,000 fake French customers for trying ``altoviz import customers``.

Deterministic (a fixed seed, small built-in lists, no faker), so the file in the repository is exactly what
this script writes: ``python examples/data/make_customers.py`` rewrites it byte for byte.

The columns are the ones the customers import understands without a mapping: ``internalId`` (CRM-000001...),
``type`` (Business or Consumer), ``companyName``, ``firstName``, ``lastName``, ``email``, ``phone``, and the
flat billing address ``street``, ``zipcode``, ``city``, ``countryIso``. About two in three customers are
businesses; the others are people, with no company name.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from pathlib import Path

SEED = 20250101
COUNT = 1000
OUTPUT = Path(__file__).with_name("customers-1000.csv")
COLUMNS = [
    "internalId",
    "type",
    "companyName",
    "firstName",
    "lastName",
    "email",
    "phone",
    "street",
    "zipcode",
    "city",
    "countryIso",
]

FIRST_NAMES = [
    "Camille", "Léa", "Manon", "Chloé", "Inès", "Jade", "Louise", "Zoé", "Élodie", "Juliette",
    "Sophie", "Hélène", "Margaux", "Anaïs", "Céline", "Thomas", "Lucas", "Hugo", "Louis", "Nathan",
    "Gabriel", "Jules", "Arthur", "Théo", "Raphaël", "Antoine", "Mathieu", "Nicolas", "François", "Jérôme",
]  # fmt: skip
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
    "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
]  # fmt: skip
COMPANY_WORDS = [
    "Boulangerie", "Atelier", "Menuiserie", "Garage", "Cabinet", "Librairie", "Fromagerie", "Imprimerie",
    "Pharmacie", "Plomberie", "Agence", "Studio", "Domaine", "Brasserie", "Conseil", "Transports",
]  # fmt: skip
COMPANY_FORMS = ["SARL", "SAS", "SA", "EURL", "SASU", ""]
STREET_KINDS = ["rue", "avenue", "boulevard", "place", "impasse", "chemin", "allée", "quai"]
STREET_NAMES = [
    "de la République", "Victor Hugo", "Jean Jaurès", "de la Paix", "Pasteur", "du Général de Gaulle",
    "des Lilas", "Gambetta", "de l'Église", "du Moulin", "Voltaire", "des Écoles", "Émile Zola",
    "de la Gare", "Saint-Michel", "des Tilleuls", "du Château", "Nationale", "de Verdun", "Carnot",
]  # fmt: skip
CITIES = [
    ("Paris", "75001"), ("Paris", "75011"), ("Paris", "75015"), ("Marseille", "13001"), ("Lyon", "69002"),
    ("Toulouse", "31000"), ("Nice", "06000"), ("Nantes", "44000"), ("Strasbourg", "67000"),
    ("Montpellier", "34000"), ("Bordeaux", "33000"), ("Lille", "59000"), ("Rennes", "35000"),
    ("Reims", "51100"), ("Saint-Étienne", "42000"), ("Le Havre", "76600"), ("Grenoble", "38000"),
    ("Dijon", "21000"), ("Angers", "49000"), ("Nîmes", "30000"), ("Clermont-Ferrand", "63000"),
    ("Aix-en-Provence", "13100"), ("Brest", "29200"), ("Tours", "37000"), ("Amiens", "80000"),
    ("Limoges", "87000"), ("Annecy", "74000"), ("Perpignan", "66000"), ("Metz", "57000"), ("Besançon", "25000"),
]  # fmt: skip
MAIL_DOMAINS = ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr"]


def ascii_slug(text: str) -> str:
    """Lower-case ASCII for an email address: accents dropped, anything else but letters and digits to '-'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def customer(rng: random.Random, number: int) -> dict[str, str]:
    """One fake customer row; a business about two times in three."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    city, zipcode = rng.choice(CITIES)
    street = f"{rng.randint(1, 180)} {rng.choice(STREET_KINDS)} {rng.choice(STREET_NAMES)}"
    phone = f"0{rng.choice('1234567')} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    row = {
        "internalId": f"CRM-{number:06d}",
        "firstName": first,
        "lastName": last,
        "phone": phone,
        "street": street,
        "zipcode": zipcode,
        "city": city,
        "countryIso": "FR",
    }
    if rng.random() < 2 / 3:
        company = f"{rng.choice(COMPANY_WORDS)} {rng.choice([last, city])} {rng.choice(COMPANY_FORMS)}".strip()
        # The number keeps addresses unique when two businesses draw the same name.
        row |= {"type": "Business", "companyName": company, "email": f"contact{number}@{ascii_slug(company)}.fr"}
    else:
        email = f"{ascii_slug(first)}.{ascii_slug(last)}{number}@{rng.choice(MAIL_DOMAINS)}"
        row |= {"type": "Consumer", "companyName": "", "email": email}
    return row


def main() -> None:
    """Write the CSV next to this script."""
    rng = random.Random(SEED)
    with OUTPUT.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(customer(rng, number) for number in range(1, COUNT + 1))


if __name__ == "__main__":
    main()

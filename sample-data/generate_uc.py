#!/usr/bin/env python3
"""Regenerates sample-data/uc: a small Unity Catalog export (catalog `acme`,
one CSV per table: uc/CATALOG/SCHEMA/TABLE.csv) that the grants in
sample-data/grants/unity-catalog.csv name. Synthetic values from the same
generators as the lake. Deterministic. Run from the repository root:
    python3 sample-data/generate_uc.py
"""
import os
import random

import generate as g

random.seed(20261130)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "uc", "acme")


def table(rel, header, rows):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as fh:
        fh.write(",".join(header) + "\n")
        for r in rows:
            fh.write(",".join(r) + "\n")


def main():
    people = [g.name() for _ in range(12)]
    table("crm/accounts.csv", ["account_id", "owner_name", "email", "phone", "tier"],
          [[f"A{7000 + i}", n, g.email(n), g.phone(), random.choice(["gold", "silver", "bronze"])]
           for i, n in enumerate(people)])
    table("clinical/encounters.csv", ["encounter_id", "patient_name", "date_of_birth", "npi", "diagnosis_code"],
          [[f"E{5000 + i}", n, g.dob(), g.npi(), random.choice(["I10", "E11.9", "J45.909", "M54.5"])]
           for i, n in enumerate(people[:8])])
    table("hr/employees.csv", ["employee_id", "full_name", "ssn", "home_address"],
          [[f"H{300 + i}", n, g.ssn(), g.address()] for i, n in enumerate(people[4:])])
    table("finance/payouts.csv", ["payout_id", "payee", "iban", "amount"],
          [[f"P{900 + i}", n, g.iban("DE", f"{random.randint(10**17, 10**18 - 1)}"), f"{random.randint(100, 9999)}.00"]
           for i, n in enumerate(people[:6])])
    table("support/tickets.csv", ["ticket_id", "customer_email", "summary"],
          [[f"T{100 + i}", g.email(n), "replacement order requested"] for i, n in enumerate(people[:5])])


if __name__ == "__main__":
    main()

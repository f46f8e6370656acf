#!/usr/bin/env python3
"""Regenerates sample-data/lake: a small, realistic, fully synthetic data lake.

Every value is made up (names from a short list, numbers with valid check
digits computed here). Deterministic: same seed, same bytes. Run from the
repository root:  python3 sample-data/generate.py
"""
import gzip
import json
import os
import random

random.seed(20261129)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lake")

FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas",
         "Mia", "Henry", "Amelia", "Theodore", "Harper", "Jack", "Evelyn", "Samuel", "Abigail", "Daniel",
         "Grace", "Walter", "Nora", "Victor", "Ruth", "Arthur", "Helen", "Frank", "Irene", "Oscar"]
LAST = ["Whitfield", "Okafor", "Lindqvist", "Brennan", "Castillo", "Nakamura", "Holloway", "Petrov",
        "Delgado", "Ashworth", "Fairbanks", "Moreau", "Kowalczyk", "Sandoval", "Thornton", "Vasquez",
        "Gallagher", "Iverson", "Pemberton", "Quintero", "Rasmussen", "Stoddard", "Underwood", "Waverly"]
STREETS = ["Maple", "Harbor", "Juniper", "Lakeview", "Orchard", "Briar", "Sycamore", "Ridgeway", "Aspen"]
SUFFIX = ["Street", "Avenue", "Road", "Lane", "Court", "Drive", "Terrace", "Way", "Boulevard"]
FILLER = [
    "The nightly export finished on time and the row counts match the source system.",
    "Customer asked about the status of the replacement order; a courier was booked.",
    "Follow-up scheduled in four weeks; no acute distress observed today.",
    "We rotated the service certificate and restarted the ingestion workers.",
    "Quarter-end reconciliation is complete; variances are explained in the attached note.",
    "Release 4.12.3 rolled out to all regions without incident.",
]


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card():
    prefix = random.choice(["4", "51", "53", "55", "37", "6011"])
    length = 15 if prefix == "37" else 16
    body = prefix + "".join(random.choice("0123456789") for _ in range(length - len(prefix) - 1))
    n = body + luhn_digit(body)
    if length == 16:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def ssn():
    while True:
        area = random.randint(1, 899)
        if area != 666:
            return f"{area:03d}-{random.randint(1, 99):02d}-{random.randint(1, 9999):04d}"


def npi():
    body = random.choice("12") + "".join(random.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def dea(last):
    d = [random.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return random.choice("ABFM") + last[0].upper() + "".join(map(str, d)) + str(check)


def nhs():
    while True:
        d = [random.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def aba():
    while True:
        d = [random.choice([0, 1, 2]), random.randint(0, 9)] + [random.randint(0, 9) for _ in range(6)]
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5] + x[8]) % 10 == 0:
                return "".join(map(str, x))


def iban(cc, bban):
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bban}"


def name():
    return f"{random.choice(FIRST)} {random.choice(LAST)}"


def email(n):
    first, last = n.lower().split()
    return f"{first}.{last}{random.randint(1, 99)}@{random.choice(['mailbox.org', 'fastmail.net', 'acme-corp.com'])}"


def phone():
    return f"({random.randint(201, 989)}) {random.randint(201, 989)}-{random.randint(1000, 9999)}"


def address():
    return f"{random.randint(10, 9999)} {random.choice(STREETS)} {random.choice(SUFFIX)}"


def dob():
    return f"{random.randint(1940, 2004)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"


def ip():
    return ".".join(str(random.randint(1, 223)) for _ in range(4))


def write(rel, text, gz=False):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode()
    if gz:
        with gzip.GzipFile(path, "wb", mtime=0) as fh:
            fh.write(data)
    else:
        with open(path, "wb") as fh:
            fh.write(data)


def main():
    # Support tickets: names, e-mails, cards, phones, addresses.
    lines = []
    for i in range(60):
        n = name()
        lines.append(f"Ticket #SUP-{4100 + i} opened 2026-11-{random.randint(1, 28):02d}\n"
                     f"From: {n} <{email(n)}>\n"
                     f"Hi, this is {n}. I was charged twice on card {card()}. "
                     f"Please call me back at {phone()}.\n"
                     f"Shipping address: {address()}.\n{random.choice(FILLER)}\n")
    write("support/tickets-2026-11.txt", "\n".join(lines))

    # Clinical notes (one plain, one gzip-compressed): PHI.
    for part, gz in (("0001", False), ("0002", True)):
        notes = []
        for _ in range(40):
            n, doc = name(), name()
            notes.append(f"PATIENT: {n}    DOB: {dob()}    MRN: MR{random.randint(1000000, 9999999)}\n"
                         f"Attending: Dr. {doc}, NPI {npi()}, DEA {dea(doc.split()[1])}\n"
                         f"Assessment: diagnosis code {random.choice(['E11.9', 'I10', 'J45.909', 'M54.5', 'F32.9'])}.\n"
                         f"NHS number {nhs()}.\n{random.choice(FILLER)}\n")
        write(f"clinical/notes-{part}.txt" + (".gz" if gz else ""), "\n".join(notes), gz=gz)

    # Application logs: IPs, e-mails, SSNs from a KYC service.
    log = []
    for i in range(400):
        ts = f"2026-11-20T{i // 60 % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}Z"
        k = i % 5
        if k == 0:
            n = name()
            log.append(f"{ts} INFO  login ok user={email(n)} ip={ip()}")
        elif k == 1:
            log.append(f"{ts} ERROR kyc check failed ssn={ssn()} name=\"{name()}\"")
        elif k == 2:
            log.append(f"{ts} DEBUG cache hit ratio=0.{random.randint(10, 99)} build=v4.12.{i % 9}")
        elif k == 3:
            log.append(f"{ts} WARN  retry order=ORD-{random.randint(10000, 99999)} trace={random.getrandbits(64):016x}")
        else:
            log.append(f"{ts} INFO  upstream {ip()} responded 200 in {random.randint(3, 90)}ms")
    write("logs/app-2026-11-20.log", "\n".join(log) + "\n")
    write("logs/app-2026-11-19.log.gz", "\n".join(reversed(log)) + "\n", gz=True)

    # CRM exports: tables.
    rows = ["customer_id,full_name,email,phone,ssn,card_number,signup_date,notes"]
    for i in range(120):
        n = name()
        rows.append(f"C{10000 + i},{n},{email(n)},{phone()},{ssn()},{card().replace(' ', '')},"
                    f"2025-{random.randint(1, 12):02d}-{random.randint(1, 28):02d},"
                    f"\"prefers e-mail; lives at {address()}\"")
    write("crm/customers.csv", "\n".join(rows) + "\n")
    with open(os.path.join(ROOT, "crm/contacts.jsonl"), "w") as fh:
        for i in range(80):
            n = name()
            fh.write(json.dumps({"id": i, "contact": {"name": n, "email": email(n), "phone": phone()},
                                 "segment": random.choice(["smb", "enterprise", "public"])}) + "\n")

    # Finance: payout instructions.
    pay = []
    for _ in range(30):
        pay.append(f"## Payout\n\nBeneficiary: {name()}\n"
                   f"IBAN: {iban('DE', ''.join(random.choice('0123456789') for _ in range(18)))}\n"
                   f"BIC/SWIFT: {random.choice(['DEUTDEFF', 'COBADEFFXXX', 'BARCGB22'])}\n"
                   f"US vendor payout: routing number {aba()}, account number {random.randint(10**8, 10**11)}.\n"
                   f"Vendor EIN {random.choice(['12', '27', '45', '81'])}-{random.randint(1000000, 9999999)}.\n")
    write("finance/payouts-2026-q4.md", "\n".join(pay))

    # HR onboarding.
    hr = []
    for _ in range(20):
        n = name()
        hr.append(f"Employee onboarding: {n}\nHome: {address()}\nPhone: {phone()}\n"
                  f"SSN: {ssn()}  Date of birth: {dob()}\n"
                  f"Passport no. {random.choice('ACEFHL')}{random.randint(10000000, 99999999)}\n")
    write("hr/onboarding-2026.txt", "\n".join(hr))

    # Public material: nothing regulated (look-alikes only).
    write("public/press-release.txt",
          "Acme ships release 4.12.3 (build 20261120) to all customers.\n"
          "Order ORD-55123 and tracking 1Z999AA10123456784 are examples, not customer data.\n"
          "Contact the press office through the website form.\n")

    # A payroll database dump (mysqldump): rows read as tables, by column.
    # (Generated last, so the files above keep their bytes.)
    rows = []
    for i in range(25):
        n = name().replace("'", "''")
        rows.append(f"({7100 + i},'{n}','{ssn()}','{dob()}','{aba()}','{random.randint(10**9, 10**12 - 1)}',"
                    f"'2026-11-{random.randint(1, 28):02d} 09:{random.randint(0, 59):02d}:00')")
    write("hr/payroll-db-2026-11.sql",
          "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n"
          "-- Host: payroll-db-replica    Database: payroll\n\n"
          "CREATE TABLE `employees` (\n  `emp_id` int NOT NULL,\n  `full_name` varchar(120),\n"
          "  `ssn` char(11),\n  `birth_date` date,\n  `routing_no` char(9),\n  `account_no` varchar(17),\n"
          "  `updated_at` datetime,\n  PRIMARY KEY (`emp_id`)\n) ENGINE=InnoDB;\n\n"
          "LOCK TABLES `employees` WRITE;\n"
          f"INSERT INTO `employees` VALUES {','.join(rows)};\n"
          "UNLOCK TABLES;\n")


if __name__ == "__main__":
    main()

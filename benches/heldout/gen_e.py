#!/usr/bin/env python3
"""Held-out corpus E: a labelled data-lake sample for datareach accuracy checks.

Written without reading the detection rules (classifiers/, src/) or the other generators (gen_a..gen_d).
Document kinds: SQL dumps, YAML/INI/.env configs, CRM CSV exports, support-ticket JSON lines, web/app
access logs, pharmacy dispensing logs, HR onboarding forms, KYC/AML case notes, mortgage application
summaries, clinician referral letters, call-centre transcripts, PDF-to-text invoices, markdown wiki pages.

usage: python3 benches/heldout/gen_e.py OUT_DIR

Writes OUT_DIR/files/..., OUT_DIR/truth.jsonl, OUT_DIR/decoys.jsonl, OUT_DIR/columns_truth.jsonl (empty:
no tables) and OUT_DIR/stats.json, in the format of ../shared/eval/corpus-dev. Offsets are byte offsets
(UTF-8), end exclusive. Labelling follows the dev corpus: PERSON_NAME without titles or credentials,
STREET_ADDRESS is the street line (number, street, unit) without city/postcode, DATE_OF_BIRTH only for
birth dates (other dates are decoys). Deterministic (fixed seed); a self-check re-reads every file.
"""
import json
import os
import random
import shutil
import sys
import unicodedata
from collections import Counter

SEED = 5151
R = random.Random(SEED)

EM, PH, SSN, ITIN, NAME, ADDR, DOB, IP, PASS, DL = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "US_ITIN", "PERSON_NAME", "STREET_ADDRESS",
    "DATE_OF_BIRTH", "IP_ADDRESS", "US_PASSPORT", "US_DRIVERS_LICENSE")
NPI, DEA, MBI, MRN, ICD, NHS = ("US_NPI", "US_DEA_NUMBER", "US_MBI", "MEDICAL_RECORD_NUMBER",
                                "ICD10_CODE", "UK_NHS_NUMBER")
CC, IBAN, ABA, ACCT, BIC, EIN = ("CREDIT_CARD_NUMBER", "IBAN_CODE", "US_BANK_ROUTING_NUMBER",
                                 "US_BANK_ACCOUNT_NUMBER", "SWIFT_BIC_CODE", "US_EIN")
ALL_TYPES = [EM, PH, SSN, ITIN, NAME, ADDR, DOB, IP, PASS, DL, NPI, DEA, MBI, MRN, ICD, NHS,
             CC, IBAN, ABA, ACCT, BIC, EIN]


def ch(seq):
    return R.choice(seq)


def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------------------- checksums

def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_valid(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_valid(s):
    w = [3, 7, 1] * 3
    return len(s) == 9 and sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


def dea_valid(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def nhs_valid(s):
    s = s.replace(" ", "").replace("-", "")
    tot = sum(int(s[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])


def npi_valid(s):
    return len(s) == 10 and luhn_ok("80840" + s)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi_valid(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    an = MBI_ALPHA + "0123456789"
    cls = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, k in zip(s, cls):
        ok = {"C": c in "123456789", "A": c in MBI_ALPHA, "N": c.isdigit(), "AN": c in an}[k]
        if not ok:
            return False
    return True


# ----------------------------------------------------------------------------------- value generators

TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "6011111111111117", "4012888888881881", "5105105105105100", "371449635398431"}


def card(brand=None):
    brand = brand or ch(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2 + ["disc", "jcb", "diners"])
    while True:
        if brand == "visa":
            num = luhn_complete("4" + digits(14))
        elif brand == "mc":
            p = str(R.randint(51, 55)) if chance(0.7) else str(R.randint(2221, 2720))
            num = luhn_complete(p + digits(15 - len(p)))
        elif brand == "amex":
            p = ch(["34", "37"])
            num = luhn_complete(p + digits(12))
        elif brand == "disc":
            p = ch(["6011", "65", str(R.randint(644, 649))])
            num = luhn_complete(p + digits(15 - len(p)))
        elif brand == "jcb":
            p = str(R.randint(3528, 3589))
            num = luhn_complete(p + digits(11))
        else:
            num = luhn_complete("36" + digits(11))
        if num not in TEST_CARDS and len(set(num[1:])) > 3:
            return num


def fmt_card(num, style=None):
    style = style if style is not None else R.randrange(4)
    if style == 0:
        return num
    sep = " " if style in (1, 3) else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if len(num) == 14:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def ssn_raw():
    while True:
        area = R.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"
        if s not in ("078051120", "123456789", "219099999"):
            return s


def fmt_ssn(s, style=None):
    style = style if style is not None else ch([0, 0, 0, 0, 1, 2])
    return [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s][style]


ITIN_GROUPS = list(range(70, 89)) * 3 + list(range(50, 66)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]


def itin(style=None):
    s = f"9{R.randint(0, 99):02d}{ch(ITIN_GROUPS):02d}{R.randint(1, 9999):04d}"
    return fmt_ssn(s, style if style is not None else ch([0, 0, 0, 1, 2]))


EIN_PREFIX = ([f"{i:02d}" for i in list(range(1, 7)) + list(range(10, 17)) + list(range(20, 28))
               + list(range(30, 49)) + list(range(50, 69)) + list(range(71, 78)) + list(range(80, 89))
               + list(range(90, 96)) + [98, 99]])


def ein():
    return f"{ch(EIN_PREFIX)}-{digits(7)}"


def aba():
    while True:
        p = ch(list(range(1, 13)) + list(range(21, 33)))
        body = f"{p:02d}" + digits(6)
        s = sum(int(c) * k for c, k in zip(body, [3, 7, 1, 3, 7, 1, 3, 7]))
        r = body + str((10 - s % 10) % 10)
        if aba_valid(r):
            return r


def account():
    return digits(R.choice([8, 9, 10, 10, 11, 12, 12, 13, 14, 16, 17]), first_nonzero=chance(0.7))


IBAN_SPEC = {  # country: list of (kind, n); a = upper letters, n = digits
    "DE": [("n", 18)], "FR": [("n", 23)], "GB": [("a", 4), ("n", 14)], "NL": [("a", 4), ("n", 10)],
    "ES": [("n", 20)], "IT": [("a", 1), ("n", 22)], "BE": [("n", 12)], "CH": [("n", 17)],
    "AT": [("n", 16)], "IE": [("a", 4), ("n", 14)], "PT": [("n", 21)], "LU": [("n", 16)],
    "PL": [("n", 24)], "SE": [("n", 20)], "DK": [("n", 14)], "FI": [("n", 14)], "NO": [("n", 11)],
}
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21, "AT": 20,
            "IE": 22, "PT": 25, "LU": 20, "PL": 28, "SE": 24, "DK": 18, "FI": 18, "NO": 15}
BANK_LETTERS = {"GB": ["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "SRLG"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
                "IE": ["AIBK", "BOFI", "IPBS"], "IT": list("XABCDEFGHIJKLMNOPQRSTUVWYZ")}


LAST_IBAN = [""]


def iban(cc=None):
    cc = cc or ch(["DE", "DE", "FR", "FR", "GB", "GB", "NL", "NL", "ES", "IT", "BE", "CH", "AT", "IE", "PT",
                   "LU", "PL", "SE", "DK", "FI", "NO"])
    bban = ""
    for kind, n in IBAN_SPEC[cc]:
        if kind == "a":
            bban += ch(BANK_LETTERS[cc]) if n == 4 else ch(BANK_LETTERS[cc])[:n]
        else:
            bban += digits(n)
    if cc == "BE":  # national check: first 10 digits mod 97
        r = int(bban[:10]) % 97 or 97
        bban = bban[:10] + f"{r:02d}"
    if cc == "FR":  # RIB key
        b, g, c = int(bban[:5]), int(bban[5:10]), int(bban[10:21])
        key = 97 - (89 * b + 15 * g + 3 * c) % 97
        bban = bban[:21] + f"{key:02d}"
    num = int("".join(str(int(x, 36)) for x in bban + cc + "00"))
    out = f"{cc}{98 - num % 97:02d}{bban}"
    assert len(out) == IBAN_LEN[cc] and iban_valid(out)
    LAST_IBAN[0] = out
    return out


def fmt_iban(s):
    if chance(0.5):
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


BIC_BANKS = {"DE": ["DEUT", "COBA", "DRES", "HYVE", "BYLA", "GENO", "MALA"], "FR": ["BNPA", "SOGE", "CRLY", "AGRI", "CMCI"],
             "GB": ["BARC", "LOYD", "NWBK", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
             "ES": ["BBVA", "CAIX", "BSCH", "SABB"], "IT": ["UNCR", "BCIT", "BPMO"], "BE": ["GEBA", "BBRU", "KRED"],
             "CH": ["UBSW", "CRES", "ZKBK"], "AT": ["RZBA", "BKAU", "GIBA"], "IE": ["AIBK", "BOFI"],
             "PT": ["BCOM", "CGDI", "TOTA"], "LU": ["BCEE", "BILL"], "PL": ["PKOP", "BREX"], "SE": ["ESSE", "HAND", "NDEA"],
             "DK": ["DABA", "NDEA"], "FI": ["NDEA", "OKOY"], "NO": ["DNBA", "NDEA"], "US": ["CHAS", "BOFA", "CITI", "WFBI", "MRMD"],
             "SG": ["DBSS", "OCBC"], "HK": ["HSBC"], "JP": ["BOTK", "SMBC"], "CA": ["ROYC", "TDOM"]}


def bic(cc=None):
    if cc and cc in ("GB", "NL", "IE") and LAST_IBAN[0].startswith(cc):
        return bic_for(LAST_IBAN[0])  # the BIC of the bank named in the IBAN just generated
    cc = cc or ch(list(BIC_BANKS))
    loc = ch(["FF", "PP", "22", "2A", "MM", "3N", "HH", "XX", "AA", "2L", "33", "KK"])
    b = ch(BIC_BANKS[cc]) + cc + loc
    if chance(0.4):
        b += ch(["XXX", "500", "100", "A10", "GRT", "TRD"])
    return b


def bic_for(ib):
    ib = ib.replace(" ", "")
    cc = ib[:2]
    if cc in ("GB", "NL", "IE"):
        return ib[4:8] + cc + ch(["2L", "2A", "22", "XX"]) + ch(["", "", "XXX"])
    return bic(cc)


def npi():
    return luhn_complete("80840" + ch("12") + digits(8))[5:]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ß", "ss")


def dea(last):
    init = ascii_fold(last).replace("'", "").strip()[0].upper()
    if not init.isalpha():
        init = "X"
    d = [R.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("ABFGM") + init + "".join(map(str, d)) + str(c)


def nhs(style=None):
    while True:
        d = [ch([4, 4, 6, 7])] + [R.randrange(10) for _ in range(8)]
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        style = style if style is not None else ch([0, 0, 0, 1, 2])
        return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][style]


def mbi(dashed=None):
    an = MBI_ALPHA + "0123456789"
    s = (str(R.randint(1, 9)) + ch(MBI_ALPHA) + ch(an) + str(R.randrange(10)) + ch(MBI_ALPHA) + ch(an)
         + str(R.randrange(10)) + ch(MBI_ALPHA) + ch(MBI_ALPHA) + str(R.randrange(10)) + str(R.randrange(10)))
    dashed = dashed if dashed is not None else chance(0.25)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def mrn():
    k = R.randrange(6)
    return [digits(8, True), "MR" + digits(7), digits(7, True), f"{digits(3)}-{digits(5)}",
            ch("ABEHK") + digits(8), "0" + digits(9)][k]


ICD_CODES = [
    ("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential (primary) hypertension"),
    ("J45.909", "Unspecified asthma, uncomplicated"), ("F32.9", "Major depressive disorder, single episode"),
    ("M54.50", "Low back pain, unspecified"), ("K21.9", "Gastro-oesophageal reflux disease"),
    ("E78.5", "Hyperlipidaemia, unspecified"), ("N39.0", "Urinary tract infection"),
    ("J44.1", "COPD with acute exacerbation"), ("I25.10", "Atherosclerotic heart disease"),
    ("R51.9", "Headache, unspecified"), ("Z79.4", "Long term use of insulin"), ("E66.9", "Obesity, unspecified"),
    ("F41.1", "Generalized anxiety disorder"), ("G43.909", "Migraine, unspecified"),
    ("M17.11", "Unilateral primary osteoarthritis, right knee"), ("S72.001A", "Fracture of right femoral neck"),
    ("C50.911", "Malignant neoplasm of right female breast"), ("O24.419", "Gestational diabetes"),
    ("L40.0", "Psoriasis vulgaris"), ("K58.9", "Irritable bowel syndrome"), ("R07.9", "Chest pain, unspecified"),
    ("N18.3", "Chronic kidney disease, stage 3"), ("D64.9", "Anaemia, unspecified"), ("A41.9", "Sepsis, unspecified"),
    ("J18.9", "Pneumonia, unspecified organism"), ("I48.91", "Unspecified atrial fibrillation"),
    ("E03.9", "Hypothyroidism, unspecified"), ("G47.33", "Obstructive sleep apnoea"),
    ("M81.0", "Age-related osteoporosis"), ("F90.0", "ADHD, predominantly inattentive"),
    ("J06.9", "Acute upper respiratory infection"), ("I50.9", "Heart failure, unspecified"),
    ("E55.9", "Vitamin D deficiency"), ("K57.30", "Diverticulosis of large intestine"),
    ("G89.29", "Other chronic pain"), ("F11.20", "Opioid dependence, uncomplicated"),
    ("M79.7", "Fibromyalgia"), ("H40.1131", "Primary open-angle glaucoma, bilateral, mild"),
    ("Z34.00", "Supervision of normal first pregnancy"), ("B18.2", "Chronic viral hepatitis C"),
    ("E10.65", "Type 1 diabetes with hyperglycaemia"), ("I63.9", "Cerebral infarction, unspecified"),
    ("R26.81", "Unsteadiness on feet"), ("T78.40XA", "Allergy, unspecified, initial encounter"),
]


def icd():
    return ch(ICD_CODES)


def passport():
    return ch([digits(9, True), ch("ACEFGHJKLMNPRSTUVWXZ") + digits(8)])


def drivers_license():
    st = ch(["CA", "NY", "FL", "TX", "IL", "WA", "PA", "NJ", "MA", "MI", "OH", "GA"])
    v = {"CA": lambda: ch("ABCDEFGHNSY") + digits(7),
         "NY": lambda: ch([digits(9, True), f"{digits(3, True)} {digits(3)} {digits(3)}"]),
         "FL": lambda: (lambda s: f"{s[0]}{s[1:4]}-{s[4:7]}-{s[7:9]}-{s[9:12]}-{s[12]}")(ch("BGHKMS") + digits(12)),
         "TX": lambda: digits(8, True),
         "IL": lambda: (lambda s: f"{s[0]}{s[1:4]}-{s[4:8]}-{s[8:]}")(ch("BDHMRSW") + digits(11)),
         "WA": lambda: "WDL" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
         "PA": lambda: digits(8, True), "NJ": lambda: ch("ABDGKMRS") + digits(14),
         "MA": lambda: "S" + digits(8), "MI": lambda: ch("BCDFHKMRS") + digits(12),
         "OH": lambda: ch(["R", "S", "T", "U"]) + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6),
         "GA": lambda: digits(9, True)}[st]()
    return st, v


# ------------------------------------------------------------------------------------------- people

FIRST = {
    "us": ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "DeShawn", "Latoya", "Carlos", "Mei",
           "Priya", "Tyrone", "Hannah", "Aaliyah", "Ethan", "Kaitlyn", "Marcus", "Rosa", "Wei", "Jasmine",
           "Brandon", "Guadalupe", "Kevin", "Nadia", "Tomás", "Abigail", "Raj", "Keisha", "Dmitri", "Olivia",
           "Samuel", "Brianna", "Hiroshi", "Ana Lucía", "Connor", "Imani", "Jamal", "Sofía", "Trevor", "Yesenia"],
    "uk": ["Oliver", "Amelia", "Siobhán", "Rhys", "Niamh", "Callum", "Imogen", "Harriet", "Alfie", "Gwen",
           "Rupert", "Ayesha", "Declan", "Poppy", "Tariq", "Eilidh"],
    "fr": ["Chloé", "Théo", "Anaïs", "Jérôme", "Élodie", "François", "Benoît", "Maëlle", "Hélène", "Loïc",
           "Camille", "Anne-Sophie", "Jean-Baptiste", "Océane"],
    "de": ["Jürgen", "Lukas", "Anneliese", "Björn", "Jörg", "Sören", "Katrin", "Friederike", "Matthias",
           "Lea-Marie", "Günther", "Ute", "Maximilian", "Jana"],
    "nl": ["Daan", "Sanne", "Joris", "Femke", "Thijs", "Lieke", "Bram", "Marieke", "Sjoerd", "Noor"],
    "es": ["María José", "Alejandro", "Lucía", "José Luis", "Inés", "Íñigo", "Begoña", "Rubén", "Nuria", "Álvaro"],
    "pt": ["João", "Inês", "Gonçalo", "Conceição", "Tiago", "Mariana"],
    "it": ["Giulia", "Alessandro", "Niccolò", "Chiara", "Lorenzo", "Federica"],
    "ie": ["Aoife", "Seán", "Ciarán", "Éabha", "Pádraig", "Róisín"],
}
LAST = {
    "us": ["Johnson", "Okafor", "Nguyen", "Patel", "Ramírez", "O'Brien", "McDonald", "Kowalski", "Washington",
           "Hernández", "Kim", "Goldberg", "Fitzgerald", "MacLeod", "Whitfield", "D'Angelo", "Thompson",
           "Castillo", "Abernathy", "Nakamura", "Brooks", "Delgado", "Szymański", "Oyelaran", "Pruitt",
           "Vasquez-Reyes", "Lindqvist", "Chaudhry", "Holloway", "Mbeki", "Rasmussen", "Tran", "Begay",
           "Hoang", "Villanueva", "Marchetti", "Greenberg", "Adeyemi", "Carrington", "Yazzie"],
    "uk": ["Whitaker", "O'Connor", "McAllister", "Pemberton", "Ashworth", "Llewellyn", "Fraser-Hughes",
           "Okonkwo", "Blackwood", "Hussain", "Cartwright", "Featherstone"],
    "fr": ["Lefèvre", "Dubois", "Moreau", "de la Fontaine", "Girard", "Rousseau-Martin", "Bérenger", "Lemaître",
           "Fournier", "Chevalier", "N'Diaye", "Faure"],
    "de": ["Müller", "Weiß", "Schäfer", "von Brandt", "Köhler", "Hoffmann-Schulz", "Groß", "Becker", "Krüger",
           "Schröder", "Wagner", "Yılmaz"],
    "nl": ["van der Berg", "de Vries", "Jansen", "van Dijk", "Bakker", "de Jong", "van den Heuvel", "Visser",
           "van Leeuwen", "Smit"],
    "es": ["García López", "Fernández", "de la Cruz", "Martínez-Soto", "Núñez", "Peña", "Iglesias", "Ortega Ruiz"],
    "pt": ["da Silva", "dos Santos", "Gonçalves", "Ferreira", "Araújo", "Magalhães"],
    "it": ["De Luca", "Russo", "D'Amico", "Esposito", "Bianchi", "Colombo"],
    "ie": ["O'Sullivan", "Ní Bhriain", "Mac Giolla Phádraig", "Byrne", "Ó Dónaill", "Kavanagh"],
}
LOCALES = ["us"] * 11 + ["uk"] * 2 + ["fr", "de", "nl", "es", "pt", "it", "ie"]
EU_LOCALES = ["uk", "fr", "de", "nl", "es", "pt", "it", "ie"]

US_STREETS = ["Maple", "Oak", "Cedar Ridge", "Martin Luther King Jr", "Lincoln", "Willow Creek", "Harbor View",
              "Magnolia", "Sycamore", "Juniper", "Chestnut", "Elm", "Pine Hollow", "Riverside", "Sunset",
              "Highland", "Peachtree", "Wabash", "Mission", "Bayshore", "Old Mill", "Foxhall", "Cottonwood",
              "Lakeview", "Prospect", "Garfield", "Hawthorne", "Beacon", "Coral Gables", "Sandpiper"]
US_SUFFIX = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr",
             "Court", "Ct", "Way", "Place", "Terrace", "Parkway", "Circle", "Trail"]
US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Columbus", "OH", "432"),
             ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537"), ("Boise", "ID", "837"),
             ("Albany", "NY", "122"), ("Tampa", "FL", "336"), ("Denver", "CO", "802"), ("Baltimore", "MD", "212"),
             ("Sacramento", "CA", "958"), ("Omaha", "NE", "681"), ("Savannah", "GA", "314"), ("Spokane", "WA", "992")]
US_AREA = ["212", "312", "415", "617", "713", "206", "303", "404", "512", "602", "702", "808", "919", "971",
           "614", "414", "208", "518", "813", "720", "410", "916", "402", "912", "509", "347", "646", "773"]


def us_street():
    s = f"{R.randint(1, 9899) if chance(0.8) else R.randint(10000, 48999)} "
    if chance(0.2):
        s += ch(["N ", "S ", "E ", "W ", "NW ", "W. ", "N. "])
    s += f"{ch(US_STREETS)} {ch(US_SUFFIX)}"
    if chance(0.3):
        s += " " + ch([f"Apt {R.randint(1, 40)}{ch('ABCD')}", f"Apt. {R.randint(100, 999)}", f"Suite {R.randint(100, 900)}",
                       f"Unit {R.randint(1, 60)}", f"#{R.randint(2, 30)}"])
    return s


def eu_street(loc):
    n = R.randint(1, 180)
    if loc in ("uk", "ie"):
        return f"{n} {ch(['Harcourt', 'Ashfield', 'Granville', 'Kingsmead', 'Orchard', 'Belgrave', 'Tudor', 'Ravenscroft'])} {ch(['Road', 'Street', 'Close', 'Lane', 'Gardens', 'Crescent', 'Park', 'Avenue'])}"
    if loc == "fr":
        return f"{n}{ch(['', '', '', ' bis', ' ter'])} {ch(['rue des Lilas', 'rue de la Paix', 'avenue Jean Jaurès', 'boulevard Haussmann', 'rue du Faubourg Saint-Antoine', 'place Bellecour', 'chemin des Vignes', 'rue Émile Zola'])}"
    if loc == "de":
        return f"{ch(['Lindenstraße', 'Hauptstraße', 'Goethestraße', 'Am Mühlenbach', 'Schillerweg', 'Kastanienallee', 'Friedrichstraße', 'Bahnhofstr.'])} {n}{ch(['', '', '', 'a', 'b'])}"
    if loc == "nl":
        return f"{ch(['Keizersgracht', 'Prinsengracht', 'Lange Voorhout', 'Oudegracht', 'Herengracht', 'Vondelstraat', 'Witte de Withstraat', 'Kerkstraat'])} {n}{ch(['', '', '-II', ' hs', 'A'])}"
    if loc == "es":
        return f"{ch(['Calle de Alcalá', 'Avenida Diagonal', 'Paseo de Gracia', 'Calle Mayor', 'Gran Vía', 'Calle del Prado', 'Ronda de Segovia'])} {n}"
    if loc == "pt":
        return f"{ch(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo', 'Rua das Flores'])} {n}"
    return f"{ch(['Via Roma', 'Corso Vittorio Emanuele II', 'Piazza Navona', 'Via Garibaldi', 'Via dei Mille', 'Viale Monza'])} {n}"


EU_CITY = {"uk": [("London", "{A}{n} {n}{A}{A}", "United Kingdom"), ("Manchester", "M{n} {n}{A}{A}", "United Kingdom"),
                  ("Leeds", "LS{n} {n}{A}{A}", "United Kingdom")],
           "ie": [("Dublin", "D0{n} {A}{n}{A}{n}", "Ireland"), ("Cork", "T12 {A}{n}{A}{n}", "Ireland")],
           "fr": [("Paris", "750{n}{n}", "France"), ("Lyon", "6900{n}", "France"), ("Bordeaux", "33000", "France")],
           "de": [("Berlin", "10{n}{n}{n}", "Deutschland"), ("München", "80{n}{n}{n}", "Deutschland"), ("Köln", "50{n}{n}{n}", "Deutschland")],
           "nl": [("Amsterdam", "10{n}{n} {A}{A}", "Nederland"), ("Utrecht", "35{n}{n} {A}{A}", "Nederland"), ("Den Haag", "25{n}{n} {A}{A}", "Nederland")],
           "es": [("Madrid", "280{n}{n}", "España"), ("Barcelona", "080{n}{n}", "España"), ("Sevilla", "410{n}{n}", "España")],
           "pt": [("Lisboa", "1{n}{n}{n}-{n}{n}{n}", "Portugal"), ("Porto", "4{n}{n}{n}-{n}{n}{n}", "Portugal")],
           "it": [("Roma", "001{n}{n}", "Italia"), ("Milano", "201{n}{n}", "Italia"), ("Torino", "101{n}{n}", "Italia")]}


def fill_pattern(p):
    out = ""
    for part in p.replace("{n}", "\0n").replace("{A}", "\0A").split("\0"):
        if part.startswith("n"):
            out += str(R.randrange(1, 10)) + part[1:]
        elif part.startswith("A"):
            out += ch("ABDEFGHJLNPQRSTUWXYZ") + part[1:]
        else:
            out += part
    return out


def phone(loc="us", style=None):
    if loc == "us":
        a, x = ch(US_AREA), f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        while x == "555" or x[1:] == "11":
            x = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        ln = digits(4)
        style = style if style is not None else R.randrange(6)
        return [f"({a}) {x}-{ln}", f"{a}-{x}-{ln}", f"{a}.{x}.{ln}", f"+1 {a} {x} {ln}", f"+1-{a}-{x}-{ln}",
                f"1 ({a}) {x}-{ln}"][style]
    if loc == "uk":
        return ch([f"+44 20 {R.randint(3, 8)}{digits(3)} {digits(4)}", f"+44 161 {R.randint(2, 9)}{digits(2)} {digits(4)}",
                   f"07{R.randint(3, 9)}{digits(2)} {R.randint(1, 8)}{digits(5)}", f"020 {R.randint(3, 8)}{digits(3)} {digits(4)}"])
    if loc == "ie":
        return f"+353 {ch(['1', '21', '87', '86'])} {digits(3)} {digits(4)}"
    if loc == "fr":
        return ch([f"+33 1 {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                   f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"])
    if loc == "de":
        return ch([f"+49 30 {digits(8, True)}", f"+49 89 {digits(7, True)}", f"0171 {digits(7, True)}", f"+49 (0)221 {digits(6, True)}"])
    if loc == "nl":
        return ch([f"+31 20 {digits(3, True)} {digits(4)}", f"06-{digits(8, True)}", f"+31 6 {digits(8, True)}"])
    if loc == "es":
        return ch([f"+34 91 {digits(3, True)} {digits(2)} {digits(2)}", f"+34 6{digits(2)} {digits(3)} {digits(3)}"])
    if loc == "pt":
        return f"+351 21 {digits(3, True)} {digits(4)}"
    return ch([f"+39 06 {digits(4, True)} {digits(4)}", f"+39 3{digits(2)} {digits(3)} {digits(4)}"])


MAIL_DOMAINS = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me", "comcast.net"],
                "uk": ["btinternet.com", "gmail.com", "outlook.co.uk", "sky.com"], "ie": ["eircom.net", "gmail.com"],
                "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"], "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
                "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "es": ["telefonica.es", "gmail.com", "yahoo.es"],
                "pt": ["sapo.pt", "gmail.com"], "it": ["libero.it", "virgilio.it", "gmail.com"]}
CORP_DOMAINS = ["harbourline-logistics.com", "brightpath-health.org", "kestrelanalytics.io", "northwind-mfg.com",
                "meridianlending.com", "alderbank.co", "quillpoint.net", "saltmarsh-dental.com", "vantorre.eu",
                "bluefjord.no", "corvid-labs.de", "lumenpharma.com", "pinecrest-clinic.org", "tidewater-cu.org"]


def slug(s):
    s = ascii_fold(s).lower().translate(str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe"}))
    return "".join(c for c in s if c.isascii() and c.isalnum())


def email_for(first, last, domain=None):
    f, l = slug(first.split()[0]), slug(last)
    local = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}+{ch(['billing', 'news', 'shop'])}",
                f"{f[0]}.{l}{R.randint(60, 99)}"])
    return f"{local}@{domain or ch(CORP_DOMAINS)}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def rand_date(y0, y1):
    y, m = R.randint(y0, y1), R.randint(1, 12)
    d = R.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return y, m, d


def fmt_date(ymd, loc="us", style=None):
    y, m, d = ymd
    if loc in ("fr", "es", "pt", "it", "nl", "uk", "ie"):
        opts = [f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1][:3]} {y}"]
        if loc == "fr":
            opts.append(f"{d} {MOIS[m - 1]} {y}")
        if loc == "nl":
            opts.append(f"{d:02d}-{m:02d}-{y}")
    elif loc == "de":
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d}. {MONATE[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"]
    else:
        opts = [f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d} {MONTHS[m - 1][:3]} {y}",
                f"{m}/{d}/{y}"]
    return opts[style] if style is not None else ch(opts)


def dob(loc="us", style=None):
    return fmt_date(rand_date(1938, 2006), loc, style)


class Person:
    def __init__(self, loc=None):
        self.loc = loc or ch(LOCALES)
        self.first = ch(FIRST[self.loc])
        self.last = ch(LAST[self.loc])
        self.name = f"{self.first} {self.last}"
        self.email = email_for(self.first, self.last, ch(MAIL_DOMAINS[self.loc]) if chance(0.75) else None)
        self.phone = phone(self.loc)
        if self.loc == "us":
            self.street = us_street()
            c, st, z = ch(US_CITIES)
            self.city, self.state, self.postal, self.country = c, st, z + digits(2), "USA"
            self.cityline = f"{c}, {st} {self.postal}"
        else:
            self.street = eu_street(self.loc)
            c, pat, country = ch(EU_CITY[self.loc])
            self.city, self.state, self.postal, self.country = c, "", fill_pattern(pat), country
            self.cityline = f"{self.postal} {c}" if self.loc not in ("uk", "ie") else f"{c} {self.postal}"
        self.dob_ymd = rand_date(1938, 2006)
        self.dob = fmt_date(self.dob_ymd, self.loc)
        self.ssn = fmt_ssn(ssn_raw())
        self.title = ch(["Mr.", "Ms.", "Mrs.", "Mx.", "Dr."]) if chance(0.3) else ""



def clinician():
    p = Person(ch(["us"] * 6 + ["uk", "fr", "de", "es"]))
    p.cred = ch(["MD", "DO", "MD, FACP", "NP", "PA-C", "MD, PhD", "MD", "FNP-BC"])
    p.npi = npi()
    p.dea = dea(p.last)
    return p


# ------------------------------------------------------------------------------------------- decoys

def uuid4():
    h = "".join(ch("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:]}"


def sha(n=40):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def epoch_ms():
    return str(R.randint(1_600_000_000_000, 1_760_000_000_000))


def version():
    return ch([f"{R.randint(0, 12)}.{R.randint(0, 30)}.{R.randint(0, 40)}", f"{R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(0, 300)}",
               f"v{R.randint(1, 5)}.{R.randint(0, 30)}.{R.randint(0, 9)}"])


def long_number(n=None, luhn=False):
    n = n or R.randint(9, 19)
    if luhn:
        s = luhn_complete(digits(n - 1, True))
    else:
        s = digits(n, True)
    return s


def sku():
    return ch([f"SKU-{digits(4)}-{ch(['BLK', 'WHT', 'RED', 'NVY', 'GRY'])}-{ch(['S', 'M', 'L', 'XL'])}",
               f"{ch(['MX', 'TR', 'HK', 'ZB'])}-{digits(4)}-{digits(2)}", f"P{digits(6)}-{ch('ABCD')}", f"{digits(3)}-{digits(4)}-{digits(3)}"])


def isbn13():
    b = "978" + ch(["0", "1", "3", "2", "84"]) 
    b += digits(12 - len(b))
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    s = b + str(c)
    return ch([s, f"{s[:3]}-{s[3]}-{s[4:7]}-{s[7:12]}-{s[12]}"])


def latlong():
    return f"{R.uniform(-60, 70):.6f}, {R.uniform(-170, 170):.6f}"


def amount(cur=None, lo=5, hi=4000):
    cur = cur or ch(["$", "$", "€", "£", "USD "])
    v = R.randint(lo, hi) + R.randint(0, 99) / 100
    if cur == "€" and chance(0.5):
        return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{cur}{v:,.2f}"


def fake_phone():
    ln = f"01{R.randint(0, 99):02d}"
    return ch([f"555-{ln}", f"(312) 555-{ln}", f"+1-202-555-{ln}", f"{ch(US_AREA)}-555-{ln}", f"(800) 555-{ln}"])


def example_email():
    return f"{ch(['jane.doe', 'john.smith', 'test', 'noreply', 'user', 'alice', 'bob', 'qa+1'])}@{ch(['example.com', 'example.org', 'example.net', 'mail.example.com'])}"


def test_card():
    c = ch(sorted(TEST_CARDS))
    return ch([c, fmt_card(c, 1), fmt_card(c, 2)])


def test_ssn():
    return ch(["078-05-1120", "123-45-6789", "219-09-9999", "078051120"])


COMPANIES = ["Johnson Controls", "Morgan Stanley", "Wells Fargo", "Ernst & Young", "Marks & Spencer", "Charles Schwab",
             "Goldman Sachs", "Merrill Lynch", "Baker McKenzie", "Procter & Gamble", "Hewlett Packard", "Dow Jones",
             "Harley-Davidson", "Tommy Hilfiger", "Johnson & Johnson", "Ralph Lauren", "Edward Jones", "Calvin Klein",
             "Ben & Jerry's", "Anderson Cooper Logistics", "Abbott Laboratories", "Walt Disney", "Hugo Boss",
             "Louis Vuitton", "Mercedes-Benz", "Jack Daniel's", "Martha Stewart Living", "Raymond James"]
STREET_ONLY = ["Main Street", "Kingsbridge Road", "Rue de Rivoli", "Friedrichstraße", "Calle de Serrano", "Harbor Boulevard",
               "Elm Avenue", "Damrak", "Via Appia", "Oxford Street", "Sunset Boulevard", "Peachtree Road"]


def postal():
    return ch([digits(5, True), f"{digits(5, True)}-{digits(4)}", f"{digits(4, True)} {ch('ABCDEFGHJKLMNPRSTVWXZ')}{ch('ABCDEFGHJKLMNPRSTVWXZ')}",
               f"EC{R.randint(1, 4)}A {R.randint(1, 9)}{ch('ABDEHJ')}{ch('NPQRSTUW')}"])


def ipv4():
    a = ch([x for x in range(1, 224) if x not in (10, 100, 127, 169, 172, 192, 198, 203)])
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    h = [ch(["2a02", "2600", "2607", "2a01", "2001", "2604", "2a00", "2406"])] + [f"{R.randint(0, 0xffff):x}" for _ in range(7)]
    if h[0] == "2001":
        h[1] = ch(["4860", "67c", "41d0", "1c00"])
    if chance(0.5):
        return ":".join(h[:3]) + "::" + ":".join(h[6:])
    return ":".join(h)


def ip():
    return ipv6() if chance(0.15) else ipv4()


def date_pair(loc="us"):
    a, b = sorted([rand_date(2019, 2025), rand_date(2019, 2025)])
    st = R.randrange(3)
    return fmt_date(a, loc, st), fmt_date(b, loc, st)


def nonbirth_date(loc="us"):
    return fmt_date(rand_date(2019, 2026), loc)


# ---------------------------------------------------------------------------------------- documents

class Doc:
    """Accumulates text; tuples ("TYPE", value) are entities, ("kind", value) lowercase are decoys."""

    def __init__(self, path):
        self.path, self.parts, self.n, self.spans, self.decoys = path, [], 0, [], []

    def w(self, *items):
        for it in items:
            if isinstance(it, tuple):
                k, v = it
                v = str(v)
                start = self.n
                self.parts.append(v)
                self.n += len(v.encode("utf-8"))
                (self.spans if k[0].isupper() else self.decoys).append((start, self.n, k, v))
            else:
                self.parts.append(it)
                self.n += len(it.encode("utf-8"))
        return self

    def text(self):
        return "".join(self.parts)


FILLER = [
    "Reconciliation for the period is complete; the variance was explained by timing differences.",
    "Please see the attached summary before the quarterly review.",
    "No further action required at this stage.",
    "Escalated to tier 2 after the customer asked for a supervisor.",
    "The batch job was re-run after the upstream feed recovered.",
    "All items were checked against the source documents.",
    "Documents received by secure upload; originals returned by post.",
    "Follow-up scheduled; the file remains open pending confirmation.",
]


def filler(n=1):
    return " ".join(R.sample(FILLER, n))


PROSE = {
    "clinical": [
        "On examination the patient was alert and oriented, afebrile, with a regular pulse.",
        "Blood pressure has remained above target despite two agents at maximum tolerated dose.",
        "There is no history of syncope, chest pain on exertion or orthopnoea.",
        "The patient reports intermittent pain, worse in the mornings and after prolonged sitting.",
        "Renal function has been stable over the last twelve months.",
        "We discussed lifestyle measures including diet, activity and smoking cessation.",
        "An ECG performed in clinic showed sinus rhythm without acute changes.",
        "Imaging from the emergency department is available on the regional PACS.",
        "The patient is independent with activities of daily living and lives with family.",
        "Previous trials of physiotherapy gave partial relief only.",
        "I would be grateful for your opinion regarding further investigation and management.",
        "Please note the patient prefers morning appointments and requires an interpreter.",
        "Medication reconciliation was completed at the last visit; adherence is reported as good.",
        "There are no known drug allergies; intolerance to codeine (nausea) is documented.",
    ],
    "finance": [
        "Payment terms are net 30 days from the invoice date unless otherwise agreed in writing.",
        "Late payments may incur interest at 1.5% per month or the maximum rate permitted by law.",
        "Goods remain the property of the seller until paid in full.",
        "Please quote the invoice number on all remittances so that payment can be allocated promptly.",
        "Claims for shortages or damage must be notified within five working days of delivery.",
        "Prices exclude sales tax, which is added at the rate applicable on the date of supply.",
        "We will never change our bank details by email; always confirm by phone using a known number.",
        "Bank charges for international transfers are payable by the remitter (OUR).",
        "Credit notes are issued against the original invoice and cannot be exchanged for cash.",
        "This document was generated electronically and is valid without a signature.",
    ],
    "support": [
        "I have tried clearing the cache and reinstalling, but the problem persists.",
        "This is the third time I am writing about this and I would appreciate a proper answer.",
        "Sorry for the trouble! I have passed this to the team that handles payments.",
        "Our records show the request was received and is being processed.",
        "Please allow three to five business days for the change to appear on your statement.",
        "We are unable to share account details over email for security reasons.",
        "Could you attach a screenshot of the error message you are seeing?",
        "Thanks for your patience while we looked into this.",
        "I have merged your duplicate request into this ticket.",
        "The fix is scheduled for the next release; I will update you when it ships.",
    ],
    "compliance": [
        "The activity is inconsistent with the stated occupation and expected account turnover.",
        "Source-of-funds documentation was requested on two occasions and provided late.",
        "Adverse media screening returned no relevant results.",
        "The counterparties appear to share a registered office with several dormant companies.",
        "Rapid movement of funds with minimal balance retained is a recognised layering indicator.",
        "The customer was cooperative and answered all questions during the call.",
        "Transaction monitoring thresholds were reviewed for this segment following the alert.",
        "No links to sanctioned persons or high-risk jurisdictions were identified.",
        "Enhanced due diligence will be repeated in six months or on the next trigger event.",
        "The relationship manager was informed of the outcome and the tipping-off restrictions.",
    ],
    "engineering": [
        "Restart the worker pods one at a time and watch the queue depth before continuing.",
        "If the migration fails, roll back with the previous image tag and open an incident.",
        "Dashboards for this service live in the shared observability folder.",
        "Alerts are routed to the primary on-call first and to the backup after fifteen minutes.",
        "Secrets are injected at deploy time from the vault; never commit them to the repository.",
        "Runbooks must be reviewed every quarter by the owning team.",
        "Capacity was increased ahead of the seasonal peak after last year's load test.",
        "Feature flags default to off in production until the rollout checklist is complete.",
        "Error budgets are calculated over a rolling 28-day window.",
        "Use the staging environment with synthetic fixtures only.",
    ],
    "hr": [
        "I acknowledge receipt of the employee handbook and the code of conduct.",
        "I understand that employment is at will and may be terminated by either party at any time.",
        "Information on this form is used for payroll, benefits and statutory reporting only.",
        "Changes to direct deposit take effect from the next full pay period.",
        "Employees must complete security awareness training within 30 days of the start date.",
        "Benefits elections may only be changed during open enrolment or after a qualifying event.",
    ],
}


def wrap(text, width=78):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    return "\n".join(out + [line]) + "\n"


def para(topic, n):
    return " ".join(R.sample(PROSE[topic], min(n, len(PROSE[topic]))))


GENERATORS = []  # (count, function(i) -> Doc)


def kind(count):
    def deco(fn):
        GENERATORS.append((count, fn))
        return fn
    return deco


# ----------------------------------------------------------------------------------- document kinds
# (appended below, one or two kinds at a time)

def sq(v):
    return v.replace("'", "''")


def ts_str():
    y, m, d = rand_date(2019, 2025)
    return f"{y}-{m:02d}-{d:02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


def sql_rows(d, table, rows):
    """rows: list of lists of items; each item is plain text or a tuple (entity / decoy)."""
    d.w(f"LOCK TABLES `{table}` WRITE;\n/*!40000 ALTER TABLE `{table}` DISABLE KEYS */;\nINSERT INTO `{table}` VALUES ")
    for j, row in enumerate(rows):
        d.w("(" if j == 0 else ",(")
        for k, it in enumerate(row):
            if k:
                d.w(",")
            d.w(*(it if isinstance(it, list) else [it]))
        d.w(")")
    d.w(f";\n/*!40000 ALTER TABLE `{table}` ENABLE KEYS */;\nUNLOCK TABLES;\n\n")


def q(t, v):
    """A quoted SQL string holding an entity or decoy (value SQL-escaped, span inside the quotes)."""
    return ["'", (t, sq(v)), "'"]


def flat(row):
    return row


@kind(15)
def sql_dump(i):
    variant = ["crm", "clinic", "payroll"][i % 3]
    d = Doc(f"db/dumps/{variant}_prod_{2023 + i % 3}{(i % 12) + 1:02d}_{i:03d}.sql")
    d.w("-- MySQL dump 10.13  Distrib ", ("version", f"8.0.{R.randint(20, 39)}"), ", for Linux (x86_64)\n--\n",
        f"-- Host: db-{variant}-replica-{R.randint(1, 4)}.internal    Database: {variant}_prod\n",
        "-- ------------------------------------------------------\n-- Server version\t", ("version", f"8.0.{R.randint(20, 39)}-log"),
        "\n\n/*!40101 SET NAMES utf8mb4 */;\n/*!40103 SET TIME_ZONE='+00:00' */;\n\n")
    n = R.randint(6, 12)
    if variant == "crm":
        d.w("DROP TABLE IF EXISTS `customers`;\nCREATE TABLE `customers` (\n  `id` int NOT NULL AUTO_INCREMENT,\n"
            "  `public_id` char(36) NOT NULL,\n  `full_name` varchar(120) NOT NULL,\n  `email` varchar(190) DEFAULT NULL,\n"
            "  `phone` varchar(32) DEFAULT NULL,\n  `ssn` varchar(11) DEFAULT NULL,\n  `date_of_birth` date DEFAULT NULL,\n"
            "  `street` varchar(200) DEFAULT NULL,\n  `city` varchar(80) DEFAULT NULL,\n  `postal_code` varchar(16) DEFAULT NULL,\n"
            "  `created_at` datetime NOT NULL,\n  `updated_ms` bigint NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\n")
        rows, cust = [], []
        for j in range(n):
            p = Person()
            cust.append(p)
            y, m, dd = rand_date(1940, 2005)
            rows.append(flat([str(1000 + i * 50 + j), q("uuid", uuid4()), q(NAME, p.name),
                              q(EM, p.email) if chance(0.9) else "NULL", q(PH, p.phone) if chance(0.8) else "NULL",
                              q(SSN, fmt_ssn(ssn_raw(), 0)) if p.loc == "us" and chance(0.7) else "NULL",
                              q(DOB, f"{y}-{m:02d}-{dd:02d}"), q(ADDR, p.street), f"'{sq(p.city)}'", q("postal_code", p.postal),
                              q("created_at", ts_str()), ("epoch_ms", epoch_ms())]))
        sql_rows(d, "customers", rows)
        d.w("DROP TABLE IF EXISTS `payment_methods`;\nCREATE TABLE `payment_methods` (\n  `id` int NOT NULL,\n"
            "  `customer_id` int NOT NULL,\n  `brand` varchar(16),\n  `pan` varchar(19) COMMENT 'legacy, pre-tokenisation',\n"
            "  `exp` char(5),\n  `token` varchar(40),\n  `added_at` datetime\n) ENGINE=InnoDB;\n\n")
        rows = []
        for j in range(R.randint(4, 9)):
            num = card()
            rows.append(flat([str(500 + j), str(1000 + i * 50 + R.randrange(n)), f"'{ch(['visa', 'mc', 'amex', 'disc'])}'",
                              q(CC, num if chance(0.8) else fmt_card(num, 1)), f"'{R.randint(1, 12):02d}/{R.randint(26, 31)}'",
                              q("token", "tok_" + sha(24)), q("created_at", ts_str())]))
        if chance(0.6):
            rows.append(flat([str(999), str(1000), "'visa'", q("test_card", test_card().replace(" ", "").replace("-", "")),
                              "'12/30'", q("token", "tok_" + sha(24)), q("created_at", ts_str())]))
        sql_rows(d, "payment_methods", rows)
        d.w("DROP TABLE IF EXISTS `orders`;\nCREATE TABLE `orders` (`order_no` bigint, `customer_id` int, `total` varchar(20), "
            "`sku` varchar(32), `placed_at` datetime, `tracking` varchar(40));\n\n")
        rows = []
        for j in range(R.randint(8, 16)):
            rows.append(flat([("order_number_luhn" if j % 4 == 0 else "order_number", long_number(R.choice([12, 14, 16, 16]), luhn=j % 4 == 0)),
                              str(1000 + i * 50 + R.randrange(n)), q("amount", amount("$")), q("sku", sku()), q("created_at", ts_str()),
                              q("tracking_number", ch(["1Z" + "".join(ch("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16)), long_number(R.choice([12, 15, 20, 22]))]))]))
        sql_rows(d, "orders", rows)
    elif variant == "clinic":
        d.w("CREATE TABLE `providers` (`npi` char(10) PRIMARY KEY, `display_name` varchar(120), `dea` char(9), `specialty` varchar(60), `phone` varchar(32));\n\n")
        provs = [clinician() for _ in range(R.randint(3, 6))]
        sql_rows(d, "providers", [flat([q(NPI, c.npi), q(NAME, c.name), q(DEA, c.dea) if chance(0.85) else "NULL",
                                        f"'{ch(['Family Medicine', 'Cardiology', 'Endocrinology', 'Psychiatry', 'Orthopaedics', 'Pain Management'])}'",
                                        q(PH, phone("us"))]) for c in provs])
        d.w("CREATE TABLE `patients` (\n  `mrn` varchar(12) PRIMARY KEY,\n  `full_name` varchar(120),\n  `dob` date,\n  `sex` char(1),\n"
            "  `medicare_mbi` varchar(13),\n  `nhs_no` varchar(12),\n  `phone` varchar(32),\n  `street` varchar(200),\n  `registered` datetime\n);\n\n")
        rows, mrns = [], []
        for j in range(n):
            p = Person(ch(["us", "us", "us", "uk"]))
            mr = mrn()
            mrns.append(mr)
            y, m, dd = rand_date(1930, 2010)
            rows.append(flat([q(MRN, mr), q(NAME, p.name), q(DOB, f"{y}-{m:02d}-{dd:02d}"), f"'{ch('MFX')}'",
                              q(MBI, mbi()) if p.loc == "us" and y < 1960 else "NULL",
                              q(NHS, nhs(1)) if p.loc == "uk" else "NULL",
                              q(PH, p.phone), q(ADDR, p.street), q("created_at", ts_str())]))
        sql_rows(d, "patients", rows)
        d.w("CREATE TABLE `encounters` (`id` bigint, `mrn` varchar(12), `admitted` date, `dx_primary` varchar(8), `dx_secondary` varchar(8), `attending_npi` char(10), `charge` varchar(16));\n\n")
        rows = []
        for j in range(R.randint(10, 20)):
            a, b = icd(), icd()
            y, m, dd = rand_date(2021, 2025)
            rows.append(flat([("ticket_number", long_number(R.choice([9, 11, 13]))), q(MRN, ch(mrns)), q("admission_date", f"{y}-{m:02d}-{dd:02d}"),
                              q(ICD, a[0]), q(ICD, b[0]) if chance(0.6) else "NULL", q(NPI, ch(provs).npi), q("amount", amount("$"))]))
        sql_rows(d, "encounters", rows)
    else:
        d.w("CREATE TABLE `employees` (\n  `emp_id` int,\n  `legal_name` varchar(120),\n  `tin` varchar(11) COMMENT 'SSN or ITIN',\n"
            "  `dob` date,\n  `hire_date` date,\n  `work_email` varchar(190),\n  `home_street` varchar(200),\n  `dl_state` char(2),\n"
            "  `dl_number` varchar(20),\n  `passport_no` varchar(12)\n);\n\n")
        rows, emps = [], []
        for j in range(n):
            p = Person("us")
            emps.append(j)
            y, m, dd = rand_date(1955, 2004)
            st, dl = drivers_license()
            rows.append(flat([str(20000 + i * 40 + j), q(NAME, p.name),
                              q(ITIN, itin(0)) if chance(0.2) else q(SSN, fmt_ssn(ssn_raw(), 0)),
                              q(DOB, f"{y}-{m:02d}-{dd:02d}"), q("start_date", ts_str()[:10]),
                              q(EM, email_for(p.first, p.last, ch(CORP_DOMAINS))), q(ADDR, p.street), f"'{st}'", q(DL, dl),
                              q(PASS, passport()) if chance(0.3) else "NULL"]))
        sql_rows(d, "employees", rows)
        d.w("CREATE TABLE `direct_deposit` (`emp_id` int, `routing_no` char(9), `account_no` varchar(17), `acct_type` varchar(8), `net_pay` varchar(16));\n\n")
        sql_rows(d, "direct_deposit", [flat([str(20000 + i * 40 + j), q(ABA, aba()), q(ACCT, account()), f"'{ch(['CHK', 'SAV'])}'",
                                             q("amount", amount("$", 900, 9000))]) for j in emps])
        d.w("CREATE TABLE `vendors` (`vendor_id` varchar(12), `legal_name` varchar(120), `ein` char(10), `remit_iban` varchar(40), `remit_bic` varchar(11));\n\n")
        rows = []
        for j in range(R.randint(4, 9)):
            cc = ch(["DE", "FR", "GB", "NL", "ES", "IT"])
            rows.append(flat([f"'V-{digits(5)}'", q("company_name", ch(COMPANIES)), q(EIN, ein()), q(IBAN, iban(cc)), q(BIC, bic(cc))]))
        sql_rows(d, "vendors", rows)
    d.w(f"-- Dump completed on {ts_str()}\n")
    return d


SERVICES = ["billing-gateway", "payout-worker", "member-portal", "claims-intake", "kyc-screening", "vendor-sync",
            "refill-reminder", "ledger-export", "hr-onboarding", "notify-sms"]


@kind(18)
def config_file(i):
    svc = SERVICES[i % len(SERVICES)]
    fmt = ["yaml", "ini", "env"][i % 3]
    owner, backup = Person(ch(["us", "us", "uk", "de", "nl", "fr"])), Person()
    cc = ch(["DE", "FR", "NL", "GB", "ES", "IE", "BE", "AT"])
    if fmt == "yaml":
        d = Doc(f"config/{svc}/values-{ch(['prod', 'staging', 'eu-west-1', 'us-east-2'])}-{i:02d}.yaml")
        d.w(f"# {svc} — managed by platform-eng. Do not edit by hand; see runbook.\n",
            "service:\n", f"  name: {svc}\n", "  version: ", ("version", version()), "\n",
            f"  image: registry.internal/{svc}@sha256:", ("sha256", sha(64)), "\n",
            "  deployment_id: ", ("uuid", uuid4()), "\n", "  replicas: ", str(R.randint(2, 12)), "\n",
            "  timeout_ms: ", str(R.choice([1500, 3000, 30000])), "\n",
            "owner:\n", "  team: ", ch(["payments-core", "identity", "care-ops", "treasury"]), "\n",
            "  contact: \"", (NAME, owner.name), " <", (EM, owner.email), ">\"\n",
            "  oncall_phone: \"", (PH, owner.phone), "\"\n",
            "  escalation:\n", "    - name: ", (NAME, backup.name), "\n", "      email: ", (EM, backup.email), "\n",
            "      phone: '", (PH, backup.phone), "'\n",
            "payout:\n", "  beneficiary: ", ("company_name", ch(COMPANIES)), "\n",
            "  ach:\n", "    routing_number: \"", (ABA, aba()), "\"\n", "    account_number: \"", (ACCT, account()), "\"\n",
            "    account_type: checking\n", "  sepa:\n", "    iban: ", (IBAN, fmt_iban(iban(cc))), "\n",
            "    bic: ", (BIC, bic(cc)), "\n", "  tax_id: ", (EIN, ein()), "\n",
            "smtp:\n", "  host: smtp.internal\n", "  port: 587\n", "  from: ", ("example_email", example_email()), "\n",
            "  test_recipient: ", ("example_email", example_email()), "\n",
            "fixtures:\n", "  card_number: '", ("test_card", test_card()), "'\n", "  ssn: '", ("test_ssn", test_ssn()), "'\n",
            "  phone: '", ("fictional_phone", fake_phone()), "'\n",
            "warehouse:\n", "  coordinates: [", ("latlong", latlong()), "]\n", "  dock_street: ", ("street_no_number", ch(STREET_ONLY)), "\n",
            "  postal_code: '", ("postal_code", postal()), "'\n",
            "release:\n", "  commit: ", ("git_sha", sha(40)), "\n", "  built_at_ms: ", ("epoch_ms", epoch_ms()), "\n")
        if chance(0.5):
            d.w("alerts:\n  pager_ip_allowlist:\n")
            for _ in range(R.randint(1, 3)):
                d.w("    - ", (IP, ipv4()), "\n")
    elif fmt == "ini":
        d = Doc(f"config/{svc}/settings-{i:02d}.ini")
        d.w(f"; {svc} settings — generated {ts_str()}\n\n[app]\nname = {svc}\nversion = ", ("version", version()), "\n",
            "instance = ", ("uuid", uuid4()), "\n", "max_batch = 500\n\n",
            "[vendor]\nlegal_name = ", ("company_name", ch(COMPANIES)), "\n", "contact_name = ", (NAME, owner.name), "\n",
            "contact_email = ", (EM, owner.email), "\n", "contact_phone = ", (PH, owner.phone), "\n",
            "tax_id = ", (EIN, ein()), "\n\n",
            "[remittance]\nbank = ", ch(["First Harbor Bank", "Tidewater Credit Union", "Summit National", "Banque Lemaire"]), "\n",
            "aba = ", (ABA, aba()), "\n", "account = ", (ACCT, account()), "\n",
            "swift = ", (BIC, bic(cc)), "\n", "iban = ", (IBAN, fmt_iban(iban(cc))), "\n\n",
            "[billing_contact]\nname = ", (NAME, backup.name), "\n", "email = ", (EM, backup.email), "\n",
            "street = ", (ADDR, backup.street), "\n", "city = ", backup.city, "\n", "postcode = ", ("postal_code", backup.postal), "\n\n",
            "[test]\n; sandbox values, safe to commit\ncard = ", ("test_card", test_card()), "\n",
            "email = ", ("example_email", example_email()), "\n", "phone = ", ("fictional_phone", fake_phone()), "\n",
            "order = ", ("order_number", long_number()), "\n", "created = ", ("created_at", nonbirth_date()), "\n")
    else:
        d = Doc(f"deploy/{svc}/{ch(['prod', 'staging', 'dr'])}-{i:02d}.env")
        d.w(f"# {svc} environment\n", "APP_VERSION=", ("version", version()), "\n", "SENTRY_RELEASE=", ("git_sha", sha(40)), "\n",
            "BUILD_TS_MS=", ("epoch_ms", epoch_ms()), "\n", "ADMIN_EMAIL=", (EM, owner.email), "\n",
            "ADMIN_NAME=\"", (NAME, owner.name), "\"\n", "SUPPORT_PHONE=\"", (PH, owner.phone), "\"\n",
            "PAYOUT_ROUTING_NUMBER=", (ABA, aba()), "\n", "PAYOUT_ACCOUNT_NUMBER=", (ACCT, account()), "\n",
            "SEPA_CREDITOR_IBAN=", (IBAN, iban(cc)), "\n", "SEPA_CREDITOR_BIC=", (BIC, bic(cc)), "\n",
            "COMPANY_EIN=", (EIN, ein()), "\n", "OPS_ALERT_EMAIL=", (EM, backup.email), "\n",
            "EGRESS_NAT_IP=", (IP, ipv4()), "\n",
            "TEST_CARD_NUMBER=", ("test_card", test_card().replace(" ", "")), "\n", "QA_SSN=", ("test_ssn", test_ssn()), "\n",
            "QA_EMAIL=", ("example_email", example_email()), "\n", "REQUEST_ID_SEED=", ("uuid", uuid4()), "\n",
            "MAX_UPLOAD_BYTES=", ("byte_count", long_number(R.randint(9, 11))), "\n", "FEATURE_FLAGS=refunds,sepa,ach\n")
    return d


def sf_id():
    return "003" + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(15))


LEAD_NOTES = [
    ["Met at the ", ("company_name", None), " booth; wants a demo next quarter"],
    ["Prefers calls after 5pm; old number ", ("fictional_phone", None), " disconnected"],
    ["Visited showroom; GPS check-in ", ("latlong", None)],
    ["Asked for invoice ", ("invoice_number", None), " to be re-sent"],
    ["Renewal quote ", ("amount", None), " sent, awaiting PO"],
    ["Moved offices, still on ", ("street_no_number", None), ""],
    ["Requested W-9; vendor EIN ", (EIN, None), " on file"],
    ["Do not email; uses ", ("example_email", None), " for trials only"],
]


def fill_note(tpl):
    gen = {"company_name": lambda: ch(COMPANIES), "fictional_phone": fake_phone, "latlong": latlong,
           "invoice_number": lambda: long_number(R.randint(9, 12)), "amount": amount, "street_no_number": lambda: ch(STREET_ONLY),
           EIN: ein, "example_email": example_email}
    return [(it[0], gen[it[0]]()) if isinstance(it, tuple) else it for it in tpl]


@kind(12)
def crm_export(i):
    region = ch(["na", "emea", "na", "dach", "benelux", "iberia"])
    d = Doc(f"exports/crm/contacts_{region}_{2024 + i % 2}q{i % 4 + 1}_{i:02d}.csv")
    lastfirst = i % 4 == 3
    cols = ["Contact ID", "Name (Last, First)" if lastfirst else "Full Name", "Email", "Phone", "Mailing Street", "City",
            "Postal Code", "Country", "Account Name", "Birthdate", "Created Date", "Description"]
    d.w(",".join(f'"{c}"' for c in cols) + "\r\n")
    locs = {"na": ["us"], "emea": EU_LOCALES, "dach": ["de"], "benelux": ["nl", "fr"], "iberia": ["es", "pt"]}[region]
    for j in range(R.randint(8, 18)):
        p = Person(ch(locs) if chance(0.85) else None)
        nm = f"{p.last}, {p.first}" if lastfirst else p.name
        row = ['"', ("record_id", sf_id()), '",', '"', (NAME, nm), '",']
        row += (['"', (EM, p.email), '",'] if chance(0.9) else ['"",'])
        row += (['"', (PH, p.phone), '",'] if chance(0.8) else ['"",'])
        row += ['"', (ADDR, p.street), '",', f'"{p.city}",', '"', ("postal_code", p.postal), '",', f'"{p.country}",']
        row += ['"', ("company_name", ch(COMPANIES)), '",'] if chance(0.5) else [f'"{ch(["Acme Freight", "Northwind", "Blue Heron Dental", "Kestrel Analytics", "Stadtwerke Nord"])}",']
        if chance(0.6):
            row += ['"', (DOB, dob(p.loc)), '",']
        else:
            row += ['"",']
        row += ['"', ("created_at", nonbirth_date()), '",']
        if chance(0.6):
            row += ['"'] + fill_note(ch(LEAD_NOTES)) + ['"']
        row.append("\r\n")
        d.w(*row)
    return d


SUBJECTS = ["Charged twice", "Update my address", "Refund not received", "Cannot log in", "Change payout account",
            "App crashes on launch", "Close my account"]


def ticket_body(p, agent):
    """Returns a list of comment bodies (each a list of items) for one ticket."""
    c = card()
    cc = ch(["DE", "FR", "NL", "ES", "IT", "BE"])
    reqs = [
        ["Hi, I was charged twice on my card ", (CC, fmt_card(c)), " for order ", ("order_number", long_number(R.randint(9, 13))),
         ". Please refund one of the charges."],
        ["Please update my shipping address to ", (ADDR, p.street), ", ", p.cityline, ". The old one was on ",
         ("street_no_number", ch(STREET_ONLY)), "."],
        ["Refund still missing. Bank details for the transfer: IBAN ", (IBAN, fmt_iban(iban(cc))), " BIC ", (BIC, bic(cc)),
         ". Amount was ", ("amount", amount("€")), "."],
        ["I can't log in. For verification my date of birth is ", (DOB, p.dob), " and you can call me on ", (PH, p.phone), "."],
        ["Please send the payout to routing ", (ABA, aba()), ", account ", (ACCT, account()), " instead of the old account."],
        ["The app (version ", ("version", version()), ") crashes on launch since the update. Device id ", ("uuid", uuid4()), "."],
        ["Close my account please. Reply to ", (EM, p.email), " — not to the address on the order ",
         ("order_number_luhn", long_number(16, luhn=True)), "."],
    ]
    k = R.randrange(len(reqs))
    first = reqs[k]
    replies = [
        ["Thanks ", (NAME, p.name), ", I have verified your identity and raised this with billing. Reference ",
         ("ticket_number", long_number(R.randint(9, 12))), "."],
        ["Hello ", (NAME, p.name), ", the parcel (tracking ", ("tracking_number", "1Z" + digits(16)), ") was scanned at ",
         ("latlong", latlong()), " on ", ("created_at", nonbirth_date()), "."],
        ["Our test card ", ("test_card", test_card()), " works in sandbox, so the issue is on the issuer side. Regards, ",
         (NAME, agent.name)],
        ["Refund of ", ("amount", amount()), " issued on ", ("invoice_date", nonbirth_date()), ". — ", (NAME, agent.name)],
    ]
    follow = [
        ["Confirmed, my SSN is ", (SSN, fmt_ssn(ssn_raw())), " if you need it for the tax form."],
        ["I don't have a social security number; my ITIN is ", (ITIN, itin()), " for the 1099."],
        ["Thanks. My new mobile is ", (PH, phone(p.loc)), "."],
        ["OK. The card was ", (CC, fmt_card(card())), ", expiry 0", str(R.randint(1, 9)), "/", str(R.randint(27, 31)), "."],
        ["Great, thanks for the quick help!"],
    ]
    out = [("requester", first + [" ", para("support", R.randint(0, 2))]), ("agent", [para("support", R.randint(1, 3)), " "] + ch(replies))]
    for _ in range(R.randint(0, 3)):
        out.append((ch(["agent", "requester"]), [para("support", R.randint(2, 4))]))
    if chance(0.7):
        out.append(("requester", ch(follow)))
    return SUBJECTS[k], out


@kind(12)
def support_tickets(i):
    d = Doc(f"support/tickets/export_{2024 + i % 2}-{i % 12 + 1:02d}_{i:02d}.jsonl")
    for j in range(R.randint(5, 10)):
        p = Person()
        agent = Person(ch(["us", "uk", "ie"]))
        subject, comments = ticket_body(p, agent)
        d.w('{"ticket_id": ', ("ticket_number", long_number(R.randint(9, 11))), ', "external_id": "', ("uuid", uuid4()),
            '", "created_at": "', ("created_at", ts_str().replace(" ", "T") + "Z"), '", "status": "', ch(["open", "pending", "solved"]),
            '", "subject": "', subject, '", "requester": {"name": "', (NAME, p.name), '", "email": "', (EM, p.email), '"')
        if chance(0.5):
            d.w(', "phone": "', (PH, p.phone), '"')
        d.w('}, "comments": [')
        for k, (who, body) in enumerate(comments):
            if k:
                d.w(", ")
            d.w('{"author": {"name": "', (NAME, p.name if who == "requester" else agent.name), '", "role": "', who,
                '"}, "ts": ', ("epoch_ms", epoch_ms()), ', "body": "', *body, '"}')
        d.w('], "via": {"channel": "', ch(["web", "email", "mobile"]), '", "ip": "', (IP, ip()), '", "app_version": "',
            ("version", version()), '"}, "tags": ["', ch(["billing", "kyc", "shipping", "account"]), '"]}\n')
    return d


MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def user_agent():
    k = R.randrange(6)
    if k == 0:
        return ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/",
                ("version", f"{R.randint(110, 131)}.0.{R.randint(5000, 6999)}.{R.randint(10, 250)}"), " Safari/537.36"]
    if k == 1:
        return ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/",
                ("version", f"{R.randint(15, 18)}.{R.randint(0, 6)}.{R.randint(1, 3)}"), " Safari/605.1.15"]
    if k == 2:
        return [f"Mozilla/5.0 (X11; Linux x86_64; rv:{R.randint(110, 130)}.0) Gecko/20100101 Firefox/{R.randint(110, 130)}.0"]
    if k == 3:
        return ["okhttp/", ("version", f"4.{R.randint(9, 12)}.{R.randint(0, 3)}")]
    if k == 4:
        return ["python-requests/", ("version", f"2.{R.randint(25, 32)}.{R.randint(0, 3)}")]
    return [f"MemberPortal/{R.randint(3, 9)}.{R.randint(0, 20)} (iPhone; iOS ", ("version", f"{R.randint(15, 18)}.{R.randint(0, 6)}.{R.randint(1, 3)}"), ")"]


def clf_time(y, m, dd, h, mi, s):
    return f"{dd:02d}/{MON3[m - 1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"


@kind(20)
def access_log(i):
    web = i % 2 == 0
    host = ch(["portal", "api", "shop", "members", "pay"])
    y, m, dd = rand_date(2024, 2025)
    if web:
        d = Doc(f"logs/nginx/{host}-access.log-{y}{m:02d}{dd:02d}.{i:02d}")
    else:
        d = Doc(f"logs/app/{host}-{y}-{m:02d}-{dd:02d}.{i:02d}.log")
    people = [Person() for _ in range(12)]
    ips = [ip() for _ in range(10)]
    h, mi, s = R.randint(0, 8), 0, 0
    for j in range(R.randint(45, 80) if web else R.randint(300, 520)):
        s += R.randint(0, 40) if web else R.randint(0, 12)
        mi, s = mi + s // 60, s % 60
        h, mi = h + mi // 60, mi % 60
        h = min(h, 23)
        p = ch(people)
        if web:
            paths = [
                ["/unsubscribe?email=", (EM, p.email), "&list=", str(R.randint(1, 9))],
                ["/api/v2/customers/lookup?email=", (EM, p.email), "&req=", ("uuid", uuid4())],
                [f"/static/app.", ("git_sha", sha(12)), ".js"],
                ["/api/v1/orders/", ("order_number", long_number(R.randint(10, 14)))],
                ["/track?n=", ("tracking_number", long_number(R.choice([12, 20, 22])))],
                ["/healthz"],
                ["/search?q=isbn%20", ("isbn", isbn13().replace("-", ""))],
                ["/reset-password?user=", (EM, p.email), "&t=", ("epoch_ms", epoch_ms())],
                ["/api/v2/stores/nearby?ll=", ("latlong", latlong().replace(" ", ""))],
            ]
            path = ch(paths)
            st = ch([200, 200, 200, 204, 301, 302, 404, 500])
            d.w((IP, ch(ips)), " - - [", clf_time(y, m, dd, h, mi, s), "] \"", ch(["GET", "GET", "POST"]), " ", *path,
                " HTTP/1.1\" ", str(st), " ", str(R.randint(0, 90000)), f" \"https://{host}.meridianlending.com/\" \"", *user_agent(), "\"")
            if chance(0.2):
                d.w(" xff=\"", (IP, ip()), ", ", (IP, ch(ips)), "\"")
            d.w(f" rt={R.random():.3f}\n")
        else:
            t = f"{y}-{m:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}.{R.randint(0, 999):03d}Z"
            sensitive = [
                [" INFO  [auth] login ok user=", (EM, p.email), " ip=", (IP, ch(ips)), " session=", ("uuid", uuid4()), " client_version=", ("version", version())],
                [" WARN  [payments] authorisation declined pan=", (CC, card()), " amount=", ("amount", amount("USD ")), " order=", ("order_number_luhn", long_number(16, luhn=True))],
                [" ERROR [kyc] verification failed name=\"", (NAME, p.name), "\" dob=", (DOB, dob("us", 1)), " ssn=", (SSN, fmt_ssn(ssn_raw(), 0))],
                [" DEBUG [payout] ach routing=", (ABA, aba()), " account=", (ACCT, account()), " amount=", ("amount", amount("USD "))],
                [" INFO  [geo] resolved ", (IP, ch(ips)), " -> ", ("latlong", latlong())],
                [" INFO  [notify] sms queued to=", (PH, p.phone), " template=otp_v", str(R.randint(2, 5))],
                [" WARN  [sepa] mandate rejected iban=", (IBAN, iban()), " reason=AC04"],
                [" INFO  [profile] address updated user=", (EM, p.email), " street=\"", (ADDR, p.street), "\""],
            ]
            benign = [
                [" INFO  [http] GET /v1/health 200 ", str(R.randint(1, 40)), "ms"],
                [" DEBUG [cache] hit ratio 0.", digits(2), " keys=", str(R.randint(1000, 90000)), " evictions=", str(R.randint(0, 50))],
                [" INFO  [scheduler] job reconcile-ledger started run=", ("uuid", uuid4())],
                [" DEBUG [db] pool active=", str(R.randint(1, 30)), " idle=", str(R.randint(0, 10)), " wait_ms=", str(R.randint(0, 400))],
                [" INFO  [jobs] nightly-export finished ts=", ("epoch_ms", epoch_ms()), " build=", ("git_sha", sha(40))],
                [" INFO  [http] POST /v2/orders 201 order_id=", ("order_number", long_number(R.randint(10, 16))), " latency_ms=", str(R.randint(5, 900))],
                [" DEBUG [kafka] committed offset=", ("kafka_offset", long_number(R.randint(9, 12))), " partition=", str(R.randint(0, 11)), " topic=payments.events"],
                [" INFO  [deploy] running version=", ("version", version()), " commit=", ("git_sha", sha(7))],
                [" WARN  [rate] throttled client_id=", ("uuid", uuid4()), " bucket=burst"],
                [" INFO  [metrics] flushed ", str(R.randint(100, 900)), " series in ", str(R.randint(3, 90)), "ms ts=", ("epoch_ms", epoch_ms())],
                [" INFO  [shipping] label created tracking=", ("tracking_number", "1Z" + digits(16)), " sku=", ("sku", sku())],
                [" DEBUG [trace] trace_id=", ("trace_id", sha(32)), " span_id=", ("span_id", sha(16)), " dur_ms=", str(R.randint(1, 300))],
                [" INFO  [invoice] rendered invoice=", ("invoice_number", long_number(R.randint(9, 12))), " total=", ("amount", amount("USD "))],
            ]
            d.w(t, *ch(sensitive if chance(0.16) else benign), "\n")
    return d


PHARM_DRUGS = [("Oxycodone HCl 5 mg tab", True), ("Hydrocodone/APAP 10-325 mg tab", True), ("Alprazolam 0.5 mg tab", True),
               ("Adderall XR 20 mg cap", True), ("Zolpidem 10 mg tab", True), ("Buprenorphine/Naloxone 8-2 mg film", True),
               ("Lisinopril 10 mg tab", False), ("Metformin ER 500 mg tab", False), ("Atorvastatin 40 mg tab", False),
               ("Levothyroxine 75 mcg tab", False), ("Sertraline 50 mg tab", False), ("Albuterol HFA 90 mcg inh", False),
               ("Insulin glargine 100 u/mL pen", False), ("Amoxicillin 500 mg cap", False)]


def ndc():
    return f"{digits(5)}-{digits(4)}-{digits(2)}" if chance(0.5) else f"{digits(4)}-{digits(4)}-{digits(2)}"


@kind(10)
def pharmacy_log(i):
    uk = i % 5 == 4
    store = f"{R.randint(100, 9999):04d}"
    y, m, dd = rand_date(2024, 2025)
    if uk:
        d = Doc(f"pharmacy/uk-branch-{store}/eps_dispensing_{y}{m:02d}{dd:02d}.txt")
        d.w(f"EPS DISPENSING LOG — branch {store} — {dd:02d}/{m:02d}/{y}\n", "ODS code F", digits(4), "   Terminal ", ("uuid", uuid4()), "\n\n")
    else:
        d = Doc(f"pharmacy/store-{store}/dispense_{y}-{m:02d}-{dd:02d}.log")
        d.w(f"=== DAILY DISPENSING LOG  store #{store}  {y}-{m:02d}-{dd:02d} ===\n", "Pharmacy NPI ", (NPI, npi()),
            "  NCPDP ", ("ncpdp", digits(7)), "  software RxCore ", ("version", version()), "\n\n")
    prescribers = [clinician() for _ in range(R.randint(3, 6))]
    times = sorted((R.randint(8, 20), R.randint(0, 59)) for _ in range(R.randint(10, 20)))
    for hh, mm in times:
        p = Person("uk" if uk else "us")
        drug, controlled = ch(PHARM_DRUGS)
        pr = ch(prescribers)
        if uk:
            d.w(f"{hh:02d}:{mm:02d} | Rx ", ("rx_number", digits(8)), " | ", (NAME, p.name), " | DOB ", (DOB, dob("uk", 0)),
                " | NHS ", (NHS, nhs()), " | ", drug, f" x{R.randint(14, 56)}", " | Presc: Dr ", (NAME, pr.name),
                " (GMC ", ("gmc_number", digits(7, True)), ") | Exempt: ", ch(["A", "B", "D", "F", "paid"]), "\n")
            continue
        t = f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mm:02d}:{R.randint(0, 59):02d}"
        d.w(t, " | RX# ", ("rx_number", digits(7, True)), f" | FILL {R.randint(0, 5)} | PT: ", (NAME, p.name),
            " | DOB: ", (DOB, dob("us", ch([0, 1]))), " | MRN: ", (MRN, mrn()), " | DRUG: ", drug, " | NDC ", ("ndc", ndc()),
            f" | QTY {R.choice([14, 28, 30, 60, 90])} | LOT ", ("lot_number", f"{ch('ABCDEFGHKLMNPRTXZ')}{digits(R.randint(5, 8))}"),
            " EXP ", ("expiry_date", f"{R.randint(1, 12):02d}/{R.randint(2026, 2029)}"), " | WRITTEN ", ("written_date", nonbirth_date()),
            " | PRESCRIBER: ", (NAME, pr.name), f", {pr.cred.split(',')[0]} | NPI ", (NPI, pr.npi))
        if controlled:
            d.w(" | DEA ", (DEA, pr.dea))
        d.w(" | DX ", (ICD, icd()[0]))
        if chance(0.35):
            d.w(" | PAYER: Medicare Part D MBI ", (MBI, mbi()))
        else:
            d.w(" | PAYER: ", ch(["BCBS", "Aetna", "Cash", "UHC", "Cigna"]), " grp ", ("group_number", digits(R.randint(6, 9), True)))
        d.w(" | COPAY ", ("amount", amount("$", 0, 85)), "\n")
        if chance(0.08):
            d.w("    NOTE: patient called from ", (PH, p.phone), "; deliver to ", (ADDR, p.street), "\n")
    d.w("\nEnd of log. Records: ", str(R.randint(25, 45)), "  Printed ", ("created_at", nonbirth_date()), "\n")
    return d


EMPLOYERS = ["Harbourline Logistics Inc.", "Brightpath Health Partners", "Kestrel Analytics LLC", "Northwind Manufacturing Co.",
             "Meridian Lending Group", "Saltmarsh Dental Group", "Lumen Pharma Services", "Tidewater Credit Union"]
US_BANKS = ["Chase", "Bank of America", "Wells Fargo Bank, N.A.", "Tidewater Credit Union", "First Harbor Bank", "Ally Bank",
            "Navy Federal Credit Union", "U.S. Bank", "Summit National Bank"]


def kv(d, label, *items, width=22):
    d.w(f"{label} ".ljust(width, ".") + " : ", *items, "\n")


@kind(18)
def hr_onboarding(i):
    p = Person("us" if i % 6 else ch(["nl", "de", "fr", "es"]))
    eid = f"E-{R.randint(100000, 399999)}"
    y, m, dd = rand_date(2023, 2025)
    d = Doc(f"hr/onboarding/{y}/{eid}_{slug(p.last)}.txt")
    employer = ch(EMPLOYERS)
    mgr, hrrep, emer = Person("us"), Person("us"), Person(p.loc)
    d.w(f"{employer.upper()} — NEW HIRE ONBOARDING FORM (rev. {y - 1}-{R.randint(1, 12):02d})\n", "=" * 64, "\n",
        "Employee ID: ", ("employee_id", eid), "        Start date: ", ("start_date", fmt_date((y, m, dd))), "\n",
        "Department: ", ch(["Finance Ops", "Claims", "Engineering", "Member Services", "Compliance", "Pharmacy"]),
        "        Manager: ", (NAME, mgr.name), "\n\n", "SECTION 1 — PERSONAL INFORMATION\n")
    kv(d, "Legal name", (NAME, p.name))
    kv(d, "Date of birth", (DOB, dob(p.loc)))
    if p.loc == "us":
        if chance(0.3):
            kv(d, "SSN / ITIN", (ITIN, itin()), "  (ITIN — SSN application pending)")
        else:
            kv(d, "SSN / ITIN", (SSN, fmt_ssn(ssn_raw())))
    else:
        kv(d, "SSN / ITIN", (ITIN, itin()), "  (non-resident, relocating from ", p.country, ")")
    kv(d, "Home address", (ADDR, p.street))
    d.w(" " * 25, p.city, ", " if p.state else " ", p.state + " " if p.state else "", ("postal_code", p.postal), "\n")
    kv(d, "Personal email", (EM, p.email))
    kv(d, "Mobile", (PH, p.phone))
    d.w("\nSECTION 2 — IDENTITY DOCUMENTS (FORM I-9)\n")
    if chance(0.6):
        ey, em_, ed = rand_date(2027, 2034)
        d.w("List A: U.S. passport no. ", (PASS, passport()), ", expires ", ("expiry_date", fmt_date((ey, em_, ed))), "\n")
    if chance(0.8) or p.loc != "us":
        st, dl = drivers_license()
        d.w("List B: ", st, " driver's license ", (DL, dl), ", class ", ch(["C", "D", "M"]), "\n")
    d.w("List C: Social Security card sighted by HR — copy retained in secure file.\n" if p.loc == "us" else "List C: n/a\n")
    d.w("\nSECTION 3 — DIRECT DEPOSIT\n")
    kv(d, "Bank", ch(US_BANKS))
    kv(d, "Routing (ABA)", (ABA, aba()))
    kv(d, "Account no.", (ACCT, account()), "   Type: ", ch(["Checking", "Savings"]))
    if p.loc != "us":
        cc = {"nl": "NL", "de": "DE", "fr": "FR", "es": "ES"}[p.loc]
        kv(d, "Home-country acct", (IBAN, fmt_iban(iban(cc))), " / ", (BIC, bic(cc)))
    kv(d, "Split", "100% net pay")
    d.w("\nSECTION 4 — EMERGENCY CONTACT\n")
    kv(d, "Name", (NAME, emer.name), "   Relationship: ", ch(["Spouse", "Partner", "Mother", "Father", "Sibling", "Friend"]))
    kv(d, "Phone", (PH, emer.phone))
    d.w("\nSECTION 5 — W-4 / BENEFITS\n")
    kv(d, "Filing status", ch(["Single", "Married filing jointly", "Head of household"]))
    kv(d, "Annual salary", ("amount", amount("$", 42000, 185000)))
    kv(d, "Medical plan", ch(["PPO 500", "HDHP + HSA", "HMO Select", "Waived"]), "  effective ", ("benefit_date", nonbirth_date()))
    kv(d, "Cost center", ("cost_center", f"{digits(4, True)}-{digits(3)}"), "   Requisition ", ("requisition_id", f"R-{R.randint(2022, 2025)}-{digits(5)}"))
    kv(d, "401(k) plan no.", ("plan_number", digits(3, True)), "   Deferral ", f"{R.randint(0, 15)}%")
    if chance(0.4):
        dep = Person(p.loc)
        kv(d, "Dependent", (NAME, f"{dep.first} {p.last}"), ", born ", (DOB, dob(p.loc)))
    d.w("\nACKNOWLEDGEMENTS\n", wrap(para("hr", R.randint(3, 6))), "\n")
    d.w("\nI certify the information above is true and complete.\nSignature: /s/ ", (NAME, p.name), "     Date: ",
        ("signed_date", nonbirth_date()), "\n\nHR USE ONLY — verified by ", (NAME, hrrep.name), " on ", ("created_at", nonbirth_date()),
        ". Badge #", ("badge_number", digits(6)), ". Laptop asset tag ", ("asset_tag", f"LT-{digits(5)}"), ".\n")
    if chance(0.5):
        d.w("Note: payroll test record uses SSN ", ("test_ssn", test_ssn()), " and phone ", ("fictional_phone", fake_phone()),
            " — do not copy into production.\n")
    return d


KYC_NOTES_FR = ["Le client déclare que les fonds proviennent de la vente d'un bien immobilier situé au ", None,
                ". L'acte notarié a été fourni."]
KYC_NOTES_DE = ["Der Kunde gab an, die Zahlungen stammten aus einer Erbschaft. Wohnanschrift laut Meldebescheinigung: ", None, "."]
KYC_NOTES_ES = ["La clienta indicó que las transferencias corresponden a alquileres de un piso en ", None, "."]
KYC_NOTES_NL = ["Klant verklaart dat de stortingen afkomstig zijn van de verkoop van een boot. Adres: ", None, "."]


@kind(18)
def kyc_case(i):
    p = Person()
    y = R.randint(2023, 2025)
    case = f"AML-{y}-{R.randint(1000, 99999):05d}"
    d = Doc(f"compliance/kyc/{case}.md")
    analyst, approver = Person(ch(["us", "uk", "ie"])), Person(ch(["us", "uk"]))
    d.w(f"# KYC / AML review — case {case}\n\n", "**Status:** ", ch(["Escalated to EDD", "Closed — no SAR", "SAR filed", "Pending documents"]),
        "  \n**Analyst:** ", (NAME, analyst.name), "  \n**Opened:** ", ("created_at", nonbirth_date()), "  \n**Alert id:** ",
        ("alert_id", long_number(R.randint(10, 14))), "\n\n## Subject\n\n", "- Name: ", (NAME, p.name), "\n- Date of birth: ", (DOB, p.dob),
        "\n- Residential address: ", (ADDR, p.street), ", ", p.cityline, "\n- Contact: ", (EM, p.email), " / ", (PH, p.phone), "\n")
    if p.loc == "us":
        d.w("- Tax id: ", (SSN, p.ssn) if chance(0.7) else (ITIN, itin()), "\n")
    if chance(0.6):
        d.w("- ID document: U.S. passport ", (PASS, passport()), " (verified via document scan, ", ("version", f"IDV {version()}"), ")\n")
    d.w("- Login IPs (30 days): ", (IP, ip()), ", ", (IP, ip()), "\n- Employer: ", ch([ch(EMPLOYERS), ("company_name", ch(COMPANIES)), "self-employed"]), "\n\n")
    d.w("## Activity summary\n\n")
    for _ in range(R.randint(2, 4)):
        cc1, cc2 = ch(list(IBAN_SPEC)), ch(list(IBAN_SPEC))
        cp = Person(ch(EU_LOCALES))
        d1, d2 = date_pair()
        d.w("Between ", ("activity_date", d1), " and ", ("activity_date", d2), " the customer received ",
            str(R.randint(3, 30)), " incoming transfers totalling ", ("amount", amount("€", 9000, 480000)), " from IBAN ", (IBAN, fmt_iban(iban(cc1))),
            " (", (BIC, bic(cc1)), "), account holder ", (NAME, cp.name), ". Funds were moved on within ", str(R.randint(1, 5)),
            " days to ", (IBAN, fmt_iban(iban(cc2))), " at ", (BIC, bic(cc2)), ".\n\n")
    if chance(0.6):
        d.w("Domestic leg: ACH credits from routing ", (ABA, aba()), " account ", (ACCT, account()), " (", ch(US_BANKS), "), ",
            "then card spend on ", (CC, fmt_card(card())), " at ", str(R.randint(3, 20)), " merchants in ", str(R.randint(2, 6)), " countries.\n\n")
    if chance(0.4):
        d.w("Counterparty ", ("company_name", ch(COMPANIES)), " is a listed company and was cleared; its EIN ", (EIN, ein()),
            " matches the W-9 on file.\n\n")
    notes = ch([KYC_NOTES_FR, KYC_NOTES_DE, KYC_NOTES_ES, KYC_NOTES_NL, None, None])
    if notes:
        loc = {id(KYC_NOTES_FR): "fr", id(KYC_NOTES_DE): "de", id(KYC_NOTES_ES): "es", id(KYC_NOTES_NL): "nl"}[id(notes)]
        d.w("## Notes from branch interview\n\n> ", notes[0], (ADDR, eu_street(loc)), notes[2], "\n\n")
    d.w("## Transactions reviewed\n\n| txn id | booked | amount | channel |\n|---|---|---|---|\n")
    for _ in range(R.randint(3, 7)):
        d.w("| ", ("txn_id", ch([uuid4(), long_number(R.randint(12, 18)), f"TRX{digits(10)}"])), " | ", ("booking_date", nonbirth_date()),
            " | ", ("amount", amount(ch(["€", "$"]), 500, 60000)), " | ", ch(["SEPA", "SWIFT MT103", "ACH", "card", "cash deposit"]), " |\n")
    d.w("\n## Screening\n\n| list | result | checked |\n|---|---|---|\n")
    for lst in ["OFAC SDN", "EU consolidated", "UN", "PEP (internal)"]:
        d.w(f"| {lst} | {ch(['no match', 'no match', 'false positive — different DOB', 'potential match, cleared'])} | ",
            ("created_at", nonbirth_date()), " |\n")
    d.w("\n## Analyst assessment\n\n", para("compliance", R.randint(4, 8)), "\n\n", para("compliance", R.randint(2, 5)), "\n")
    d.w("\n## Decision\n\n", filler(2), " Approved by ", (NAME, approver.name), ".\n")
    return d


def borrower_block(d, label, p):
    d.w(f"{label}\n", "  Name ............ ", (NAME, p.name), "\n  Date of birth ... ", (DOB, p.dob), "\n  SSN ............. ",
        (SSN, p.ssn), "\n  Current address . ", (ADDR, p.street), ", ", p.cityline, f"  ({R.randint(1, 15)} yrs, {ch(['own', 'rent'])})\n",
        "  Phone ........... ", (PH, p.phone), "\n  Email ........... ", (EM, p.email), "\n")
    emp = ch(EMPLOYERS)
    d.w("  Employer ........ ", emp, " — EIN ", (EIN, ein()), f", {R.randint(1, 20)} yrs\n",
        "  Gross monthly ... ", ("amount", amount("$", 3500, 24000)), "\n")
    if chance(0.5):
        st, dl = drivers_license()
        d.w("  ID verified ..... ", st, " DL ", (DL, dl), "\n")
    else:
        d.w("  ID verified ..... U.S. passport ", (PASS, passport()), "\n")


@kind(14)
def mortgage_summary(i):
    loan = long_number(10)
    d = Doc(f"lending/mortgage/{2024 + i % 2}/LN{loan}_summary.txt")
    lo, b, cb, prop = Person("us"), Person("us"), Person("us"), Person("us")
    d.w("MERIDIAN LENDING GROUP — LOAN APPLICATION SUMMARY (1003)\n", "-" * 60, "\nLoan number: ", ("loan_number", loan),
        "    Application date: ", ("application_date", nonbirth_date()), "    NMLS ID: ", ("nmls_id", digits(7, True)), "\n",
        "Loan officer: ", (NAME, lo.name), ", ", (PH, phone("us")), ", ", (EM, email_for(lo.first, lo.last, "meridianlending.com")), "\n\n")
    borrower_block(d, "BORROWER", b)
    if chance(0.5):
        cb.street, cb.cityline = b.street, b.cityline
        d.w("\n")
        borrower_block(d, "CO-BORROWER", cb)
    price = R.randint(180, 1400) * 1000
    d.w("\nSUBJECT PROPERTY\n  ", (ADDR, prop.street), ", ", prop.cityline, "\n  Parcel/APN: ", ("parcel_number", f"{digits(3)}-{digits(3)}-{digits(2)}"),
        "   Geo: ", ("latlong", latlong()), "\n  Purchase price: ", ("amount", f"${price:,}.00"), "   Loan amount: ",
        ("amount", f"${int(price * 0.8):,}.00"), f"   LTV 80.00%   Rate {R.choice([5.875, 6.125, 6.5, 6.875, 7.0])}%   Term 360 mo\n\n",
        "  MERS MIN: ", ("mers_min", f"{digits(7, True)}-{digits(10)}-{digits(1)}"), "   FHA case no.: ",
        ("fha_case", f"{digits(3)}-{digits(7)}-{digits(3)}"), "\n  Rate lock expires ", ("lock_date", nonbirth_date()),
        "; appraisal ordered ", ("order_date", nonbirth_date()), ", order ", ("order_number", long_number(R.randint(9, 12))), "\n\n",
        "ASSETS\n")
    for _ in range(R.randint(1, 3)):
        d.w("  ", ch(["Checking", "Savings", "Money market"]), " — ", ch(US_BANKS), ", routing ", (ABA, aba()), ", acct ",
            (ACCT, account()), ", balance ", ("amount", amount("$", 2000, 250000)), "\n")
    if chance(0.4):
        g = Person(ch(EU_LOCALES))
        cc = ch(["DE", "FR", "NL", "ES", "IT"])
        d.w("  Gift funds from ", (NAME, g.name), " (", ch(["parent", "grandparent", "sibling"]), "), wired from ", (IBAN, fmt_iban(iban(cc))),
            " / ", (BIC, bic(cc)), ", ", ("amount", amount("€", 5000, 80000)), "\n")
    d.w("\nCREDIT\n  Report id ", ("report_id", long_number(R.randint(12, 16))), "   Scores: ", str(R.randint(640, 820)), "/",
        str(R.randint(640, 820)), "/", str(R.randint(640, 820)), "\n  Card on file for appraisal fee: ", (CC, fmt_card(card())), "\n\n",
        "CLOSING / ESCROW WIRE INSTRUCTIONS\n  Title company: ", ch(["Coastal Title & Escrow", "Summit Settlement Services", "Old Republic Title"]),
        "\n  ABA ", (ABA, aba()), "   Account ", (ACCT, account()), "   Reference: ", ("loan_number", loan), "\n",
        "  Verbally confirm any change by calling the title office; never act on emailed changes.\n\n",
        "UNDERWRITER NOTES\n  ", para("compliance", 3), " ", filler(1), " DTI ", f"{R.randint(18, 45)}.{R.randint(0, 9)}%", ". Conditions cleared on ",
        ("created_at", nonbirth_date()), ". Processor: ", (NAME, Person("us").name), ".\n")
    return d


CLINICS = ["Pinecrest Family Medicine", "Harbor View Internal Medicine", "Riverside Community Health Center", "Oak Hollow Pediatrics",
           "Brightpath Primary Care"]
SPECIALTIES = ["Cardiology", "Endocrinology", "Rheumatology", "Pain Management", "Neurology", "Gastroenterology", "Orthopaedics"]
MEDS = ["metformin 1000 mg BID", "lisinopril 20 mg daily", "atorvastatin 40 mg nightly", "oxycodone 5 mg q6h PRN",
        "levothyroxine 75 mcg", "apixaban 5 mg BID", "sertraline 100 mg", "insulin glargine 24 units qHS"]


def letter_date(loc):
    return fmt_date(rand_date(2023, 2025), loc)


@kind(24)
def referral_letter(i):
    lang = ["en", "en", "en", "uk", "fr", "de"][i % 6]
    y = R.randint(2023, 2025)
    d = Doc(f"clinical/referrals/{y}/referral_{lang}_{i:03d}.txt")
    ref, to = clinician(), clinician()
    to.cred = ch(["MD", "DO", "MD, FACP", "MD, PhD", "MBBS"])
    dx = [icd() for _ in range(R.randint(1, 3))]
    if lang in ("en", "uk"):
        p = Person("us" if lang == "en" else "uk")
        cl = Person("us" if lang == "en" else "uk")
        d.w(ch(CLINICS).upper(), "\n", (ADDR, cl.street), ", ", cl.cityline, "\nTel ", (PH, phone(cl.loc)), "   Fax ", (PH, phone(cl.loc)), "\n\n",
            ("letter_date", letter_date(p.loc)), "\n\n", "Dr. ", (NAME, to.name), ", ", to.cred, "\n", ch(SPECIALTIES), ", ",
            ch(["St. Anne's Medical Center", "University Hospital", "Mercy General", "Royal County Hospital"]), "\n\n")
        d.w("RE: ", (NAME, p.name), "   DOB: ", (DOB, p.dob), "   MRN: ", (MRN, mrn()), "\n")
        if lang == "en":
            if chance(0.6):
                d.w("Medicare MBI: ", (MBI, mbi()), "   Secondary: ", ch(["Medigap Plan G", "none", "Medicaid"]), "\n")
            else:
                d.w("Insurance: ", ch(["Aetna PPO", "BCBS", "Cigna"]), " member id W", digits(9), "\n")
        else:
            d.w("NHS number: ", (NHS, nhs()), "   Hospital no: ", (MRN, f"RX{digits(6)}"), "\n")
        d.w("Patient address: ", (ADDR, p.street), ", ", p.cityline, "   Tel ", (PH, p.phone), "\n\n",
            "Dear Dr. ", (NAME, to.name), ",\n\n", "Thank you for seeing this ", str(2025 - p.dob_ymd[0]), "-year-old patient whom I am referring for ",
            "assessment of ", dx[0][1].lower(), " (ICD-10 ", (ICD, dx[0][0]), "). ")
        if len(dx) > 1:
            d.w("Relevant history includes ", ", ".join(x[1].lower() for x in dx[1:]), " (", )
            for k, x in enumerate(dx[1:]):
                d.w(", " if k else "", (ICD, x[0]))
            d.w("). ")
        d.w("The patient was admitted to hospital on ", ("admission_date", nonbirth_date()), " and discharged after ",
            str(R.randint(2, 9)), " days. ", para("clinical", R.randint(4, 8)), "\n\n", para("clinical", R.randint(2, 5)), "\n\nCurrent medications: ", "; ".join(R.sample(MEDS, 3)), ".\n",
            "Most recent HbA1c ", f"{R.randint(55, 110) / 10}%", " on ", ("lab_date", nonbirth_date()), "; eGFR ", str(R.randint(28, 110)),
            " on ", ("lab_date", nonbirth_date()), ". Please offer an appointment before ", ("appointment_date", nonbirth_date()),
            ". Our ref ", ("referral_id", long_number(R.randint(9, 12))), ", e-referral UBRN ", ("ubrn", f"{digits(4)} {digits(4)} {digits(4)}"), ".\n\n")
        if chance(0.5):
            d.w("Please send your report to my secure address ", (EM, email_for(ref.first, ref.last, ch(CORP_DOMAINS))),
                " or fax it to the number above.\n\n")
        d.w("Yours sincerely,\n\n", (NAME, ref.name), ", ", ref.cred, "\n")
        if lang == "en":
            d.w("NPI ", (NPI, ref.npi), "   DEA ", (DEA, ref.dea), "\n")
        else:
            d.w("GMC ", ("gmc_number", digits(7, True)), "\n")
        d.w("cc: ", (NAME, Person(p.loc).name), " (practice manager)\n")
    elif lang == "fr":
        p = Person("fr")
        d.w("CABINET MÉDICAL DES LILAS\n", (ADDR, eu_street("fr")), ", ", fill_pattern("750{n}{n}"), " Paris\nTél. ", (PH, phone("fr")), "\n\n",
            "Paris, le ", ("letter_date", letter_date("fr")), "\n\nObjet : lettre d'adressage\n\n", "Cher confrère, chère consœur,\n\n",
            "Je vous adresse ", ch(["Mme", "M."]), " ", (NAME, p.name), ", né(e) le ", (DOB, dob("fr", 3)), ", demeurant ", (ADDR, p.street),
            " à ", p.city, ", pour avis concernant ", dx[0][1].lower(), " (CIM-10 ", (ICD, dx[0][0]), "). ",
            "Hospitalisation du ", ("admission_date", nonbirth_date("fr")), ". Joignable au ", (PH, p.phone), ".\n\n",
            "Traitement en cours : ", "; ".join(R.sample(MEDS, 2)), ".\n\n", "Bien confraternellement,\n\nDr ", (NAME, Person("fr").name), "\n")
    else:
        p = Person("de")
        d.w("PRAXIS FÜR ALLGEMEINMEDIZIN\n", (ADDR, eu_street("de")), " · ", fill_pattern("10{n}{n}{n}"), " Berlin · Tel. ", (PH, phone("de")), "\n\n",
            "Berlin, ", ("letter_date", letter_date("de")), "\n\nÜberweisung / Arztbrief\n\n", "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\n",
            "wir überweisen ", ch(["Frau", "Herrn"]), " ", (NAME, p.name), ", geb. ", (DOB, dob("de", ch([0, 1]))), ", wohnhaft ", (ADDR, p.street),
            ", ", p.cityline, ", zur Mitbehandlung.\n\nDiagnosen (ICD-10-GM): ")
        for k, x in enumerate(dx):
            d.w("; " if k else "", (ICD, x[0]), " ", x[1])
        d.w("\n\nStationärer Aufenthalt vom ", ("admission_date", nonbirth_date("de")), ". Versichertennummer liegt der Karte bei.\n\n",
            "Mit freundlichen kollegialen Grüßen\n\n", (NAME, Person("de").name), "\nFachärztin/Facharzt für Allgemeinmedizin\n")
    return d


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def spoken_dob(p):
    y, m, dd = p.dob_ymd
    return ch([f"{MONTHS[m - 1]} {ordinal(dd)}, {y}", f"the {ordinal(dd)} of {MONTHS[m - 1]} {y}", f"{m}/{dd}/{y}", f"{MONTHS[m - 1]} {dd} {y}"])


SMALLTALK = [
    ("A", "Bear with me a moment while I pull that up, the system is a little slow today."),
    ("C", "No problem, I've been on hold for a while anyway."),
    ("A", "I do apologise for the wait; we've had a high volume of calls this morning."),
    ("C", "Okay. Can you tell me how long this is going to take?"),
    ("A", "It should only be a few more minutes."),
    ("C", "Sorry, you're breaking up a bit. Could you repeat that?"),
    ("A", "Of course. I said I'm just adding a note to your account so the next person can see what we discussed."),
    ("C", "Right, that makes sense."),
    ("A", "Is there a good time for us to call you back if we get disconnected?"),
    ("C", "Afternoons are best, I'm at work in the mornings."),
    ("A", "I'm going to place you on a brief hold while I check with my supervisor."),
    ("C", "Sure, go ahead."),
    ("A", "Thank you for holding. I've confirmed that we can go ahead with that."),
    ("C", "Great, I appreciate it."),
    ("A", "You'll also receive a short survey by text after the call; it's optional."),
    ("C", "Will I get something in writing confirming this?"),
    ("A", "Yes, a confirmation letter goes out within five business days."),
]


def chat(d, c, n):
    for who, text in R.sample(SMALLTALK, n):
        d.w(c(), "AGENT: " if who == "A" else "CALLER: ", text, "\n")


class Clock:
    def __init__(self):
        self.t = R.randint(2, 6)

    def __call__(self):
        self.t += R.randint(3, 25)
        return f"[{self.t // 3600:02d}:{self.t // 60 % 60:02d}:{self.t % 60:02d}] "


@kind(20)
def call_transcript(i):
    queue = ["billing", "pharmacy", "medicare", "billing", "fraud", "es"][i % 6]
    y, m, dd = rand_date(2024, 2025)
    d = Doc(f"callcenter/transcripts/{y}-{m:02d}-{dd:02d}/call_{queue}_{i:03d}.txt")
    p, agent = Person("us"), Person("us")
    if queue == "medicare":
        p.dob_ymd = rand_date(1932, 1959)
    if queue == "es":
        p.first, p.last = ch(FIRST["es"] + ["Guadalupe", "Yesenia", "Carlos"]), ch(LAST["es"] + ["Hernández", "Delgado", "Villanueva"])
        p.name, p.email = f"{p.first} {p.last}", email_for(p.first, p.last, ch(MAIL_DOMAINS["us"]))
    org = {"billing": "Tidewater Credit Union", "pharmacy": "Brightpath Pharmacy", "medicare": "Pinecrest Medicare Advantage",
           "fraud": "Tidewater Credit Union", "es": "Meridian Lending Group"}[queue]
    c = Clock()
    d.w("Call ID: ", ("uuid", uuid4()), " | Queue: ", queue.upper(), " | Agent: ", (NAME, agent.name), f" (ext {R.randint(2000, 7999)})",
        " | Started: ", ("created_at", ts_str()), f" | Duration: 00:{R.randint(3, 25):02d}:{R.randint(0, 59):02d}\n",
        "Transcribed automatically; speaker labels may be inaccurate.\n\n")
    A, C = "AGENT: ", "CALLER: "
    if queue == "es":
        d.w(c(), A, f"Thank you for calling {org}, this is ", (NAME, agent.name), ". ¿Prefiere continuar en español?\n",
            c(), C, "Sí, por favor. Me llamo ", (NAME, p.name), ".\n",
            c(), A, "Gracias. ¿Me confirma su fecha de nacimiento?\n", c(), C, "Es el ", (DOB, fmt_date(p.dob_ymd, "es", 0)), ".\n",
            c(), A, "¿Y su número de teléfono?\n", c(), C, "Mi número es ", (PH, p.phone), " y mi correo ", (EM, p.email), ".\n",
            c(), A, "Perfecto. Veo su solicitud de préstamo número ", ("loan_number", long_number(10)), ". ¿Cambió de domicilio?\n",
            c(), C, "Sí, ahora vivo en ", (ADDR, p.street), ", ", p.cityline, ".\n",
            c(), A, "Lo actualizo. Para el depósito, ¿número de ruta y cuenta?\n", c(), C, "Ruta ", (ABA, aba()), ", cuenta ", (ACCT, account()), ".\n",
            c(), A, "Listo. Su número de caso es ", ("case_number", long_number(R.randint(9, 11))), ". ¿Algo más?\n", c(), C, "No, gracias.\n")
    else:
        d.w(c(), A, f"Thank you for calling {org}, my name is ", (NAME, agent.name), ". Can I have your full name please?\n",
            c(), C, "Yeah, it's ", (NAME, p.name), ".\n", c(), A, "Thanks. For security, can you confirm your date of birth?\n",
            c(), C, (DOB, spoken_dob(p)), ".\n")
        chat(d, c, R.randint(1, 4))
        if queue in ("billing", "fraud"):
            d.w(c(), A, "And your social security number, please.\n", c(), C, "Sure, ", (SSN, fmt_ssn(ssn_raw(), ch([0, 1, 2]))), ".\n",
                c(), A, "Thank you, you're verified. How can I help?\n",
                c(), C, "There's a charge of ", ("amount", amount("$", 20, 3000)), " I don't recognise on my card, ", (CC, fmt_card(card())), ".\n",
                c(), A, "I see it, merchant reference ", ("order_number", long_number(R.randint(11, 16))), ". I'll block the card and order a new one.\n",
                c(), C, "Please send it to my new address, ", (ADDR, p.street), ", ", p.cityline, ".\n",
                c(), A, "Done. Is ", (PH, p.phone), " still the best callback number?\n", c(), C, "Yes. Or email me at ", (EM, p.email), ".\n")
            if queue == "fraud":
                d.w(c(), C, "They also tried to wire money to an account in Europe, ", (IBAN, fmt_iban(iban())), ".\n",
                    c(), A, "I see the attempt from IP address ", (IP, ipv4()), "; it was blocked. The beneficiary bank code was ", (BIC, bic()), ".\n")
        elif queue == "pharmacy":
            pr = clinician()
            d.w(c(), A, "How can I help today?\n", c(), C, "I need a refill on my ", ch(PHARM_DRUGS)[0], ", prescription number ",
                ("rx_number", digits(7, True)), ".\n", c(), A, "I see it was written by Dr. ", (NAME, pr.name), ". Let me check the NPI on file, ",
                (NPI, pr.npi), ". We need a new script; I'll fax the office.\n", c(), C, "Their number is ", (PH, phone("us")), ".\n",
                c(), A, "Thanks. Your medical record number with us is ", (MRN, mrn()), ", correct?\n", c(), C, "Yes.\n",
                c(), A, "And delivery to ", (ADDR, p.street), "?\n", c(), C, "That's right.\n")
        else:
            code, desc = icd()
            d.w(c(), A, "Can you read me your Medicare number from the red, white and blue card?\n", c(), C, "It's ", (MBI, mbi()), ".\n",
                c(), A, "Thank you. I see a claim for ", desc.lower(), ", diagnosis code ", (ICD, code), ", billed ",
                ("amount", amount("$", 80, 4000)), ".\n", c(), C, "My doctor said it was covered.\n",
                c(), A, "It was processed on ", ("claim_date", nonbirth_date()), ". I'll send the explanation to ", (ADDR, p.street), ".\n")
        chat(d, c, R.randint(4, 10))
        d.w(c(), A, "Your reference number for today's call is ", ("case_number", long_number(R.randint(9, 12))), ". Anything else?\n",
            c(), C, "No, that's it. Thanks.\n")
    d.w("\n--- post-call notes ---\n", para("support", R.randint(2, 4)), " ", filler(1), " Disposition: ", ch(["resolved", "escalated", "callback scheduled"]),
        ". Wrap time ", str(R.randint(20, 240)), "s. QA sample: ", ch(["no", "yes"]), ".\n")
    return d


def pad_cols(d, left, right, width=54):
    """Writes two columns: lists of items; pads by characters (as a PDF-to-text tool would)."""
    n = sum(len(it[1] if isinstance(it, tuple) else it) for it in left)
    d.w(*left, " " * max(2, width - n), *right, "\n")


@kind(22)
def invoice(i):
    lang = ["en", "en", "en", "de", "nl", "en"][i % 6]
    vendor = ch(EMPLOYERS)
    v = Person("us" if lang == "en" else lang)
    cust, ship = Person("us" if lang == "en" else lang), Person("us" if lang == "en" else lang)
    inv_no = f"{R.randint(2023, 2025)}-{digits(6)}"
    d = Doc(f"finance/invoices/{slug(vendor)[:16]}/{'INV' if lang == 'en' else 'RE' if lang == 'de' else 'FACT'}-{inv_no}.txt")
    L = {"en": ("INVOICE", "Invoice #", "Invoice date", "Due date", "Bill To", "Ship To", "Subtotal", "Tax", "TOTAL DUE"),
         "de": ("RECHNUNG", "Rechnungsnr.", "Rechnungsdatum", "Fällig am", "Rechnungsempfänger", "Lieferanschrift", "Zwischensumme", "USt. 19%", "GESAMTBETRAG"),
         "nl": ("FACTUUR", "Factuurnummer", "Factuurdatum", "Vervaldatum", "Factuuradres", "Afleveradres", "Subtotaal", "BTW 21%", "TOTAAL")}[lang]
    cur = "$" if lang == "en" else "€"
    pad_cols(d, [vendor], [L[0]])
    pad_cols(d, [(ADDR, v.street)], [L[1] + ": ", ("invoice_number", inv_no)])
    idate, ddate = date_pair(lang if lang != "en" else "us")
    pad_cols(d, [v.cityline], [L[2] + ": ", ("invoice_date", idate)])
    pad_cols(d, ["Tel ", (PH, v.phone)], [L[3] + ": ", ("due_date", ddate)])
    if lang == "en":
        pad_cols(d, ["EIN ", (EIN, ein())], ["PO #: ", ("po_number", long_number(R.randint(9, 10)))])
    elif lang == "de":
        pad_cols(d, ["USt-IdNr. ", ("vat_id", "DE" + digits(9, True))], ["Kundennr.: ", ("customer_number", digits(8, True))])
    else:
        pad_cols(d, ["KvK ", ("kvk_number", digits(8, True)), "  BTW ", ("vat_id", f"NL{digits(9)}B01")], ["Klantnr.: ", ("customer_number", digits(7, True))])
    d.w("\n")
    pad_cols(d, [L[4] + ":"], [L[5] + ":"])
    pad_cols(d, ["Attn: ", (NAME, cust.name)], [(NAME, ship.name)])
    pad_cols(d, [ch(["Accounts Payable", "Finance Dept.", "Purchasing"])], [(ADDR, ship.street)])
    pad_cols(d, [(ADDR, cust.street)], [ship.cityline])
    pad_cols(d, [cust.cityline], ["Tel ", (PH, ship.phone)])
    d.w("\n", " QTY  ITEM               DESCRIPTION                         UNIT        AMOUNT\n", " " + "-" * 78 + "\n")
    subtotal = 0.0
    for _ in range(R.randint(2, 9)):
        q_, u = R.randint(1, 40), R.randint(2, 900) + R.randint(0, 99) / 100
        subtotal += q_ * u
        desc = ch(["Safety vest, hi-vis", "Pallet wrap 500mm", "Thermal labels 4x6", "Consulting hours", "Dental impression kit",
                   "Nitrile gloves (box/100)", "Freight surcharge", "Annual support plan", "Cable ties assorted"])
        sk = sku()
        d.w(f" {q_:>3}  ", ("sku", sk), " " * (19 - len(sk)), f"{desc:<34}", f"{cur}{u:>9,.2f}   ", ("amount", f"{cur}{q_ * u:,.2f}"), "\n")
    tax = subtotal * {"en": 0.0825, "de": 0.19, "nl": 0.21}[lang]
    d.w(" " + "-" * 78 + "\n", " " * 50, f"{L[6]:<14}", ("amount", f"{cur}{subtotal:,.2f}"), "\n", " " * 50, f"{L[7]:<14}",
        ("amount", f"{cur}{tax:,.2f}"), "\n", " " * 50, f"{L[8]:<14}", ("amount", f"{cur}{subtotal + tax:,.2f}"), "\n\n")
    contact = Person("us" if lang == "en" else lang)
    if lang == "en":
        d.w("REMITTANCE INFORMATION\nPlease pay by ACH or wire and quote the invoice number.\n",
            "  Bank:           ", ch(US_BANKS), "\n  ABA/Routing:    ", (ABA, aba()), "\n  Account:        ", (ACCT, account()), "\n",
            "  SWIFT/BIC:      ", (BIC, bic("US")), "\n")
        if chance(0.5):
            cc = ch(["DE", "GB", "NL", "FR", "IE"])
            d.w("  EUR payments:   IBAN ", (IBAN, fmt_iban(iban(cc))), "  BIC ", (BIC, bic(cc)), "\n")
        d.w("  Card payments accepted online; do not email card numbers.\n",
            "Questions? ", (NAME, contact.name), ", ", (EM, email_for(contact.first, contact.last, ch(CORP_DOMAINS))), ", ", (PH, contact.phone), "\n")
    elif lang == "de":
        cc = "DE"
        d.w("BANKVERBINDUNG\n  Kontoinhaber: ", vendor, "\n  IBAN: ", (IBAN, fmt_iban(iban(cc))), "\n  BIC:  ", (BIC, bic(cc)), "\n",
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen unter Angabe der Rechnungsnummer.\n",
            "Ansprechpartner: ", (NAME, contact.name), ", ", (EM, contact.email), "\n")
    else:
        cc = "NL"
        d.w("BETALINGSGEGEVENS\n  Rekeninghouder: ", vendor, "\n  Rekeningnummer (IBAN): ", (IBAN, fmt_iban(iban(cc))), "\n  BIC: ", (BIC, bic(cc)), "\n",
            "Gelieve binnen 30 dagen te betalen o.v.v. het factuurnummer.\n", "Contactpersoon: ", (NAME, contact.name), ", ", (PH, contact.phone), "\n")
    d.w("\nTERMS AND CONDITIONS\n", wrap(para("finance", R.randint(4, 9))), "\n", " " * 34, "Page 1 of 1\n", "\f")
    return d


def md_row(d, cells):
    d.w("|")
    for c in cells:
        d.w(" ", *(c if isinstance(c, list) else [c]), " |")
    d.w("\n")


@kind(20)
def wiki_page(i):
    k = i % 5
    title = ["On-call roster", "Vendor payment details", "Provider directory", "QA test data and releases", "Incident postmortem"][k]
    space = ["platform", "finance", "clinical-ops", "engineering", "sre"][k]
    d = Doc(f"wiki/{space}/{title.replace(' ', '-')}-{i:02d}.md")
    d.w(f"# {title}\n\n", f"_Last edited {R.randint(2, 40)} days ago · page id ", ("page_id", long_number(R.randint(9, 10))), "_\n\n")
    if k in (0, 3, 4):
        d.w("## Context\n\n", para("engineering", R.randint(3, 6)), "\n\n")
    elif k == 1:
        d.w("## Policy\n\n", para("finance", R.randint(3, 5)), "\n\n")
    else:
        d.w("## How to refer\n\n", para("clinical", R.randint(2, 4)), "\n\n")
    if k == 0:
        d.w("Primary on-call carries the pager; backup answers within 15 minutes. Personal numbers are here for emergencies only.\n\n")
        md_row(d, ["Week", "Starts", "Primary", "Mobile", "Email", "Backup", "Backup mobile", "Pager id"])
        md_row(d, ["---"] * 8)
        for w in range(R.randint(6, 12)):
            a, b = Person(ch(["us", "us", "uk", "nl", "de"])), Person(ch(["us", "uk", "ie", "fr"]))
            md_row(d, [f"W{w + 1:02d}", [("shift_date", nonbirth_date())], [(NAME, a.name)], [(PH, a.phone)], [(EM, a.email)], [(NAME, b.name)], [(PH, b.phone)], [("pager_id", digits(R.randint(9, 11), True))]])
        d.w("\n## Escalation\n\n", "1. Page the primary via the alerting tool.\n2. If no ack in 15 min, call the backup.\n",
            "3. Engineering manager: ", (NAME, Person().name), ", ", (PH, phone("us")), ".\n\n",
            "Bridge line: ", ("fictional_phone", fake_phone()), " (placeholder until the new conferencing number is live).\n",
            "Status page ", ("version", version()), " deployed from ", ("git_sha", sha(40)), ".\n")
    elif k == 1:
        d.w("Approved remittance details. Changes require a call-back to a number already on file (never one from the email asking for the change).\n\n")
        md_row(d, ["Vendor", "Contact", "EIN", "ABA", "Account", "IBAN", "BIC"])
        md_row(d, ["---"] * 7)
        for _ in range(R.randint(6, 12)):
            c = Person()
            us = chance(0.6)
            cc = ch(["DE", "FR", "NL", "GB", "ES", "IE", "BE"])
            md_row(d, [ch(EMPLOYERS + ["Acme Freight", "Stadtwerke Nord", "Blue Heron Dental"]), [(NAME, c.name), " (", (EM, c.email), ")"],
                       [(EIN, ein())] if us else "—", [(ABA, aba())] if us else "—", [(ACCT, account())] if us else "—",
                       "—" if us else [(IBAN, fmt_iban(iban(cc)))], "—" if us else [(BIC, bic(cc))]])
        d.w("\n## Recently changed\n\n")
        for _ in range(R.randint(2, 4)):
            d.w("- ", ("change_date", nonbirth_date()), ": ", ("company_name", ch(COMPANIES)), " moved to a new bank; verified by phone with ",
                (NAME, Person("us").name), ". Ticket ", ("ticket_number", long_number(R.randint(9, 11))), ".\n")
        d.w("\nDo **not** use the sample account in the ERP sandbox (routing ", ("routing_placeholder", "000000000"), ", card ", ("test_card", test_card()), ").\n")
    elif k == 2:
        d.w("Directory for referral coordinators. DEA numbers are listed for prescribers of controlled substances only.\n\n")
        md_row(d, ["Provider", "Specialty", "NPI", "DEA", "Phone", "Location"])
        md_row(d, ["---"] * 6)
        for _ in range(R.randint(6, 12)):
            c = clinician()
            loc = Person("us")
            md_row(d, [[(NAME, c.name), ", ", c.cred], ch(SPECIALTIES), [(NPI, c.npi)], [(DEA, c.dea)] if chance(0.6) else "n/a",
                       [(PH, c.phone if c.loc == "us" else phone("us"))], [(ADDR, loc.street), ", ", loc.city]])
        d.w("\n## Common codes for referrals\n\n")
        for code, desc in R.sample(ICD_CODES, R.randint(4, 8)):
            d.w("- `", (ICD, code), "` — ", desc, "\n")
        d.w("\nFax cover template: ", ("version", f"v{R.randint(1, 9)}.{R.randint(0, 9)}"), ". Office hours updated ", ("change_date", nonbirth_date()), ".\n")
    elif k == 3:
        d.w("## Test data\n\nUse only these values in staging. Real customer data must never be copied into tickets or fixtures.\n\n")
        md_row(d, ["Field", "Value", "Notes"])
        md_row(d, ["---"] * 3)
        for _ in range(R.randint(5, 9)):
            f = R.randrange(7)
            row = [["Card", [("test_card", test_card())], "network test PAN"], ["SSN", [("test_ssn", test_ssn())], "SSA-reserved / published example"],
                   ["Email", [("example_email", example_email())], "RFC 2606 domain"], ["Phone", [("fictional_phone", fake_phone())], "fictional range"],
                   ["Order", [("order_number_luhn", long_number(16, luhn=True))], "passes Luhn but is an order id"],
                   ["Book", [("isbn", isbn13())], "catalogue fixture"], ["Store", [("latlong", latlong())], "geo fixture"]][f]
            md_row(d, row)
        d.w("\n## Releases\n\n")
        for _ in range(R.randint(4, 8)):
            d.w("- ", ("version", version()), " (", ("git_sha", sha(ch([7, 12, 40]))), ") released ", ("release_date", nonbirth_date()),
                f" — {ch(['fix rounding in refunds', 'new SEPA export', 'faster search', 'drop TLS 1.1', 'pharmacy label reprint'])}.\n")
        if chance(0.6):
            p = Person()
            d.w("\n> Incident note: a fixture accidentally contained a real record (", (NAME, p.name), ", ", (EM, p.email), ", SSN ",
                (SSN, fmt_ssn(ssn_raw())), "). It was purged in build ", ("build_id", long_number(R.randint(9, 12))), ".\n")
    else:
        y, m, dd = rand_date(2023, 2025)
        d.w(f"**Date:** {y}-{m:02d}-{dd:02d}  \n**Severity:** SEV{R.randint(1, 3)}  \n**Author:** ", (NAME, Person().name), "\n\n",
            "## Summary\n\n", para("engineering", R.randint(2, 4)), " A misconfigured rate limit let a credential-stuffing run hit the login endpoint.\n\n## Timeline (UTC)\n\n")
        for hh, mm in sorted((R.randint(0, 23), R.randint(0, 59)) for _ in range(R.randint(5, 9))):
            d.w(f"- {hh:02d}:{mm:02d} ", *ch([
                ["spike of failed logins from ", (IP, ip()), " and ", (IP, ip())],
                ["alert fired, ts=", ("epoch_ms", epoch_ms())],
                ["rolled back to ", ("version", version()), " (", ("git_sha", sha(12)), ")"],
                ["customer ", (EM, Person().email), " reported lockout from ", (IP, ipv4())],
                ["WAF rule ", ("uuid", uuid4()), " enabled"],
                ["blocked ASN range announced from ", (IP, ipv4())]]), "\n")
        d.w("\n## Affected accounts (sample)\n\n")
        md_row(d, ["Account", "Email", "Last IP", "Action"])
        md_row(d, ["---"] * 4)
        for _ in range(R.randint(3, 7)):
            p = Person()
            md_row(d, [[(NAME, p.name)], [(EM, p.email)], [(IP, ip())], ch(["forced reset", "MFA enrolled", "no action"])])
        d.w("\n## Follow-ups\n\n- Ticket ", ("ticket_number", long_number(R.randint(9, 11))), ": tighten rate limits.\n- Ticket ",
            ("ticket_number", long_number(R.randint(9, 11))), ": alert on ASN concentration.\n")
    return d

# =========================================================================================== driver

VALIDATORS = {
    CC: lambda v: luhn_ok(v.replace(" ", "").replace("-", "")) and v.replace(" ", "").replace("-", "") not in TEST_CARDS,
    IBAN: iban_valid,
    ABA: aba_valid,
    NPI: npi_valid,
    DEA: lambda v: v[0] in "ABFGM" and dea_valid(v),
    NHS: nhs_valid,
    MBI: mbi_valid,
    SSN: lambda v: (lambda s: len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00"
                    and s[5:] != "0000" and s not in ("078051120", "123456789"))(v.replace("-", "").replace(" ", "")),
    ITIN: lambda v: (lambda s: len(s) == 9 and s[0] == "9" and int(s[3:5]) in ITIN_GROUPS)(v.replace("-", "").replace(" ", "")),
    EIN: lambda v: len(v) == 10 and v[2] == "-" and v[:2] in EIN_PREFIX,
    EM: lambda v: "@" in v and "example." not in v,
    PH: lambda v: "555-01" not in v and "555 01" not in v,
}


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(3)
    out = sys.argv[1]
    if os.path.isdir(os.path.join(out, "files")):  # stale files from an earlier run would be unlabelled
        shutil.rmtree(os.path.join(out, "files"))
    os.makedirs(os.path.join(out, "files"))
    docs = []
    for count, fn in GENERATORS:
        for i in range(count):
            docs.append(fn(i))
    truth, decoys = [], []
    total = 0
    seen = set()
    for d in docs:
        assert d.path not in seen, d.path
        seen.add(d.path)
        p = os.path.join(out, "files", d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        data = d.text().encode("utf-8")
        with open(p, "wb") as fh:
            fh.write(data)
        total += len(data)
        for s, e, t, v in d.spans:
            truth.append({"file": d.path, "start": s, "end": e, "type": t, "_v": v})
        for s, e, k, v in d.decoys:
            decoys.append({"file": d.path, "start": s, "end": e, "kind": k, "_v": v})
    # self-check: re-read files, compare spans, validate checksums, no overlaps
    errors = 0
    by_file = {}
    for rec in truth + decoys:
        by_file.setdefault(rec["file"], []).append(rec)
    for f, recs in by_file.items():
        data = open(os.path.join(out, "files", f), "rb").read()
        tspans = sorted((r["start"], r["end"]) for r in recs if "type" in r)
        for a, b in zip(tspans, tspans[1:]):
            if b[0] < a[1]:
                print(f"overlapping truth spans in {f}: {a} {b}", file=sys.stderr)
                errors += 1
        for r in recs:
            got = data[r["start"]:r["end"]].decode("utf-8", "replace")
            if got != r["_v"]:
                print(f"span mismatch in {f} {r['start']}:{r['end']}: {got!r} != {r['_v']!r}", file=sys.stderr)
                errors += 1
            if "type" in r and r["type"] in VALIDATORS and not VALIDATORS[r["type"]](r["_v"]):
                print(f"invalid {r['type']} value {r['_v']!r} in {f}", file=sys.stderr)
                errors += 1
            if "kind" in r:
                for a, b in tspans:
                    if a < r["end"] and r["start"] < b:
                        print(f"decoy overlaps truth in {f}: {r}", file=sys.stderr)
                        errors += 1
    per_type = Counter(t["type"] for t in truth)
    per_kind = Counter(d["kind"] for d in decoys)
    with open(os.path.join(out, "truth.jsonl"), "w") as fh:
        for t in truth:
            fh.write(json.dumps({k: t[k] for k in ("file", "start", "end", "type")}) + "\n")
    with open(os.path.join(out, "decoys.jsonl"), "w") as fh:
        for d in decoys:
            fh.write(json.dumps({k: d[k] for k in ("file", "start", "end", "kind")}) + "\n")
    open(os.path.join(out, "columns_truth.jsonl"), "w").close()
    stats = {"preset": "heldout-e", "seed": SEED, "text_files": len(docs), "text_bytes": total, "entities": len(truth),
             "decoys": len(decoys), "columns": 0, "per_type": dict(sorted(per_type.items())),
             "decoy_kinds": dict(sorted(per_kind.items()))}
    with open(os.path.join(out, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)
    print(json.dumps(stats, indent=1))
    missing = [t for t in ALL_TYPES if per_type[t] < (15 if t in (NHS, MBI, DEA, ITIN) else 30)]
    if missing:
        print(f"WARNING: under-represented types: {missing}", file=sys.stderr)
    if errors:
        print(f"self-check FAILED: {errors} error(s)", file=sys.stderr)
        sys.exit(1)
    print(f"self-check ok: {len(truth)} spans, {len(decoys)} decoys in {len(docs)} files", file=sys.stderr)


if __name__ == "__main__":
    main()

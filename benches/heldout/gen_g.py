#!/usr/bin/env python3
"""Held-out corpus G: a labelled data-lake sample for datareach accuracy checks.

Written blind to the detection rules on 2026-12-06 by a helper session: nothing under classifiers/, src/ or
tests/ was read, nor the generators gen_a..gen_d; only the checksum helpers, output writer and self-check of
gen_f (same as gen_e) were reused. Name, street, phone and date pools are new (Anglo, Hispanic, West African,
South Asian, East Asian, Czech, Swedish, Italian, Spanish, Dutch-particle names; US, UK, ES, IT, SE, CZ
addresses and phones; CZ/SE/IT/ES/GB IBANs). Document kinds (new relative to A-F): CDA/CCD clinical XML
(given/family names, birthTime, NPI/DEA ids, ICD-10 problem values), ISO 20022 pain.001 SEPA credit-transfer
XML (ES/IT/SE/CZ debtors, IBAN/BICFI/Nm/AdrLine), HTML web-form submission exports (values in tags and
attributes), vCard contact exports, iCalendar appointment/interview/deposition exports, LDIF directory dumps,
X12 EDI 837P/835/270 (NM1/N3/DMG/HI segments; dotless ICD-10 codes and dashless EINs are labelled), NACHA
PPD ACH files (94-char records; routing/account glued in entry-detail records are labelled), telecom CDRs
(MSISDNs true; IMEI/ICCID decoys), IoT telemetry logs (MAC, GPS, firmware decoys), e-commerce shipping
confirmation mails, noisy prior-authorization fax text, veterinary and dental charts (pet names, animal ids,
microchips, pet birth dates are decoys), police incident reports, customs declarations, GDPR DSAR response
letters (EN/ES/IT/SV/CS), Python/Java stack traces with request dumps, Slack JSON exports, obituaries and
GEDCOM-like family trees (birth dates of deceased people are DATE_OF_BIRTH), real-estate MLS listing sheets,
payroll direct-deposit authorization forms, crypto-exchange KYC reviews (wallets, tx hashes decoys) and
medical-device logs. Extensions: .xml, .html, .vcf, .ics, .ldif, .edi, .txt, .md, .log, .json and a few .gz.

Decoy kinds include order ids, SKUs, GTIN/UPC (check digit valid), UPS/FedEx/USPS tracking numbers, gift
cards, loyalty numbers, masked cards and SSNs, IMEI (Luhn-valid) and ICCID, MAC addresses, GPS coordinates,
versions and build numbers, UUIDs, hashes, tokens, epochs, timestamps, LEI (mod-97 valid), SNOMED/CDT/NDC/HS
codes, X12 control numbers and claim ids, VINs, plates, MLS/parcel numbers, crypto wallets, non-birth dates,
bad-checksum IBANs and routing numbers, test values, fictional phones, documentation IPs and company names
built on surnames.

usage: python3 benches/heldout/gen_g.py OUT_DIR

Writes OUT_DIR/files/..., OUT_DIR/truth.jsonl, OUT_DIR/decoys.jsonl, OUT_DIR/columns_truth.jsonl (empty:
no tables) and OUT_DIR/stats.json, in the format of ../shared/eval/corpus-dev. Offsets are byte offsets
into the UTF-8 text (into the decompressed stream for .gz files), end exclusive. Labelling: PERSON_NAME
without titles or credentials (XML given/family elements and EDI last/first fields are separate spans);
STREET_ADDRESS is the street line without city or postcode (business addresses included); DATE_OF_BIRTH only
for birth dates; private IPv4 counts as IP_ADDRESS; a first name alone in a greeting is a PERSON_NAME.
Deterministic (seed 7373); a self-check re-reads every file, compares every span, validates checksums and
fails on unlabelled look-alikes (emails, IPs, SSN-shaped, Luhn-valid card-length and mod-97-valid IBAN-shaped
strings, bare 9-10 digit numbers). Counts: see stats.json (about 290 files, ~3.5 MB).
"""
import gzip
import json
import os
import random
import re
import shutil
import string
import sys
import unicodedata
from collections import Counter

SEED = 7373
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


def letters(n, alphabet=string.ascii_uppercase):
    return "".join(ch(alphabet) for _ in range(n))


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


def luhn_break(prefix):
    """prefix + a check digit that makes the number FAIL Luhn"""
    good = luhn_complete(prefix)
    bad = str((int(good[-1]) + R.randint(1, 9)) % 10)
    return prefix + bad


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def aba_valid(s):
    w = [3, 7, 1] * 3
    return len(s) == 9 and s.isdigit() and sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


def dea_valid(s):
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def nhs_valid(s):
    s = s.replace(" ", "").replace("-", "")
    if len(s) != 10 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])


def npi_valid(s):
    return len(s) == 10 and s.isdigit() and luhn_ok("80840" + s)


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


TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "6011111111111117", "4012888888881881", "5105105105105100", "371449635398431",
              "4000056655665556", "5200828282828210"]


def card(brand=None):
    brand = brand or ch(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2 + ["disc", "jcb", "diners"])
    while True:
        if brand == "visa":
            num = luhn_complete("4" + digits(14))
        elif brand == "mc":
            p = str(R.randint(51, 55)) if chance(0.7) else str(R.randint(2221, 2720))
            num = luhn_complete(p + digits(15 - len(p)))
        elif brand == "amex":
            num = luhn_complete(ch(["34", "37"]) + digits(12))
        elif brand == "disc":
            p = ch(["6011", "65", str(R.randint(644, 649))])
            num = luhn_complete(p + digits(15 - len(p)))
        elif brand == "jcb":
            num = luhn_complete(str(R.randint(3528, 3589)) + digits(11))
        else:
            p = ch(["36", "38", "300", "305"])
            num = luhn_complete(p + digits(13 - len(p)))
        if num not in TEST_CARDS and len(set(num[1:])) > 3:
            return num


def fmt_card(num, style=None):
    style = style if style is not None else ch([0, 1, 1, 1, 2])
    if style == 0 or len(num) == 13:
        return num
    sep = " " if style == 1 else "-"
    if len(num) in (14, 15):
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
    style = style if style is not None else ch([0, 0, 0, 0, 0, 1, 2])
    return [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s][style]


def ssn(style=None):
    return fmt_ssn(ssn_raw(), style)


ITIN_GROUPS = list(range(70, 89)) * 3 + list(range(50, 66)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]


def itin(style=None):
    s = f"9{R.randint(0, 99):02d}{ch(ITIN_GROUPS):02d}{R.randint(1, 9999):04d}"
    return fmt_ssn(s, style if style is not None else ch([0, 0, 0, 0, 1, 2]))


EIN_PREFIX = ([f"{i:02d}" for i in list(range(1, 7)) + list(range(10, 17)) + list(range(20, 28))
               + list(range(30, 49)) + list(range(50, 69)) + list(range(71, 78)) + list(range(80, 89))
               + list(range(90, 96)) + [98, 99]])
EIN_BAD_PREFIX = ["00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97"]


def ein():
    return f"{ch(EIN_PREFIX)}-{digits(7)}"


def aba():
    while True:
        p = ch(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)))
        body = f"{p:02d}" + digits(6)
        s = sum(int(c) * k for c, k in zip(body, [3, 7, 1, 3, 7, 1, 3, 7]))
        r = body + str((10 - s % 10) % 10)
        if aba_valid(r):
            return r


def account():
    return digits(R.choice([8, 9, 10, 10, 11, 12, 12, 13, 14, 15, 17]), first_nonzero=chance(0.75))


IBAN_SPEC = {  # country: list of (kind, n); a = upper letters, n = digits
    "DE": [("n", 18)], "FR": [("n", 23)], "GB": [("a", 4), ("n", 14)], "NL": [("a", 4), ("n", 10)],
    "ES": [("n", 20)], "IT": [("a", 1), ("n", 22)], "BE": [("n", 12)], "CH": [("n", 17)],
    "AT": [("n", 16)], "IE": [("a", 4), ("n", 14)], "PT": [("n", 21)], "LU": [("n", 16)],
    "PL": [("n", 24)], "SE": [("n", 20)], "DK": [("n", 14)], "FI": [("n", 14)], "NO": [("n", 11)],
}
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21, "AT": 20,
            "IE": 22, "PT": 25, "LU": 20, "PL": 28, "SE": 24, "DK": 18, "FI": 18, "NO": 15}
BANK_LETTERS = {"GB": ["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "SRLG", "BUKB"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "BUNQ"],
                "IE": ["AIBK", "BOFI", "IPBS"], "IT": list("XABCDEFGHIJKLMNOPQRSTUVWYZ")}
IBAN_CC = ["DE", "DE", "FR", "FR", "GB", "GB", "NL", "NL", "ES", "ES", "IT", "BE", "CH", "AT", "IE", "PT",
           "LU", "PL", "PL", "SE", "DK", "FI", "NO"]


def iban_raw(cc=None):
    cc = cc or ch(IBAN_CC)
    bban = ""
    for kind, n in IBAN_SPEC[cc]:
        if kind == "a":
            bban += ch(BANK_LETTERS[cc]) if n == 4 else ch(BANK_LETTERS[cc])[:n]
        else:
            bban += digits(n)
    if cc == "BE":
        r = int(bban[:10]) % 97 or 97
        bban = bban[:10] + f"{r:02d}"
    if cc == "FR":
        b, g, c = int(bban[:5]), int(bban[5:10]), int(bban[10:21])
        key = 97 - (89 * b + 15 * g + 3 * c) % 97
        bban = bban[:21] + f"{key:02d}"
    num = int("".join(str(int(x, 36)) for x in bban + cc + "00"))
    out = f"{cc}{98 - num % 97:02d}{bban}"
    assert len(out) == IBAN_LEN[cc] and iban_valid(out)
    return out


def fmt_iban(s, grouped=None):
    grouped = chance(0.55) if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban(cc=None, grouped=None):
    return fmt_iban(iban_raw(cc), grouped)


BIC_BANKS = {"DE": ["DEUT", "COBA", "HYVE", "BYLA", "GENO", "SSKM", "INGD"], "FR": ["BNPA", "SOGE", "CRLY", "AGRI", "CMCI", "CCBP"],
             "GB": ["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "BUKB"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "BUNQ"],
             "ES": ["BBVA", "CAIX", "BSCH", "SABB"], "IT": ["UNCR", "BCIT", "BPMO"], "BE": ["GEBA", "BBRU", "KRED"],
             "CH": ["UBSW", "CRES", "ZKBK"], "AT": ["RZBA", "BKAU", "GIBA"], "IE": ["AIBK", "BOFI"],
             "PT": ["BCOM", "CGDI", "TOTA"], "LU": ["BCEE", "BILL"], "PL": ["PKOP", "BREX", "BPKO", "INGB"],
             "SE": ["ESSE", "HAND", "NDEA", "SWED"], "DK": ["DABA", "NDEA"], "FI": ["NDEA", "OKOY"], "NO": ["DNBA", "NDEA"],
             "US": ["CHAS", "BOFA", "CITI", "WFBI", "MRMD", "PNCC"], "SG": ["DBSS", "OCBC"], "HK": ["HSBC"],
             "JP": ["BOTK", "SMBC"], "CA": ["ROYC", "TDOM"], "AE": ["EBIL", "NBAD"], "MX": ["BNMX"], "IN": ["HDFC", "ICIC", "SBIN"]}
BIC_LOC = {"DE": ["FF", "MM", "HH", "BE", "DD"], "FR": ["PP", "PA", "LY"], "GB": ["22", "2L", "2A", "2X"],
           "NL": ["2A", "2U", "2L"], "ES": ["MM", "BB"], "IT": ["MM", "RR"], "BE": ["BB"], "CH": ["ZH", "ZZ", "80"],
           "AT": ["WW", "2L"], "IE": ["2D", "22"], "PT": ["PL"], "LU": ["LL"], "PL": ["PW", "PR"], "SE": ["SS"],
           "DK": ["KK"], "FI": ["HH"], "NO": ["NO", "KK"], "US": ["33", "3N", "6S", "6L"], "SG": ["SG"], "HK": ["HH", "HK"],
           "JP": ["JT", "JJ"], "CA": ["T2", "TT"], "AE": ["AD", "AA"], "MX": ["MM"], "IN": ["BB", "MU"]}


def bic(cc=None, iban_value=None):
    if iban_value:
        ib = iban_value.replace(" ", "")
        cc = ib[:2]
        if cc in ("GB", "NL", "IE"):
            return ib[4:8] + cc + ch(BIC_LOC[cc]) + ch(["", "", "XXX"])
    cc = cc or ch(list(BIC_BANKS))
    b = ch(BIC_BANKS[cc]) + cc + ch(BIC_LOC[cc])
    if chance(0.4):
        b += ch(["XXX", "XXX", "500", "100", "A10", "GRT"])
    return b


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


def nhs_raw():
    while True:
        d = [ch([4, 4, 6, 7])] + [R.randrange(10) for _ in range(8)]
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "".join(map(str, d)) + str(c)


def fmt_nhs(s, style=None):
    style = style if style is not None else ch([0, 0, 0, 1, 2])
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][style]


def nhs(style=None):
    return fmt_nhs(nhs_raw(), style)


def mbi(dashed=None):
    an = MBI_ALPHA + "0123456789"
    s = (str(R.randint(1, 9)) + ch(MBI_ALPHA) + ch(an) + str(R.randrange(10)) + ch(MBI_ALPHA) + ch(an)
         + str(R.randrange(10)) + ch(MBI_ALPHA) + ch(MBI_ALPHA) + str(R.randrange(10)) + str(R.randrange(10)))
    dashed = dashed if dashed is not None else chance(0.25)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def mrn():
    k = R.randrange(8)
    return [digits(8, True), "MRN" + digits(7), digits(7, True), f"{digits(3)}-{digits(3)}-{digits(3)}",
            ch("ABEHKM") + digits(8), "0" + digits(9), f"{digits(2, True)}-{digits(6)}", "E" + digits(9)][k]


ICD_CODES = [  # (code, description) - real ICD-10-CM / ICD-10 codes
    ("J18.9", "Pneumonia, unspecified organism"), ("I50.23", "Acute on chronic systolic heart failure"),
    ("N17.9", "Acute kidney failure, unspecified"), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
    ("I48.0", "Paroxysmal atrial fibrillation"), ("J44.1", "COPD with (acute) exacerbation"),
    ("A41.51", "Sepsis due to Escherichia coli"), ("N39.0", "Urinary tract infection, site not specified"),
    ("I21.4", "Non-ST elevation myocardial infarction"), ("K85.90", "Acute pancreatitis, unspecified"),
    ("L03.115", "Cellulitis of right lower limb"), ("E87.1", "Hypo-osmolality and hyponatremia"),
    ("I63.512", "Cerebral infarction due to occlusion of left middle cerebral artery"), ("K92.2", "Gastrointestinal hemorrhage"),
    ("S72.142A", "Displaced intertrochanteric fracture of left femur"), ("D62", "Acute posthemorrhagic anemia"),
    ("E86.0", "Dehydration"), ("R55", "Syncope and collapse"), ("I10", "Essential (primary) hypertension"),
    ("E78.5", "Hyperlipidemia, unspecified"), ("Z79.01", "Long term (current) use of anticoagulants"),
    ("Z95.1", "Presence of aortocoronary bypass graft"), ("F17.210", "Nicotine dependence, cigarettes"),
    ("G47.33", "Obstructive sleep apnea"), ("E03.9", "Hypothyroidism, unspecified"), ("N18.4", "Chronic kidney disease, stage 4"),
    ("K57.32", "Diverticulitis of large intestine"), ("J96.01", "Acute respiratory failure with hypoxia"),
    ("M54.16", "Radiculopathy, lumbar region"), ("M75.101", "Rotator cuff tear, right shoulder"),
    ("S83.512A", "Sprain of anterior cruciate ligament of left knee"), ("M25.561", "Pain in right knee"),
    ("M62.81", "Muscle weakness (generalized)"), ("S93.401A", "Sprain of unspecified ligament of right ankle"),
    ("K02.52", "Dental caries on pit and fissure surface"), ("K05.10", "Chronic gingivitis, plaque induced"),
    ("K08.109", "Complete loss of teeth, unspecified cause"), ("K04.7", "Periapical abscess without sinus"),
    ("Z00.00", "General adult medical examination"), ("Z12.31", "Screening mammogram"),
    ("R73.03", "Prediabetes"), ("D50.9", "Iron deficiency anemia"), ("E55.9", "Vitamin D deficiency"),
    ("R79.89", "Other abnormal findings of blood chemistry"), ("Z13.220", "Screening for lipoid disorders"),
    ("O09.523", "Supervision of elderly multigravida, third trimester"), ("Z34.82", "Normal pregnancy, second trimester"),
    ("B20", "HIV disease"), ("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"),
    ("C61", "Malignant neoplasm of prostate"), ("R50.9", "Fever, unspecified"), ("R10.31", "Right lower quadrant pain"),
    ("S06.0X0A", "Concussion without loss of consciousness"), ("S13.4XXA", "Sprain of ligaments of cervical spine"),
    ("S39.012A", "Strain of muscle of lower back"), ("T14.90XA", "Injury, unspecified"),
    ("F41.9", "Anxiety disorder, unspecified"), ("F33.1", "Major depressive disorder, recurrent, moderate"),
    ("G40.909", "Epilepsy, unspecified"), ("I25.10", "Atherosclerotic heart disease"), ("K21.0", "GERD with esophagitis"),
    ("M17.12", "Unilateral primary osteoarthritis, left knee"), ("M81.0", "Age-related osteoporosis"),
    ("Z96.651", "Presence of right artificial knee joint"), ("Z47.1", "Aftercare following joint replacement surgery"),
    ("R26.89", "Other abnormalities of gait and mobility"), ("Z91.81", "History of falling"),
]


def icd():
    return ch(ICD_CODES)


PASSPORT_LETTERS = "ACEFGHJKLMNPRSTUVWXZ"


def passport():
    return ch([digits(9, True), digits(9, True), ch(PASSPORT_LETTERS) + digits(8)])


DL_STATES = ["CA", "NY", "FL", "TX", "IL", "WA", "PA", "NJ", "MA", "MI", "OH", "GA", "AZ", "CO", "NC", "VA", "MN", "WI"]


def drivers_license(st=None):
    st = st if st in DL_STATES else None
    st = st or ch(["CA", "NY", "FL", "TX", "IL", "WA", "PA", "NJ", "MA", "MI", "OH", "GA", "AZ", "CO", "NC", "VA", "MN", "WI"])
    v = {"CA": lambda: ch("ABCDEFGHNSY") + digits(7),
         "NY": lambda: ch([digits(9, True), f"{digits(3, True)} {digits(3)} {digits(3)}"]),
         "FL": lambda: (lambda s: f"{s[0]}{s[1:4]}-{s[4:7]}-{s[7:9]}-{s[9:12]}-{s[12]}")(ch("BGHKMSW") + digits(12)),
         "TX": lambda: digits(8, True),
         "IL": lambda: (lambda s: f"{s[0]}{s[1:4]}-{s[4:8]}-{s[8:]}")(ch("BDHMRSW") + digits(11)),
         "WA": lambda: "WDL" + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
         "PA": lambda: digits(8, True), "NJ": lambda: ch("ABDGKMRS") + digits(14),
         "MA": lambda: "S" + digits(8), "MI": lambda: ch("BCDFHKMRS") + digits(12),
         "OH": lambda: ch(["R", "S", "T", "U"]) + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6),
         "GA": lambda: digits(9, True), "AZ": lambda: ch("ABDFM") + digits(8),
         "CO": lambda: f"{digits(2)}-{digits(3)}-{digits(4)}", "NC": lambda: digits(12, True),
         "VA": lambda: ch("ABTR") + digits(8), "MN": lambda: ch("ABCDEFGHJKLMNPRSTVWZ") + digits(12),
         "WI": lambda: (lambda s: f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}")(ch("BDHKLMPRS") + digits(13))}[st]()
    return st, v


STATE_NAMES = {"CA": "California", "NY": "New York", "FL": "Florida", "TX": "Texas", "IL": "Illinois", "WA": "Washington",
               "PA": "Pennsylvania", "NJ": "New Jersey", "MA": "Massachusetts", "MI": "Michigan", "OH": "Ohio",
               "GA": "Georgia", "AZ": "Arizona", "CO": "Colorado", "NC": "North Carolina", "VA": "Virginia",
               "MN": "Minnesota", "WI": "Wisconsin", "OR": "Oregon", "MD": "Maryland", "TN": "Tennessee", "MO": "Missouri"}


def slug(s):
    s = ascii_fold(s).lower().translate(str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ş": "s"}))
    return "".join(c for c in s if c.isascii() and c.isalnum())


def email_for(first, last, domain):
    f, l = slug(first.split()[0]) or "x", slug(last) or "y"
    local = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}{R.randint(70, 99)}",
                f"{f[0]}.{l}", f"{l}{f[0]}", f"{f}-{l}"])
    return f"{local}@{domain}"

def rand_date(y0, y1):
    y, m = R.randint(y0, y1), R.randint(1, 12)
    d = R.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return y, m, d


def shift(ymd, days):
    import datetime
    t = datetime.date(*ymd) + datetime.timedelta(days=days)
    return t.year, t.month, t.day



# ------------------------------------------------------------------------------ extra locales / checks
IBAN_SPEC["CZ"] = [("n", 20)]
IBAN_LEN["CZ"] = 24
BIC_BANKS["CZ"] = ["KOMB", "CEKO", "GIBA", "FIOB", "RZBC", "AGBA"]
BIC_LOC["CZ"] = ["PP", "PX"]


def gtin_check(body):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - tot % 10) % 10)


def gtin(n=13):
    body = (ch(["978", "979"]) if n == 13 and chance(0.3) else ch("0123456789")) + digits(n - 2)
    return body + gtin_check(body)


def gtin_valid(s):
    return s.isdigit() and gtin_check(s[:-1]) == s[-1]


def isin_valid(s):
    ds = "".join(str(int(c, 36)) for c in s[:-1])
    return luhn_ok(ds + s[-1])


REAL_ISINS = ["US0378331005", "US5949181045", "US02079K3059", "GB0002634946", "IT0003132476", "SE0000108656",
              "CZ0008019106", "ES0113900J37", "US88160R1014", "IE00B4BNMY34", "SE0000148884", "IT0000072618"]


def lei():
    body = ch(["5493", "2138", "8156", "9598", "3157", "7245", "HWUP", "RR3Q"]) + "00" + "".join(
        ch(string.ascii_uppercase + string.digits) for _ in range(12))
    num = int("".join(str(int(c, 36)) for c in body + "00"))
    return body + f"{98 - num % 97:02d}"


def lei_valid(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iccid():
    return luhn_complete("89" + ch(["01", "44", "46", "39", "34", "420"]) + digits(ch([13, 14]) if True else 0))


def imsi():
    while True:
        s = _imsi()
        if not luhn_ok(s):
            return s


def _imsi():
    return ch(["310260", "310410", "311480", "23415", "24001", "23003", "22210", "21407"]) + digits(9)


def fedex():
    return ch([digits(12, True), digits(15, True)])


def btc_addr():
    return ch(["bc1q" + "".join(ch("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38)),
               ch("13") + "".join(ch("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(R.randint(25, 33)))])


def eth_addr():
    return "0x" + hexs(40)


def gps():
    return f"{R.uniform(25, 60):.6f}", f"{R.uniform(-122, 18):.6f}"


def hexcolor():
    return "#" + "".join(ch("0123456789ABCDEF") for _ in range(6))


def epoch_s():
    return str(R.randint(1_640_000_000, 1_780_000_000))


def gift_card():
    return "-".join("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(4))


def order_id():
    return ch([f"{digits(3, True)}-{digits(7)}-{digits(7)}", f"#{R.randint(10000, 999999)}", f"ORD-{R.randint(2023, 2025)}-{digits(6)}",
               f"W{digits(9)}", f"SO{digits(8)}"])


def masked_card():
    return ch([f"**** **** **** {digits(4)}", f"XXXX-XXXX-XXXX-{digits(4)}", f"ending in {digits(4)}", f"•••• {digits(4)}"])


# ------------------------------------------------------------------------------------------- people
FIRST = {
    "anglo": ["Harriet", "Colby", "Brianna", "Dustin", "Meredith", "Garrett", "Shelby", "Trevor", "Ainsley", "Wade", "Lorna",
              "Keegan", "Tamsin", "Rhys", "Bethany", "Declan", "Imogen", "Callum", "Rosalind", "Everett", "Maisie", "Spencer"],
    "hisp": ["Xiomara", "Joaquín", "Itzel", "Rodrigo", "Marisol", "Ezequiel", "Yesenia", "Lisandro", "Araceli", "Baltasar",
             "Graciela", "Nicanor", "Paloma", "Teodoro", "Inmaculada", "Fermín"],
    "wafr": ["Adaeze", "Kwabena", "Folasade", "Obinna", "Yetunde", "Kofi", "Abena", "Chukwuemeka", "Ifeoma", "Babajide", "Efua", "Sekou"],
    "sasia": ["Anirudh", "Kavya", "Harpreet", "Siddharth", "Meenakshi", "Rohan", "Tanvi", "Imran", "Nandini", "Vikram", "Aparna", "Farhan"],
    "easia": ["Jia Hui", "Haruto", "Minji", "Wei Ling", "Kenta", "Soo-ah", "Thanh", "Yuki", "Jun Hao", "Hyun-woo", "Mei", "Quang"],
    "cz": ["Tereza", "Ondřej", "Kateřina", "Vojtěch", "Markéta", "Jiří", "Zuzana", "Lukáš", "Barbora", "Radek", "Eliška", "Matěj"],
    "se": ["Linnea", "Axel", "Elsa", "Gustav", "Ebba", "Hugo", "Saga", "Viktor", "Astrid", "Oskar", "Maja", "Nils"],
    "it": ["Chiara", "Lorenzo", "Giulia", "Matteo", "Federica", "Alessandro", "Ilaria", "Davide", "Martina", "Niccolò", "Serena", "Tommaso"],
    "es": ["Lucía", "Álvaro", "Carmen", "Iker", "Nerea", "Javier", "Ainhoa", "Sergio", "Rocío", "Pau", "Montserrat", "Gonzalo"],
}
LAST = {
    "anglo": ["Pemberton", "Walsh", "O'Neill", "McAllister", "Hargrove", "Fairbanks", "Whitlock", "Dunmore", "Ashby", "Kettering",
              "Blackwood", "Prescott", "Lowry", "Sutherland-Hale", "Crowley", "Templeton", "Marsh", "Beaumont", "Radley", "Quinlan"],
    "hisp": ["de la Cruz", "Villanueva", "Echeverría", "Ocampo", "Saldívar", "Betancourt", "Quintero", "Arellano", "Montoya-Ruiz",
             "Zamora", "Cifuentes", "Barrientos"],
    "wafr": ["Okonkwo", "Mensah", "Adeyemi", "Boateng", "Nwosu", "Asante", "Oyelaran", "Diallo", "Eze", "Owusu-Ansah", "Ogunleye", "Traoré"],
    "sasia": ["Raghunathan", "Chaudhary", "Iyer", "Malhotra", "Siddiqui", "Venkatesan", "Bhattacharya", "Grewal", "Kulkarni", "Qureshi"],
    "easia": ["Nakamura", "Zhao", "Park", "Nguyen", "Takahashi", "Lim", "Huang", "Tran", "Yamamoto", "Cho", "Liang", "Ishikawa"],
    "cz": ["Dvořáková", "Procházka", "Kučera", "Veselá", "Horák", "Němcová", "Pokorný", "Marešová", "Svoboda", "Černý", "Beneš", "Fialová"],
    "se": ["Lindqvist", "Bergström", "Sjöberg", "Åkesson", "Holmgren", "Engström", "Lundgren", "Nyström", "Wikström", "Dahlberg", "af Klint"],
    "it": ["Ferraro", "Bianchi", "De Luca", "Santoro", "Marchetti", "Galli", "Lombardi", "D'Angelo", "Rinaldi", "Caruso", "Pellegrini", "Di Stefano"],
    "es": ["García Moreno", "Fernández", "López de Haro", "Iglesias", "Navarro", "Domínguez", "Castillo", "Rubio Sáez", "Herrera", "Vidal"],
    "dutch": ["van der Berg", "de Vries", "van Leeuwen", "ter Horst"],
}
FIRST["dutch"] = ["Femke", "Joris", "Sanne", "Bram"]
ORIGINS = {"us": ["anglo"] * 5 + ["hisp"] * 3 + ["wafr", "wafr", "sasia", "sasia", "easia", "easia", "cz", "it", "dutch", "se"],
           "uk": ["anglo"] * 5 + ["wafr", "sasia", "sasia", "easia", "it", "dutch"],
           "es": ["es"] * 6 + ["hisp", "it", "wafr"], "it": ["it"] * 6 + ["es", "wafr", "sasia"],
           "se": ["se"] * 6 + ["sasia", "cz", "dutch", "wafr"], "cz": ["cz"] * 7 + ["se", "it"]}
RES = ["us"] * 12 + ["uk"] * 2 + ["es", "it", "se", "cz"]
COUNTRY = {"us": "USA", "uk": "United Kingdom", "es": "España", "it": "Italia", "se": "Sverige", "cz": "Česká republika"}
IBAN_OF = {"uk": "GB", "es": "ES", "it": "IT", "se": "SE", "cz": "CZ"}
US_STREETS = ["Sycamore Bend", "Old Mill", "Cobblestone", "Pheasant Ridge", "Wexford", "Harbor View", "Saddlebrook", "Larkspur",
              "Ridgecrest", "Tanglewood", "Bluebonnet", "Wolf Creek", "Gilman", "Chestnut Hill", "Piedmont", "Mission Bell", "Hawthorne",
              "Stonegate", "Calloway", "Verbena", "Foxglove", "Turnberry", "Brookhollow", "Sable Palm"]
US_SUFFIX = ["Street", "St", "Avenue", "Ave", "Road", "Rd.", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Trail", "Terrace",
             "Pkwy", "Circle", "Place", "Pl"]
US_CITIES = [("Tulsa", "OK", "741"), ("Spokane", "WA", "992"), ("Chattanooga", "TN", "374"), ("Boise", "ID", "837"),
             ("Dayton", "OH", "454"), ("Lubbock", "TX", "794"), ("Savannah", "GA", "314"), ("Reno", "NV", "895"),
             ("Albany", "NY", "122"), ("Durham", "NC", "277"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"),
             ("Grand Rapids", "MI", "495"), ("Stockton", "CA", "952"), ("Newark", "NJ", "071"), ("Aurora", "CO", "800"),
             ("Worcester", "MA", "016"), ("Allentown", "PA", "181"), ("Duluth", "MN", "558"), ("Richmond", "VA", "232")]
US_AREA = ["918", "509", "423", "208", "937", "806", "912", "775", "518", "919", "608", "520", "616", "209", "973", "720",
           "508", "610", "218", "804", "212", "646", "312", "415", "713", "404"]
EU_STREETS = {
    "uk": lambda: ch([f"{R.randint(1, 220)} {ch(['Holloway', 'Cavendish', 'Marlborough', 'Thornton', 'Beech Grove', 'Ashfield'])} {ch(['Road', 'Close', 'Crescent', 'Gardens', 'Lane', 'Street'])}",
                      f"Flat {R.randint(1, 40)}, {R.randint(2, 90)} {ch(['Kingsway', 'Albion Street', 'Victoria Parade', 'Mill Lane'])}"]),
    "es": lambda: ch([f"Calle {ch(['de Alcalá', 'Mayor', 'del Pez', 'de Velázquez', 'San Vicente Mártir', 'de Colón'])}, {R.randint(1, 180)}, {R.randint(1, 9)}º {ch('ABCD')}",
                      f"C/ {ch(['Gran Vía', 'Sierpes', 'Larios', 'Hortaleza'])} {R.randint(1, 90)}, {R.randint(1, 6)}º izq.",
                      f"Avda. {ch(['de la Constitución', 'Diagonal', 'del Puerto'])} {R.randint(1, 600)}"]),
    "it": lambda: ch([f"Via {ch(['Giuseppe Verdi', 'dei Mille', 'Marsala', 'San Vitale', 'Nazionale', 'Roma'])} {R.randint(1, 150)}",
                      f"Corso {ch(['Vittorio Emanuele II', 'Buenos Aires', 'Garibaldi'])}, {R.randint(1, 300)}",
                      f"Piazza {ch(['Maggiore', 'della Libertà', 'Cavour'])} {R.randint(1, 30)}/{ch('ABC')}"]),
    "se": lambda: ch([f"{ch(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Sveavägen', 'Linnégatan'])} {R.randint(1, 120)}",
                      f"{ch(['Götgatan', 'Hornsgatan', 'Ringvägen'])} {R.randint(1, 90)} lgh {R.randint(1001, 1804)}"]),
    "cz": lambda: ch([f"{ch(['Vinohradská', 'Korunní', 'Masarykova', 'Husova', 'Palackého', 'Lidická'])} {R.randint(100, 2999)}/{R.randint(1, 90)}",
                      f"{ch(['Na Příkopě', 'Za Poříčskou bránou', 'U Milosrdných'])} {R.randint(1, 40)}"]),
}
EU_CITY = {"uk": lambda: f"{ch(['Leeds LS6', 'Norwich NR2', 'Sheffield S10', 'Exeter EX4', 'Brighton BN1'])} {R.randint(1, 9)}{ch('ABDEFGHJLNPQRSTUWXYZ')}{ch('ABDEFGHJLNPQRSTUWXYZ')}",
           "es": lambda: ch([f"280{R.randint(10, 55)} Madrid", f"460{R.randint(10, 25)} València", f"290{R.randint(10, 18)} Málaga", f"080{R.randint(10, 42)} Barcelona"]),
           "it": lambda: ch([f"401{R.randint(21, 41)} Bologna BO", f"201{R.randint(21, 62)} Milano MI", f"001{R.randint(18, 99)} Roma RM", f"801{R.randint(21, 47)} Napoli NA"]),
           "se": lambda: ch([f"11{R.randint(1, 8)} {R.randint(10, 69)} Stockholm", f"41{R.randint(1, 8)} {R.randint(10, 80)} Göteborg", f"21{R.randint(1, 9)} {R.randint(10, 60)} Malmö"]),
           "cz": lambda: ch([f"1{R.randint(1, 9)}0 00 Praha {R.randint(1, 10)}", f"60{R.randint(2, 9)} 00 Brno", f"70{R.randint(2, 9)} 00 Ostrava"])}


def us_street():
    s = f"{R.randint(2, 19999)} {ch(['', '', '', 'N ', 'S ', 'E ', 'W '])}{ch(US_STREETS)} {ch(US_SUFFIX)}"
    if chance(0.3):
        s += ch([f" Apt {R.randint(1, 40)}{ch('ABCDEF')}", f", Unit {R.randint(1, 300)}", f" #{R.randint(100, 999)}", f", Suite {R.randint(100, 950)}", f" Apt. {R.randint(1, 9)}"])
    return s


def street(loc):
    return us_street() if loc == "us" else EU_STREETS[loc]()


def cityline(loc):
    if loc == "us":
        c, st, z = ch(US_CITIES)
        return f"{c}, {st} {z}{digits(2)}"
    return EU_CITY[loc]()


def us_line():
    x = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    while x == "555" or x[1:] == "11":
        x = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    return ch(US_AREA), x, digits(4)


def phone(loc="us", style=None):
    if loc == "us":
        a, x, ln = us_line()
        style = style if style is not None else R.randrange(7)
        return [f"({a}) {x}-{ln}", f"{a}-{x}-{ln}", f"{a}.{x}.{ln}", f"+1 {a} {x} {ln}", f"+1 ({a}) {x}-{ln}", f"1 ({a}) {x}-{ln}", f"{a} {x} {ln}"][style]
    if loc == "uk":
        return ch([f"+44 113 {R.randint(2, 3)}{digits(2)} {digits(4)}", f"07{R.randint(4, 9)}{R.randint(1, 9)}{digits(1)} {digits(6)}",
                   f"+44 7{R.randint(4, 9)}{R.randint(1, 9)}{digits(1)} {digits(3)} {digits(3)}", f"01603 {R.randint(2, 7)}{digits(5)}"])
    if loc == "es":
        return ch([f"+34 6{digits(2)} {digits(3)} {digits(3)}", f"91 {digits(3, True)} {digits(2)} {digits(2)}", f"+34 96 {digits(3, True)} {digits(4)}", f"6{digits(2)} {digits(2)} {digits(2)} {digits(2)}"])
    if loc == "it":
        return ch([f"+39 3{digits(2)} {digits(3)} {digits(4)}", f"051 {digits(3, True)} {digits(4)}", f"+39 02 {digits(4, True)} {digits(4)}", f"3{digits(2)}-{digits(7)}"])
    if loc == "se":
        return ch([f"+46 70 {digits(3)} {digits(2)} {digits(2)}", f"070-{digits(3)} {digits(2)} {digits(2)}", f"08-{digits(3, True)} {digits(3)} {digits(2)}", f"+46 31 {digits(3, True)} {digits(2)} {digits(2)}"])
    if loc == "cz":
        return ch([f"+420 {ch('67')}{digits(2)} {digits(3)} {digits(3)}", f"{ch('67')}{digits(2)} {digits(3)} {digits(3)}", f"+420 2{digits(2)} {digits(3)} {digits(3)}"])
    return ch([f"+91 98{digits(3)} {digits(5)}", f"+81 80-{digits(4)}-{digits(4)}", f"+233 24 {digits(3)} {digits(4)}", f"+82 10-{digits(4)}-{digits(4)}"])


MAIL_DOMAINS = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "proton.me", "fastmail.com", "sbcglobal.net"],
                "uk": ["btinternet.com", "gmail.com", "virginmedia.com", "yahoo.co.uk"], "es": ["telefonica.net", "gmail.com", "yahoo.es", "outlook.es"],
                "it": ["libero.it", "alice.it", "virgilio.it", "gmail.com"], "se": ["telia.com", "gmail.com", "bredband.net", "spray.se"],
                "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
MESICE = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]


def fmt_date(ymd, loc="us", style=None):
    y, m, d = ymd
    iso = f"{y}-{m:02d}-{d:02d}"
    if loc == "uk":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1][:3]} {y}", iso]
    elif loc == "es":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {MESES[m - 1]} de {y}", f"{d:02d}-{m:02d}-{y}"]
    elif loc == "it":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MESI[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"]
    elif loc == "se":
        opts = [iso, f"{d} {MANADER[m - 1]} {y}", f"{y}{m:02d}{d:02d}"[2:] if False else iso]
    elif loc == "cz":
        opts = [f"{d}. {m}. {y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {MESICE[m - 1]} {y}"]
    elif loc == "compact":
        opts = [f"{y}{m:02d}{d:02d}"]
    else:
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", iso, f"{MONTHS[m - 1]} {d}, {y}", f"{MONTHS[m - 1][:3]} {d}, {y}",
                f"{d} {MONTHS[m - 1][:3]} {y}", f"{m:02d}-{d:02d}-{y}", f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y}"]
    return opts[style] if style is not None else ch(opts)


def dob(loc="us", style=None, y0=1936, y1=2006):
    return fmt_date(rand_date(y0, y1), loc, style)


def nbd(loc="us", style=None, y0=2021, y1=2026):
    return fmt_date(rand_date(y0, y1), loc, style)


class Person:
    def __init__(self, res=None, origin=None, minor=False):
        self.res = res or ch(RES)
        self.origin = origin or ch(ORIGINS[self.res])
        self.first = ch(FIRST[self.origin])
        self.last = ch(LAST[self.origin])
        self.mi = ch("ABCDEFGHJKLMNPRSTW")
        self.name = f"{self.first} {self.last}"
        self.name_mi = f"{self.first} {self.mi}. {self.last}" if self.res == "us" and chance(0.35) else self.name
        self.email = email_for(self.first, self.last, ch(MAIL_DOMAINS[self.res]))
        self.phone = phone(self.res)
        self.street = street(self.res)
        self.cityline = cityline(self.res)
        self.country = COUNTRY[self.res]
        self.dob_ymd = rand_date(2007, 2019) if minor else rand_date(1938, 2004)
        self.dob = fmt_date(self.dob_ymd, self.res)
        self.sex = ch("MF")

    def lastfirst(self):
        return f"{self.last}, {self.first}"

    def up(self):
        return ascii_fold(self.last).upper(), ascii_fold(self.first).upper()


def clinician(res="us"):
    p = Person(res)
    p.cred = ch(["MD", "DO", "NP", "PA-C", "DDS", "DMD", "MD, FAAP", "PharmD", "DVM"])
    p.npi = npi()
    p.dea = dea(p.last)
    return p


def staff_email(p, domain):
    f, l = slug(p.first.split()[0]) or "x", slug(p.last) or "y"
    return ch([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f}"]) + "@" + domain
def uuid4():
    h = "".join(ch("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:]}"


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def epoch_ms():
    return str(R.randint(1_640_000_000_000, 1_780_000_000_000))


def version3():
    return ch([f"{R.randint(0, 14)}.{R.randint(0, 40)}.{R.randint(0, 60)}", f"v{R.randint(1, 6)}.{R.randint(0, 30)}.{R.randint(0, 20)}"])


def version4():
    return f"{R.randint(1, 24)}.{R.randint(0, 12)}.{R.randint(0, 250)}.{R.randint(0, 250)}"


def card_bad_luhn():
    b = ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if b == "visa":
        num = luhn_break("4" + digits(14))
    elif b == "mc":
        num = luhn_break(str(R.randint(51, 55)) + digits(13))
    elif b == "amex":
        num = luhn_break(ch(["34", "37"]) + digits(12))
    else:
        num = luhn_break("6011" + digits(11))
    assert not luhn_ok(num)
    return fmt_card(num)


def luhn_id(n=None, grouped=False):
    n = n or ch([12, 14, 15, 16, 18, 20])
    s = luhn_complete(ch("789") + digits(n - 2))
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def usps_tracking():
    s = ch(["9400", "9205", "9361", "9470"]) + digits(18)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if chance(0.5) else s


def ups_tracking():
    return "1Z" + "".join(ch(string.ascii_uppercase + string.digits) for _ in range(6)) + digits(10)


def tracking():
    k = R.randrange(4)
    return [usps_tracking, ups_tracking, lambda: digits(12, True), lambda: luhn_id(ch([15, 20]))][k]()


def ssn_bad_area():
    area = ch(["000", "666", f"9{R.randint(0, 99):02d}"])
    grp = ch([f"{R.randint(1, 49):02d}", "93", "89", f"{R.randint(66, 69):02d}"]) if area[0] == "9" else f"{R.randint(1, 99):02d}"
    return f"{area}-{grp}-{digits(4, True)}"


def ssn_bad_group():
    return f"{R.randint(1, 665):03d}-00-{digits(4, True)}"


def ssn_bad_serial():
    return f"{R.randint(1, 665):03d}-{R.randint(1, 99):02d}-0000"


def ssn_bad():
    k = ch(["ssn_bad_area", "ssn_bad_area", "ssn_bad_group", "ssn_bad_serial"])
    return k, {"ssn_bad_area": ssn_bad_area, "ssn_bad_group": ssn_bad_group, "ssn_bad_serial": ssn_bad_serial}[k]()


def iban_bad(cc=None):
    good = iban_raw(cc)
    while True:
        if chance(0.5):
            s = good[:2] + f"{(int(good[2:4]) + R.randint(1, 40)) % 97 + 2:02d}" + good[4:]
        else:
            i = R.randrange(len(good) - 4) + 4
            if not good[i].isdigit():
                continue
            s = good[:i] + str((int(good[i]) + R.randint(1, 9)) % 10) + good[i + 1:]
        if not iban_valid(s):
            return fmt_iban(s)


def routing_bad():
    while True:
        s = f"{ch(list(range(1, 13)) + list(range(21, 33))):02d}" + digits(7)
        if not aba_valid(s):
            return s


def npi_bad():
    while True:
        s = ch("12") + digits(9)
        if not npi_valid(s):
            return s


def dea_bad(last="Q"):
    good = dea(last)
    return good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)


def nhs_bad():
    while True:
        s = ch("4679") + digits(9)
        if not nhs_valid(s):
            return fmt_nhs(s, ch([0, 1]))


def mbi_bad():
    while True:
        m = list(mbi(False))
        i = ch([1, 4, 7, 8])
        m[i] = ch("SLOIBZ")
        s = "".join(m)
        if not mbi_valid(s):
            return s if chance(0.7) else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def ein_bad():
    return f"{ch(EIN_BAD_PREFIX)}-{digits(7)}"


def mac():
    return ":".join(f"{R.randrange(256):02x}" for _ in range(6))


def cve():
    return f"CVE-{R.randint(2019, 2025)}-{R.randint(1000, 49999)}"


def imei():
    return luhn_complete(ch(["35", "86", "01", "35"]) + digits(12))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    vals = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
            "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = list(ch(["1HG", "2T1", "5YJ", "1FT", "3VW", "WBA", "JTD", "KMH", "1C4"]) + "".join(ch(VIN_CH) for _ in range(5)) + "0"
             + ch("KLMNPR") + ch(VIN_CH) + digits(6))
    c = sum(vals[x] * k for x, k in zip(s, w)) % 11
    s[8] = "X" if c == 10 else str(c)
    return "".join(s)


def container_no():
    owner = ch(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "MEDU", "EGLV", "TCLU", "CSNU"])
    ser = digits(6)
    vals = {}
    v = 10
    for c in string.ascii_uppercase:
        if v % 11 == 0:
            v += 1
        vals[c] = v
        v += 1
    tot = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(owner + ser))
    return owner + ser + str(tot % 11 % 10)


def pnr():
    return "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def e_ticket():
    return ch([f"{ch(['016', '001', '220', '057', '125', '074', '006'])}-{digits(10)}", f"{ch(['016', '220', '125'])}{digits(10)}"])


def fictional_phone():
    ln = f"01{R.randint(0, 99):02d}"
    return ch([f"555-{ln}", f"(312) 555-{ln}", f"+1-202-555-{ln}", f"{ch(US_AREA)}-555-{ln}", f"(800) 555-{ln}",
               f"+1 415 555 {ln}", f"020 7946 0{digits(3)}", f"0161 496 0{digits(3)}", f"07700 900{digits(3)}"])


def doc_ip():
    return ch([f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",
               f"2001:db8::{R.randint(1, 0xffff):x}", f"2001:db8:{R.randint(1, 0xfff):x}::{R.randint(1, 255):x}"])


EXAMPLE_LOCALS = ["jane.doe", "john.smith", "test", "noreply", "user", "alice", "bob", "qa+signup", "customer", "demo"]


def example_email():
    return f"{ch(EXAMPLE_LOCALS)}@{ch(['example.com', 'example.org', 'example.net', 'mail.example.com', 'test.example.com'])}"


def test_card():
    c = ch(TEST_CARDS)
    return ch([c, fmt_card(c, 1), fmt_card(c, 2)])


def test_ssn():
    return ch(["078-05-1120", "123-45-6789", "219-09-9999", "123456789", "123-45-6789"])

def public_ipv4():
    while True:
        a = R.randint(1, 223)
        b = R.randint(0, 255)
        if a in (0, 10, 127) or (a == 100 and 64 <= b <= 127) or (a == 169 and b == 254) or (a == 172 and 16 <= b <= 31) \
                or (a == 192 and b in (0, 168)) or (a == 198 and b in (18, 19, 51)) or (a == 203 and b == 0):
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def private_ipv4():
    return ch([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
               f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def ipv6():
    h = [ch(["2a02", "2600", "2607", "2a01", "2604", "2a00", "2406", "2c0f", "2803", "2a03"])] + [f"{R.randint(0, 0xffff):x}" for _ in range(7)]
    if chance(0.5):
        return ":".join(h[:4]) + "::" + ":".join(h[6:])
    return ":".join(h)


def ip():
    return ipv6() if chance(0.15) else public_ipv4()


class Doc:
    """Accumulates text; tuples ("TYPE", value) are entities, ("kind", value) lowercase are decoys."""

    def __init__(self, path, rtf=False):
        self.path, self.parts, self.n, self.spans, self.decoys = path, [], 0, [], []
        self.rtf = rtf

    def raw(self, s):
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def w(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, list):
                self.w(*it)
            elif isinstance(it, tuple):
                k, v = it
                v = str(v)
                start = self.n
                self.parts.append(v)
                self.n += len(v.encode("utf-8"))
                if k is not None:
                    (self.spans if k[0].isupper() else self.decoys).append((start, self.n, k, v))
            else:
                it = str(it)
                if self.rtf:
                    it = rtf_escape(it)
                self.parts.append(it)
                self.n += len(it.encode("utf-8"))
        return self

    def f(self, fmt, **kw):
        """format-like: literal text with {field} placeholders; kw values are str, tuple or list."""
        for lit, field, spec, conv in string.Formatter().parse(fmt):
            if lit:
                self.w(lit)
            if field is not None:
                v = kw[field]
                if spec:
                    assert not isinstance(v, (tuple, list)), (fmt, field)
                    v = format(v, spec)
                self.w(v)
        return self

    def text(self):
        return "".join(self.parts)


def rtf_escape(s):
    out = []
    for c in s:
        if c in "\\{}":
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\par\n")
        elif c == "\t":
            out.append("\\tab ")
        elif ord(c) > 127:
            out.append(f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?")
        else:
            out.append(c)
    return "".join(out)


RTF_HEAD = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
            "{\\f1\\fmodern\\fcharset0 Courier New;}}\n{\\*\\generator Msftedit 5.41.21.2510;}"
            "\\viewkind4\\uc1\\pard\\sl480\\slmult1\\f0\\fs24\\lang1033 ")


def wrap(text, width=78):
    out, line = [], ""
    for w_ in text.split():
        if line and len(line) + 1 + len(w_) > width:
            out.append(line)
            line = w_
        else:
            line = f"{line} {w_}" if line else w_
    return "\n".join(out + [line]) + "\n"


GENERATORS = []  # (count, function(i) -> Doc)


def kind(count):
    def deco(fn):
        GENERATORS.append((count, fn))
        return fn
    return deco


def money(lo=20, hi=5000, cur="$"):
    v = R.randint(lo, hi) + R.randint(0, 99) / 100
    if cur == "€":
        return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
    if cur == "zł":
        return f"{v:,.2f} zł".replace(",", " ").replace(".", ",")
    return f"{cur}{v:,.2f}"


def hhmm():
    return f"{R.randint(7, 18):02d}:{ch(['00', '15', '30', '45', '10', '40', '20', '50'])}"


def sentences(pool, n):
    return " ".join(R.sample(pool, min(n, len(pool))))


def nd(loc="us", style=None, y0=2021, y1=2026):
    """non-birth date as a decoy tuple"""
    return ("non_birth_date", nbd(loc, style, y0, y1))


class Clock:
    """monotonic timestamps for note logs"""

    def __init__(self, y0=2023, y1=2025):
        import datetime
        self.t = datetime.datetime(*rand_date(y0, y1), R.randint(7, 17), R.randint(0, 59))

    def tick(self, lo_min=5, hi_min=4000):
        import datetime
        self.t += datetime.timedelta(minutes=R.randint(lo_min, hi_min))
        return self.t

    def us(self, **kw):
        t = self.tick(**kw)
        return f"{t.month:02d}/{t.day:02d}/{t.year} {(t.hour + 11) % 12 + 1}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"

    def iso(self, **kw):
        t = self.tick(**kw)
        return f"{t.year}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def iso_ts(y0=2023, y1=2025, ms=True, z=True):
    y, m, d = rand_date(y0, y1)
    s = f"{y}-{m:02d}-{d:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
    if ms:
        s += f".{R.randint(0, 999):03d}"
    return s + ("Z" if z else "")


# ------------------------------------------------------------------------------------- boilerplate text



# ===================================================================================== documents
def ext_person(loc=None):
    return Person(loc or ch(RES))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


CDA_ORGS = [("Cumberland Valley Health", "cumberlandvh.org"), ("Osprey Point Medical Group", "ospreypointmg.com"),
            ("Redbud Family Medicine", "redbudfm.org"), ("Azienda Ospedaliera San Gerardo", "asst-sangerardo.it")]
SNOMED = ["38341003", "44054006", "195967001", "73211009", "230690007", "13645005", "49436004", "35489007"]
LOINC = [("4548-4", "Hemoglobin A1c"), ("2345-7", "Glucose"), ("2160-0", "Creatinine"), ("718-7", "Hemoglobin"), ("2093-3", "Cholesterol")]
RXNORM = [("860975", "metformin 500 MG"), ("314076", "lisinopril 10 MG"), ("617312", "atorvastatin 40 MG"), ("197361", "amlodipine 5 MG"), ("310965", "ibuprofen 200 MG")]


def xml_date(ymd):
    return f"{ymd[0]}{ymd[1]:02d}{ymd[2]:02d}"


@kind(17)
def cda_xml(i):
    d = Doc(f"exports/cda/ccd_{i:04d}.xml")
    org, dom = ch(CDA_ORGS)
    p = ext_person("us")
    doc_ts = xml_date(rand_date(2023, 2025)) + f"{R.randint(7, 18):02d}{R.randint(0, 59):02d}00"
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="CDA.xsl"?>\n',
        '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">\n',
        '  <realmCode code="US"/>\n  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>\n',
        '  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>\n',
        '  <id root="', ("uuid", uuid4()), '"/>\n  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>\n',
        f'  <title>{xesc(org)} Continuity of Care Document</title>\n  <effectiveTime value="', ("timestamp", doc_ts), '-0500"/>\n',
        '  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>\n  <languageCode code="en-US"/>\n',
        '  <recordTarget>\n    <patientRole>\n      <id extension="', (MRN, mrn()), '" root="2.16.840.1.113883.19.5.99999.2"/>\n')
    if chance(0.4):
        d.w('      <id extension="', (SSN, ssn_raw()), '" root="2.16.840.1.113883.4.1"/>\n')
    d.w('      <addr use="HP">\n        <streetAddressLine>', (ADDR, xesc(p.street)), '</streetAddressLine>\n')
    c, st = p.cityline.split(", ")
    d.w(f'        <city>{c}</city>\n        <state>{st[:2]}</state>\n        <postalCode>{st[3:]}</postalCode>\n        <country>US</country>\n      </addr>\n')
    a, x, ln = us_line()
    d.w('      <telecom value="tel:', (PH, ch([f"+1-{a}-{x}-{ln}", f"({a}){x}-{ln}", f"+1{a}{x}{ln}"])), '" use="HP"/>\n')
    if chance(0.7):
        d.w('      <telecom value="mailto:', (EM, p.email), '"/>\n')
    d.w('      <patient>\n        <name use="L">\n          <given>', (NAME, p.first), '</given>\n')
    if chance(0.4):
        d.w(f'          <given>{p.mi}</given>\n')
    d.w('          <family>', (NAME, p.last), '</family>\n        </name>\n',
        f'        <administrativeGenderCode code="{p.sex}" codeSystem="2.16.840.1.113883.5.1"/>\n',
        '        <birthTime value="', (DOB, xml_date(p.dob_ymd)), '"/>\n',
        '        <maritalStatusCode code="M" codeSystem="2.16.840.1.113883.5.2"/>\n')
    if chance(0.5):
        g = Person("us")
        d.w('        <guardian>\n          <code code="PRN" displayName="Parent"/>\n          <telecom value="tel:', (PH, phone("us", 1)), '"/>\n',
            '          <guardianPerson><name><given>', (NAME, g.first), '</given><family>', (NAME, g.last), '</family></name></guardianPerson>\n        </guardian>\n')
    d.w('      </patient>\n    </patientRole>\n  </recordTarget>\n')
    doc = clinician()
    d.w('  <author>\n    <time value="', ("timestamp", doc_ts), '"/>\n    <assignedAuthor>\n      <id extension="', (NPI, doc.npi),
        '" root="2.16.840.1.113883.4.6"/>\n      <id extension="', (DEA, doc.dea), '" root="2.16.840.1.113883.4.814"/>\n      <addr><streetAddressLine>', (ADDR, us_street()), '</streetAddressLine></addr>\n',
        '      <telecom use="WP" value="tel:', (PH, phone("us", 2)), '"/>\n      <assignedPerson><name><prefix>Dr.</prefix><given>',
        (NAME, doc.first), '</given><family>', (NAME, doc.last), f'</family><suffix>{doc.cred.split(",")[0]}</suffix></name></assignedPerson>\n',
        f'      <representedOrganization><name>{xesc(org)}</name></representedOrganization>\n    </assignedAuthor>\n  </author>\n')
    d.w('  <component>\n    <structuredBody>\n')
    target = 1.25 * R.randint(9000, 22000)
    while d.n < target:
        sec = ch(["problems", "meds", "results", "encounters"])
        d.w(f'      <component>\n        <section>\n          <title>{sec.title()}</title>\n')
        for _ in range(R.randint(2, 5)):
            eff = rand_date(2019, 2025)
            if sec == "problems":
                code, desc = icd()
                d.w('          <entry><observation classCode="OBS" moodCode="EVN">\n            <id root="', ("uuid", uuid4()), '"/>\n',
                    '            <code code="', ("snomed_code", ch(SNOMED)), '" codeSystem="2.16.840.1.113883.6.96"/>\n',
                    '            <effectiveTime><low value="', ("non_birth_date", xml_date(eff)), '"/></effectiveTime>\n',
                    '            <value xsi:type="CD" code="', (ICD, code), f'" codeSystem="2.16.840.1.113883.6.90" displayName="{xesc(desc)}"/>\n',
                    '          </observation></entry>\n')
            elif sec == "meds":
                rx, nm = ch(RXNORM)
                d.w(f'          <entry><substanceAdministration classCode="SBADM" moodCode="INT">\n            <text>{nm} tablet, take as directed</text>\n',
                    '            <effectiveTime xsi:type="IVL_TS"><low value="', ("non_birth_date", xml_date(eff)), '"/></effectiveTime>\n',
                    f'            <consumable><manufacturedProduct><manufacturedMaterial><code code="{rx}" codeSystem="2.16.840.1.113883.6.88"/></manufacturedMaterial></manufacturedProduct></consumable>\n')
                if chance(0.3):
                    pr = clinician()
                    d.w('            <author><assignedAuthor><id extension="', (NPI, pr.npi), '" root="2.16.840.1.113883.4.6"/>',
                        '<assignedPerson><name>', (NAME, pr.name), '</name></assignedPerson></assignedAuthor></author>\n')
                d.w('          </substanceAdministration></entry>\n')
            elif sec == "results":
                ln_, nm = ch(LOINC)
                d.w(f'          <entry><observation classCode="OBS" moodCode="EVN"><code code="{ln_}" codeSystem="2.16.840.1.113883.6.1" displayName="{nm}"/>',
                    '<effectiveTime value="', ("non_birth_date", xml_date(eff)), f'"/><value xsi:type="PQ" value="{R.randint(4, 240)}.{R.randint(0, 9)}" unit="{ch(["mg/dL", "%", "g/dL"])}"/></observation></entry>\n')
            else:
                code, desc = icd()
                d.w('          <entry><encounter classCode="ENC" moodCode="EVN"><id extension="', ("encounter_id", f"ENC{digits(8)}"), '"/>',
                    '<effectiveTime value="', ("non_birth_date", xml_date(eff)), '"/><entryRelationship typeCode="RSON"><observation><value xsi:type="CD" code="',
                    (ICD, code), f'" codeSystem="2.16.840.1.113883.6.90"/></observation></entryRelationship></encounter></entry>\n')
        d.w('        </section>\n      </component>\n')
    d.w('    </structuredBody>\n  </component>\n</ClinicalDocument>\n')
    return d


PAIN_DEBTORS = {"es": [("Talleres Hidráulicos del Turia S.L.", "es"), ("Ferretería Iglesias Hermanos S.A.", "es")],
                "it": [("Ferraro & Figli S.r.l.", "it"), ("Cooperativa Agricola Val Padana", "it")],
                "se": [("Norrlands Trävaror AB", "se"), ("Bergström Konsult AB", "se")],
                "cz": [("Strojírny Horák s.r.o.", "cz"), ("Pekárna U Kučerů s.r.o.", "cz")]}
SURNAME_COS = {"Ferraro & Figli S.r.l.", "Ferretería Iglesias Hermanos S.A.", "Bergström Konsult AB", "Strojírny Horák s.r.o.", "Pekárna U Kučerů s.r.o."}


def cn(name):
    return ("company_name", name) if name in SURNAME_COS else name


@kind(12)
def pain001(i):
    loc = ["es", "it", "se", "cz"][i % 4]
    d = Doc(f"exports/sepa/pain001_{loc}_{i:03d}.xml")
    deb, _ = ch(PAIN_DEBTORS[loc])
    dib = iban_raw(IBAN_OF[loc])
    ts = iso_ts(2024, 2025, ms=False, z=False)
    txs = R.randint(8, 30)
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n <CstmrCdtTrfInitn>\n  <GrpHdr>\n',
        '   <MsgId>', ("message_id", f"{ascii_fold(deb[:4]).upper().replace(' ', 'X')}{digits(10)}"), '</MsgId>\n   <CreDtTm>', ("timestamp", ts), '</CreDtTm>\n',
        f'   <NbOfTxs>{txs}</NbOfTxs>\n   <InitgPty>\n    <Nm>', cn(xesc(deb)), '</Nm>\n    <Id><OrgId><LEI>', ("lei", lei()), '</LEI></OrgId></Id>\n   </InitgPty>\n  </GrpHdr>\n',
        '  <PmtInf>\n   <PmtInfId>', ("batch_id", f"PMT-{digits(4)}-{digits(5)}"), '</PmtInfId>\n   <PmtMtd>TRF</PmtMtd>\n   <ReqdExctnDt><Dt>', ("non_birth_date", nbd("se", 0)),
        '</Dt></ReqdExctnDt>\n   <Dbtr>\n    <Nm>', cn(xesc(deb)), '</Nm>\n    <PstlAdr>\n     <Ctry>', IBAN_OF[loc], '</Ctry>\n     <AdrLine>', (ADDR, street(loc)),
        f'</AdrLine>\n     <AdrLine>{cityline(loc)}</AdrLine>\n    </PstlAdr>\n   </Dbtr>\n   <DbtrAcct><Id><IBAN>', (IBAN, dib), '</IBAN></Id><Ccy>',
        "SEK" if loc == "se" else "CZK" if loc == "cz" and chance(0.5) else "EUR", '</Ccy></DbtrAcct>\n   <DbtrAgt><FinInstnId><BICFI>', (BIC, bic(IBAN_OF[loc])),
        '</BICFI></FinInstnId></DbtrAgt>\n')
    for t in range(txs):
        cl = loc if chance(0.7) else ch(["es", "it", "se", "cz"])
        p = Person(cl)
        memo = ch({"es": ["Nómina {m}", "Liquidación factura {inv}", "Anticipo gastos {m}"], "it": ["Stipendio {m}", "Saldo fattura {inv}", "Rimborso spese {m}"],
                   "se": ["Lön {m}", "Faktura {inv}", "Utlägg {m}"], "cz": ["Mzda {m}", "Faktura {inv}", "Záloha {m}"]}[cl])
        d.w('   <CdtTrfTxInf>\n    <PmtId><InstrId>', ("instruction_id", f"I{digits(9)}X"), '</InstrId><EndToEndId>', ("end_to_end_id", f"E2E-{hexs(12).upper()}"),
            f'</EndToEndId></PmtId>\n    <Amt><InstdAmt Ccy="EUR">{R.randint(80, 6400)}.{R.randint(0, 99):02d}</InstdAmt></Amt>\n')
        ib = iban_raw(IBAN_OF[cl])
        d.w('    <CdtrAgt><FinInstnId><BICFI>', (BIC, bic(IBAN_OF[cl])), '</BICFI></FinInstnId></CdtrAgt>\n    <Cdtr>\n     <Nm>', (NAME, p.name), '</Nm>\n')
        if chance(0.6):
            d.w('     <PstlAdr><AdrLine>', (ADDR, p.street), f'</AdrLine><AdrLine>{p.cityline}</AdrLine></PstlAdr>\n')
        d.w('    </Cdtr>\n    <CdtrAcct><Id><IBAN>', (IBAN, ib), '</IBAN></Id></CdtrAcct>\n    <RmtInf><Ustrd>')
        if "{inv}" in memo:
            a_, b_ = memo.split("{inv}")
            d.w(a_, ("invoice_no", f"{R.randint(2023, 2025)}/{digits(4)}"), b_)
        else:
            d.w(memo.replace("{m}", f"{R.randint(1, 12):02d}/{R.randint(2024, 2025)}"))
        d.w('</Ustrd></RmtInf>\n   </CdtTrfTxInf>\n')
        if chance(0.08):
            d.w('   <!-- rejected in validation: IBAN ', ("iban_bad", iban_bad(IBAN_OF[cl]).replace(" ", "")), ' failed checksum -->\n')
    d.w('  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n')
    return d


FORMS = [("Small Business Loan Pre-Qualification", "loan"), ("Tenant Rental Application", "rental"), ("Volunteer Background Check Consent", "bg"),
         ("New Patient Intake", "patient")]


@kind(15)
def web_form_html(i):
    title, fk = FORMS[i % 4]
    d = Doc(f"web/submissions/{fk}_{i:03d}.html")
    d.w(f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{title} – submissions export</title>\n<style>\n',
        ' body{font-family:Arial;color:', ("hex_color", hexcolor()), '} th{background:', ("hex_color", hexcolor()), '} .flag{color:', ("hex_color", hexcolor()), '}\n</style>\n',
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-', ("analytics_id", letters(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")), '"></script>\n</head>\n<body>\n',
        f'<h1>{title}</h1>\n<p class="meta">Export generated ', ("timestamp", iso_ts(2025, 2025)), ' by formsvc build ', ("version", version3()), '</p>\n')
    target = 1.25 * R.randint(8000, 20000)
    k = 0
    while d.n < target:
        k += 1
        p = Person("us")
        sid = f"{digits(6, True)}"
        d.w(f'<section class="submission" id="sub-', ("submission_id", sid), '" data-submitted="', ("epoch", epoch_s()), '" data-ip="',
            (IP, ip() if chance(0.8) else private_ipv4()), '">\n<form method="post" action="/forms/', fk, '/review">\n',
            '<input type="hidden" name="_csrf" value="', ("token", hexs(40)), '">\n<table>\n',
            '<tr><th>Applicant</th><td><input name="full_name" value="', (NAME, p.name_mi), '" readonly></td></tr>\n',
            '<tr><th>Email</th><td><a href="mailto:', (EM, p.email), '">', (EM, p.email), '</a></td></tr>\n',
            '<tr><th>Phone</th><td><input type="tel" name="phone" value="', (PH, p.phone), '"></td></tr>\n',
            '<tr><th>Address</th><td><span class="street">', (ADDR, p.street), f'</span><br><span class="city">{p.cityline}</span></td></tr>\n')
        if fk in ("loan", "rental", "bg"):
            d.w('<tr><th>Date of birth</th><td><input type="date" name="dob" value="', (DOB, fmt_date(p.dob_ymd, "us", 2)), '"></td></tr>\n')
            if fk == "loan":
                d.w('<tr><th>Business EIN</th><td>', (EIN, ein()), '</td></tr>\n<tr><th>Owner SSN/ITIN</th><td data-field="ssn">', (ITIN, itin()) if chance(0.35) else (SSN, ssn()), '</td></tr>\n',
                    '<tr><th>Operating account</th><td>routing <code>', (ABA, aba()), '</code> / acct <code>', (ACCT, account()), '</code></td></tr>\n')
            elif fk == "rental":
                st, dl = drivers_license()
                d.w(f'<tr><th>ID document</th><td>{st} driver license <b>', (DL, dl), '</b></td></tr>\n',
                    '<tr><th>SSN or ITIN</th><td>', (ITIN, itin()) if chance(0.3) else (SSN, ssn()), '</td></tr>\n',
                    f'<tr><th>Desired move-in</th><td>', nd("us"), '</td></tr>\n<tr><th>Current landlord</th><td>', (NAME, Person("us").name), ' ', (PH, phone("us")), '</td></tr>\n')
            else:
                d.w('<tr><th>Passport (optional)</th><td>', (PASS, passport()) if chance(0.5) else "—", '</td></tr>\n',
                    '<tr><th>Consent signed</th><td>', nd("us"), '</td></tr>\n')
        else:
            d.w('<tr><th>DOB</th><td>', (DOB, p.dob), '</td></tr>\n<tr><th>Medicare MBI</th><td>', (MBI, mbi()) if chance(0.5) else "n/a", '</td></tr>\n',
                '<tr><th>Reason for visit</th><td>', ch(["knee pain", "annual physical", "follow-up of blood pressure", "rash on forearm"]), '</td></tr>\n')
        if chance(0.25):
            d.w('<tr class="flag"><th>Test entry?</th><td>', ("test_value", example_email()), ' / ', ("test_value", test_ssn()), '</td></tr>\n')
        if chance(0.2):
            d.w('<tr><th>Card on file</th><td>', ("masked_card", masked_card()), '</td></tr>\n')
        d.w('</table>\n<button type="submit" style="background:', ("hex_color", hexcolor()), '">Approve</button>\n</form>\n</section>\n')
    d.w('<footer>Questions? Call ', ("fictional_phone", fictional_phone()), '</footer>\n</body>\n</html>\n')
    return d


@kind(12)
def vcard_export(i):
    d = Doc(f"exports/contacts/contacts_{i:03d}.vcf")
    target = 1.25 * R.randint(6000, 16000)
    while d.n < target:
        loc = ch(RES)
        p = Person(loc)
        v4 = chance(0.5)
        d.w("BEGIN:VCARD\r\n", "VERSION:4.0\r\n" if v4 else "VERSION:3.0\r\n", "PRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\n" if chance(0.5) else "")
        d.w("N:", (NAME, p.last), ";", (NAME, p.first), ";;;\r\nFN:", (NAME, p.name), "\r\n")
        if chance(0.4):
            d.w("ORG:", ch(["Halvorsen Marine", "Bluegate Dental", "Tri-County Water District", "Kestrel Analytics"]), ";\r\n")
        d.w("TEL;TYPE=CELL:" if v4 else "TEL;type=CELL;type=VOICE;type=pref:", (PH, p.phone), "\r\n")
        if chance(0.4):
            d.w("TEL;TYPE=HOME:", (PH, phone(loc)), "\r\n")
        d.w("EMAIL;TYPE=INTERNET:", (EM, p.email), "\r\n")
        if chance(0.7):
            parts = p.cityline
            d.w("ADR;TYPE=HOME:;;", (ADDR, p.street.replace(",", "\\,")), f";{parts.replace(',', '')};;;{p.country}\r\n")
        if chance(0.6):
            ymd = p.dob_ymd
            d.w("BDAY:", (DOB, f"{ymd[0]}{ymd[1]:02d}{ymd[2]:02d}" if chance(0.5) else f"{ymd[0]}-{ymd[1]:02d}-{ymd[2]:02d}"), "\r\n")
        if chance(0.3):
            d.w("ANNIVERSARY:" if v4 else "X-ANNIVERSARY:", ("non_birth_date", fmt_date(rand_date(1990, 2022), "us", 2)), "\r\n")
        if chance(0.3):
            d.w("NOTE:", ch(["met at the ", "gate code ", "kids' coach - "]), ch(["Lakeside fundraiser", "4471#", "U12 soccer"]), "\r\n")
        d.w("UID:", ("uuid", uuid4().upper()), "\r\nREV:", ("timestamp", iso_ts(2022, 2025, ms=False)), "\r\nEND:VCARD\r\n")
    return d


@kind(12)
def ics_export(i):
    d = Doc(f"exports/calendar/{ch(['clinic', 'interviews', 'tutoring', 'legal'])}_{i:03d}.ics")
    org_dom = ch(["brightfieldortho.com", "lakemontpeds.org", "northgate-legal.com", "harborcounsel.com"])
    d.w("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nMETHOD:PUBLISH\r\nX-WR-TIMEZONE:America/Chicago\r\n")
    target = 1.25 * R.randint(5000, 15000)
    while d.n < target:
        p, staff = Person("us"), Person("us")
        y, m, dd = rand_date(2024, 2026)
        st = f"{y}{m:02d}{dd:02d}T{R.randint(8, 17):02d}{ch(['00', '15', '30', '45'])}00"
        d.w("BEGIN:VEVENT\r\nUID:", ("uuid", uuid4()), f"@{org_dom}\r\nDTSTAMP:", ("timestamp", iso_ts(2024, 2025, ms=False).replace("-", "").replace(":", "")),
            "\r\nDTSTART;TZID=America/Chicago:", ("timestamp", st), "\r\n")
        kind_ = ch(["appt", "appt", "interview", "deposition"])
        if kind_ == "appt":
            d.w("SUMMARY:", ch(["New pt", "F/U", "Post-op check", "Cast removal"]), " - ", (NAME, p.name), "\r\nDESCRIPTION:Patient: ", (NAME, p.lastfirst()),
                "\\nDOB: ", (DOB, p.dob), "\\nMRN: ", (MRN, mrn()), "\\nCallback: ", (PH, p.phone), "\\nDx: ", (ICD, icd()[0]),
                ch(["\\nBring insurance card.", "\\nNeeds interpreter (Spanish).", ""]), "\r\n")
        elif kind_ == "interview":
            d.w("SUMMARY:Phone screen: ", (NAME, p.name), "\r\nDESCRIPTION:Candidate cell ", (PH, p.phone), "\\nResume ref ", ("requisition_id", f"REQ-{digits(5)}"),
                "\\nHi ", (NAME, staff.first), ", please use the dial-in below.\r\n")
        else:
            d.w("SUMMARY:Deposition of ", (NAME, p.name), "\r\nDESCRIPTION:Case No. ", ("case_number", f"{R.randint(20, 25)}-CV-{digits(5)}"), "\\nDeponent address: ",
                (ADDR, p.street), "\\nCourt reporter: ", (NAME, Person("us").name), "\r\n")
        d.w("LOCATION:", (ADDR, us_street()), "\\, Suite ", str(R.randint(100, 400)), "\r\n" if chance(0.5) else "\r\n")
        d.w("ORGANIZER;CN=", (NAME, staff.name), ":mailto:", (EM, staff_email(staff, org_dom)), "\r\n")
        d.w("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=", (NAME, p.name), ":mailto:", (EM, p.email), "\r\n")
        if chance(0.3):
            d.w("ATTENDEE;CUTYPE=RESOURCE;CN=Exam Room ", str(R.randint(1, 9)), ":mailto:", ("resource_mailbox", f"room{R.randint(1, 9)}@resource.calendar.google.com"), "\r\n")
        d.w("BEGIN:VALARM\r\nTRIGGER:-PT", str(ch([15, 30, 60])), "M\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\n")
    d.w("END:VCALENDAR\r\n")
    return d


@kind(10)
def ldif_dump(i):
    loc = ch(["us", "us", "se", "cz", "it"])
    base = {"us": "dc=tidewell,dc=corp", "se": "dc=norrsken,dc=se", "cz": "dc=vltava-it,dc=cz", "it": "dc=officinedigitale,dc=it"}[loc]
    dom = base.replace("dc=", "").replace(",", ".")
    d = Doc(f"dumps/ldap/{dom.split('.')[0]}_people_{i:02d}.ldif")
    d.w(f"# extended LDIF\n#\n# LDAPv3\n# base <ou=People,{base}> with scope subtree\n# filter: (objectClass=inetOrgPerson)\n#\n\nversion: 1\n\n")
    target = 1.25 * R.randint(8000, 22000)
    n = 0
    while d.n < target:
        p = Person(loc if chance(0.8) else ch(RES))
        uid = (slug(p.first)[:1] + slug(p.last))[:10]
        n += 1
        d.w(f"# {uid}, People, {dom}\ndn: uid={uid},ou=People,{base}\nobjectClass: top\nobjectClass: inetOrgPerson\nobjectClass: posixAccount\n",
            "cn: ", (NAME, p.name), "\nsn: ", (NAME, p.last), "\ngivenName: ", (NAME, p.first), f"\nuid: {uid}\n",
            "uidNumber: ", str(R.randint(10000, 65000)), "\ngidNumber: ", str(R.randint(100, 9999)), "\n",
            "mail: ", (EM, staff_email(p, dom)), "\n", "telephoneNumber: ", (PH, phone(loc)), "\n")
        if chance(0.5):
            d.w("mobile: ", (PH, phone(loc)), "\n")
        if chance(0.5):
            d.w("street: ", (ADDR, street(loc)), "\n")
        elif chance(0.5):
            d.w("homePostalAddress: ", (ADDR, street(loc)), "$", cityline(loc), "\n")
        d.w("employeeNumber: ", ("employee_id", digits(6, True)), "\n", f"title: {ch(['Analyst', 'Engineer', 'Controller', 'Nurse', 'Technician'])}\n",
            "userPassword:: ", ("password_hash", "e1NTSEF9" + "".join(ch(string.ascii_letters + string.digits) for _ in range(32))), "\n",
            "shadowLastChange: ", str(R.randint(19000, 20300)), "\n")
        if chance(0.2):
            m = Person(loc)
            d.w("manager: uid=", (slug(m.first)[:1] + slug(m.last))[:10], f",ou=People,{base}\n", "description: reports to ", (NAME, m.name), "\n")
        d.w("\n")
    d.w(f"# search result\nsearch: 2\nresult: 0 Success\n\n# numResponses: {n + 1}\n# numEntries: {n}\n")
    return d


PAYERS = [("BLUE MEADOW HEALTH PLAN", "BMHP1"), ("CASCADIA MUTUAL", "CMUT9"), ("MEDICARE PART B JURISDICTION J", "MCRJ1")]


def x12_env(d, code, ctl):
    y, m, dd = rand_date(2024, 2025)
    d.w(f"ISA*00*          *00*          *ZZ*{ch(['CLRHSE01', 'SUBMIT778', 'AVAILITY'])}{' ' * 6}*ZZ*{ch(['BMHP1', 'CMUT9', 'MCRJ1'])}{' ' * 10}*{str(y)[2:]}{m:02d}{dd:02d}*{R.randint(0, 23):02d}{R.randint(0, 59):02d}*^*00501*",
        ("control_number", ctl), "*0*P*:~\n", f"GS*{code}*SENDER*RECEIVER*{y}{m:02d}{dd:02d}*{R.randint(1000, 2359)}*", ("control_number", str(R.randint(1000, 99999))),
        "*X*005010X222A1~\n")


@kind(17)
def x12_edi(i):
    t = ["837", "835", "270"][i % 3]
    d = Doc(f"edi/x12_{t}_{i:03d}.edi")
    ctl = digits(9)
    x12_env(d, {"837": "HC", "835": "HP", "270": "HS"}[t], ctl)
    prov = clinician()
    grp = ch(["LAKESIDE ORTHOPEDIC ASSOC", "PINE HOLLOW FAMILY PRACTICE", "DELTA RIVER IMAGING"])
    payer, pid = ch(PAYERS)
    target = 1.25 * R.randint(5000, 14000)
    if t == "835":
        d.w("ST*835*0001~\nBPR*I*", f"{R.randint(500, 90000)}.{R.randint(0, 99):02d}", "*C*ACH*CCP*01*", (ABA, aba()), "*DA*", (ACCT, account()), "*",
            ("payer_id", "1" + digits(9)), "**01*", (ABA, aba()), "*DA*", (ACCT, account()), "*", ("non_birth_date", nbd("compact")), "~\n",
            "TRN*1*", ("trace_number", digits(12, True)), "*", ("payer_id", "1" + digits(9)), "~\n", f"N1*PR*{payer}~\n", "N3*", (ADDR, ascii_fold(us_street()).upper()), "~\n",
            "N1*PE*", grp, "*XX*", (NPI, npi()), "~\n", "REF*TJ*", (EIN, ch(EIN_PREFIX) + digits(7)), "~\n")
        while d.n < target:
            p = Person("us")
            ln, fn = p.up()
            d.w("CLP*", ("claim_id", f"{digits(7, True)}A{R.randint(1, 9)}"), f"*1*{R.randint(100, 4000)}*{R.randint(50, 3000)}**MC*", ("payer_claim_control", digits(14)), "*11*1~\n",
                "NM1*QC*1*", (NAME, ln), "*", (NAME, fn), "****MI*", (MBI, mbi(False)) if pid == "MCRJ1" else ("member_id", letters(3) + digits(9)), "~\n",
                "DTM*232*", ("non_birth_date", nbd("compact")), "~\n", f"SVC*HC:{ch(['99213', '99214', '73721', '97110'])}*{R.randint(90, 800)}*{R.randint(40, 500)}**1~\n")
    else:
        d.w(f"ST*{t}*0001*005010X222A1~\n", "BHT*0019*00*", ("batch_id", digits(10)), "*", ("non_birth_date", nbd("compact")), f"*{R.randint(1000, 2359)}*CH~\n",
            "NM1*41*2*", grp, "*****46*", ("submitter_id", digits(6)), "~\nPER*IC*", (NAME, ascii_fold(prov.name).upper()), "*TE*", (PH, "".join(us_line())), "~\n",
            "NM1*85*2*", grp, "*****XX*", (NPI, npi()), "~\n", "N3*", (ADDR, ascii_fold(us_street()).upper()), f"~\nN4*{ch(US_CITIES)[0].upper()}*{ch(US_CITIES)[1]}*{digits(9)[:5]}~\n",
            "REF*EI*", (EIN, ch(EIN_PREFIX) + digits(7)), "~\n")
        while d.n < target:
            p = Person("us")
            ln, fn = p.up()
            d.w("HL*", str(R.randint(2, 99)), "*1*22*0~\nSBR*P*18*******", ch(["MB", "CI", "BL"]), "~\n",
                "NM1*IL*1*", (NAME, ln), "*", (NAME, fn), "****MI*", (MBI, mbi(False)) if chance(0.5) else ("member_id", letters(3) + digits(9)), "~\n",
                "N3*", (ADDR, ascii_fold(p.street).upper()), "~\n", f"N4*{ch(US_CITIES)[0].upper()}*{ch(US_CITIES)[1]}*{digits(5)}~\n",
                "DMG*D8*", (DOB, xml_date(p.dob_ymd)), f"*{p.sex}~\n")
            if t == "837":
                codes = [icd()[0].replace(".", "") for _ in range(R.randint(1, 3))]
                d.w("CLM*", ("claim_id", f"{letters(2)}{digits(8)}"), f"*{R.randint(120, 3000)}***11:B:1*Y*A*Y*Y~\n", "DTP*431*D8*", ("non_birth_date", nbd("compact")), "~\n", "HI*ABK:", (ICD, codes[0]))
                for c in codes[1:]:
                    d.w("*ABF:", (ICD, c))
                d.w("~\n", "NM1*82*1*", (NAME, ascii_fold(prov.last).upper()), "*", (NAME, ascii_fold(prov.first).upper()), "****XX*", (NPI, prov.npi), "~\n",
                    f"LX*1~\nSV1*HC:{ch(['99213', '99203', '20610', '97140'])}*{R.randint(80, 900)}*UN*1***1~\n", "DTP*472*D8*", ("non_birth_date", nbd("compact")), "~\n")
            else:
                d.w("TRN*1*", ("trace_number", digits(10)), "*", ("payer_id", "9" + digits(9)), "~\nEQ*30~\n")
    d.w(f"SE*{R.randint(20, 400)}*0001~\nGE*1*{R.randint(1, 9999)}~\nIEA*1*", ("control_number", ctl), "~\n")
    d.glued_ok = False
    return d


def nacha_name(p):
    ln, fn = p.up()
    return ch([f"{fn} {ln}", f"{ln} {fn}", f"{ln}, {fn}"])


@kind(10)
def nacha(i):
    d = Doc(f"ach/outbound/PPD_{i:03d}.txt")
    d.glued_ok = True
    odfi = aba()
    comp = ch(["TIDEWELL STAFFING", "LARKSPUR DENTAL GRP", "NORTHGATE PAYROLL", "OSPREY HVAC LLC"])
    y, m, dd = rand_date(2024, 2025)
    ymd = f"{str(y)[2:]}{m:02d}{dd:02d}"
    rec = []
    d.w("101 ", (ABA, odfi), " ", (ABA, aba()), f"{ymd}{R.randint(1000, 2359)}A094101{ch(['FIRST HARBOR BANK      ', 'CASCADE COMMUNITY BANK '])}{comp:<23.23}        \n")
    cid = "9" + ch(EIN_BAD_PREFIX) + digits(7)
    d.w(f"5220{comp:<16.16}{'PAYROLL':<20}", ("ach_company_id", cid), f"PPDPAYROLL   {ymd}{ymd}   1{odfi[:8]}0000001\n")
    target = 1.25 * R.randint(4000, 12000)
    k = 0
    while d.n < target:
        k += 1
        p = Person("us")
        acct = account()
        nm = nacha_name(p)[:22]
        while nm.endswith((" ", ",")):
            nm = nm[:-1]
        idn = f"{'EMP' + digits(6):<15}"
        d.w(f"6{ch(['22', '32', '27'])}", (ABA, aba()), (ACCT, acct), " " * (17 - len(acct)), f"{R.randint(10000, 900000):010d}",
            ("employee_id", idn.strip()), " " * (15 - len(idn.strip())), (NAME, nm), " " * (22 - len(nm)), "  0", odfi[:8] + f"{k:07d}", "\n")
    d.w(f"8220{k:06d}{digits(10)}{0:012d}{R.randint(100000, 99999999):012d}", ("ach_company_id", cid), " " * 25, f"{odfi[:8]}0000001\n")
    d.w(f"9000001{(k + 4) // 10 + 1:06d}{k:08d}{digits(10)}{0:012d}{R.randint(100000, 99999999):012d}" + " " * 39 + "\n")
    d.w(("9" * 94 + "\n") * R.randint(1, 4))
    return d


@kind(10)
def telecom_cdr(i):
    d = Doc(f"telecom/cdr/msc{R.randint(1, 9)}_{i:03d}.log" + (".gz" if i % 3 == 0 else ""))
    subs = [Person("us") for _ in range(R.randint(3, 6))]
    d.w("# MSC CDR export v3 | fields: seq|start_utc|dur_s|type|a_party|b_party|imsi|imei|cell_id|lac|cause\n")
    d.w("# subscriber directory (lawful-request scope)\n")
    lines = {}
    for s in subs:
        a, x, ln = us_line()
        s.msisdn = f"1{a}{x}{ln}"
        s.imsi, s.imei = imsi(), imei()
        d.w("#  ", (NAME, s.lastfirst()), " | MSISDN ", (PH, s.msisdn), " | IMSI ", ("imsi", s.imsi), " | IMEI ", ("imei", s.imei), " | SIM ", ("iccid", iccid()),
            " | billing ", (ADDR, s.street), "\n")
    target = 1.25 * R.randint(9000, 24000)
    seq = R.randint(100000, 900000)
    while d.n < target:
        s = ch(subs)
        seq += R.randint(1, 9)
        other = ch([f"1{''.join(us_line())}", f"+44 7{R.randint(4, 9)}{digits(8)}".replace(" ", ""), f"34{ch('67')}{digits(8)}", f"+1{''.join(us_line())}"])
        typ = ch(["MOC", "MTC", "SMS-MO", "SMS-MT", "MOC"])
        d.w(f"{seq}|", iso_ts(2025, 2025, ms=False), f"|{R.randint(0, 2400) if 'SMS' not in typ else 0}|{typ}|",
            (PH, s.msisdn) if typ in ("MOC", "SMS-MO") else (PH, other), "|", (PH, other) if typ in ("MOC", "SMS-MO") else (PH, s.msisdn),
            "|", s.imsi, "|", ("imei", s.imei) if chance(0.3) else "", f"|{R.randint(1000, 65000)}|{R.randint(100, 9999)}|{ch(['16', '16', '17', '31', '41'])}\n")
        if chance(0.02):
            d.w(f"{seq + 1}|", ("timestamp", iso_ts(2025, 2025, ms=False)), "|0|MOC|", (PH, s.msisdn), "|911|", ("imsi", s.imsi), "|", ("imei", s.imei), "|0|0|16\n")
    return d


@kind(10)
def iot_telemetry(i):
    d = Doc(f"iot/{ch(['thermostat', 'doorbell', 'tracker', 'meter'])}_fleet_{i:03d}.log" + (".gz" if i % 4 == 1 else ""))
    devs = []
    for _ in range(R.randint(3, 7)):
        o = Person("us")
        devs.append((("serial", f"{letters(3)}{digits(8)}"), mac(), o, private_ipv4(), public_ipv4()))
    target = 1.25 * R.randint(10000, 26000)
    for sn, mc, o, lip, pip in devs:
        d.w(("timestamp", iso_ts(2025, 2025)), " INFO  provisioning: device ", sn, " mac=", ("mac_address", mc), " owner=", (EM, o.email), " name=\"", (NAME, o.name),
            "\" site=\"", (ADDR, o.street), "\" fw=", ("version", version3()), "\n")
    while d.n < target:
        sn, mc, o, lip, pip = ch(devs)
        lat, lon = gps()
        ev = R.randrange(6)
        d.w(iso_ts(2025, 2025), " ")
        if ev == 0:
            d.w("INFO  heartbeat dev=", sn[1], " rssi=-", str(R.randint(40, 90)), " lan=", (IP, lip), " wan=", (IP, pip), " uptime=", str(R.randint(100, 900000)), "\n")
        elif ev == 1:
            d.w("DEBUG gps fix dev=", sn[1], " lat=", ("gps_coordinate", lat), " lon=", ("gps_coordinate", lon), " hdop=", f"{R.uniform(0.5, 3):.1f}", "\n")
        elif ev == 2:
            d.w("INFO  ota check dev=", sn[1], " current=", ("version", version3()), " available=", ("version", version4()), " build=", ("build_number", str(R.randint(10000, 99999))), "\n")
        elif ev == 3:
            d.w("WARN  reading dev=", sn[1], f" temp_c={R.uniform(15, 29):.2f} hum={R.randint(20, 70)} batt={R.randint(5, 100)}% ts=", ("epoch", epoch_s()), "\n")
        elif ev == 4:
            d.w("INFO  mqtt connect client=", ("uuid", uuid4()), " from ", (IP, pip), " tls=1.3 cipher=TLS_AES_128_GCM_SHA256\n")
        else:
            d.w("ERROR geofence exit dev=", sn[1], " zone=home notify=", (PH, phone("us", 3)), " ref=", ("doc_ip", doc_ip()), "\n")
    return d


SHOPS = [("Ridgeback Outfitters", "ridgebackoutfitters.com"), ("Hearth & Pantry", "hearthandpantry.com"), ("Copperleaf Books", "copperleafbooks.com"),
         ("Tienda Lunar", "tiendalunar.es"), ("Bottega Fiorenza", "bottegafiorenza.it")]
ITEMS = ["Merino crew socks (3-pack)", "Cast-iron skillet 10\"", "Trail running vest", "Hardcover: The Salt Road", "Ceramic pour-over set",
         "Waxed canvas tote", "LED headlamp 400lm", "Bamboo cutting board"]


@kind(17)
def order_email(i):
    shop, dom = ch(SHOPS)
    loc = "es" if dom.endswith(".es") else "it" if dom.endswith(".it") else "us"
    d = Doc(f"mail/orders/{slug(shop)}_{i:03d}.txt")
    target = 1.25 * R.randint(3000, 9000)
    while d.n < target:
        p = Person(loc)
        oid = order_id()
        d.w(f"From: {shop} <", (EM, f"orders@{dom}"), ">\nTo: ", (NAME, p.name), " <", (EM, p.email), ">\nSubject: Your order ", ("order_id", oid), " has shipped\nDate: ",
            ("non_birth_date", nbd("us", 3, 2025, 2025)), "\n\n", "Hi ", (NAME, p.first), ",\n\n",
            ch(["Good news — your package is on its way.", "Thanks for shopping with us! Your order left our warehouse today.", "¡Tu pedido ya está en camino!" if loc == "es" else "Il tuo ordine è stato spedito." if loc == "it" else "Your order is packed and moving."]), "\n\n")
        for _ in range(R.randint(1, 4)):
            d.w(f"  {ch(ITEMS):<34} SKU ", ("sku", f"{letters(3)}-{digits(5)}-{ch(['S', 'M', 'L', 'XL', 'OS'])}"), f"  qty {R.randint(1, 3)}  {money(5, 180)}\n")
            if chance(0.3):
                d.w("     UPC ", ("gtin", gtin(12)), "\n")
        d.w("\nShip to:\n  ", (NAME, p.name), "\n  ", (ADDR, p.street), f"\n  {p.cityline}\n")
        if chance(0.5):
            d.w("  Phone: ", (PH, p.phone), "\n")
        tr = ch([("ups_tracking", ups_tracking()), ("fedex_tracking", fedex()), ("usps_tracking", usps_tracking())])
        d.w("\nCarrier tracking: ", tr, "\nPaid with: Visa ", ("masked_card", masked_card()), "\n")
        if chance(0.3):
            d.w("Gift card applied: ", ("gift_card", gift_card()), f" (-{money(10, 50)})\n")
        if chance(0.3):
            d.w("Rewards member #", ("loyalty_number", digits(11, True)), f" earned {R.randint(10, 400)} points\n")
        if chance(0.15):
            d.w("\n[internal fraud-review note appended by CS] full PAN from processor log: ", (CC, fmt_card(card())), f" exp {R.randint(1, 12):02d}/{R.randint(26, 30)} — billing IP ",
                (IP, public_ipv4()), "\n")
        d.w("\nQuestions? Reply to this email or call ", (PH, phone(loc)) if chance(0.5) else ("fictional_phone", fictional_phone()), ".\n", "-" * 60, "\n\n")
    return d


def noisy(s):
    return "".join(c + (" " if c != " " and chance(0.08) else "") for c in s)


@kind(15)
def prior_auth_fax(i):
    d = Doc(f"fax/inbound/PA_{i:04d}.txt")
    ins = ch(["CASCADIA MUTUAL", "BLUE MEADOW HEALTH PLAN", "GOLDEN PRAIRIE MEDICARE ADVANTAGE"])
    pages = R.randint(2, 4)
    p = Person("us")
    doc = clinician()
    office = Person("us")
    for pg in range(1, pages + 1):
        d.w(f"{nbd('us', 0, 2025, 2025)} {hhmm()}   FROM: ", (PH, office.phone), "   TO: ", (PH, phone("us", 1)), f"      P.{pg:03d}/{pages:03d}   FAX JOB ", ("fax_job_id", digits(5)), "\n\n")
        if pg == 1:
            d.w(" " * R.randint(10, 24), noisy("PRIOR   AUTHORIZATION   REQUEST"), "\n", " " * R.randint(14, 30), ins, "\n\n",
                "  MEMBER  NAME :   ", (NAME, p.name_mi), "        D O B:  ", (DOB, fmt_date(p.dob_ymd, "us", 0)), "\n",
                "  Member ID  ", (MBI, mbi()) if "MEDICARE" in ins else ("member_id", letters(3) + digits(9)), "     Group # ", ("group_number", digits(6)), "\n",
                "  Address:    ", (ADDR, p.street), f"   {p.cityline}\n", "  Phone  (home)  ", (PH, p.phone), "\n\n",
                "  PRESCRIBER:   ", (NAME, doc.name), f" , {doc.cred}      NPI   ", (NPI, doc.npi), "     DEA  ", (DEA, doc.dea), "\n",
                "  Office contact:  ", (NAME, office.name), "   ph ", (PH, office.phone), "   fax ", (PH, phone("us", 2)), "\n",
                "  Office addr  ", (ADDR, us_street()), "\n\n")
        code, desc = icd()
        d.w("  Dx (ICD-10):   ", (ICD, code), f"   {desc}\n")
        if chance(0.6):
            c2, ds2 = icd()
            d.w("                 ", (ICD, c2), f"   {ds2}\n")
        d.w(f"  Drug / Service requested:  {ch(['adalimumab 40 mg/0.4 mL', 'MRI lumbar spine w/o contrast', 'semaglutide 1 mg pen', 'oxycodone ER 15 mg'])}\n",
            "  NDC ", ("ndc", f"{digits(5)}-{digits(4)}-{digits(2)}"), f"   qty {R.randint(1, 90)}   days {ch([28, 30, 84, 90])}\n", "  Prior therapies tried:  ",
            ch(["methotrexate x 6 mo, failed", "PT x 8 wks, no relief", "metformin 2000 mg/d, A1c remains 8.9"]), "\n", "  Case ref ", ("case_number", f"PA{digits(9)}"),
            "   Rec'd ", ("non_birth_date", nbd("us", 0, 2025, 2025)), "\n\n")
        d.w(wrap(noisy("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, notify the sender and destroy all copies. ") * R.randint(2, 5)), "\n")
        d.w(("- " * 38) + "\n\n")
    return d


PETS = [("Juniper", "canine, Border Collie"), ("Tofu", "feline, DSH"), ("Captain", "canine, Labrador"), ("Pistachio", "feline, Maine Coon"),
        ("Ragnar", "canine, Husky"), ("Olive", "canine, Dachshund"), ("Mochi", "lagomorph, rabbit"), ("Zeus", "canine, GSD")]


@kind(15)
def vet_dental_chart(i):
    vet = i % 2 == 0
    d = Doc(f"charts/{'vet' if vet else 'dental'}/{'vc' if vet else 'dc'}_{i:03d}.txt")
    target = 1.25 * R.randint(4000, 12000)
    clin = clinician()
    d.w(f"{'Willow Creek Animal Hospital' if vet else 'Bayfront Family Dentistry'} — chart export\nAttending: ", (NAME, clin.name), f", {'DVM' if vet else 'DDS'}\n",
        "Clinic line ", (PH, phone("us")), "\n\n")
    while d.n < target:
        o = Person("us")
        if vet:
            pet, sp = ch(PETS)
            d.w("PATIENT: ", ("pet_name", pet), f" ({sp}, {R.randint(1, 15)}y)   Animal ID ", ("animal_id", f"A-{digits(6)}"), "   Microchip ", ("microchip", "985" + digits(12)), "\n",
                "OWNER: ", (NAME, o.lastfirst()), "   ", (PH, o.phone), "   ", (EM, o.email), "\n", "        ", (ADDR, o.street), "\n",
                "Visit ", ("non_birth_date", nbd()), f": {ch(['annual wellness, DHPP + rabies given', 'limping L hind, rads taken', 'dental prophy, 2 extractions', 'ear infection, otic drops'])}. Weight {R.uniform(2, 40):.1f} kg.\n",
                "Rabies tag ", ("rabies_tag", f"{R.randint(2024, 2025)}-{digits(5)}"), "; pet DOB ", ("pet_birth_date", fmt_date(rand_date(2011, 2024), "us", 0)), "\n")
            if chance(0.2):
                d.w("Balance charged to card on file ", ("masked_card", masked_card()), "\n")
        else:
            d.w("PATIENT: ", (NAME, o.name_mi), "   DOB ", (DOB, o.dob), "   Chart# ", (MRN, mrn()), "\n", "Address: ", (ADDR, o.street), "   Cell ", (PH, o.phone), "\n")
            for _ in range(R.randint(1, 3)):
                c, desc = ch([x for x in ICD_CODES if x[0].startswith("K0")])
                d.w("  ", ("non_birth_date", nbd()), f"  tooth #{R.randint(1, 32)}  {ch(['MOD', 'O', 'DL', 'B'])}  CDT ", ("procedure_code", ch(["D0120", "D1110", "D2392", "D3330", "D7140", "D2740"])),
                    "  Dx ", (ICD, c), f"  {desc}\n")
            if chance(0.3):
                d.w("  Rx by ", (NAME, clin.name), " DEA ", (DEA, clin.dea), "  NPI ", (NPI, clin.npi), "\n")
            if chance(0.4):
                d.w("  Insurance: subscriber ", (NAME, Person("us").name), " SSN ", (SSN, ssn()), "  group ", ("group_number", digits(7)), "\n")
        d.w("\n")
    return d


@kind(12)
def police_report(i):
    d = Doc(f"public_safety/incident_{R.randint(2024, 2025)}-{digits(6)}_{i}.txt")
    y, m, dd = rand_date(2024, 2025)
    off = Person("us")
    d.w("METRO CITY POLICE DEPARTMENT — INCIDENT / OFFENSE REPORT\n", "Case #: ", ("case_number", f"{y}-{digits(6)}"), "   Reported: ", ("non_birth_date", fmt_date((y, m, dd), "us", 0)),
        f" {hhmm()}\n", "Reporting officer: Ofc. ", (NAME, off.name), "  Badge ", ("badge_number", digits(4)), "  Unit ", ch(["2A14", "3B22", "K9-4"]), "\n",
        "Location of occurrence: ", (ADDR, us_street()), "\n\n")
    target = 1.25 * R.randint(4000, 11000)
    roles = ["VICTIM", "SUSPECT", "WITNESS", "REPORTING PARTY", "DRIVER"]
    while d.n < target:
        p = Person("us")
        st, dl = drivers_license()
        d.w(f"{ch(roles)}:\n  Name: ", (NAME, p.lastfirst().upper() if chance(0.5) else p.name), f"   Sex {p.sex}   Race {ch(['W', 'B', 'H', 'A', 'U'])}\n",
            "  DOB: ", (DOB, fmt_date(p.dob_ymd, "us", 0)), f"   Age {2025 - p.dob_ymd[0]}   Ht {R.randint(5, 6)}'{R.randint(0, 11)}\"   Wt {R.randint(110, 260)}\n",
            "  Address: ", (ADDR, p.street), f", {p.cityline}\n", "  Phone: ", (PH, p.phone), f"   OLN/State: ", (DL, dl), f"/{st}\n")
        if chance(0.4):
            d.w("  Vehicle: ", ch(["2018 Honda Accord", "2015 Chevy Silverado", "2021 Kia Soul"]), "  VIN ", ("vin", vin()), "  Plate ", ("license_plate", f"{letters(3)}{digits(4)}"), "\n")
        d.w("\n")
        if chance(0.5):
            d.w(wrap(f"NARRATIVE: On arrival I made contact with {p.first} who stated the incident began near {ch(STREET_WORDS)}. "
                     f"Body-worn camera clip {hexs(8)} retained. Property tag {digits(7)} logged into evidence."), "\n")
    return d


STREET_WORDS = ["Hawthorne Street", "the corner of Piedmont and Gilman", "Larkspur Lane", "the Wolf Creek Trail trailhead"]


@kind(10)
def customs_declaration(i):
    d = Doc(f"customs/decl_{i:03d}.txt")
    target = 1.25 * R.randint(3000, 8000)
    while d.n < target:
        loc = ch(["us", "it", "es", "se", "cz", "uk"])
        p = Person(loc)
        d.w("U.S. CUSTOMS AND BORDER PROTECTION — DECLARATION (electronic copy)\n", "Flight: ", ("flight_number", ch(["AZ", "IB", "SK", "OK", "BA", "DL"]) + str(R.randint(100, 9999))),
            "   Arrival: ", ("non_birth_date", nbd("us", 0, 2024, 2025)), "\n", "1. Family name: ", (NAME, p.last), "   First (given): ", (NAME, p.first), "\n",
            "2. Birth date (day/mo/yr): ", (DOB, f"{p.dob_ymd[2]:02d}/{p.dob_ymd[1]:02d}/{p.dob_ymd[0]}"), "\n", "3. Number of family members traveling with you: ", str(R.randint(0, 4)), "\n",
            "4. U.S. street address (hotel name/destination): ", (ADDR, us_street()), "\n", "5. Passport issued by: ", COUNTRY[loc], "   Passport number: ",
            (PASS, passport()) if loc == "us" else ("foreign_passport", letters(2) + digits(7)), "\n", "6. Country of residence: ", COUNTRY[loc], "\n",
            "7. Contact: ", (PH, p.phone), "  ", (EM, p.email), "\n", "Articles:\n")
        for _ in range(R.randint(1, 4)):
            d.w(f"   {ch(['olive oil 2L', 'leather handbag', 'glass ornaments', 'cheese 1kg', 'wristwatch', 'crystal vase'])}   HS ", ("hs_code", f"{digits(4)}.{digits(2)}"),
                f"   value {money(20, 3000)}\n")
        d.w("Importer of record EORI ", ("eori", f"{IBAN_OF.get(loc, 'DE')}{digits(12)}"), "   entry ", ("entry_number", f"{letters(3)}-{digits(7)}-{digits(1)}"), "\n\n")
    return d


DSAR = {
    "us": ("Response to your data access request", "Dear {n},", "Below is the personal data we hold about you:", "Full name", "Date of birth", "Postal address", "Email", "Phone", "Bank account (IBAN)", "IP addresses seen at login"),
    "es": ("Respuesta a su solicitud de acceso (art. 15 RGPD)", "Estimado/a {n}:", "A continuación figuran los datos personales que tratamos:", "Nombre completo", "Fecha de nacimiento", "Domicilio", "Correo electrónico", "Teléfono", "Cuenta bancaria (IBAN)", "Direcciones IP de acceso"),
    "it": ("Riscontro alla richiesta di accesso (art. 15 GDPR)", "Gentile {n},", "Di seguito i dati personali che trattiamo:", "Nome e cognome", "Data di nascita", "Indirizzo", "E-mail", "Telefono", "Conto corrente (IBAN)", "Indirizzi IP di accesso"),
    "se": ("Svar på din begäran om registerutdrag (art. 15 GDPR)", "Hej {n},", "Här är de personuppgifter vi behandlar om dig:", "Namn", "Födelsedatum", "Adress", "E-post", "Telefon", "Bankkonto (IBAN)", "IP-adresser vid inloggning"),
    "cz": ("Odpověď na žádost o přístup k osobním údajům (čl. 15 GDPR)", "Vážená paní / vážený pane {n},", "Níže uvádíme osobní údaje, které o Vás zpracováváme:", "Jméno a příjmení", "Datum narození", "Adresa", "E-mail", "Telefon", "Bankovní účet (IBAN)", "IP adresy přihlášení"),
}


@kind(15)
def dsar_letter(i):
    loc = ["us", "es", "it", "se", "cz", "uk"][i % 6]
    lang = "us" if loc == "uk" else loc
    t = DSAR[lang]
    p = Person(loc)
    d = Doc(f"privacy/dsar/{loc}_response_{i:03d}.{'md' if i % 2 else 'txt'}")
    d.w(f"# {t[0]}\n\nRef. ", ("dsar_ref", f"DSAR-{R.randint(2024, 2025)}-{digits(5)}"), " — ", ("non_birth_date", nbd(loc if loc != "us" else "us", None, 2025, 2025)), "\n\n", t[1].split("{n}")[0],
        (NAME, p.name if lang != "se" else p.first), t[1].split("{n}")[1], "\n\n", t[2], "\n\n")
    rows = [(t[3], (NAME, p.name)), (t[4], (DOB, p.dob)), (t[5], [(ADDR, p.street), f", {p.cityline}"]), (t[6], (EM, p.email)), (t[7], (PH, p.phone))]
    if loc == "uk":
        rows.append(("NHS number", (NHS, nhs())))
    if loc != "us":
        rows.append((t[8], (IBAN, fmt_iban(iban_raw(IBAN_OF[loc])))))
    else:
        rows.append(("Card on file", ("masked_card", masked_card())))
    for k, v in rows:
        d.w(f"- **{k}:** " if i % 2 else f"  {k:<28}", v, "\n")
    d.w("- customer id: " if i % 2 else "  customer id                 ", ("customer_id", f"C{digits(8)}"), "\n", "- cookie id: " if i % 2 else "  cookie id                   ", ("uuid", uuid4()), "\n\n", t[9], ":\n\n")
    for _ in range(R.randint(5, 25)):
        d.w("    ", iso_ts(2024, 2025, ms=False), "  ", (IP, ip() if chance(0.8) else private_ipv4()), f"  {ch(['Chrome 124 / Windows', 'Safari 17 / iOS', 'Firefox 126 / Linux', 'app ' + version3()])}\n")
    d.w("\n", wrap(ch(["We also hold order history and support tickets; these are attached as CSV.", "Conservamos asimismo el historial de pedidos.", "Conserviamo inoltre lo storico degli ordini.",
                       "Vi sparar även orderhistorik i sju år enligt bokföringslagen.", "Dále uchováváme historii objednávek po dobu 10 let."])), "\n")
    if chance(0.5):
        d.w("Previous address on file: ", (ADDR, street(loc)), "\n\n")
    dpo = Person(loc)
    d.w("Data Protection Officer: ", (NAME, dpo.name), " — ", (EM, staff_email(dpo, ch(["lumenbank.eu", "corvid-telecom.com", "norrsken.se"]))), "\n")
    return d


@kind(12)
def stack_trace(i):
    py = i % 2 == 0
    d = Doc(f"logs/app/{'worker' if py else 'gateway'}_{i:03d}.log")
    target = 1.25 * R.randint(6000, 16000)
    while d.n < target:
        p = Person("us")
        if py:
            d.w(iso_ts(2025, 2025), " ERROR [", ("request_id", uuid4()), "] Unhandled exception in /api/v2/applications\nTraceback (most recent call last):\n",
                f'  File "/srv/app/venv/lib/python3.11/site-packages/flask/app.py", line {R.randint(800, 1500)}, in full_dispatch_request\n',
                f'  File "/srv/app/loans/views.py", line {R.randint(40, 400)}, in submit\n    result = underwrite(payload)\n',
                f'  File "/srv/app/loans/underwrite.py", line {R.randint(40, 400)}, in underwrite\n    score = bureau.pull(ssn=payload["ssn"], dob=payload["dob"])\n',
                "KeyError: 'ficoScore'\n  locals: payload = {'applicant': '", (NAME, p.name), "', 'ssn': '", (SSN, ssn()), "', 'dob': '", (DOB, fmt_date(p.dob_ymd, "us", 2)),
                "', 'email': '", (EM, p.email), "', 'routing': '", (ABA, aba()), "', 'account': '", (ACCT, account()), "'}\n",
                "          remote_addr = '", (IP, ip()), "'  trace_id = '", ("trace_id", hexs(32)), "'\n\n")
        else:
            d.w(iso_ts(2025, 2025, z=False).replace("T", " "), " ERROR c.k.payments.CardController - charge failed\n",
                "java.lang.IllegalStateException: processor timeout after 30000ms\n\tat com.kestrel.payments.Gateway.charge(Gateway.java:", str(R.randint(80, 900)), ")\n",
                "\tat com.kestrel.payments.CardController.post(CardController.java:", str(R.randint(30, 300)), ")\n\tat jdk.internal.reflect.GeneratedMethodAccessor", str(R.randint(10, 500)), ".invoke(Unknown Source)\n",
                "Request dump: POST /v1/charges HTTP/1.1 X-Forwarded-For: ", (IP, ip()), ", ", (IP, private_ipv4()), "\n",
                '  body={"cardholder":"', (NAME, p.name), '","pan":"', (CC, card()), '","exp":"', f"{R.randint(1, 12):02d}/{R.randint(26, 31)}", '","zip":"', digits(5),
                '","email":"', (EM, p.email), '","phone":"', (PH, phone("us", 3)), '","idempotencyKey":"', ("uuid", uuid4()), '"}\n')
            if chance(0.3):
                d.w("  sandbox replay used pan=", ("test_value", ch(TEST_CARDS)), " ts=", ("epoch_ms", epoch_ms()), "\n")
            d.w("\n")
    return d


@kind(10)
def slack_export(i):
    d = Doc(f"chat/slack_export/{ch(['ops-billing', 'clinic-frontdesk', 'hr-people', 'support-escalations'])}_{i:02d}.json")
    members = [Person("us") for _ in range(R.randint(3, 6))]
    uids = ["U0" + letters(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in members]
    d.w("[\n")
    target = 1.25 * R.randint(6000, 18000)
    first = True
    while d.n < target:
        k = R.randrange(len(members))
        m = members[k]
        other = ch(members)
        c = Person("us")
        ts = f"{epoch_s()}.{digits(6)}"
        txt = R.randrange(6)
        d.w("" if first else ",\n", '  {\n    "type": "message",\n    "user": "', uids[k], '",\n    "ts": "', ("epoch", ts), '",\n    "user_profile": {"real_name": "', (NAME, m.name),
            '", "display_name": "', slug(m.first) + str(R.randint(1, 99)), '"},\n    "text": "')
        first = False
        if txt == 0:
            d.w("<@", uids[R.randrange(len(members))], "> can you call back ", (NAME, c.name), " at ", (PH, c.phone), "? re invoice ", ("invoice_no", f"INV-{digits(6)}"))
        elif txt == 1:
            d.w("customer says her DOB on file is wrong, should be ", (DOB, c.dob), " — MRN ", (MRN, mrn()))
        elif txt == 2:
            d.w("refund to acct ending 4412? no — full acct ", (ACCT, account()), " routing ", (ABA, aba()), " per ", (NAME, c.first))
        elif txt == 3:
            d.w("thanks ", (NAME, other.first), "! :tada: deploy ", ("version", version3()), " is out")
        elif txt == 4:
            d.w("new address for ", (NAME, c.name), ": ", (ADDR, c.street), ", ", c.cityline, " (email ", (EM, c.email), ")")
        else:
            d.w("ticket ", ("ticket_id", f"ZD-{digits(6)}"), " closed, see thread")
        d.w('",\n    "thread_ts": "', ("epoch", f"{epoch_s()}.{digits(6)}"), '",\n    "reply_count": ', str(R.randint(0, 6)), "\n  }")
    d.w("\n]\n")
    return d


@kind(10)
def obituary(i):
    d = Doc(f"genealogy/{'obits' if i % 2 else 'family_tree'}_{i:03d}.{'html' if i % 4 == 0 else 'txt'}")
    target = 1.25 * R.randint(3000, 8000)
    while d.n < target:
        p = Person("us")
        b = rand_date(1925, 1960)
        dd = rand_date(2023, 2025)
        sp, ch1, ch2 = Person("us"), Person("us"), Person("us")
        if i % 2:
            d.w((NAME, ascii_fold(p.name).upper()), "\n", (NAME, p.name), ", ", str(dd[0] - b[0]), f", of {ch(US_CITIES)[0]}, passed away peacefully on ")
            d.w(("non_birth_date", fmt_date(dd, "us", 3)), ". Born ", (DOB, fmt_date(b, "us", 3)), f" in {ch(['Duluth', 'Macon', 'Lodi', 'Gary'])} to ",
                (NAME, Person("us").name), " and ", (NAME, Person("us").name), ", ", ch(["she", "he"]), " worked ", R.randint(20, 40), " years at the county library.\n",
                "Survived by spouse ", (NAME, sp.name), "; children ", (NAME, ch1.name), " and ", (NAME, ch2.name), ". Visitation at ", (ADDR, us_street()),
                " on ", ("non_birth_date", fmt_date(shift(dd, 5), "us", 3)), ". Memorial gifts to the Hargreaves Family Foundation.\n\n")
        else:
            d.w("INDI ", (NAME, p.lastfirst()), "\n  BIRT ", (DOB, fmt_date(b, "us", 5)), "\n  DEAT ", ("non_birth_date", fmt_date(dd, "us", 5)), "\n  RESI ", (ADDR, us_street()),
                "\n  FAMS spouse=", (NAME, sp.name), " m. ", ("non_birth_date", fmt_date(rand_date(1950, 1985), "us", 5)), "\n  CHIL ", (NAME, ch1.name), " b. ",
                (DOB, fmt_date(rand_date(1955, 1990), "us", 5)), "\n\n")
    d.w("Company names mentioned: ", ("company_name", "Pemberton & Lowry Funeral Home"), ", ", ("company_name", "Okonkwo Brothers Monuments"), "\n")
    return d


@kind(10)
def listing_sheet(i):
    d = Doc(f"realestate/mls_{i:03d}.{'html' if i % 2 else 'txt'}")
    target = 1.25 * R.randint(3000, 9000)
    ag = Person("us")
    while d.n < target:
        d.w("MLS# ", ("mls_number", digits(8, True)), "   Status: Active   List price ", money(180000, 1900000), "\n", "Address: ", (ADDR, us_street().split(",")[0]), f", {ch(US_CITIES)[0]}\n",
            "APN ", ("parcel_number", f"{digits(3)}-{digits(3)}-{digits(3)}".replace("-", "-", 1)), f"   Beds {R.randint(1, 6)}  Baths {R.randint(1, 4)}.{ch('05')}  SqFt {R.randint(700, 5200)}  Built {R.randint(1920, 2023)}\n",
            f"Remarks: {ch(['Sun-filled', 'Charming', 'Updated'])} home near {ch(US_STREETS)} Park; HOA {money(0, 600)}/mo.\n", "Listing agent: ", (NAME, ag.name), "  lic. ", ("license_number", f"0{digits(7)}"),
            "  ", (PH, ag.phone), "  ", (EM, staff_email(ag, "keystonerealty.com")), "\n", "Showing: call ", (PH, phone("us")) if chance(0.5) else ("fictional_phone", fictional_phone()),
            "   Lockbox ", ("lockbox_code", digits(4)), "\n\n")
    return d


@kind(12)
def direct_deposit_form(i):
    d = Doc(f"hr/direct_deposit/dd_change_{i:03d}.txt")
    target = 1.25 * R.randint(2500, 7000)
    emp = ch(["Tidewell Staffing Inc.", "Larkspur Dental Group", "Osprey HVAC LLC"])
    while d.n < target:
        p = Person("us")
        d.w(f"{emp} (FEIN ", (EIN, ein()), ") — DIRECT DEPOSIT AUTHORIZATION (Form PR-7)\n", "Employee name: ", (NAME, p.name_mi), "   Employee ID: ", ("employee_id", f"E{digits(6)}"), "\n",
            "SSN/ITIN: ", ("masked_ssn", f"XXX-XX-{digits(4)}") if chance(0.4) else (ITIN, itin()) if chance(0.3) else (SSN, ssn()), "   Home address: ", (ADDR, p.street), "\n", "Contact phone: ", (PH, p.phone), "\n\n",
            "  [x] New   [ ] Change   [ ] Cancel     Effective: ", ("non_birth_date", nbd("us", 0, 2025, 2026)), "\n\n", "  Account 1 (net pay remainder)\n    Bank: ",
            ch(["Harborview Credit Union", "First Prairie Bank", "Lakeland Savings"]), "\n    Routing transit no. ", (ABA, aba()), "\n    Account no. ", (ACCT, account()), "   Checking\n")
        if chance(0.4):
            d.w("  Account 2 ($", str(R.randint(50, 500)), " per period)\n    ABA ", (ABA, aba()), "   Acct ", (ACCT, account()), "   Savings\n")
        if chance(0.2):
            d.w("  (voided check #", ("check_number", digits(4)), " attached; MICR line unreadable — routing ", ("routing_bad", routing_bad()), " rejected)\n")
        d.w("\nEmployee signature: /s/ ", (NAME, p.name), "   Date ", ("non_birth_date", nbd("us", 0, 2025, 2025)), "\n", "=" * 70, "\n\n")
    return d


@kind(10)
def crypto_kyc(i):
    d = Doc(f"kyc/exchange/review_{i:03d}.md")
    target = 1.25 * R.randint(3000, 9000)
    while d.n < target:
        loc = ch(["us", "us", "it", "es", "se", "cz"])
        p = Person(loc)
        d.w("## KYC review — account ", ("account_ref", f"XU{digits(9)}"), "\n\n| field | value |\n|---|---|\n| legal name | ", (NAME, p.name), " |\n| date of birth | ", (DOB, p.dob), " |\n",
            "| residential address | ", (ADDR, p.street), f", {p.cityline} |\n", "| email | ", (EM, p.email), " |\n| phone | ", (PH, p.phone), " |\n")
        if loc == "us":
            d.w("| SSN / ITIN | ", (ITIN, itin()) if chance(0.3) else (SSN, ssn()), " |\n| ID doc | US passport ", (PASS, passport()), " |\n")
        else:
            d.w("| payout IBAN | ", (IBAN, fmt_iban(iban_raw(IBAN_OF[loc]))), " |\n| BIC | ", (BIC, bic(IBAN_OF[loc])), " |\n")
        d.w("| deposit wallet (BTC) | ", ("crypto_wallet", btc_addr()), " |\n| withdrawal wallet (ETH) | ", ("crypto_wallet", eth_addr()), " |\n",
            "| last login IP | ", (IP, ip()), " |\n\nFirst deposit tx ", ("tx_hash", hexs(64)), " confirmed at block ", ("block_height", str(R.randint(800000, 890000))), ".\n",
            "Analyst note: name screen vs OFAC clear; selfie match 0.", str(R.randint(80, 99)), ". Reviewed by ", (NAME, Person("us").first), ".\n\n")
    return d


@kind(10)
def device_log(i):
    d = Doc(f"devices/{ch(['infusion_pump', 'cpap', 'glucose_monitor'])}_{i:03d}.log")
    d.w("DEVICE ", ("device_serial", f"SN{digits(10)}"), " model ", ch(["Alaris 8015", "AirSense 11", "Dexcom G7"]), " fw ", ("version", version4()), " UDI ",
        ("udi", f"(01){gtin(14)}(21){digits(8)}"), "\n")
    target = 1.25 * R.randint(6000, 15000)
    while d.n < target:
        k = R.randrange(5)
        d.w(iso_ts(2025, 2025), " ")
        if k == 0:
            p = Person("us")
            d.w("ASSOC patient=", (NAME, p.lastfirst()), " mrn=", (MRN, mrn()), " dob=", (DOB, fmt_date(p.dob_ymd, "us", 2)), " bed=", ch(["4W-12", "ICU-3", "home"]), " nhs=", (NHS, nhs(1)) if chance(0.3) else "-", " prescriber_dea=", (DEA, dea(p.last)) if chance(0.3) else "-", "\n")
        elif k == 1:
            d.w(f"ALARM occlusion downstream pressure={R.randint(300, 900)}mmHg channel={ch('AB')} code=", ("alarm_code", f"E{digits(3)}"), "\n")
        elif k == 2:
            d.w("NET dhcp lease ", (IP, private_ipv4()), " gw ", (IP, private_ipv4()), " mac ", ("mac_address", mac()), "\n")
        elif k == 3:
            d.w(f"THERAPY rate={R.uniform(0.5, 250):.1f}mL/h vtbi={R.randint(10, 1000)}mL drug_lib=", ("version", version3()), "\n")
        else:
            d.w("SYNC upload ok to ", (IP, public_ipv4()), " bytes=", str(R.randint(1000, 90000)), " batch ", ("batch_id", hexs(16)), "\n")
    return d
def _digits_only(v):
    return re.sub(r"[ \-.]", "", v)


VALIDATORS = {
    CC: lambda v: (lambda s: s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s) and s not in TEST_CARDS
                   and (s[0] in "456" or s[:2] in ("34", "37", "36", "38", "30", "35") or 2221 <= int(s[:4]) <= 2720))(_digits_only(v)),
    IBAN: lambda v: iban_valid(v) and IBAN_LEN.get(v[:2]) == len(v.replace(" ", "")),
    ABA: aba_valid,
    NPI: npi_valid,
    DEA: lambda v: len(v) == 9 and v[0] in "ABFGM" and v[1].isalpha() and v[2:].isdigit() and dea_valid(v),
    NHS: nhs_valid,
    MBI: mbi_valid,
    SSN: lambda v: (lambda s: len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00"
                    and s[5:] != "0000" and s not in ("078051120", "123456789", "219099999"))(v.replace("-", "").replace(" ", "")),
    ITIN: lambda v: (lambda s: len(s) == 9 and s[0] == "9" and int(s[3:5]) in ITIN_GROUPS)(v.replace("-", "").replace(" ", "")),
    EIN: lambda v: (len(v) == 10 and v[2] == "-" and v[:2] in EIN_PREFIX and v[3:].isdigit()) or (len(v) == 9 and v.isdigit() and v[:2] in EIN_PREFIX),
    EM: lambda v: re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v) is not None and "example." not in v,
    PH: lambda v: "555-01" not in v and "555 01" not in v and "7946 0" not in v and "496 0" not in v and "07700 900" not in v,
    IP: lambda v: not v.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8")),
    BIC: lambda v: re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", v) is not None,
    ICD: lambda v: any(v in (c, c.replace(".", "")) for c, _ in ICD_CODES),
    NAME: lambda v: v == v.strip() and not v.startswith(("Dr.", "Mr.", "Ms.", "Mrs.", "Mx.")) and not v.endswith((" MD", ", MD")),
    ADDR: lambda v: v == v.strip() and any(c.isdigit() for c in v),
}
DECOY_VALIDATORS = {
    "card_bad_luhn": lambda v: not luhn_ok(_digits_only(v)),
    "iban_bad": lambda v: not iban_valid(v),
    "routing_bad": lambda v: not aba_valid(v),
    "npi_bad": lambda v: not npi_valid(v),
    "nhs_bad": lambda v: not nhs_valid(v),
    "mbi_bad": lambda v: not mbi_valid(v),
    "dea_bad": lambda v: not dea_valid(v),
    "ssn_bad_area": lambda v: v[:3] in ("000", "666") or v[0] == "9" and int(v[4:6]) not in ITIN_GROUPS,
    "ssn_bad_group": lambda v: v[4:6] == "00",
    "ssn_bad_serial": lambda v: v[-4:] == "0000",
    "ein_bad": lambda v: v[:2] not in EIN_PREFIX,
    "doc_ip": lambda v: v.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8")),
    "fictional_phone": lambda v: not VALIDATORS[PH](v),
    "imei": lambda v: len(v) == 15 and luhn_ok(v),
    "iccid": lambda v: v.startswith("89") and luhn_ok(v),
    "gtin": gtin_valid,
    "lei": lambda v: len(v) == 20 and lei_valid(v),
    "routing_bad": lambda v: not aba_valid(v),
}

LEAK_RES = [
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")),
    ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("ssn_shape", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
    ("card_luhn", re.compile(r"(?<![\w -])\d(?:[ -]?\d){12,18}(?!\w)")),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")),
    ("nine_ten_digits", re.compile(r"(?<![\w-])\d{9,10}(?![\w-])")),
    ("ipv6", re.compile(r"(?<![0-9a-fA-F:])(?:[0-9a-f]{1,4}:){2,7}:?[0-9a-f]{1,4}(?![0-9a-fA-F:])")),
]


def leak_hits(text, covered):
    """look-alikes in text not covered by any truth or decoy span (byte intervals)"""
    out = []
    # char -> byte offset table
    boff = [0]
    for c in text:
        boff.append(boff[-1] + len(c.encode("utf-8")))
    for name, rx in LEAK_RES:
        for m in rx.finditer(text):
            s, e = boff[m.start()], boff[m.end()]
            v = m.group(0)
            if name == "ipv4" and not all(int(x) <= 255 for x in v.split(".")):
                continue
            if name == "card_luhn":
                dg = _digits_only(v)
                if not (13 <= len(dg) <= 19 and luhn_ok(dg)):
                    continue
            if name == "iban" and not iban_valid(v):
                continue
            if name == "ipv6" and v.count(":") < 3:
                continue
            if any(a < e and s < b for a, b in covered):
                continue
            out.append((name, v))
    return out


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
        assert len(data) == d.n, d.path
        with open(p, "wb") as fh:
            fh.write(gzip.compress(data, mtime=0) if d.path.endswith(".gz") else data)
        total += len(data)
        for s, e, t, v in d.spans:
            truth.append({"file": d.path, "start": s, "end": e, "type": t, "_v": v})
        for s, e, k, v in d.decoys:
            decoys.append({"file": d.path, "start": s, "end": e, "kind": k, "_v": v})
    # self-check: re-read files, compare spans, validate checksums, no overlaps, no unlabelled look-alikes
    errors = 0
    leaks = Counter()
    leak_samples = {}
    by_file = {}
    for rec in truth + decoys:
        by_file.setdefault(rec["file"], []).append(rec)
    for d in docs:
        f = d.path
        recs = by_file.get(f, [])
        p = os.path.join(out, "files", f)
        raw = open(p, "rb").read()
        data = gzip.decompress(raw) if f.endswith(".gz") else raw
        text = data.decode("utf-8")
        tspans = sorted((r["start"], r["end"]) for r in recs if "type" in r)
        for a, b in zip(tspans, tspans[1:]):
            if b[0] < a[1]:
                print(f"overlapping truth spans in {f}: {a} {b}", file=sys.stderr)
                errors += 1
        for r in recs:
            got = data[r["start"]:r["end"]].decode("utf-8", "replace")
            if got != r["_v"] or not got or got != got.strip():
                print(f"span mismatch in {f} {r['start']}:{r['end']}: {got!r} != {r['_v']!r}", file=sys.stderr)
                errors += 1
            if "type" in r and r["type"] in VALIDATORS and not VALIDATORS[r["type"]](r["_v"]):
                print(f"invalid {r['type']} value {r['_v']!r} in {f}", file=sys.stderr)
                errors += 1
            if "kind" in r:
                if r["kind"] in DECOY_VALIDATORS and not DECOY_VALIDATORS[r["kind"]](r["_v"]):
                    print(f"decoy {r['kind']} value {r['_v']!r} in {f} is not a look-alike", file=sys.stderr)
                    errors += 1
                for a, b in tspans:
                    if a < r["end"] and r["start"] < b:
                        print(f"decoy overlaps truth in {f}: {r}", file=sys.stderr)
                        errors += 1
            # the character before and after a span must not continue the value
            s, e = r["start"], r["end"]
            if not getattr(d, "glued_ok", False) and ((s > 0 and data[s - 1:s].isalnum()) or (e < len(data) and data[e:e + 1].isalnum())):
                print(f"span glued to neighbouring text in {f}: {data[max(0, s - 8):e + 8]!r}", file=sys.stderr)
                errors += 1
        covered = [(r["start"], r["end"]) for r in recs]
        for name, v in leak_hits(text, covered):
            leaks[name] += 1
            leak_samples.setdefault(name, []).append((f, v))
    per_type = Counter(t["type"] for t in truth)
    per_kind = Counter(d["kind"] for d in decoys)
    with open(os.path.join(out, "truth.jsonl"), "w") as fh:
        for t in truth:
            fh.write(json.dumps({k: t[k] for k in ("file", "start", "end", "type")}) + "\n")
    with open(os.path.join(out, "decoys.jsonl"), "w") as fh:
        for d in decoys:
            fh.write(json.dumps({k: d[k] for k in ("file", "start", "end", "kind")}) + "\n")
    open(os.path.join(out, "columns_truth.jsonl"), "w").close()
    stats = {"preset": "heldout-g", "seed": SEED, "text_files": len(docs), "text_bytes": total, "entities": len(truth),
             "decoys": len(decoys), "columns": 0, "per_type": dict(sorted(per_type.items())),
             "decoy_kinds": dict(sorted(per_kind.items()))}
    with open(os.path.join(out, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)
    print(json.dumps(stats, indent=1))
    missing = [t for t in ALL_TYPES if per_type[t] < 40]
    if missing:
        print(f"WARNING: under-represented types: {missing}", file=sys.stderr)
    if leaks:
        for name, n in sorted(leaks.items()):
            print(f"unlabelled look-alike {name}: {n}, e.g. {leak_samples[name][:4]}", file=sys.stderr)
        errors += sum(leaks.values())
    if errors:
        print(f"self-check FAILED: {errors} error(s)", file=sys.stderr)
        sys.exit(1)
    print(f"self-check ok: {len(truth)} spans, {len(decoys)} decoys in {len(docs)} files, {total} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Held-out corpus F: a labelled data-lake sample for datareach accuracy checks.

Written without reading the detection rules (classifiers/, src/, tests/) or the generators gen_a..gen_d;
only the checksum helpers and output format of gen_e were reused. Document kinds (new relative to A-E):
insurance claim adjuster notes, dental / veterinary / physiotherapy appointment reminders (multilingual),
hospital discharge summaries with medication reconciliation, court filings and subpoenas (some as RTF),
residential lease agreements (EN/DE/FR/ES/NL/PL), travel itineraries and hotel folios, university
admissions / registrar letters and scholarship disbursement notices, loan servicing comment logs,
security-operations incident reports and firewall syslog, customer-support macro libraries, HR review and
separation letters, procurement vendor-onboarding letters with remittance details, laboratory
requisition forms, bills of lading / shipping manifests, Kubernetes / systemd logs and mobile crash
reports, meeting notes and issue-tracker text exports.

usage: python3 benches/heldout/gen_f.py OUT_DIR

Writes OUT_DIR/files/..., OUT_DIR/truth.jsonl, OUT_DIR/decoys.jsonl, OUT_DIR/columns_truth.jsonl (empty:
no tables) and OUT_DIR/stats.json, in the format of ../shared/eval/corpus-dev. Offsets are byte offsets
into the UTF-8 text (into the decompressed stream for .gz files), end exclusive. Labelling: PERSON_NAME
without titles or credentials; STREET_ADDRESS is the street line (number, street, unit) without city or
postcode; DATE_OF_BIRTH only for birth dates (other dates are decoys); checksum types are valid. Test
values (4111 1111 1111 1111, 123-45-6789, example.com mail), 555-01xx phones and documentation IP ranges
are decoys. Deterministic (fixed seed); a self-check re-reads every file, compares every span, validates
checksums and looks for unlabelled look-alikes.
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

SEED = 6262
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


# ----------------------------------------------------------------------------------- value generators

TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "6011111111111117", "4012888888881881", "5105105105105100", "371449635398431",
              "4000056655665556", "5200828282828210"]


def card(brand=None):
    brand = brand or ch(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2 + ["disc", "jcb", "diners"])
    while True:
        if brand == "visa":
            num = luhn_complete("4" + digits(14)) if chance(0.93) else luhn_complete("4" + digits(11))
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


def drivers_license(st=None):
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


# ------------------------------------------------------------------------------------------- people

FIRST = {
    "us": ["Dakota", "Brianna", "Cody", "Lindsay", "Travis", "Monique", "Garrett", "Shelby", "Darnell", "Kayla",
           "Wesley", "Tamika", "Colton", "Heather", "Reginald", "Courtney", "Jared", "Ashlyn", "Terrence", "Whitney",
           "Austin", "Crystal", "Bradley", "Savannah", "Malik", "Tiffany", "Logan", "Paige", "Dwayne", "Krista"],
    "hisp": ["Guadalupe", "Alejandro", "Yesenia", "Joaquín", "Marisol", "Rigoberto", "Itzel", "Ernesto", "Xiomara", "Rodrigo"],
    "uk": ["Hamish", "Imogen", "Rhiannon", "Alistair", "Phoebe", "Gareth", "Tamsin", "Ewan", "Bethan", "Ruaridh", "Harriet", "Ffion"],
    "ie": ["Oisín", "Caoimhe", "Tadhg", "Saoirse", "Cathal", "Aoibheann", "Donnacha", "Clodagh"],
    "fr": ["Gaëlle", "Thibault", "Solène", "Aurélien", "Margaux", "Timothée", "Bérénice", "Grégoire", "Inès", "Maxence"],
    "de": ["Henrike", "Jannik", "Mareike", "Torben", "Wiebke", "Malte", "Annegret", "Florian", "Lieselotte", "Kai-Uwe"],
    "nl": ["Jeroen", "Marloes", "Wouter", "Annelies", "Rutger", "Esmée", "Hidde", "Fleur", "Gijs", "Ilse"],
    "es": ["Ainhoa", "Iker", "Montserrat", "Xabier", "Rocío", "Unai", "Amparo", "Fermín", "Lorena", "Pau"],
    "pt": ["Leonor", "Duarte", "Beatriz", "Rodrigo", "Matilde", "Afonso", "Carolina", "Vasco"],
    "br": ["Thiago", "Larissa", "Caio", "Letícia", "Vinícius", "Gabriela", "Igor", "Júlia"],
    "it": ["Matteo", "Ginevra", "Tommaso", "Beatrice", "Edoardo", "Ludovica", "Riccardo", "Arianna"],
    "pl": ["Krzysztof", "Agnieszka", "Wojciech", "Małgorzata", "Paweł", "Zofia", "Grzegorz", "Katarzyna", "Łukasz", "Dorota"],
    "in": ["Aarav", "Ananya", "Rohan", "Lakshmi", "Vikram", "Deepika", "Sanjay", "Kavya", "Arjun", "Meenakshi", "Siddharth", "Pooja"],
    "cn": ["Wei", "Xiaoling", "Haoran", "Yuxin", "Zhiwei", "Mei-Ling", "Jian", "Shu-fen", "Bo", "Lihua"],
    "jp": ["Haruto", "Yui", "Sota", "Aoi", "Takeshi", "Keiko", "Ren", "Sakura"],
    "kr": ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Dong-hyun", "Soo-jin"],
    "vn": ["Minh", "Thu", "Quang", "Lan", "Duc", "Hanh"],
    "ng": ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka"],
    "gh": ["Kwame", "Akosua", "Kofi", "Abena", "Yaw"],
    "ke": ["Wanjiru", "Otieno", "Achieng", "Kamau"],
    "ar": ["Omar", "Fatima", "Youssef", "Layla", "Khalid", "Rania", "Tariq", "Samira", "Hassan", "Nour"],
    "tr": ["Emre", "Elif", "Mehmet", "Zeynep", "Burak", "Ayşe"],
    "ru": ["Olena", "Dmytro", "Anastasia", "Sergei", "Oksana", "Mykola", "Yelena"],
    "ph": ["Maricel", "Jerome", "Rowena", "Arnel", "Lovely", "Jun-Jun"],
    "nordic": ["Astrid", "Lars", "Sigrid", "Henrik", "Ingrid", "Magnus", "Solveig"],
}
LAST = {
    "us": ["Whitlock", "Prescott", "Hargrove", "Dunbar", "McAllister", "Bradshaw", "Kincaid", "Lockhart", "Sutherland",
           "Pennington", "Holcomb", "Blevins", "Gaines", "Rutledge", "Ogletree", "Vance", "Stroud", "Calloway",
           "O'Rourke", "Fairbanks", "Lindquist", "Tolliver", "Beauchamp", "Kowalczyk", "Mayfield", "Strickland"],
    "hisp": ["Gutiérrez", "Ramírez", "Villarreal", "Zamora", "Cárdenas", "Olivares", "Sandoval", "Treviño", "Mejía", "Ybarra"],
    "uk": ["Cholmondeley", "Abernethy", "Pryce", "Rowntree", "Haworth", "Greenhalgh", "Ellingham", "Mabey", "Cadwallader", "Thistlethwaite"],
    "ie": ["Ó Briain", "Mac Cárthaigh", "Fitzpatrick", "Ní Mhurchú", "Geraghty", "Mulcahy", "Kiely", "Ó Súilleabháin"],
    "fr": ["Lacroix", "Vasseur", "Delacroix-Roux", "Poulain", "Carpentier", "Benhamou", "Le Goff", "Marchand", "Dumont", "Barthélemy"],
    "de": ["Hinrichsen", "Wöhler", "Brandstätter", "Jüngling", "Oberdorfer", "Kießling", "Lindemann", "zu Solms", "Pfeiffer", "Rößler"],
    "nl": ["Verhoeven", "van Aalst", "Hoekstra", "de Groot", "Timmermans", "van der Linden", "Kuipers", "Mulder", "Brouwer", "ter Horst"],
    "es": ["Etxeberria", "Castañeda", "Sánchez Vidal", "Urrutia", "Belmonte", "Casals", "Quintana", "Aranda Gil"],
    "pt": ["Carvalho", "Sousa Lopes", "Pinheiro", "Figueiredo", "Teixeira", "Mendonça"],
    "br": ["Oliveira", "Souza", "Pereira", "Nascimento", "Albuquerque", "Cavalcanti"],
    "it": ["Lombardi", "Santoro", "Ferraro", "Galli", "Caruso", "Mancini", "Barbieri"],
    "pl": ["Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska", "Dąbrowski", "Kaczmarek", "Piątek"],
    "in": ["Sharma", "Iyer", "Reddy", "Banerjee", "Nair", "Gupta", "Menon", "Choudhury", "Krishnamurthy", "Deshpande", "Venkataraman"],
    "cn": ["Zhang", "Wang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Lin", "Guo"],
    "jp": ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Kobayashi", "Nakamura"],
    "kr": ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"],
    "vn": ["Nguyen", "Tran", "Pham", "Vo", "Hoang", "Dang"],
    "ng": ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo", "Chukwuma"],
    "gh": ["Mensah", "Asante", "Owusu", "Boateng"],
    "ke": ["Kamau", "Odhiambo", "Mwangi", "Njoroge"],
    "ar": ["Al-Farsi", "Haddad", "El-Amin", "Nasser", "Khoury", "Mansour", "Abdelrahman", "Saleh"],
    "tr": ["Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"],
    "ru": ["Kovalenko", "Shevchenko", "Ivanova", "Petrov", "Bondarenko", "Sokolova"],
    "ph": ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Santos"],
    "nordic": ["Johansson", "Lindqvist", "Andersen", "Nilsen", "Halvorsen", "Bergström"],
}
# residence -> weighted list of name origins
ORIGINS = {
    "us": ["us"] * 10 + ["hisp"] * 4 + ["in", "in", "cn", "cn", "vn", "kr", "jp", "ng", "ng", "gh", "ke", "ar", "ph", "ph", "ru",
                                          "uk", "ie", "it", "pl", "nordic", "br", "tr"],
    "uk": ["uk"] * 6 + ["ie", "in", "in", "ng", "gh", "pl", "ar", "cn", "it"], "ie": ["ie"] * 5 + ["uk", "pl", "br", "ng"],
    "fr": ["fr"] * 6 + ["ar", "ar", "pt", "it", "vn", "es"], "de": ["de"] * 6 + ["tr", "tr", "pl", "ru", "it", "ar"],
    "nl": ["nl"] * 6 + ["tr", "ar", "pl", "de"], "es": ["es"] * 6 + ["hisp", "hisp", "ar", "br"], "pt": ["pt"] * 5 + ["br", "br"],
    "it": ["it"] * 6 + ["ar", "ru"], "pl": ["pl"] * 6 + ["ru", "de"],
}
RES = ["us"] * 14 + ["uk"] * 3 + ["ie", "fr", "fr", "de", "de", "nl", "nl", "es", "pt", "it", "pl"]
EU_RES = ["uk", "uk", "ie", "fr", "fr", "de", "de", "nl", "nl", "es", "pt", "it", "pl"]

US_STREETS = ["Quail Run", "Briarwood", "Lantern Hill", "Kessler", "Ironwood", "Fenwick", "Old Orchard", "Tamarack",
              "Cumberland", "Meadowlark", "Whispering Pines", "Saddlebrook", "Bluebonnet", "Aspen Ridge", "Canal",
              "Dogwood", "Larkspur", "Shenandoah", "Cypress Point", "Timberline", "Harvest Moon", "Pebble Creek",
              "Cobblestone", "Rosewood", "Stonebridge", "Silver Lake", "Fairmount", "Ridgecrest", "Belmont", "Summit View",
              "Juniper Berry", "Holly Springs", "Arrowhead", "Wildflower", "Hickory Bend", "Osage", "Catalina", "Mesquite"]
US_SUFFIX = ["Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
             "Dr", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Parkway", "Pkwy", "Circle", "Trail", "Loop", "Pike", "Highway"]
US_CITIES = [("Bakersfield", "CA", "933"), ("Fresno", "CA", "937"), ("Plano", "TX", "750"), ("El Paso", "TX", "799"),
             ("Eugene", "OR", "974"), ("Dayton", "OH", "454"), ("Greensboro", "NC", "274"), ("Mesa", "AZ", "852"),
             ("Green Bay", "WI", "543"), ("Rochester", "NY", "146"), ("Orlando", "FL", "328"), ("Aurora", "CO", "800"),
             ("Frederick", "MD", "217"), ("Wichita", "KS", "672"), ("Macon", "GA", "312"), ("Tacoma", "WA", "984"),
             ("Knoxville", "TN", "379"), ("St. Paul", "MN", "551"), ("Worcester", "MA", "016"), ("Lansing", "MI", "489"),
             ("Allentown", "PA", "181"), ("Newark", "NJ", "071"), ("Naperville", "IL", "605"), ("Richmond", "VA", "232"),
             ("Springfield", "MO", "658"), ("Chula Vista", "CA", "919")]
US_AREA = ["209", "559", "469", "915", "541", "937", "336", "480", "920", "585", "407", "720", "301", "316", "478",
           "253", "865", "651", "508", "517", "610", "973", "630", "804", "417", "619", "212", "305", "404", "617", "312",
           "415", "713", "206", "602", "702", "214", "503", "832", "347", "929", "786", "682"]


def us_street():
    s = f"{R.randint(1, 9899) if chance(0.82) else R.randint(10000, 39999)} "
    if chance(0.18):
        s += ch(["N ", "S ", "E ", "W ", "NE ", "SW ", "N. ", "S. "])
    s += f"{ch(US_STREETS)} {ch(US_SUFFIX)}"
    if chance(0.3):
        s += ch([" ", ", "]) + ch([f"Apt {R.randint(1, 40)}{ch('ABCDEF')}", f"Apt. {R.randint(100, 1299)}", f"Suite {R.randint(100, 950)}",
                                   f"Unit {R.randint(1, 80)}", f"#{R.randint(2, 40)}", f"Ste {R.randint(100, 400)}",
                                   f"Bldg {R.randint(1, 9)}"])
    return s


def eu_street(loc):
    n = R.randint(1, 220)
    if loc in ("uk", "ie"):
        st = f"{n} {ch(['Mornington', 'Ashby', 'Coleridge', 'Hawthorn', 'Brackenbury', 'Sefton', 'Wellesley', 'Ferndale', 'Abbotsford', 'Cranmer'])} " \
             f"{ch(['Road', 'Street', 'Close', 'Lane', 'Gardens', 'Crescent', 'Avenue', 'Terrace', 'Mews', 'Grove'])}"
        if chance(0.25):
            st = f"{ch(['Flat', 'Apartment'])} {R.randint(1, 30)}, " + st
        return st
    if loc == "fr":
        return f"{n}{ch(['', '', '', ' bis', ' ter'])} {ch(['rue Oberkampf', 'rue de la République', 'avenue Foch', 'boulevard Voltaire', 'rue Victor Hugo', 'impasse des Tilleuls', 'quai de la Loire', 'allée des Peupliers', 'rue Sainte-Catherine', 'cours Mirabeau'])}"
    if loc == "de":
        return f"{ch(['Bergmannstraße', 'Kantstraße', 'Eichendorffweg', 'Am Lindenhof', 'Rosenheimer Str.', 'Königsallee', 'Schlossstraße', 'Uhlandstr.', 'Marktplatz', 'Tulpenweg'])} {n}{ch(['', '', '', 'a', 'b', 'c'])}"
    if loc == "nl":
        return f"{ch(['Biltstraat', 'Overtoom', 'Nieuwe Binnenweg', 'Damstraat', 'Javastraat', 'Stationsweg', 'Marnixstraat', 'Lindengracht', 'Burgemeester de Withstraat'])} {n}{ch(['', '', '-III', ' bis', 'B', '-1'])}"
    if loc == "es":
        st = f"{ch(['Calle de Goya', 'Carrer de Sants', 'Avenida de la Constitución', 'Calle Larios', 'Paseo de la Castellana', 'Calle San Vicente Mártir', 'Rambla de Catalunya'])} {n}"
        if chance(0.5):
            st += ch([f", {R.randint(1, 9)}º {ch('ABCD')}", f", {R.randint(1, 6)}º {R.randint(1, 4)}ª", ", bajo", ", ático"])
        return st
    if loc == "pt":
        st = f"{ch(['Rua Garrett', 'Avenida Almirante Reis', 'Rua do Almada', 'Rua de Cedofeita', 'Calçada da Ajuda', 'Largo do Rato'])} {n}"
        if chance(0.4):
            st += ch([f", {R.randint(1, 8)}º Esq.", f", {R.randint(1, 8)}º Dto.", ", r/c"])
        return st
    if loc == "pl":
        st = f"ul. {ch(['Marszałkowska', 'Długa', 'Piotrkowska', 'Grunwaldzka', 'Świętokrzyska', 'Mickiewicza', 'Wrocławska', 'Kościuszki'])} {n}"
        if chance(0.5):
            st += ch([f" m. {R.randint(1, 90)}", f"/{R.randint(1, 90)}", f" lok. {R.randint(1, 20)}"])
        return st
    return f"{ch(['Via Nazionale', 'Corso Buenos Aires', 'Via Toledo', 'Via della Spiga', 'Viale Europa', 'Via Po'])} {n}"


EU_CITY = {"uk": [("Bristol", "BS{n} {n}{A}{A}"), ("Leicester", "LE{n} {n}{A}{A}"), ("Glasgow", "G{n}{n} {n}{A}{A}"), ("Cardiff", "CF{n}{n} {n}{A}{A}")],
           "ie": [("Galway", "H91 {A}{n}{A}{n}"), ("Limerick", "V94 {A}{n}{A}{n}"), ("Dublin 8", "D08 {A}{n}{A}{n}")],
           "fr": [("Toulouse", "310{n}{n}"), ("Nantes", "440{n}{n}"), ("Lille", "590{n}{n}"), ("Marseille", "130{n}{n}")],
           "de": [("Hamburg", "2{n}{n}{n}{n}"), ("Leipzig", "04{n}{n}{n}"), ("Stuttgart", "70{n}{n}{n}"), ("Düsseldorf", "40{n}{n}{n}")],
           "nl": [("Rotterdam", "30{n}{n} {A}{A}"), ("Eindhoven", "56{n}{n} {A}{A}"), ("Groningen", "97{n}{n} {A}{A}")],
           "es": [("Valencia", "460{n}{n}"), ("Bilbao", "480{n}{n}"), ("Málaga", "290{n}{n}"), ("Zaragoza", "500{n}{n}")],
           "pt": [("Lisboa", "1{n}{n}{n}-{n}{n}{n}"), ("Porto", "4{n}{n}{n}-{n}{n}{n}"), ("Coimbra", "3000-{n}{n}{n}")],
           "it": [("Bologna", "401{n}{n}"), ("Napoli", "801{n}{n}"), ("Firenze", "501{n}{n}")],
           "pl": [("Warszawa", "0{n}-{n}{n}{n}"), ("Kraków", "3{n}-{n}{n}{n}"), ("Gdańsk", "80-{n}{n}{n}"), ("Łódź", "9{n}-{n}{n}{n}")]}
COUNTRY = {"us": "USA", "uk": "United Kingdom", "ie": "Ireland", "fr": "France", "de": "Deutschland", "nl": "Nederland",
           "es": "España", "pt": "Portugal", "it": "Italia", "pl": "Polska"}
IBAN_OF = {"uk": "GB", "ie": "IE", "fr": "FR", "de": "DE", "nl": "NL", "es": "ES", "pt": "PT", "it": "IT", "pl": "PL"}


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


def cityline(loc):
    if loc == "us":
        c, st, z = ch(US_CITIES)
        return f"{c}, {st} {z}{digits(2)}" + (f"-{digits(4)}" if chance(0.15) else "")
    c, pat = ch(EU_CITY[loc])
    pc = fill_pattern(pat)
    return f"{c} {pc}" if loc in ("uk", "ie") else f"{pc} {c}"


def us_line():
    ln = digits(4)
    x = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    while x == "555" or x[1:] == "11":
        x = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
    return ch(US_AREA), x, ln


def phone(loc="us", style=None):
    if loc == "us":
        a, x, ln = us_line()
        style = style if style is not None else R.randrange(8)
        return [f"({a}) {x}-{ln}", f"{a}-{x}-{ln}", f"{a}.{x}.{ln}", f"+1 {a} {x} {ln}", f"+1-{a}-{x}-{ln}",
                f"1-{a}-{x}-{ln}", f"({a}) {x}-{ln}", f"+1 ({a}) {x}-{ln}"][style]
    if loc == "uk":
        return ch([f"+44 20 {R.randint(3, 8)}{digits(3)} {digits(4)}", f"+44 7{R.randint(4, 9)}{digits(2)} {digits(6)}",
                   f"07{R.randint(4, 9)}{digits(2)} {digits(6)}", f"0117 {R.randint(2, 9)}{digits(2)} {digits(4)}",
                   f"+44 (0)116 {R.randint(2, 9)}{digits(2)} {digits(4)}", f"029 {R.randint(2, 9)}{digits(3)} {digits(4)}"])
    if loc == "ie":
        return ch([f"+353 {ch(['91', '61', '1'])} {digits(3, True)} {digits(4)}", f"08{ch('35679')} {digits(3, True)} {digits(4)}",
                   f"+353 8{ch('35679')} {digits(3, True)} {digits(4)}"])
    if loc == "fr":
        return ch([f"+33 {ch('12345')} {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"0{ch('67')} {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
                   f"+33 (0){ch('67')} {digits(2)} {digits(2)} {digits(2)} {digits(2)}", f"0{ch('12345')}.{digits(2)}.{digits(2)}.{digits(2)}.{digits(2)}"])
    if loc == "de":
        return ch([f"+49 40 {digits(8, True)}", f"+49 341 {digits(7, True)}", f"0151 {digits(8, True)}", f"+49 (0)711 {digits(6, True)}",
                   f"0176 / {digits(7, True)}", f"+49 211 {digits(3, True)} {digits(4)}"])
    if loc == "nl":
        return ch([f"+31 10 {digits(3, True)} {digits(4)}", f"06-{digits(8, True)}", f"+31 6 {digits(4, True)} {digits(4)}",
                   f"040-{digits(7, True)}"])
    if loc == "es":
        return ch([f"+34 96 {digits(3, True)} {digits(2)} {digits(2)}", f"+34 6{digits(2)} {digits(3)} {digits(3)}",
                   f"6{digits(2)} {digits(2)} {digits(2)} {digits(2)}"])
    if loc == "pt":
        return ch([f"+351 21 {digits(3, True)} {digits(4)}", f"+351 9{ch('1236')}{digits(1)} {digits(3)} {digits(3)}", f"22 {digits(3, True)} {digits(4)}"])
    if loc == "pl":
        return ch([f"+48 22 {digits(3, True)} {digits(2)} {digits(2)}", f"+48 {ch('5678')}{digits(2)} {digits(3)} {digits(3)}",
                   f"{ch('5678')}{digits(2)}-{digits(3)}-{digits(3)}"])
    if loc == "it":
        return ch([f"+39 051 {digits(3, True)} {digits(4)}", f"+39 3{digits(2)} {digits(3)} {digits(4)}"])
    # international travellers' mobiles
    return ch([f"+91 9{digits(4)} {digits(5)}", f"+81 90-{digits(4)}-{digits(4)}", f"+234 80{ch('3678')} {digits(3)} {digits(4)}",
               f"+971 50 {digits(3)} {digits(4)}", f"+61 4{digits(2)} {digits(3)} {digits(3)}", f"+52 55 {digits(4)} {digits(4)}",
               f"+55 11 9{digits(4)}-{digits(4)}", f"+1 416 {R.randint(2, 9)}{digits(2)} {digits(4)}", f"+65 9{digits(3)} {digits(4)}",
               f"+27 82 {digits(3)} {digits(4)}", f"+82 10-{digits(4)}-{digits(4)}"])


MAIL_DOMAINS = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me", "att.net", "me.com", "verizon.net"],
                "uk": ["btinternet.com", "gmail.com", "outlook.co.uk", "sky.com", "yahoo.co.uk"], "ie": ["eircom.net", "gmail.com", "icloud.com"],
                "fr": ["orange.fr", "free.fr", "sfr.fr", "gmail.com", "wanadoo.fr"], "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.net"],
                "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"], "es": ["telefonica.net", "gmail.com", "yahoo.es", "hotmail.es"],
                "pt": ["sapo.pt", "gmail.com", "netcabo.pt"], "it": ["libero.it", "tiscali.it", "gmail.com"], "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"]}


def slug(s):
    s = ascii_fold(s).lower().translate(str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ş": "s"}))
    return "".join(c for c in s if c.isascii() and c.isalnum())


def email_for(first, last, domain):
    f, l = slug(first.split()[0]) or "x", slug(last) or "y"
    local = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}{R.randint(70, 99)}",
                f"{f[0]}.{l}", f"{l}{f[0]}", f"{f}-{l}"])
    return f"{local}@{domain}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MIESIACE = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def rand_date(y0, y1):
    y, m = R.randint(y0, y1), R.randint(1, 12)
    d = R.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return y, m, d


def fmt_date(ymd, loc="us", style=None):
    y, m, d = ymd
    iso = f"{y}-{m:02d}-{d:02d}"
    if loc in ("uk", "ie"):
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", iso, f"{d} {MONTHS[m - 1][:3]} {y}"]
    elif loc == "de":
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d}. {MONATE[m - 1]} {y}", f"{d}.{m}.{y}", iso]
    elif loc == "fr":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MOIS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"]
    elif loc == "es":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {MESES[m - 1]} de {y}", f"{d:02d}-{m:02d}-{y}"]
    elif loc == "pt":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} de {MESES_PT[m - 1]} de {y}", f"{d:02d}-{m:02d}-{y}"]
    elif loc == "it":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MESI[m - 1]} {y}"]
    elif loc == "nl":
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {MAANDEN[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"]
    elif loc == "pl":
        opts = [f"{d:02d}.{m:02d}.{y}", f"{d} {MIESIACE[m - 1]} {y}", f"{d:02d}.{m:02d}.{y} r.", iso]
    else:
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", iso, f"{MONTHS[m - 1]} {d}, {y}", f"{MONTHS[m - 1][:3]} {d}, {y}",
                f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y}", f"{d} {MONTHS[m - 1]} {y}", f"{m:02d}-{d:02d}-{y}"]
    return opts[style] if style is not None else ch(opts)


def dob(loc="us", style=None, y0=1936, y1=2006):
    return fmt_date(rand_date(y0, y1), loc, style)


def nbd(loc="us", style=None, y0=2021, y1=2026):
    """a non-birth date"""
    return fmt_date(rand_date(y0, y1), loc, style)


class Person:
    def __init__(self, res=None, origin=None, minor=False):
        self.res = res or ch(RES)
        self.origin = origin or ch(ORIGINS[self.res])
        self.first = ch(FIRST[self.origin])
        self.last = ch(LAST[self.origin])
        if self.origin in ("cn", "kr", "vn") and self.res != "us" and chance(0.0):
            self.name = f"{self.last} {self.first}"
        self.mi = ch("ABCDEFGHJKLMNPRSTW")
        self.name = f"{self.first} {self.last}"
        self.name_mi = f"{self.first} {self.mi}. {self.last}" if self.origin in ("us", "hisp", "uk") and chance(0.5) else self.name
        self.email = email_for(self.first, self.last, ch(MAIL_DOMAINS[self.res]))
        self.phone = phone(self.res)
        self.mobile = phone(self.res)
        self.street = us_street() if self.res == "us" else eu_street(self.res)
        self.cityline = cityline(self.res)
        self.country = COUNTRY[self.res]
        self.dob_ymd = rand_date(2008, 2020) if minor else rand_date(1936, 2004)
        self.dob = fmt_date(self.dob_ymd, self.res)
        self.title = ch(["Mr.", "Ms.", "Mrs.", "Mx.", "Dr."])

    def lastfirst(self):
        return f"{self.last.upper()}, {self.first}" if chance(0.5) else f"{self.last}, {self.first}"


def clinician(res="us"):
    p = Person(res)
    p.cred = ch(["MD", "DO", "MD, FACP", "NP", "PA-C", "MD, PhD", "MD", "FNP-BC", "MD, FACC", "DPM"])
    p.npi = npi()
    p.dea = dea(p.last)
    return p


def staff_email(p, domain):
    f, l = slug(p.first.split()[0]) or "x", slug(p.last) or "y"
    return ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}", f"{l}.{f}"]) + "@" + domain


# ------------------------------------------------------------------------------------------- decoys

def uuid4():
    h = "".join(ch("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:]}"


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def epoch_ms():
    return str(R.randint(1_640_000_000_000, 1_780_000_000_000))


def epoch_s():
    return str(R.randint(1_640_000_000, 1_780_000_000))


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


COMPANIES = ["Raymond James", "Edward Jones", "Charles Schwab", "Tommy Hilfiger", "Ralph Lauren", "Calvin Klein",
             "Johnson & Johnson", "Ben & Jerry's", "Marks & Spencer", "Ernst & Young", "Morgan Stanley", "Wells Fargo",
             "Jack Daniel's", "Hugo Boss", "Kate Spade", "Michael Kors", "John Lewis", "Baker McKenzie", "Dr. Martens",
             "Tory Burch", "Estée Lauder", "Vera Bradley", "Paul Smith", "Ted Baker", "Martha Stewart Living", "Sherwin-Williams",
             "Lowe's", "Wendy's", "Dave & Buster's", "Trader Joe's", "Eddie Bauer", "Louis Vuitton"]
LAW_FIRMS = ["Pemberton, Hale & Okafor LLP", "Whitcombe & Delgado, P.C.", "Ashford Reyes Lindqvist LLP", "Castellano & Brandt LLP",
             "Morrow, Fenwick & Abara PLLC", "Sutter Kaplan Nguyen LLP", "Thornbury & Mwangi Law Group", "Gallagher Iverson & Roth"]
STREET_NAMES = ["Martin Luther King Jr Boulevard", "Lincoln Avenue", "Jefferson Street", "Cesar Chavez Avenue", "Washington Street",
                "Kennedy Drive", "Frederick Douglass Boulevard", "Roosevelt Road", "Adam Clayton Powell Jr Blvd", "Harvey Milk Street",
                "Franklin Avenue", "Malcolm X Boulevard"]
FACILITIES = ["Johns Hopkins Hospital", "Cedars-Sinai", "Mount Sinai West", "St. Jude Children's", "Kaiser Permanente",
              "Mayo Clinic", "Cleveland Clinic", "Henry Ford Health", "Baylor Scott & White", "Brigham and Women's"]


def company_name():
    return ch(COMPANIES)


# ---------------------------------------------------------------------------------------- addresses & ips

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


# ---------------------------------------------------------------------------------------- documents

class Doc:
    """Accumulates text; tuples ("TYPE", value) are entities, ("kind", value) lowercase are decoys."""

    def __init__(self, path):
        self.path, self.parts, self.n, self.spans, self.decoys = path, [], 0, [], []

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
                self.parts.append(it)
                self.n += len(it.encode("utf-8"))
        return self

    def f(self, fmt, **kw):
        """format-like: literal text with {field} placeholders; kw values are str, tuple or list."""
        for lit, field, spec, conv in string.Formatter().parse(fmt):
            if lit:
                self.w(lit)
            if field is not None:
                self.w(kw[field])
        return self

    def text(self):
        return "".join(self.parts)


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

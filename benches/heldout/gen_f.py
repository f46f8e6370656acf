#!/usr/bin/env python3
"""Held-out corpus F: a labelled data-lake sample for datareach accuracy checks.

Written without reading the detection rules (classifiers/, src/, tests/) or the generators gen_a..gen_d;
only the checksum helpers and output format of gen_e were reused. Document kinds (new relative to A-E):
insurance claim adjuster notes, dental / veterinary / physiotherapy appointment-reminder queues (EN, DE,
FR, ES, NL, PL, PT), hospital discharge summaries with medication reconciliation (US and NHS), UK
did-not-attend clinic reports and PDS trace exceptions, DME delivery route sheets, laboratory requisition
forms, court filings and subpoenas (some as RTF), residential lease agreements (EN/DE/FR/ES/NL/PL),
travel itineraries (EN/ES/PT), hotel folios, group manifests and car-rental agreements, university
admissions / registrar letters and scholarship notices, research-grant disbursement notices, loan
servicing comment logs, security-operations incident reports, firewall syslog and SIEM digests,
customer-support macro libraries, subscription cancellation letters, HR review and separation letters
(EN/NL/PL), procurement vendor-onboarding letters with remittance details, payout-validation and
claim-clearinghouse exception reports, bills of lading, Kubernetes / systemd logs, mobile crash reports,
meeting notes and issue-tracker text exports. Extensions: .txt, .md, .log, .rtf and a few .gz.

usage: python3 benches/heldout/gen_f.py OUT_DIR

Writes OUT_DIR/files/..., OUT_DIR/truth.jsonl, OUT_DIR/decoys.jsonl, OUT_DIR/columns_truth.jsonl (empty:
no tables) and OUT_DIR/stats.json, in the format of ../shared/eval/corpus-dev. Offsets are byte offsets
into the UTF-8 text (into the decompressed stream for .gz files), end exclusive. Labelling: PERSON_NAME
without titles or credentials; STREET_ADDRESS is the street line (number, street, unit) without city or
postcode (business addresses included); DATE_OF_BIRTH only for birth dates (other dates are decoys);
checksum types are valid; private IPv4 addresses count as IP_ADDRESS; a first name used alone (greetings,
meeting notes) is a PERSON_NAME; usernames (e.g. DKINCAID) are not labelled. Test values (4111 1111 1111
1111, 123-45-6789, example.com mail), 555-01xx / Ofcom drama phones and documentation IP ranges are decoys,
as are near misses that fail their checksum (cards, IBANs, ABA, NPI, DEA, NHS, MBI, EIN prefix, SSN area /
group / serial) and company names built on surnames. Deterministic (fixed seed); a self-check re-reads
every file, compares every span, validates checksums and fails on unlabelled look-alikes (emails, IPs,
SSN-shaped, Luhn-valid card-length and mod-97-valid IBAN-shaped strings, bare 9-10 digit numbers).
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


def shift(ymd, days):
    import datetime
    t = datetime.date(*ymd) + datetime.timedelta(days=days)
    return t.year, t.month, t.day


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
        self.mi = ch("ABCDEFGHJKLMNPRSTW")
        self.name = f"{self.first} {self.last}"
        self.name_mi = f"{self.first} {self.mi}. {self.last}" if self.origin in ("us", "hisp", "uk") and chance(0.5) else self.name
        self.email = email_for(self.first, self.last, ch(MAIL_DOMAINS[self.res]))
        self.phone = phone(self.res)
        self.mobile = phone(self.res)
        self.street = us_street() if self.res == "us" else eu_street(self.res)
        self.cityline = cityline(self.res)
        self.country = COUNTRY[self.res]
        self.state = self.cityline.split(", ")[1][:2] if self.res == "us" else ""
        self.dob_ymd = rand_date(2008, 2020) if minor else rand_date(1936, 2004)
        self.dob = fmt_date(self.dob_ymd, self.res)
        self.title = ch(["Mr.", "Ms.", "Mrs.", "Mx.", "Dr."])

    def set_dob(self, y0, y1):
        self.dob_ymd = rand_date(y0, y1)
        self.dob = fmt_date(self.dob_ymd, self.res)
        return self

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


PERSONLIKE_COS = ["Ateliers Delmas SARL", "Officine Brambilla S.r.l.", "Van Dalen Verpakkingen B.V.", "Halvorsen Foundation for Ocean Science"]


def co(name):
    """company names built on a surname are labelled as company_name decoys"""
    return ("company_name", name) if name in PERSONLIKE_COS else name


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

BOILER = {
    "discharge": [
        "Take all medications exactly as listed on your discharge medication list and bring the list to every appointment.",
        "Do not restart any medicine marked STOP unless your primary care clinician tells you to.",
        "Call your doctor or return to the emergency department if you develop chest pain, shortness of breath, fainting, a fever above 101 F, or bleeding that does not stop.",
        "Weigh yourself every morning after urinating and before breakfast; call the heart failure clinic if you gain more than three pounds in a day or five pounds in a week.",
        "Limit salt to less than two grams per day and avoid canned soups, processed meats and restaurant meals where possible.",
        "You may shower; keep any incision clean and dry and do not soak in a bath or pool until cleared by your surgeon.",
        "Do not drive, operate machinery or drink alcohol while taking opioid pain medicine; it can cause drowsiness and slowed breathing.",
        "Store controlled medicines in a locked place and dispose of unused tablets at a pharmacy take-back kiosk.",
        "Walk several times a day and increase your activity gradually; avoid lifting more than ten pounds for two weeks.",
        "If you use insulin, check your blood sugar before meals and at bedtime and keep a log to bring to your follow-up visit.",
        "A nurse from the transitional care team will call you within two business days to review your medicines.",
        "Your test results that were pending at discharge will be sent to your primary care clinician, who will contact you if any action is needed.",
    ],
    "subpoena": [
        "DEFINITIONS. \"DOCUMENT\" means any writing, recording or electronically stored information, including drafts and non-identical copies, in your possession, custody or control.",
        "\"RECORDS\" includes account opening documents, signature cards, periodic statements, deposit and withdrawal items, wire transfer requests and confirmations, and correspondence.",
        "INSTRUCTIONS. Each document produced shall be Bates-numbered and produced as it is kept in the usual course of business or organized and labelled to correspond with the categories of this request.",
        "If any document is withheld under a claim of privilege, furnish a log identifying the document, its author, its date, its recipients and the basis for the claim.",
        "Electronically stored information shall be produced in searchable PDF or native format with metadata preserved; spreadsheets shall be produced natively.",
        "You are not required to appear in person if you produce the records together with a completed declaration of the custodian of records on or before the date of compliance.",
        "The personal information of consumers contained in the records is subject to the notice requirements of the applicable code of civil procedure, and a copy of the notice to consumer has been served.",
        "Reasonable costs of locating and reproducing the records will be paid upon presentation of an itemized invoice.",
        "This subpoena does not require the production of any records created after the date of service.",
        "Questions regarding this subpoena should be directed to the issuing attorney identified in the caption.",
    ],
    "lease": [
        "USE. The Premises shall be used solely as a private residence and for no business purpose that would attract customers or deliveries beyond those customary for a residence.",
        "ASSIGNMENT AND SUBLETTING. Tenant shall not assign this Lease or sublet any part of the Premises, including through short-term rental platforms, without Landlord's prior written consent.",
        "APPLIANCES. The range, refrigerator, dishwasher, washer and dryer furnished with the Premises are provided for Tenant's convenience; Tenant shall report any malfunction promptly.",
        "MOLD AND MOISTURE. Tenant shall ventilate bathrooms and kitchens, wipe up standing water, and notify Landlord of any leak or visible mold growth within forty-eight hours.",
        "PEST CONTROL. Landlord will provide routine pest treatment of common areas; Tenant shall maintain the Premises in a manner that does not attract pests.",
        "PARKING. One unassigned parking space is included; vehicles that are inoperable or unregistered may be towed at the owner's expense after written notice.",
        "RENTER'S INSURANCE. Tenant shall maintain renter's insurance with liability coverage of at least one hundred thousand dollars and provide proof upon request.",
        "DEFAULT. If Tenant fails to pay rent when due or breaches any other provision, Landlord may serve the notices permitted by law and pursue all available remedies.",
        "MOVE-OUT. Tenant shall return all keys, fobs and remote controls and leave the Premises broom-clean; photographs will be taken at the move-out inspection.",
        "SEVERABILITY. If any provision of this Lease is held invalid, the remaining provisions shall continue in full force and effect.",
        "ENTIRE AGREEMENT. This Lease, together with its addenda, constitutes the entire agreement between the parties and may be modified only in writing signed by both parties.",
        "ABANDONMENT. Personal property left in the Premises after Tenant vacates will be handled in accordance with the abandoned property statutes of the state.",
    ],
    "hr": [
        "This letter does not alter the at-will nature of your employment, and nothing in it should be construed as a contract for any specific term.",
        "Confidential information, customer lists and source code remain the property of the company, and your obligations under the confidentiality agreement continue after separation.",
        "Your group life and disability coverage will end on the last day of the month in which your employment ends; conversion options are described in the enclosed brochure.",
        "Retirement plan balances remain in your account; you may leave the funds in the plan, roll them over, or take a distribution subject to plan rules and taxes.",
        "If you have questions about this letter, the Employee Assistance Program is available twenty-four hours a day and is confidential.",
        "Performance ratings are calibrated across departments to ensure consistency, and merit increases are subject to budget approval.",
        "Goals for the next review period should be entered in the talent system within thirty days of this review.",
        "Please ensure that all expense reports are submitted and all corporate card charges are reconciled before your final day.",
    ],
    "university": [
        "The Family Educational Rights and Privacy Act (FERPA) protects the privacy of student education records; directory information may be released unless the student has requested a privacy hold.",
        "Students are responsible for reviewing their account statements and resolving any balance before the end of the add/drop period to avoid late fees and registration holds.",
        "Scholarship recipients must remain enrolled full-time and maintain the minimum cumulative grade point average stated in the award terms.",
        "Awards may be reduced if the total of all aid exceeds the student's cost of attendance as determined by the Office of Financial Aid.",
        "Refunds resulting from withdrawals are calculated according to the institutional refund schedule published in the academic catalog.",
        "Official transcripts bearing the seal of the University are issued only at the written request of the student.",
        "Admission is contingent upon the accuracy of the information submitted with the application; misrepresentation may result in rescission of the offer.",
        "Health insurance is required for all full-time students; the University plan fee will be waived upon proof of comparable coverage.",
    ],
    "vendor": [
        "Invoices must reference a valid purchase order number, the ship-to location and the line numbers being billed; invoices without a PO will be returned unpaid.",
        "Payment terms begin on the later of the invoice receipt date or the date goods are received and accepted at the ship-to location.",
        "Suppliers are expected to comply with the Supplier Code of Conduct, including requirements on anti-bribery, forced labour, data protection and conflict minerals.",
        "Certificates of insurance naming the buyer as additional insured must be kept current; expired certificates will place the supplier record on payment hold.",
        "Requests to change remittance details will never be made by email alone; any such request must be confirmed by telephone with a known contact.",
        "Early payment discounts, where offered, will be taken automatically when invoices are approved within the discount period.",
        "Freight terms are FOB destination unless otherwise stated on the purchase order; risk of loss remains with the supplier until delivery.",
        "The supplier portal is the preferred channel for invoice submission, status inquiries and updates to contact information.",
    ],
    "bol": [
        "RECEIVED by the Carrier from the Shipper in apparent good order and condition, unless otherwise noted herein, the total number of containers or other packages or units indicated for carriage subject to all the terms and conditions hereof.",
        "The Merchant warrants that the particulars of the goods furnished by him are correct and that he has complied with all applicable laws, regulations and requirements of Customs, port and other authorities.",
        "The Carrier shall not be liable for loss of or damage to the goods arising or resulting from insufficiency of packing, inherent vice, or latent defects not discoverable by due diligence.",
        "Where the goods are packed by the Shipper, the Carrier accepts no responsibility for the contents, weight or condition of the container, and the seal number is recorded as declared.",
        "Demurrage and detention charges accrue in accordance with the Carrier's tariff from the first day after free time expires until the container is returned empty.",
        "General average shall be adjusted, stated and settled according to the York-Antwerp Rules at any port or place at the Carrier's option.",
        "In accepting this Bill of Lading the Merchant expressly accepts and agrees to all its terms whether printed, stamped or written, or otherwise incorporated.",
        "The Carrier's liability for loss or damage shall in no case exceed the limits set out in the applicable international convention or national law.",
    ],
    "lab": [
        "Label each specimen tube at the bedside with two patient identifiers, the collection date and time, and the collector's initials.",
        "Serum separator tubes must be allowed to clot for thirty minutes and centrifuged within two hours of collection.",
        "Fasting specimens require a minimum of eight hours without food or caloric beverages; water and regular medications are permitted.",
        "Specimens received unlabelled, mislabelled or in expired collection containers will be rejected and the ordering office notified.",
        "Transport refrigerated specimens at two to eight degrees; do not freeze whole blood samples.",
        "Results are reported electronically to the ordering provider; critical values are telephoned within thirty minutes of verification.",
    ],
    "soc": [
        "The investigation followed the organisation's incident response plan, and evidence was preserved in the case management system with chain-of-custody notes.",
        "Containment actions were coordinated with the identity team to avoid locking out unaffected users during business hours.",
        "Detection engineering will add a correlation rule for mailbox forwarding to external domains created within an hour of a risky sign-in.",
        "Legal and privacy were consulted to determine whether notification obligations were triggered; the assessment is documented separately.",
        "Endpoint isolation was lifted after a full scan returned clean and the host was re-imaged from the golden image.",
        "Communication to the affected business unit was sent by the incident commander after approval from the CISO office.",
        "Root cause analysis identified a gap in the onboarding of new SaaS applications to the conditional access baseline.",
        "Metrics: time to detect 42 minutes, time to contain 1 hour 55 minutes, time to recover 6 hours.",
    ],
    "meeting": [
        "The group agreed to revisit the payout approval workflow once the new treasury system is live.",
        "Dashboards for dispute rates will be shared with the card network liaison ahead of the quarterly review.",
        "Finance noted that foreign exchange losses were within tolerance for the month.",
        "There was a short discussion about consolidating the two support queues; no decision yet.",
        "Engineering reminded everyone that production data must not be copied into tickets or chat.",
        "The auditors will be on site for two days next month and need a room with a locked cabinet.",
    ],
}


def boiler(kind_, lo, hi, width=78, numbered=False, start=1):
    paras = R.sample(BOILER[kind_], min(len(BOILER[kind_]), R.randint(lo, hi)))
    out = []
    for j, p in enumerate(paras):
        out.append(wrap(f"{start + j}. {p}" if numbered else p, width))
    return "\n".join(out)


# ===================================================================== 1. insurance claim adjuster notes

CARRIERS = [("Northgate Mutual Insurance", "northgatemutual.com"), ("Bluestem Casualty Co.", "bluestemcasualty.com"),
            ("Harborlight Insurance Group", "harborlight-ins.com"), ("Prairie Shield Auto & Home", "prairieshield.com"),
            ("Keystone Ridge Indemnity", "keystoneridge.com")]
VEHICLES = ["2019 Subaru Outback", "2021 Toyota RAV4", "2017 Honda Civic EX", "2022 Ford F-150 XLT", "2016 Nissan Altima",
            "2020 Tesla Model 3", "2018 Chevrolet Equinox", "2023 Kia Telluride", "2015 Jeep Wrangler", "2021 Hyundai Elantra"]
BODY_SHOPS = ["Ridgeline Collision Center", "Precision Auto Body", "Crossroads Paint & Body", "Summit Collision Repair",
              "Valley Auto Works", "Maaco of Eastgate"]
CLAIM_PROSE = [
    "Liability accepted at 100% pending review of the police narrative.",
    "Coverage confirmed; no lapse in the policy period and the vehicle is listed on the declarations page.",
    "Reserve adjusted after receipt of the supplemental estimate.",
    "Awaiting photos of the undercarriage before authorising the teardown.",
    "Scene diagram reviewed; point of impact consistent with both statements.",
    "File diaried for 14 days to follow up on outstanding medical records.",
    "Deductible applies; insured understands it will be pursued in subrogation.",
    "No injuries reported at the scene per the exchange-of-information form.",
    "Contents list reviewed; depreciation applied per the replacement cost endorsement.",
    "Mitigation invoice appears reasonable for the square footage affected.",
]


def claim_no():
    return ch([f"CLM-{R.randint(2022, 2025)}-{digits(7)}", f"{digits(2)}-{digits(6)}-{R.randint(1, 9)}", f"A{digits(9)}",
               f"{letters(2)}{digits(8)}"])


def policy_no():
    return ch([f"PA-{digits(4)}-{digits(5)}-{digits(2)}", f"HO3 {digits(9)}", f"{letters(3)}{digits(7)}", f"{digits(3)}-{digits(4)}-{digits(3)}"])


def claim_notes_doc(d, carrier, dom):
    ins = Person("us")
    adj = Person("us")
    sup = Person("us")
    lob = ch(["Auto – Collision", "Auto – Liability (BI/PD)", "Homeowners – Water", "Homeowners – Wind/Hail", "Auto – Comprehensive"])
    auto = lob.startswith("Auto")
    d.f("{c} — CLAIM FILE NOTES\n", c=carrier)
    d.f("Claim #: {cl}    Policy #: {po}    LOB: {lob}\n", cl=("claim_no", claim_no()), po=("policy_no", policy_no()), lob=lob)
    dol, st_ = rand_date(2023, 2025), R.randrange(8)
    d.f("Date of loss: {a}    Reported: {b}    Status: {s}\n", a=("non_birth_date", fmt_date(dol, "us", st_)),
        b=("non_birth_date", fmt_date(shift(dol, R.randint(0, 9)), "us", st_)),
        s=ch(["OPEN", "OPEN - SIU REVIEW", "CLOSED", "REOPENED"]))
    d.f("Assigned adjuster: {n} | {e} | {p} x{x}\n", n=(NAME, adj.name), e=(EM, staff_email(adj, dom)),
        p=(PH, phone("us", ch([0, 1, 2]))) if chance(0.7) else ("fictional_phone", fictional_phone()), x=R.randint(2000, 7999))
    d.w("-" * 78 + "\n", "NAMED INSURED\n")
    d.f("  Name ........ {n}\n  DOB ......... {b}\n  Mailing ..... {s}\n                {c}\n",
        n=(NAME, ins.name_mi), b=(DOB, ins.dob), s=(ADDR, ins.street), c=ins.cityline)
    d.f("  Home phone .. {p}    Cell: {m}\n  E-mail ...... {e}\n", p=(PH, ins.phone), m=(PH, ins.mobile), e=(EM, ins.email))
    if chance(0.5):
        d.f("  SSN ......... {s}\n", s=(SSN, ssn()))
    st, dl = drivers_license(ins.state if chance(0.8) else None)
    d.f("  Driver lic .. {st} {dl}\n", st=st, dl=(DL, dl))
    if auto:
        d.f("VEHICLE 1: {v}  VIN {vin}  Plate {pl} ({st})\n", v=ch(VEHICLES), vin=("vin", vin()), pl=f"{letters(3)}{digits(4)}", st=st)
    else:
        rs = us_street() if chance(0.4) else ins.street
        d.f("RISK LOCATION: {s}, {c}  (year built {y})\n", s=(ADDR, rs), c=cityline("us"), y=R.randint(1928, 2015))
    clm = Person("us") if auto and chance(0.8) else None
    if clm:
        st2, dl2 = drivers_license()
        d.f("CLAIMANT 1: {n}   Phone {p}   DL {st} {dl}   DOB {b}\n", n=(NAME, clm.name), p=(PH, clm.phone), st=st2, dl=(DL, dl2),
            b=(DOB, clm.dob))
    d.w("-" * 78 + "\n")
    d.w("FILE SUMMARY\n", wrap(sentences(CLAIM_PROSE, R.randint(3, 6))), "\n")
    notes = R.sample(range(18), R.randint(6, 10))
    clk = Clock()
    for k in notes:
        author = ch([adj, adj, adj, sup])
        if chance(0.6):
            who = f"{slug(author.first)[:1]}{slug(author.last)[:9]}".upper()
        else:
            who = (NAME, author.name)
        d.f("{ts}  {who}\n", ts=clk.us(lo_min=30, hi_min=9000), who=who)
        claim_note(d, k, ins, clm, auto, dom)
        d.w("\n")
    if chance(0.35):
        k2, v2 = ssn_bad()
        d.f("Data quality: SSN {v} keyed on the FNOL is not a valid number; corrected from the policy application.\n", v=(k2, v2))
    if chance(0.25):
        d.f("Pharmacy invoice shows prescriber DEA {x}, which fails the DEA check-digit test; pharmacy asked to re-bill.\n", x=("dea_bad", dea_bad(ch(LAST["us"]))))
    d.f("Supervisor review: {n}, {t}. {p}\n\n", n=(NAME, sup.name), t=("non_birth_date", nbd()), p=sentences(CLAIM_PROSE, 1))


def claim_note(d, k, ins, clm, auto, dom):
    if k == 0:
        d.f("  Contacted insured at {p}; verified identity (DOB {b}, mailing address {s}). Insured advised the loss occurred "
            "near the {st} parking structure. {x}\n", p=(PH, ins.phone), b=(DOB, ins.dob), s=(ADDR, ins.street),
            st=("street_name", ch(STREET_NAMES)), x=sentences(CLAIM_PROSE, 1))
    elif k == 1:
        who = clm or Person("us")
        d.f("  Recorded statement taken from {n} ({p}). Statement length 14 min; transcript requested. {x}\n",
            n=(NAME, who.name), p=(PH, who.phone), x=sentences(CLAIM_PROSE, 1))
    elif k == 2:
        d.f("  ISO ClaimSearch run on insured SSN {s}: two prior comprehensive losses, no injury history. Report ref {r}.\n",
            s=(SSN, ssn()), r=("uuid", uuid4()))
    elif k == 3:
        c1, c2 = icd(), icd()
        doc_ = clinician()
        d.f("  Medical records received from {f}: ER visit {dt}; dx {a} ({ad}) and {b}. Treating provider {n}, NPI {np}. Billed {m}.\n",
            f=("facility_name", ch(FACILITIES)), dt=nd(), a=(ICD, c1[0]), ad=c1[1], b=(ICD, c2[0]), n=(NAME, doc_.name), np=(NPI, doc_.npi), m=money(400, 18000))
        if chance(0.5):
            d.f("  Claimant is a Medicare beneficiary (MBI {m}); Section 111 query submitted. Pharmacy bill lists prescriber DEA {x}.\n",
                m=(MBI, mbi()), x=(DEA, doc_.dea))
    elif k == 4:
        d.f("  Payment issued {m} by ACH to the insured: ABA {a}, account {c}. Check stock not used; EFT trace {t}.\n",
            m=money(300, 22000), a=(ABA, aba()), c=(ACCT, account()), t=("trace_no", "0" + digits(14)))
    elif k == 5:
        d.f("  {shop} (TIN {e}) uploaded supplement #{n}; estimate EST-{est} now {m}. Labor rate matches prevailing.\n",
            shop=ch(BODY_SHOPS), e=(EIN, ein()), n=R.randint(1, 3), est=("estimate_no", digits(6)), m=money(900, 14000))
    elif k == 6:
        d.f("  Rental authorised, RA# {ra}, through {dt}; daily cap $45.\n", ra=("confirmation_no", digits(9, True)), dt=nd())
    elif k == 7:
        d.f("  Lienholder {c}, loan no. {l}; payoff {m} good through {dt}. Letter of guarantee requested.\n",
            c=ch(["Ally Financial", "Capital One Auto Finance", "Santander Consumer USA", "Westlake Financial"]),
            l=("loan_no", digits(ch([10, 12]), True)), m=money(3000, 30000), dt=nd())
    elif k == 8:
        atty = Person("us")
        d.f("  Letter of representation received: claimant represented by {n} of {f}, {e}, {p}. All contact through counsel.\n",
            n=(NAME, atty.name), f=("company_name", ch(LAW_FIRMS)), e=(EM, staff_email(atty, ch(["pholaw.com", "wdpc-law.com", "arl-llp.com"]))),
            p=(PH, phone("us", 0)))
    elif k == 9:
        o = Person("us")
        d.f("  Subrogation demand sent to adverse carrier, their claim {c}; adverse adjuster {n} ({e}).\n",
            c=("claim_no", claim_no()), n=(NAME, o.name), e=(EM, staff_email(o, ch(["geico.com", "progressive.com", "statefarm.com"]))))
    elif k == 10:
        d.f("  Insured paid the deductible by card {c}; receipt emailed to {e}. Auth {a}.\n",
            c=(CC, fmt_card(card())), e=(EM, ins.email), a=("auth_code", f"{digits(5)}{ch('ABCXZ')}"))
    elif k == 11:
        who = clm or ins
        d.f("  1099 set-up: payee {n} has no SSN; provided ITIN {i} on W-9 dated {dt}.\n", n=(NAME, who.name), i=(ITIN, itin()), dt=nd())
    elif k == 12:
        d.f("  Total loss valuation {m}; salvage assigned to Copart lot {l}, stock {s}. Title request sent.\n",
            m=money(4000, 40000), l=("lot_no", digits(8, True)), s=("stock_no", f"{digits(2)}-{digits(6)}"))
    elif k == 13:
        d.f("  FNOL was submitted through the customer portal from IP {i}; device id {u}. Photos ({n}) attached.\n",
            i=(IP, ip()), u=("uuid", uuid4()), n=R.randint(3, 24))
    elif k == 14:
        d.f("  Police report #{r} obtained ({c} PD). Reporting officer badge {b}. {x}\n", r=("report_no", f"{R.randint(23, 25)}-{digits(6)}"),
            c=ch(US_CITIES)[0], b=("badge_no", digits(4)), x=sentences(CLAIM_PROSE, 1))
    elif k == 15:
        d.f("  Spoke with insured's spouse {n} at {p}; authorised to discuss claim per insured's verbal consent.\n",
            n=(NAME, Person("us").name), p=(PH, phone("us")))
    elif k == 16:
        d.f("  Training note: examples in the adjuster guide use card {c} and SSN {s}; disregard if copied into this file.\n",
            c=("test_value", test_card()), s=("test_value", test_ssn()))
    else:
        d.f("  {x} Inspection set for {dt} at {h}; appraiser {n}.\n", x=sentences(CLAIM_PROSE, 2), dt=nd(), h=hhmm(),
            n=(NAME, Person("us").name))


@kind(11)
def claims_notes(i):
    carrier, dom = ch(CARRIERS)
    ext = ".txt.gz" if i % 11 == 5 else ".txt"
    d = Doc(f"claims/adjuster_notes_{i:04d}{ext}")
    for _ in range(ch([1, 1, 1, 2])):
        claim_notes_doc(d, carrier, dom)
        d.w("=" * 78 + "\n\n")
    return d


# ===================================================================== 2. dental / vet / physio reminders

PETS = [("Biscuit", "canine"), ("Pepper", "feline"), ("Mochi", "feline"), ("Waffles", "canine"), ("Noodle", "canine"),
        ("Pickles", "feline"), ("Sprocket", "canine"), ("Clementine", "feline"), ("Nacho", "canine"), ("Pistache", "feline"),
        ("Knopf", "canine"), ("Brownie", "rabbit")]
CLINICS = {
    "us_dental": ("Brightwater Family Dentistry", "brightwaterdental.com"), "us_vet": ("Cedar Hollow Animal Hospital", "cedarhollowvet.com"),
    "us_physio": ("MotionWorks Physical Therapy", "motionworkspt.com"), "uk_physio": ("Riverside MSK Physiotherapy", "riversidemsk.nhs.uk"),
    "uk_dental": ("Kingsmead Dental Care", "kingsmeaddental.co.uk"), "de_dental": ("Zahnarztpraxis am Stadtpark", "zahnarzt-stadtpark.de"),
    "de_vet": ("Tierarztpraxis Elbufer", "tierarzt-elbufer.de"), "fr_physio": ("Cabinet de kinésithérapie Saint-Michel", "kine-stmichel.fr"),
    "fr_dental": ("Centre dentaire des Tilleuls", "dentaire-tilleuls.fr"), "es_physio": ("Clínica FisioMar", "fisiomar.es"),
    "nl_dental": ("Tandartspraktijk De Linde", "tandartsdelinde.nl"), "pl_dental": ("Gabinet stomatologiczny DentaPlus", "dentaplus.pl"),
    "pt_physio": ("Clínica Movimento", "clinicamovimento.pt"),
}


def clinic_phone(loc):
    if loc == "us" and chance(0.45):
        return ("fictional_phone", fictional_phone())
    if loc == "uk" and chance(0.3):
        return ("fictional_phone", ch([f"020 7946 0{digits(3)}", f"0161 496 0{digits(3)}", f"0117 496 0{digits(3)}"]))
    return (PH, phone(loc))


def greet_name(p):
    return (NAME, p.first) if chance(0.25) else (NAME, p.name)


def reminder_text(d, ck, p, cph, loc):
    pet = ch(PETS)
    dt = nd(loc, y0=2024, y1=2025)
    h = hhmm()
    if ck == "us_dental":
        d.f("Hi {n}, this is {c} reminding you of your {what} on {dt} at {h}. Reply C to confirm, R to reschedule, or call {p}.",
            n=greet_name(p), c=CLINICS[ck][0], what=ch(["cleaning", "crown seat", "filling appointment", "exam and X-rays"]), dt=dt, h=h, p=cph)
    elif ck == "us_vet":
        d.f("{pet} is due for {v}! {n}, we have you booked on {dt} at {h}. Questions? {p}",
            pet=pet[0], v=ch(["the rabies booster", "a dental cleaning", "the annual wellness exam", "DHPP vaccines"]), n=greet_name(p), dt=dt, h=h, p=cph)
        if chance(0.5):
            vet = clinician()
            d.f(" Refill ready: {drug} for {pet}, prescribed by {n}, DVM (DEA {x}); client no. {c}.", drug=ch(["gabapentin 100 mg", "tramadol 50 mg", "phenobarbital 16.2 mg"]),
                pet=pet[0], n=(NAME, vet.name), x=(DEA, vet.dea), c=("client_no", digits(6, True)))
    elif ck == "us_physio":
        d.f("Reminder: {n} - PT visit {dt} {h} with {t}. Wear comfortable clothing. To cancel call {p} (24h notice required).",
            n=(NAME, p.name), dt=dt, h=h, t=(NAME, Person("us").name), p=cph)
    elif ck == "uk_physio":
        d.f("Dear {n}, your physiotherapy appointment is on {dt} at {h}. NHS No {nhs}. If you cannot attend please call {p}.",
            n=(NAME, p.name), dt=dt, h=h, nhs=(NHS, nhs()), p=cph)
    elif ck == "uk_dental":
        d.f("{n}, a reminder of your check-up at {c} on {dt} at {h} (NHS no. {x}). Call {p} to rearrange.",
            n=(NAME, p.name), c=CLINICS[ck][0], dt=dt, h=h, x=(NHS, nhs()), p=cph)
    elif ck == "de_dental":
        d.f("Guten Tag {n}, wir erinnern an Ihren Termin zur {w} am {dt} um {h} Uhr. Zur Zuordnung: Geburtsdatum {b}. "
            "Absagen bitte bis 24 Std. vorher unter {p}.", n=(NAME, p.name),
            w=ch(["professionellen Zahnreinigung", "Kontrolluntersuchung", "Füllungstherapie"]), dt=dt, h=h, b=(DOB, p.dob), p=cph)
    elif ck == "de_vet":
        d.f("Hallo {n}, für {pet} steht am {dt} um {h} Uhr die {w} an. Chip-Nr. {chip}. Rückfragen: {p}",
            n=(NAME, p.name), pet=pet[0], dt=dt, h=h, w=ch(["Jahresimpfung", "Zahnsanierung", "Nachkontrolle"]),
            chip=("microchip", "276" + digits(12)), p=cph)
    elif ck == "fr_physio":
        d.f("Bonjour {n}, rappel de votre séance de kinésithérapie le {dt} à {h}. Merci d'apporter votre ordonnance. Pour annuler : {p}.",
            n=(NAME, p.name), dt=dt, h=h.replace(":", "h"), p=cph)
    elif ck == "fr_dental":
        d.f("Bonjour {n}, votre rendez-vous au {c} est confirmé pour le {dt} à {h}. Date de naissance enregistrée : {b}. Tél. {p}",
            n=(NAME, p.name), c=CLINICS[ck][0], dt=dt, h=h.replace(":", "h"), b=(DOB, p.dob), p=cph)
    elif ck == "es_physio":
        d.f("Hola {n}, le recordamos su cita de fisioterapia el {dt} a las {h} en {c}. Fecha de nacimiento: {b}. Para cancelar llame al {p}.",
            n=(NAME, p.name), dt=dt, h=h, c=CLINICS[ck][0], b=(DOB, p.dob), p=cph)
    elif ck == "nl_dental":
        d.f("Beste {n}, dit is een herinnering voor uw afspraak bij {c} op {dt} om {h}. Patiëntnummer {m}. Afmelden via {p}.",
            n=(NAME, p.name), c=CLINICS[ck][0], dt=dt, h=h, m=(MRN, digits(7, True)), p=cph)
    elif ck == "pl_dental":
        d.f("Dzień dobry {n}, przypominamy o wizycie w gabinecie DentaPlus w dniu {dt} o godz. {h}. W razie rezygnacji prosimy o kontakt: {p}.",
            n=(NAME, p.name), dt=dt, h=h, p=cph)
    else:
        d.f("Olá {n}, lembramos a sua sessão de fisioterapia no dia {dt} às {h} na {c}. Contacto: {p}.",
            n=(NAME, p.name), dt=dt, h=h, c=CLINICS[ck][0], p=cph)


@kind(12)
def appointment_reminders(i):
    ck = ch(list(CLINICS) + ["us_dental", "us_vet", "us_vet", "us_physio", "uk_physio", "uk_dental"])
    loc = ck.split("_")[0]
    name, dom = CLINICS[ck]
    ext = ".log" if i % 3 == 0 else ".txt"
    d = Doc(f"reminders/{ck}_outbound_{i:04d}{ext}")
    cph = clinic_phone(loc)
    d.f("# {c} — outbound reminder queue export\n# generated {ts} by reminder-service {v}\n# clinic line {p}\n\n",
        c=name, ts=iso_ts(2024, 2025), v=("version", version3()), p=cph)
    n = R.randint(5, 11)
    for j in range(n):
        p = Person(loc)
        chan = ch(["SMS", "SMS", "EMAIL", "SMS"])
        status = ch(["DELIVERED", "DELIVERED", "DELIVERED", "QUEUED", "FAILED(30007)", "OPTED_OUT"])
        if chan == "SMS":
            d.f("[{j}] {ts} SMS to={p} status={s} msg_id={u}\n", j=str(j + 1).zfill(3), ts=iso_ts(2024, 2025, ms=False),
                p=(PH, p.mobile), s=status, u=("uuid", uuid4()))
        else:
            d.f("[{j}] {ts} EMAIL to=\"{n}\" <{e}> status={s} msg_id=<{u}@{dom}>\n", j=str(j + 1).zfill(3), ts=iso_ts(2024, 2025, ms=False),
                n=(NAME, p.name), e=(EM, p.email), s=status, u=("hash", hexs(24)), dom=dom)
            if "vet" in ck:
                d.f("      client={n} client_no={c} pet={pet}\n", n=(NAME, p.name), c=("client_no", digits(6, True)), pet=ch(PETS)[0])
            elif chance(0.6):
                if loc == "uk":
                    d.f("      patient={n} nhs={x} chart={m}\n", n=(NAME, p.name), x=(NHS, nhs()), m=(MRN, mrn()))
                else:
                    d.f("      patient={n} dob={b} chart={m}\n", n=(NAME, p.name), b=(DOB, p.dob), m=(MRN, mrn()))
        d.w("      ")
        reminder_text(d, ck, p, cph if chance(0.6) else clinic_phone(loc), loc)
        d.w("\n")
        if chance(0.15):
            d.f("      note: balance {m} outstanding on invoice {inv}; statement sent {dt}\n", m=money(20, 600, "€" if loc in ("de", "fr", "es", "nl", "pt") else "$"),
                inv=("invoice_no", f"INV-{digits(6)}"), dt=nd(loc))
        if loc == "uk" and chance(0.2):
            d.f("      note: NHS number {x} from the referral failed validation; not used for matching\n", x=("nhs_bad", nhs_bad()))
        if chance(0.1):
            d.f("      note: template preview sent to {e} / {p}\n", e=("test_value", example_email()), p=("fictional_phone", fictional_phone()))
        d.w("\n")
    d.f("# {n} messages, {f} failed; next run {dt}\n", n=n, f=R.randint(0, 3), dt=("non_birth_date", iso_ts(2025, 2025, ms=False)[:10]))
    return d


# ===================================================================== 3. discharge summaries + med rec

UK_HOSPITALS = [("Severnside General Hospital", "severnside.nhs.uk"), ("North Thames University Hospitals", "nthames.nhs.uk"),
                ("Pennine Valley Royal Infirmary", "pvri.nhs.uk")]
HOSPITALS = [("Lakeshore General Hospital", "lakeshoregeneral.org"), ("Mercy Valley Medical Center", "mercyvalley.org"),
             ("Tri-County Regional Hospital", "tricountyregional.org"), ("Northfield Memorial Hospital", "northfieldmemorial.org"),
             ("Desert Springs Medical Center", "desertspringsmc.org")]
DRUGS = [("apixaban", "5 mg PO BID", False), ("metoprolol succinate", "50 mg PO daily", False), ("furosemide", "40 mg PO daily", False),
         ("lisinopril", "10 mg PO daily", False), ("atorvastatin", "80 mg PO nightly", False), ("insulin glargine", "22 units SC nightly", False),
         ("metformin", "1000 mg PO BID", False), ("levothyroxine", "88 mcg PO daily", False), ("pantoprazole", "40 mg PO daily", False),
         ("amoxicillin-clavulanate", "875 mg PO BID x 5 days", False), ("oxycodone", "5 mg PO q6h PRN pain", True),
         ("tramadol", "50 mg PO q8h PRN", True), ("lorazepam", "0.5 mg PO qHS PRN", True), ("sertraline", "100 mg PO daily", False),
         ("tamsulosin", "0.4 mg PO daily", False), ("enoxaparin", "40 mg SC daily", False), ("ceftriaxone", "1 g IV q24h", False),
         ("hydrocodone-acetaminophen", "5-325 mg PO q6h PRN", True), ("prednisone", "40 mg PO daily x 5 days", False),
         ("spironolactone", "25 mg PO daily", False), ("gabapentin", "300 mg PO TID", False)]
DC_PROSE = [
    "The patient was admitted through the emergency department and started on empiric therapy.",
    "Telemetry showed no further arrhythmia after rate control was achieved.",
    "Renal function improved with gentle hydration and holding nephrotoxic agents.",
    "Physical therapy evaluated the patient and recommended home with outpatient therapy.",
    "Blood cultures remained negative at 48 hours and antibiotics were narrowed.",
    "Diuresis was continued with daily weights and strict intake and output monitoring.",
    "Pain was controlled on an oral regimen by the day before discharge.",
    "The patient tolerated a regular diet and ambulated independently in the hallway.",
    "Case management confirmed durable medical equipment delivery prior to discharge.",
    "Goals of care were discussed with the patient and family at the bedside.",
]


def ndc():
    return ch([f"{digits(5)}-{digits(4)}-{digits(2)}", f"{digits(4)}-{digits(4)}-{digits(2)}", f"{digits(5)}-{digits(3)}-{digits(2)}"])


@kind(24)
def discharge_summary(i):
    uk = i % 5 == 3
    hosp, dom = ch(UK_HOSPITALS if uk else HOSPITALS)
    loc = "uk" if uk else "us"
    md = i % 3 == 1
    ext = ".md" if md else (".txt.gz" if i % 10 == 7 else ".txt")
    d = Doc(f"clinical/discharge_{i:04d}{ext}")
    p = Person(loc)
    att, pcp = clinician(loc), clinician(loc)
    h = "## " if md else ""
    d.f("{h}DISCHARGE SUMMARY — {c}\n\n", h="# " if md else "", c=hosp)
    sep = "  \n" if md else "\n"
    d.f("**Patient:** {n}{s}" if md else "Patient: {n}{s}", n=(NAME, p.name), s=sep)
    if uk:
        d.f("NHS Number: {x}    Hospital No: {m}{s}", x=(NHS, nhs()), m=(MRN, f"{ch('RKTHM')}{digits(7)}"), s=sep)
    else:
        d.f("**MRN:** {m}{s}" if md else "MRN: {m}{s}", m=(MRN, mrn()), s=sep)
    d.f("**DOB:** {b} ({a} y){s}" if md else "DOB: {b} ({a} y){s}", b=(DOB, p.dob), a=2025 - p.dob_ymd[0], s=sep)
    adm, st_ = rand_date(2022, 2025), R.randrange(4 if uk else 8)
    dis = shift(adm, R.randint(1, 12))
    d.f("Admit date: {a}    Discharge date: {b}    Encounter: {e}{s}", a=("non_birth_date", fmt_date(adm, loc, st_)),
        b=("non_birth_date", fmt_date(dis, loc, st_)), e=("encounter_no", f"{digits(10, True)}"), s=sep)
    if uk:
        d.f("Consultant: {n} (GMC {g}){s}", n=(NAME, att.name), g=("gmc_no", digits(7, True)), s=sep)
        d.f("GP: {n}, {pr} — {p}{s}", n=(NAME, pcp.name), pr=ch(["Ashfield Medical Practice", "Riverside Surgery", "The Health Centre"]), p=(PH, phone("uk")), s=sep)
    else:
        if chance(0.6):
            d.f("Medicare MBI: {m}{s}", m=(MBI, mbi()), s=sep)
        d.f("Attending: {n}, {c} (NPI {x}){s}", n=(NAME, att.name), c=att.cred, x=(NPI, att.npi), s=sep)
        d.f("PCP: {n}, {c} — {p}{s}", n=(NAME, pcp.name), c=pcp.cred, p=(PH, phone("us")), s=sep)
    d.f("Home address: {a}, {c}{s}", a=(ADDR, p.street), c=p.cityline, s=sep)
    d.f("Contact: {p}{s}", p=(PH, p.phone), s=sep)
    ec = Person(loc)
    d.f("Emergency contact: {n} ({r}) {p}\n\n", n=(NAME, ec.name), r=ch(["daughter", "son", "spouse", "sister", "friend", "husband", "wife"]),
        p=(PH, ec.mobile))
    d.f("{h}DIAGNOSES\n", h=h)
    codes = R.sample(ICD_CODES, R.randint(3, 6))
    for j, (c, desc) in enumerate(codes):
        d.f("{b} {lab}: {desc} ({c})\n", b="-" if md else " ", lab="Principal" if j == 0 else "Secondary", desc=desc, c=(ICD, c))
    d.f("\n{h}{w} COURSE\n", h=h, w=("caps_word", "HOSPITAL"))
    d.w(wrap(sentences(DC_PROSE, R.randint(3, 5))))
    d.f("\n{h}MEDICATION RECONCILIATION\n", h=h)
    meds = R.sample(DRUGS, R.randint(5, 9))
    if md:
        d.w("| Medication | Sig | Home | Discharge | NDC |\n|---|---|---|---|---|\n")
    else:
        d.w(f"{'Medication':<28}{'Sig':<28}{'Action':<12}NDC\n")
    ctrl = []
    for name_, sig, cs in meds:
        act = ch(["CONTINUE", "NEW", "CHANGED", "STOP", "CONTINUE"])
        if cs:
            ctrl.append((name_, sig))
        if md:
            d.f("| {m} | {s} | {h} | {a} | {n} |\n", m=name_, s=sig, h=ch(["yes", "no"]), a=act.lower(), n=("ndc", ndc()))
        else:
            d.f("{m}{s}{a}{n}\n", m=f"{name_:<28}", s=f"{sig:<28}", a=f"{act:<12}", n=("ndc", ndc()))
    d.w("\n")
    if uk:
        d.f("Controlled drugs supplied as TTO: {c}. Pharmacist check by {n}.\n", c=", ".join(x[0] for x in ctrl) or "none", n=(NAME, Person("uk").name))
    elif ctrl:
        for name_, sig in ctrl:
            d.f("Controlled substance Rx: {m} {s}, disp #{q}, prescriber {n} DEA {x}.\n", m=name_, s=sig, q=R.randint(8, 30),
                n=(NAME, att.name), x=(DEA, att.dea))
    else:
        d.f("No controlled substances prescribed. Prescriber DEA on file: {x}.\n", x=(DEA, att.dea))
    if not uk and chance(0.4):
        d.f("Naloxone 4 mg nasal spray co-prescribed by {n} (DEA {x}, NPI {y}).\n", n=(NAME, pcp.name), x=(DEA, pcp.dea), y=(NPI, pcp.npi))
    d.f("\n{h}FOLLOW-UP\n", h=h)
    fu = clinician(loc)
    d.f("- {n}, {c} on {dt} at {t}; clinic phone {p}\n", n=(NAME, fu.name), c="Physiotherapy" if uk else fu.cred, dt=("non_birth_date", fmt_date(shift(dis, R.randint(5, 21)), loc, st_)), t=hhmm(), p=clinic_phone(loc))
    d.f("- Labs (BMP) in 1 week; pending at discharge: blood culture accession {a}\n", a=("accession_no", f"{ch('BCM')}{digits(2)}-{digits(6)}"))
    if chance(0.3):
        d.f("- Note: patient's previous admission {dt} (prior record merged: {m})\n", dt=nd(loc, y0=2018, y1=2022), m=(MRN, mrn()))
    if not uk and chance(0.3):
        d.f("- Referral fax listed NPI {x} for the accepting clinician; this number is invalid and was corrected before transmission.\n", x=("npi_bad", npi_bad()))
    if not uk and chance(0.2):
        d.f("- Outside prescription bottle shows DEA {x} (fails checksum); pharmacy notified.\n", x=("dea_bad", dea_bad(ch(LAST["us"]))))
    d.f("\n{h}DISCHARGE INSTRUCTIONS\n", h=h)
    d.w(boiler("discharge", 6, 11))
    d.f("\nElectronically signed by {n}, {c} on {dt} {t}. Document id {u}.\n", n=(NAME, att.name), c="Consultant" if uk else att.cred, dt=("non_birth_date", fmt_date(dis, loc, st_)), t=hhmm(),
        u=("uuid", uuid4()))
    if chance(0.25):
        d.f("Copy to: {n} <{e}> (secure fax {p})\n", n=(NAME, pcp.name), e=(EM, staff_email(pcp, dom)), p=(PH, phone(loc)))
    return d


def ascii_person(res="us", **kw):
    while True:
        p = Person(res, **kw)
        if (p.name + p.street + p.name_mi).isascii():
            return p


# ===================================================================== 4. court filings and subpoenas

COUNTIES = [("Maricopa", "ARIZONA", "SUPERIOR COURT OF THE STATE OF ARIZONA"), ("Fresno", "CALIFORNIA", "SUPERIOR COURT OF THE STATE OF CALIFORNIA"),
            ("Travis", "TEXAS", "DISTRICT COURT OF TRAVIS COUNTY, TEXAS"), ("Cook", "ILLINOIS", "CIRCUIT COURT OF COOK COUNTY, ILLINOIS"),
            ("King", "WASHINGTON", "SUPERIOR COURT OF WASHINGTON FOR KING COUNTY"), ("Hennepin", "MINNESOTA", "DISTRICT COURT, FOURTH JUDICIAL DISTRICT")]
BANKS_US = ["First Harbor Bank, N.A.", "Tidewater Federal Credit Union", "Great Plains Savings Bank", "Cascade Community Bank",
            "Pioneer Valley Credit Union", "Summit National Bank"]
LEGAL_PROSE = [
    "The records sought are relevant to the claims and defenses at issue and are not privileged.",
    "Production may be made by mail or secure electronic transfer in lieu of personal appearance.",
    "Any objection must be served in writing before the time specified for compliance.",
    "The parties have stipulated to a protective order governing confidential financial information.",
    "Personal identifiers must be redacted from any public filing pursuant to the applicable rules.",
    "Failure to comply without adequate excuse may be deemed a contempt of the court.",
    "The custodian may satisfy this subpoena by producing a declaration authenticating the records.",
]


def docket():
    return ch([f"{R.randint(21, 25)}-CV-{digits(5)}", f"CV{R.randint(2021, 2025)}-{digits(6)}", f"{R.randint(2022, 2025)}L{digits(6)}",
               f"{digits(2)}-2-{digits(5)}-{R.randint(1, 9)} SEA", f"27-CV-{R.randint(22, 25)}-{digits(5)}"])


def attorney_block(d):
    a = ascii_person("us")
    firm = ch(LAW_FIRMS)
    d.f("{n} (Bar No. {b})\n", n=(NAME, a.name_mi), b=("bar_no", digits(6, True)))
    d.f("{f}\n{s}\n{c}\n", f=("company_name", firm), s=(ADDR, us_street()), c=cityline("us"))
    d.f("Telephone: {p}\nEmail: {e}\nAttorneys for Plaintiff\n\n", p=(PH, phone("us", ch([0, 1]))),
        e=(EM, staff_email(a, ch(["pholaw.com", "wdpc-law.com", "arl-llp.com", "cblaw.com", "mfalaw.com"]))))
    return a


@kind(22)
def legal_filing(i):
    rtf = i % 4 == 2
    sub = ch(["bank", "bank", "employer", "medical", "complaint"])
    d = Doc(f"legal/{sub + '_subpoena' if sub != 'complaint' else 'complaint'}_{i:04d}{'.rtf' if rtf else '.txt'}", rtf=rtf)
    if rtf:
        d.raw(RTF_HEAD)
    atty = attorney_block(d)
    county, _state, court = ch(COUNTIES)
    pl, df = ascii_person("us"), ascii_person("us")
    d.f("{court}\nIN AND FOR THE COUNTY OF {c}\n\n", court=court, c=county.upper())
    d.f("{p}, an individual,\n        Plaintiff,\n  v.\n{df}, an individual; and DOES 1 through 20,\n        Defendants.\n\n",
        p=(NAME, pl.name.upper()), df=(NAME, df.name.upper()))
    d.f("Case No. {c}\nHearing: {dt}, {t}, Dept. {dept}\n\n", c=("docket_no", docket()), dt=nd(y0=2024, y1=2026), t=hhmm(), dept=R.randint(2, 60))
    if sub == "bank":
        bank = ch(BANKS_US)
        d.f("SUBPOENA DUCES TECUM FOR PRODUCTION OF BUSINESS RECORDS\n\nTO: Custodian of Records, {b}\n\n", b=bank)
        d.w("YOU ARE ORDERED to produce the following records pertaining to the account holder identified below:\n\n")
        d.f("  Account holder:   {n}\n  Also known as:    {n2}\n  Date of birth:    {b}\n  SSN:              {s}\n  Last known addr.: {a}, {c}\n",
            n=(NAME, df.name), n2=(NAME, f"{df.first[0]}. {df.last}"), b=(DOB, df.dob), s=(SSN, ssn(0)), a=(ADDR, df.street), c=df.cityline)
        st_, dl_ = drivers_license(df.state)
        d.f("  ID presented:     {k}\n", k=[f"{STATE_NAMES.get(st_, st_)} driver license ", (DL, dl_)] if chance(0.6) else ["U.S. passport ", (PASS, passport())])
        for _ in range(R.randint(1, 3)):
            d.f("  Account no.:      {a}   (routing {r})\n", a=(ACCT, account()), r=(ABA, aba()))
        d.f("\nfor the period {a} through {b}, including signature cards, monthly statements, wire transfer records, and records of any "
            "debit or credit card issued on the account, including card number {c}.\n\n", a=nd(y0=2020, y1=2022), b=nd(y0=2023, y1=2024),
            c=(CC, fmt_card(card())))
    elif sub == "employer":
        emp = ch(["Harbourline Logistics Inc.", "Crestview Senior Living LLC", "Meridian Foods Distribution", "Blue Mesa Hospitality Group"])
        d.f("DEPOSITION SUBPOENA FOR PRODUCTION OF EMPLOYMENT RECORDS\n\nTO: Custodian of Records, {e}\n\n", e=emp)
        d.f("Employee: {n}   DOB: {b}   SSN: {s}   Employee ID: {id}\nHome address on file: {a}, {c}\nPersonal email: {m}\n\n",
            n=(NAME, pl.name), b=(DOB, pl.dob), s=(SSN, ssn()), id=("employee_id", f"E{digits(6)}"), a=(ADDR, pl.street), c=pl.cityline, m=(EM, pl.email))
        d.f("Records requested: personnel file, payroll records (including direct deposit to routing {r}, account {a}), W-2 and W-4 forms, "
            "attendance and leave records from {d1} to present.\n\n", r=(ABA, aba()), a=(ACCT, account()), d1=nd(y0=2019, y1=2022))
    elif sub == "medical":
        prov = clinician()
        d.f("SUBPOENA FOR PERSONAL RECORDS (MEDICAL) — HIPAA QUALIFIED PROTECTIVE ORDER ATTACHED\n\nTO: Custodian of Records, {h}\n\n", h=ch(HOSPITALS)[0])
        d.f("Patient: {n}   Date of birth: {b}   MRN: {m}\nTreating provider: {pr}, NPI {np}\nDates of service: {a} to {z}\n",
            n=(NAME, pl.name), b=(DOB, pl.dob), m=(MRN, mrn()), pr=(NAME, prov.name), np=(NPI, prov.npi), a=nd(y0=2021, y1=2023), z=nd(y0=2023, y1=2025))
        c1, c2 = icd(), icd()
        d.f("Including records relating to diagnoses coded {a} and {b}, imaging, billing ledgers and Medicare correspondence (MBI {m}), and all "
            "controlled-substance prescriptions issued under DEA registration {x}.\n\n", a=(ICD, c1[0]), b=(ICD, c2[0]), m=(MBI, mbi()), x=(DEA, prov.dea))
    else:
        d.f("COMPLAINT FOR DAMAGES (IDENTITY THEFT; FCRA, 15 U.S.C. § 1681 et seq.)\n\n")
        d.f("1. Plaintiff {n} is an individual residing at {a}, {c}. Plaintiff's date of birth is {b}.\n", n=(NAME, pl.name), a=(ADDR, pl.street),
            c=pl.cityline, b=(DOB, pl.dob))
        d.f("2. On or about {dt}, Defendant {df} used Plaintiff's Social Security number ({s}) to open credit accounts without authorization.\n",
            dt=nd(y0=2022, y1=2024), df=(NAME, df.name), s=(SSN, ssn()))
        d.f("3. The fraudulent accounts include card numbers {a} and {b}, each opened online from IP address {ip}.\n",
            a=(CC, fmt_card(card())), b=(CC, fmt_card(card())), ip=(IP, ip()))
        d.f("4. Defendant registered the email address {e} and the telephone number {p} to the accounts.\n", e=(EM, df.email), p=(PH, df.phone))
        d.f("5. Defendant is not affiliated with {c}, whose name appears on several merchant descriptors.\n\n", c=("company_name", company_name()))
    d.w(wrap(sentences(LEGAL_PROSE, R.randint(2, 4))))
    if sub != "complaint":
        d.w("\n", boiler("subpoena", 6, 10))
    d.f("\nDated: {dt}\n\n/s/ {n}\n{n2}\n", dt=nd(y0=2024, y1=2025), n=(NAME, atty.name), n2=(NAME, atty.name_mi.upper()))
    if chance(0.4):
        d.f("\nPROOF OF SERVICE: served by {m} on {dt} upon {n} at {a}, {c}.\n", m=ch(["personal delivery", "certified mail"]),
            dt=nd(y0=2024, y1=2025), n=(NAME, ascii_person().name), a=(ADDR, us_street()), c=cityline("us"))
    if rtf:
        d.raw("\\par\n}\n")
    return d


# ===================================================================== 5. residential lease agreements

MGMT = [("Harborline Property Management LLC", "harborline-pm.com"), ("Crescent Oak Residential", "crescentoakres.com"),
        ("Bellwether Apartment Homes", "bellwetherhomes.com"), ("Red Cedar Realty Group", "redcedarrealty.com")]
LEASE_PROSE_EN = [
    "Tenant shall keep the Premises in a clean and sanitary condition and shall promptly notify Landlord of any needed repairs.",
    "Landlord may enter the Premises upon twenty-four hours' written notice for inspection, repairs, or to show the unit.",
    "Tenant shall not make alterations, paint, or install fixtures without the prior written consent of Landlord.",
    "Late charges of five percent of the monthly rent apply to any payment received after the fifth day of the month.",
    "Smoking of any substance is prohibited inside the Premises and within twenty-five feet of any building entrance.",
    "Tenant is responsible for electricity, internet and renter's insurance; Landlord pays water, sewer and trash.",
    "This Lease shall be governed by the laws of the state in which the Premises are located.",
    "Any holdover after expiration of the term shall create a month-to-month tenancy at one hundred twenty-five percent of the rent.",
    "Tenant acknowledges receipt of the lead-based paint disclosure and the move-in condition checklist.",
    "Quiet hours are observed between 10:00 p.m. and 7:00 a.m.; repeated violations constitute a default under this Lease.",
]


def lease_en(d, i):
    mg, dom = ch(MGMT)
    t = Person("us")
    agent = Person("us")
    prem = us_street()
    pcity = cityline("us")
    start = rand_date(2023, 2025)
    st_ = R.randrange(8)
    d.f("RESIDENTIAL LEASE AGREEMENT\nLease ID: {l}\n\n", l=("lease_no", f"L-{digits(6)}-{R.randint(1, 9)}"))
    d.f("This Residential Lease Agreement (\"Lease\") is made on {dt} between {m} (EIN {e}), as agent for the owner "
        "(\"Landlord\"), and {n} (\"Tenant\").\n\n", dt=("non_birth_date", fmt_date(shift(start, -R.randint(5, 40)), "us", st_)), m=mg,
        e=(EIN, ein()), n=(NAME, t.name_mi))
    d.f("1. PREMISES. Landlord leases to Tenant the dwelling located at {a}, {c} (the \"Premises\"), Assessor's Parcel No. {apn}.\n\n",
        a=(ADDR, prem), c=pcity, apn=("parcel_no", f"{digits(3)}-{digits(3)}-{digits(2)}" if chance(0.5) else f"{digits(4)}-{digits(3)}-{digits(3)}"))
    d.f("2. TERM. The term begins on {a} and ends on {b}.\n\n", a=("non_birth_date", fmt_date(start, "us", st_)),
        b=("non_birth_date", fmt_date(shift(start, 364), "us", st_)))
    d.f("3. RENT. Monthly rent is {r}, due on the first day of each month. Tenant elects ACH debit from {b}, routing number {aba}, "
        "account number {acct}. Tenant may change the payment method through the resident portal.\n\n", r=money(900, 4200),
        b=ch(BANKS_US), aba=(ABA, aba()), acct=(ACCT, account()))
    d.f("4. SECURITY DEPOSIT. Tenant has paid a security deposit of {m}, held in a trust account at {b}. The deposit will be returned "
        "within twenty-one days after Tenant vacates, less lawful deductions, to the forwarding address Tenant provides.\n\n",
        m=money(500, 4000), b=ch(BANKS_US))
    occ = [Person("us", origin=t.origin, minor=True) for _ in range(R.randint(0, 2))]
    d.w("5. OCCUPANTS. The Premises shall be occupied only by Tenant")
    for o in occ:
        d.f(", {n} (born {b})", n=(NAME, f"{o.first} {t.last}"), b=(DOB, o.dob))
    d.w(".\n\n")
    for k, para in enumerate(R.sample(LEASE_PROSE_EN, R.randint(4, 7))):
        d.w(wrap(f"{6 + k}. {para}"), "\n")
    d.w(boiler("lease", 8, 12, numbered=True, start=6 + k + 1), "\n")
    d.f("NOTICES. Notices to Landlord: {m}, {a}, {c}; {e}. Maintenance line {p}. The management office on {st} is closed on "
        "public holidays.\n\n", m=mg, a=(ADDR, us_street()), c=cityline("us"), e=(EM, f"leasing@{dom}"), p=clinic_phone("us"),
        st=("street_name", ch(STREET_NAMES)))
    d.f("TENANT INFORMATION (from approved application {a}, screened {dt})\n", a=("application_no", f"APP-{digits(7)}"), dt=nd())
    stt, dl = drivers_license(t.state)
    d.f("  Name: {n}\n  Date of birth: {b}\n  SSN: {s}\n  Driver's license: {dl} ({st})\n  Phone: {p}    Email: {e}\n",
        n=(NAME, t.name), b=(DOB, t.dob), s=(SSN, ssn()) if chance(0.75) else (ITIN, itin()), dl=(DL, dl), st=stt, p=(PH, t.phone), e=(EM, t.email))
    d.f("  Previous address: {a}, {c}\n", a=(ADDR, t.street), c=t.cityline)
    ec = Person("us")
    d.f("  Emergency contact: {n}, {p}\n  Employer: {c}, monthly income {m}\n\n", n=(NAME, ec.name), p=(PH, ec.phone),
        c=ch(["Meridian Foods Distribution", "Crestview Senior Living LLC", "County of " + ch(COUNTIES)[0], "self-employed"]), m=money(2500, 15000))
    d.f("LANDLORD: ______________________  {n}, Property Manager    Date: {dt}\n", n=(NAME, agent.name), dt=nd())
    d.f("TENANT:   ______________________  {n}    Date: {dt}\n", n=(NAME, t.name), dt=nd())
    d.f("\nDocuSign Envelope ID: {u}\n", u=("uuid", uuid4().upper()))


LEASE_EU = {
    "de": ["§ 6 Schönheitsreparaturen: Der Mieter übernimmt die Schönheitsreparaturen innerhalb der Wohnung, soweit sie durch seine Nutzung erforderlich werden.",
           "§ 7 Tierhaltung: Die Haltung von Kleintieren ist gestattet; für Hunde und Katzen ist die vorherige Zustimmung des Vermieters erforderlich.",
           "§ 8 Untervermietung: Eine Untervermietung ist nur mit schriftlicher Erlaubnis des Vermieters zulässig.",
           "§ 9 Hausordnung: Die beigefügte Hausordnung ist Bestandteil dieses Vertrages; Ruhezeiten sind von 22 bis 6 Uhr einzuhalten.",
           "§ 10 Betriebskosten: Über die Vorauszahlungen wird jährlich abgerechnet; Nachforderungen sind innerhalb von dreißig Tagen fällig.",
           "§ 11 Kündigung: Die Kündigungsfrist richtet sich nach den gesetzlichen Vorschriften des BGB.",
           "§ 12 Schlussbestimmungen: Änderungen und Ergänzungen dieses Vertrages bedürfen der Schriftform."],
    "fr": ["V. Charges récupérables : régularisation annuelle sur la base des dépenses réelles de l'immeuble.",
           "VI. Assurance : le locataire est tenu de s'assurer contre les risques locatifs et d'en justifier chaque année.",
           "VII. Travaux : le locataire ne peut transformer les locaux sans l'accord écrit du bailleur.",
           "VIII. Clause résolutoire : à défaut de paiement du loyer, le bail sera résilié de plein droit deux mois après un commandement de payer demeuré infructueux.",
           "IX. État des lieux : un état des lieux contradictoire est établi lors de la remise et de la restitution des clés.",
           "X. Diagnostics techniques annexés : DPE, constat de risque d'exposition au plomb, état des risques et pollutions."],
    "es": ["CUARTA.- Gastos: los gastos de comunidad y el IBI serán de cuenta del arrendador; los suministros, del arrendatario.",
           "QUINTA.- Conservación: el arrendatario realizará las pequeñas reparaciones que exija el desgaste por el uso ordinario de la vivienda.",
           "SEXTA.- Cesión y subarriendo: queda prohibido sin el consentimiento escrito del arrendador.",
           "SÉPTIMA.- Duración: el contrato se celebra por un año, prorrogable anualmente conforme a la Ley de Arrendamientos Urbanos.",
           "OCTAVA.- Obras: el arrendatario no podrá realizar obras que modifiquen la configuración de la vivienda sin autorización.",
           "NOVENA.- Jurisdicción: las partes se someten a los juzgados y tribunales del lugar donde radica la finca."],
    "nl": ["Artikel 5 – Servicekosten: de voorschotten worden jaarlijks verrekend op basis van de werkelijke kosten.",
           "Artikel 6 – Onderhoud: kleine herstellingen komen voor rekening van huurder conform het Besluit kleine herstellingen.",
           "Artikel 7 – Onderhuur: het is huurder niet toegestaan het gehuurde geheel of gedeeltelijk onder te verhuren.",
           "Artikel 8 – Oplevering: bij het einde van de huur levert huurder het gehuurde op in de staat zoals beschreven in het opnamerapport.",
           "Artikel 9 – Algemene bepalingen: de algemene bepalingen huurovereenkomst woonruimte maken deel uit van deze overeenkomst."],
    "pl": ["§4. Najemca zobowiązuje się do używania lokalu zgodnie z jego przeznaczeniem oraz do dokonywania drobnych napraw.",
           "§5. Opłaty za media (energia elektryczna, gaz, internet) ponosi Najemca według wskazań liczników.",
           "§6. Podnajem lokalu wymaga pisemnej zgody Wynajmującego.",
           "§7. Umowa zostaje zawarta na czas określony dwunastu miesięcy; każda ze stron może ją wypowiedzieć z zachowaniem miesięcznego okresu wypowiedzenia.",
           "§8. W sprawach nieuregulowanych niniejszą umową zastosowanie mają przepisy Kodeksu cywilnego.",
           "§9. Umowę sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron."],
}


def lease_eu(d, i, loc):
    ll, t = Person(loc), Person(loc)
    prem, pcity = eu_street(loc), cityline(loc)
    city = pcity.split(" ", 1)[1] if loc not in ("uk", "ie") else pcity.rsplit(" ", 2)[0]
    start = rand_date(2023, 2025)
    ib, ib2 = iban_raw(IBAN_OF[loc]), iban_raw(IBAN_OF[loc])
    pool = LEASE_EU.get(loc, [])
    extra = "\n".join(wrap(pool[j]) for j in sorted(R.sample(range(len(pool)), min(len(pool), R.randint(3, 6))))) + "\n" if pool else ""
    if loc == "de":
        d.w("MIETVERTRAG ÜBER WOHNRAUM\n\n")
        d.f("zwischen\n  {n}, {a}, {c}\n  – nachstehend „Vermieter“ –\nund\n  {m}, geboren am {b}, derzeit wohnhaft {a2}, {c2}\n"
            "  – nachstehend „Mieter“ –\n\n", n=(NAME, ll.name), a=(ADDR, ll.street), c=ll.cityline, m=(NAME, t.name), b=(DOB, t.dob),
            a2=(ADDR, t.street), c2=t.cityline)
        d.f("§ 1 Mietsache\nVermietet wird die Wohnung im {g}. OG {s}, {a}, {c}, bestehend aus {z} Zimmern, Küche, Bad.\n\n",
            g=R.randint(1, 5), s=ch(["links", "rechts", "Mitte"]), a=(ADDR, prem), c=pcity, z=R.randint(1, 4))
        d.f("§ 2 Mietzeit\nDas Mietverhältnis beginnt am {dt} und läuft auf unbestimmte Zeit.\n\n", dt=("non_birth_date", fmt_date(start, "de")))
        d.f("§ 3 Miete\nDie Nettokaltmiete beträgt {m}, die Betriebskostenvorauszahlung {v}. Die Miete ist bis zum dritten Werktag "
            "eines jeden Monats auf das Konto des Vermieters zu zahlen:\n  IBAN {ib}\n  BIC {bc}\n\n", m=money(500, 1800, "€"),
            v=money(90, 350, "€"), ib=(IBAN, fmt_iban(ib)), bc=(BIC, bic(iban_value=ib)))
        d.f("§ 4 Mietsicherheit\nDer Mieter leistet eine Kaution von drei Nettokaltmieten auf ein Mietkautionskonto (IBAN {ib}).\n\n",
            ib=(IBAN, fmt_iban(ib2)))
        d.f("§ 5 Kontakt\nMieter: Tel. {p}, E-Mail {e}\nVermieter: Tel. {p2}\n\n", p=(PH, t.phone), e=(EM, t.email), p2=(PH, ll.phone))
        d.w(extra)
        d.f("{c}, den {dt}\n\n______________________          ______________________\n{n}                    {m}\n",
            c=city, dt=nd("de"), n=(NAME, ll.name), m=(NAME, t.name))
    elif loc == "fr":
        d.w("CONTRAT DE LOCATION — LOCAL À USAGE D'HABITATION\n(soumis à la loi n° 89-462 du 6 juillet 1989)\n\n")
        d.f("Le bailleur : {n}, demeurant {a}, {c}, téléphone {p}\n", n=(NAME, ll.name), a=(ADDR, ll.street), c=ll.cityline, p=(PH, ll.phone))
        d.f("Le locataire : {n}, né(e) le {b}, courriel {e}, téléphone {p}\n\n", n=(NAME, t.name), b=(DOB, t.dob), e=(EM, t.email), p=(PH, t.mobile))
        d.f("I. Désignation des locaux : appartement de type T{k}, {a}, {c}, {e}e étage.\n", k=R.randint(1, 5), a=(ADDR, prem), c=pcity, e=R.randint(1, 7))
        d.f("II. Date de prise d'effet : {dt} ; durée : trois ans.\n", dt=("non_birth_date", fmt_date(start, "fr")))
        d.f("III. Loyer mensuel : {m}, charges {c}, payable par virement au compte IBAN {ib}, BIC {bc}.\n", m=money(450, 1900, "€"),
            c=money(30, 200, "€"), ib=(IBAN, fmt_iban(ib)), bc=(BIC, bic(iban_value=ib)))
        d.f("IV. Dépôt de garantie : un mois de loyer hors charges. Garant : {n}, {a}, {c}.\n\n", n=(NAME, Person("fr").name),
            a=(ADDR, eu_street("fr")), c=cityline("fr"))
        d.w(extra, "\n")
        d.f("Fait à {c}, le {dt}, en deux exemplaires originaux.\n", c=city, dt=nd("fr"))
    elif loc == "es":
        d.w("CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\n")
        d.f("En {c}, a {dt}\n\nREUNIDOS\nDe una parte, D./Dña. {n}, con domicilio en {a}, {cc} (ARRENDADOR).\n", c=city,
            dt=("non_birth_date", fmt_date(start, "es", 1)), n=(NAME, ll.name), a=(ADDR, ll.street), cc=ll.cityline)
        d.f("De otra parte, D./Dña. {n}, nacido/a el {b}, teléfono {p}, correo {e} (ARRENDATARIO).\n\n", n=(NAME, t.name), b=(DOB, t.dob),
            p=(PH, t.phone), e=(EM, t.email))
        d.f("PRIMERA.- Objeto: la vivienda sita en {a}, {c}, referencia catastral {rc}.\n", a=(ADDR, prem), c=pcity,
            rc=("cadastral_ref", f"{digits(7)}{letters(2)}{digits(4)}{letters(1)}{digits(4)}{letters(2)}"))
        d.f("SEGUNDA.- Renta: {m} mensuales, a ingresar en la cuenta {ib} ({bc}) dentro de los siete primeros días de cada mes.\n",
            m=money(500, 1600, "€"), ib=(IBAN, fmt_iban(ib)), bc=(BIC, bic(iban_value=ib)))
        d.f("TERCERA.- Fianza: una mensualidad, depositada en el organismo autonómico competente.\n")
        d.w(extra, "\nY en prueba de conformidad, firman el presente contrato por duplicado.\n")
    elif loc == "nl":
        d.w("HUUROVEREENKOMST WOONRUIMTE\n\n")
        d.f("Ondergetekenden:\n1. {n}, wonende te {a}, {c}, hierna „verhuurder”;\n2. {m}, geboren op {b}, telefoon {p}, e-mail {e}, hierna „huurder”.\n\n",
            n=(NAME, ll.name), a=(ADDR, ll.street), c=ll.cityline, m=(NAME, t.name), b=(DOB, t.dob), p=(PH, t.phone), e=(EM, t.email))
        d.f("Artikel 1 – Het gehuurde: de woning {a}, {c}.\nArtikel 2 – Duur: ingangsdatum {dt}, voor onbepaalde tijd.\n", a=(ADDR, prem), c=pcity,
            dt=("non_birth_date", fmt_date(start, "nl")))
        d.f("Artikel 3 – Huurprijs: {m} per maand, bij vooruitbetaling te voldoen op rekening {ib} t.n.v. {n}.\n", m=money(700, 2200, "€"),
            ib=(IBAN, fmt_iban(ib)), n=(NAME, ll.name))
        d.f("Artikel 4 – Waarborgsom: twee maanden huur.\n")
        d.w(extra)
        d.f("\nAldus opgemaakt te {c} op {dt}.\n", c=city, dt=nd("nl"))
    elif loc == "pl":
        d.w("UMOWA NAJMU LOKALU MIESZKALNEGO\n\n")
        d.f("zawarta w dniu {dt} w {c} pomiędzy:\n{n}, zam. {a}, {cc}, zwanym dalej Wynajmującym,\na\n{m}, ur. {b}, tel. {p}, e-mail {e}, "
            "zwanym dalej Najemcą.\n\n", dt=("non_birth_date", fmt_date(start, "pl")), c=city, n=(NAME, ll.name), a=(ADDR, ll.street), cc=ll.cityline,
            m=(NAME, t.name), b=(DOB, t.dob), p=(PH, t.phone), e=(EM, t.email))
        d.f("§1. Przedmiotem najmu jest lokal mieszkalny położony przy {a}, {c}.\n", a=(ADDR, prem), c=pcity)
        d.f("§2. Czynsz najmu wynosi {m} miesięcznie i płatny jest do 10. dnia miesiąca na rachunek {ib}.\n", m=money(1800, 5200, "zł"),
            ib=(IBAN, fmt_iban(ib)))
        d.f("§3. Kaucja zabezpieczająca wynosi dwukrotność czynszu.\n")
        d.w(extra, "\n______________________          ______________________\n      Wynajmujący                         Najemca\n")
    else:  # uk / ie / pt / it -> English-language AST
        d.w("ASSURED SHORTHOLD TENANCY AGREEMENT\n\n")
        d.f("Landlord: {n} of {a}, {c}\nTenant: {m} (date of birth {b}), telephone {p}, email {e}\n", n=(NAME, ll.name), a=(ADDR, ll.street),
            c=ll.cityline, m=(NAME, t.name), b=(DOB, t.dob), p=(PH, t.phone), e=(EM, t.email))
        d.f("Property: {a}, {c}\nTerm: 12 months commencing {dt}\n", a=(ADDR, prem), c=pcity, dt=("non_birth_date", fmt_date(start, "uk")))
        d.f("Rent: {m} per calendar month payable by standing order to {ib} (BIC {bc}).\n", m=money(700, 2600, "£"),
            ib=(IBAN, fmt_iban(ib)), bc=(BIC, bic(iban_value=ib)))
        d.f("Deposit protected with the scheme under certificate {c}.\n\n", c=("certificate_no", f"{letters(2)}{digits(8)}"))
    if loc in ("uk", "ie", "pt", "it"):
        d.w("\n", boiler("lease", 6, 10, numbered=True, start=1))


@kind(22)
def lease_agreement(i):
    loc = "us" if i % 2 == 0 else ch(["de", "fr", "es", "nl", "pl", "uk", "ie", "de", "fr"])
    ext = ".rtf" if i % 9 == 4 else ".txt"
    d = Doc(f"leases/lease_{loc}_{i:04d}{ext}", rtf=ext == ".rtf")
    if ext == ".rtf":
        d.raw(RTF_HEAD)
    if loc == "us":
        lease_en(d, i)
    else:
        lease_eu(d, i, loc)
    if ext == ".rtf":
        d.raw("\\par\n}\n")
    return d


# ===================================================================== 6. travel itineraries and hotel folios

AIRPORTS = ["SFO", "JFK", "ORD", "ATL", "DFW", "SEA", "BOS", "MIA", "DEN", "LAX", "FRA", "LHR", "CDG", "AMS", "MAD", "LIS",
            "WAW", "DUB", "FCO", "NRT", "ICN", "DXB", "SIN", "GRU", "MEX"]
AIRLINES = [("UA", "United"), ("LH", "Lufthansa"), ("DL", "Delta"), ("BA", "British Airways"), ("AF", "Air France"), ("KL", "KLM"),
            ("IB", "Iberia"), ("TP", "TAP Air Portugal"), ("LO", "LOT"), ("AA", "American"), ("EI", "Aer Lingus")]
HOTELS = ["The Meridian Harbour Hotel", "Hotel Alder & Vine", "Grand Solstice Resort", "Parkside Suites Downtown", "Hotel Lindenhof"]
# gate labels that happen to be valid ICD-10 categories
GATES = ["B20", "C61", "D62", "R55", "E11", "F32", "A41", "K21", "G43", "B12", "C34", "D50", "E03", "F41", "A12"]


FARE_RULES = [
    "Changes are permitted up to 24 hours before departure for a fee plus any fare difference.",
    "Basic Economy fares are non-refundable and do not allow seat selection or changes after 24 hours from booking.",
    "One carry-on bag and one personal item are included; checked bags are charged per bag per direction unless stated otherwise.",
    "Names on the reservation must exactly match the government-issued ID presented at the airport.",
    "International travellers are responsible for visas, entry requirements and health documentation for every country on the itinerary.",
    "Check-in closes 60 minutes before international departures and 45 minutes before domestic departures.",
    "If you do not travel on any flight segment, all subsequent segments of the reservation may be cancelled.",
    "Hotel cancellations must be made by 6 p.m. local time on the day of arrival to avoid a one-night charge.",
    "Travel insurance was declined at the time of booking.",
]


TRIP = [None]


def flight_line(d, loc="en"):
    al = ch(AIRLINES)
    a, b = R.sample(AIRPORTS, 2)
    TRIP[0] = shift(TRIP[0], R.randint(0, 6)) if TRIP[0] else rand_date(2024, 2025)
    dt = TRIP[0]
    dep = hhmm()
    if loc == "es":
        d.f("  Vuelo {al}{n}  {a} → {b}  {dt}  Salida {t}  Puerta {g}  Asiento {s}\n", al=al[0], n=R.randint(10, 9999), a=a, b=b,
            dt=("non_birth_date", fmt_date(dt, "es")), t=dep, g=("gate", ch(GATES)), s=f"{R.randint(1, 45)}{ch('ABCDEF')}")
    elif loc == "pt":
        d.f("  Voo {al}{n}  {a} → {b}  {dt}  Partida {t}  Porta {g}  Lugar {s}\n", al=al[0], n=R.randint(10, 9999), a=a, b=b,
            dt=("non_birth_date", fmt_date(dt, "pt")), t=dep, g=("gate", ch(GATES)), s=f"{R.randint(1, 45)}{ch('ABCDEF')}")
    else:
        d.f("  {al} {n}  {a} -> {b}  {dt}  Dep {t}  Gate {g}  Seat {s}  ({c})\n", al=al[0], n=R.randint(10, 9999), a=a, b=b,
            dt=("non_birth_date", fmt_date(dt, "us", ch([2, 3, 4, 5]))), t=dep, g=("gate", ch(GATES)), s=f"{R.randint(1, 45)}{ch('ABCDEFHJK')}",
            c=ch(["Economy", "Premium Economy", "Business", "Basic Economy"]))


def itinerary(d, i):
    TRIP[0] = None
    lang = ch(["en", "en", "en", "es", "pt"])
    n_trav = R.randint(1, 4)
    travs = [Person("us") for _ in range(n_trav)]
    agent = Person("us")
    ag_dom = ch(["wanderlane-travel.com", "bluecompass.travel", "corporatetrips.io"])
    d.f("From: {a} <{e}>\nTo: {n} <{m}>\nDate: {dt}\nSubject: ", a=(NAME, agent.name), e=(EM, staff_email(agent, ag_dom)), n=(NAME, travs[0].name),
        m=(EM, travs[0].email), dt=iso_ts(2024, 2025, ms=False))
    if lang == "es":
        d.f("Confirmación de reserva {p}\n\nEstimado/a {n}:\n\nAdjuntamos el itinerario de su viaje. Localizador: {p2}\n\n", p=("pnr", pnr()),
            n=(NAME, travs[0].name), p2=("pnr", pnr()))
        d.w("PASAJEROS\n")
        for t in travs:
            d.f("  {n} — fecha de nacimiento {b} — pasaporte EE. UU. {pp} (vence {x}) — billete {tk}\n", n=(NAME, t.name),
                b=(DOB, fmt_date(t.dob_ymd, "es")), pp=(PASS, passport()), x=nd("es", y0=2027, y1=2034), tk=("e_ticket", e_ticket()))
        d.w("\nVUELOS\n")
        for _ in range(R.randint(2, 4)):
            flight_line(d, "es")
        d.f("\nContacto de emergencia: {n}, {p}\nPago: tarjeta terminada en {l}; importe {m}\n", n=(NAME, Person("es").name), p=(PH, phone("es")),
            l=digits(4), m=money(300, 6000, "€"))
        return
    if lang == "pt":
        d.f("Confirmação da reserva {p}\n\nCaro(a) {n},\n\nSegue o seu itinerário. Código de reserva: {p2}\n\n", p=("pnr", pnr()),
            n=(NAME, travs[0].name), p2=("pnr", pnr()))
        for t in travs:
            d.f("  Passageiro: {n} | nascimento {b} | passaporte (EUA) {pp} | bilhete {tk}\n", n=(NAME, t.name),
                b=(DOB, fmt_date(t.dob_ymd, "pt")), pp=(PASS, passport()), tk=("e_ticket", e_ticket()))
        d.w("\n")
        for _ in range(R.randint(2, 4)):
            flight_line(d, "pt")
        d.f("\nTelefone de contacto: {p}\n", p=(PH, travs[0].mobile))
        return
    d.f("Your trip confirmation — record locator {p}\n\n", p=("pnr", pnr()))
    d.f("Hello {n},\n\nThank you for booking with us. Please review the details below and make sure the names match the travel documents.\n\n",
        n=(NAME, travs[0].first) if chance(0.3) else (NAME, travs[0].name))
    d.w("TRAVELERS\n")
    for t in travs:
        d.f("  {n}\n    Date of birth: {b}    Passport: {pp} (USA), expires {x}\n    Known Traveler Number: {k}    Frequent flyer ({al}): {ff}\n"
            "    E-ticket: {tk}\n", n=(NAME, t.name_mi.upper() if chance(0.3) else t.name), b=(DOB, t.dob), pp=(PASS, passport()),
            x=nd(y0=2027, y1=2035), k=("ktn", f"TT{digits(7)}" if chance(0.5) else digits(9, True)), al=ch(AIRLINES)[0],
            ff=("loyalty_no", f"{letters(2)}{digits(7)}" if chance(0.5) else digits(11, True)), tk=("e_ticket", e_ticket()))
    d.w("\nFLIGHTS\n")
    for _ in range(R.randint(2, 5)):
        flight_line(d)
    if chance(0.6):
        st_ = R.randrange(8)
        d.f("\nHOTEL\n  {h}, {a}, {c}\n  Check-in {x}  Check-out {y}  Confirmation {cf}\n", h=ch(HOTELS), a=(ADDR, us_street()), c=cityline("us"),
            x=("non_birth_date", fmt_date(TRIP[0], "us", st_)), y=("non_birth_date", fmt_date(shift(TRIP[0], R.randint(1, 6)), "us", st_)), cf=("confirmation_no", digits(ch([8, 9, 10]), True)))
    if chance(0.5):
        d.f("\nCAR\n  Pick-up at the {s} location; confirmation {cf}. Driver license on file: {dl}\n", s=("street_name", ch(STREET_NAMES)),
            cf=("confirmation_no", f"{digits(8, True)}{ch(['US', 'COUNT'])}"), dl=(DL, drivers_license(travs[0].state)[1]))
    d.f("\nPayment: {b} ending {l}. Total charged {m}.\nMobile on file: {p}\nQuestions? Call {ph} or reply to this email.\n",
        b=ch(["Visa", "Mastercard", "Amex"]), l=digits(4), m=money(300, 9000), p=(PH, travs[0].mobile), ph=clinic_phone("us"))
    d.w("\nFARE RULES AND BAGGAGE\n", wrap(" ".join(R.sample(FARE_RULES, R.randint(3, 6)))))
    d.f("\n--\n{a}\nSenior Travel Consultant\n", a=(NAME, agent.name))


def hotel_folio(d, i):
    g = Person()
    hotel = ch(HOTELS)
    hloc = ch(["us", "us", "de", "uk", "fr", "es", "nl"])
    cur = {"us": "$", "uk": "£"}.get(hloc, "€")
    d.f("{h}\n{a}, {c}\nTel {p}   VAT/Tax ID {v}\n\n", h=hotel, a=(ADDR, us_street() if hloc == "us" else eu_street(hloc)), c=cityline(hloc),
        p=clinic_phone(hloc), v=(EIN, ein()) if hloc == "us" else ("vat_id", f"{hloc.upper() if hloc != 'uk' else 'GB'}{digits(9)}"))
    arr = rand_date(2024, 2025)
    nights = R.randint(1, 7)
    dst = 0 if hloc == "us" else 0
    d.f("GUEST FOLIO                                   Folio No. {f}\n", f=("folio_no", digits(7, True)))
    d.f("Guest: {n}        Room: {r}    Arrival: {a}    Departure: {b}\n", n=(NAME, g.name), r=R.randint(101, 2420),
        a=("non_birth_date", fmt_date(arr, hloc, dst)), b=("non_birth_date", fmt_date(shift(arr, nights), hloc, dst)))
    d.f("Address: {a}, {c}, {co}\nEmail: {e}    Phone: {p}\n", a=(ADDR, g.street), c=g.cityline, co=g.country, e=(EM, g.email), p=(PH, g.phone))
    if chance(0.5):
        d.f("Loyalty: {l}   Company: {c}\n", l=("loyalty_no", digits(10, True)), c=("company_name", company_name()))
    if g.res == "us" and chance(0.5):
        st_, dl_ = drivers_license(g.state)
        d.f("ID checked at arrival: {k}\n", k=[f"{st_} DL ", (DL, dl_)] if chance(0.6) else ["US passport ", (PASS, passport())])
    d.w(f"\n{'Date':<12}{'Description':<38}{'Charges':>12}{'Credits':>12}\n")
    tot = 0
    for k in range(nights):
        for item in ["Room Charge", "Occupancy Tax"] + ([ch(["Restaurant", "Room Service", "Minibar", "Parking", "Spa"])] if chance(0.4) else []):
            amt = R.randint(20, 380) + R.randint(0, 99) / 100
            tot += amt
            d.f("{dt}{desc}{a}\n", dt=fmt_date(shift(arr, k), hloc, dst).ljust(12), desc=f"{item:<38}", a=f"{cur}{amt:,.2f}".rjust(12))
    c = card()
    d.f("{dt}{desc}", dt=fmt_date(shift(arr, nights), hloc, dst).ljust(12), desc=f"{'Card payment':<38}")
    d.w(" " * 12, f"{cur}{tot:,.2f}".rjust(12), "\n\n")
    if chance(0.3):
        d.f("Pre-authorisation attempt with card {c} rejected (invalid card number).\n", c=("card_bad_luhn", card_bad_luhn()))
    if chance(0.6):
        d.f("Card: {c}   Exp {x}   Auth {a}\n", c=(CC, fmt_card(c)), x=f"{R.randint(1, 12):02d}/{R.randint(26, 30)}", a=("auth_code", f"{digits(6)}"))
    else:
        d.f("Card: XXXX-XXXX-XXXX-{l}   Auth {a}\n", l=c[-4:], a=("auth_code", f"{digits(6)}"))
    d.f("Balance due: {cur}0.00\n\nThank you for staying with us, {n}.\nFolio printed {dt} by {u}\n", cur=cur, n=(NAME, g.name),
        dt=iso_ts(2024, 2025, ms=False), u=f"FD{R.randint(1, 40):02d}")


def group_manifest(d, i):
    op = ch(["Northstar Student Tours", "Heritage Pilgrimages Inc.", "Summit Adventure Travel"])
    d.f("{o} — GROUP MANIFEST\nTour code {t}   Departure {dt}   Tour leader {n} ({p})\n\n", o=op, t=("tour_code", f"{letters(3)}{digits(4)}"),
        dt=nd(y0=2024, y1=2025), n=(NAME, Person("us").name), p=(PH, phone("us")))
    d.w(f"{'#':<4}{'Name':<30}{'DOB':<16}{'Passport':<12}{'Expiry':<14}{'Mobile':<20}\n")
    for k in range(R.randint(6, 14)):
        t = Person("us", minor=chance(0.3))
        d.f("{k}{n}{b}{pp}{x}{m}\n", k=f"{k + 1:<4}", n=[(NAME, t.name), " " * max(1, 30 - len(t.name))],
            b=[(DOB, fmt_date(t.dob_ymd, "us", 0)), " " * 6], pp=[(PASS, pp := passport()), " " * (12 - len(pp))],
            x=[("non_birth_date", fmt_date(rand_date(2027, 2034), "us", 0)), " " * 4], m=(PH, t.mobile))
    d.f("\nRooming list and dietary notes are on the shared drive. Emergency line: {p}\n", p=clinic_phone("us"))


def car_rental(d, i):
    r = Person("us")
    co = ch(["Sunbelt Car Rental", "Redline Rent-A-Car", "Compass Auto Rentals"])
    d.f("{c} — RENTAL AGREEMENT {ra}\n\n", c=co, ra=("confirmation_no", f"RA{digits(9, True)}"))
    d.f("Renter: {n}\nDate of birth: {b}\nAddress: {a}, {cl}\nPhone: {p}   Email: {e}\n", n=(NAME, r.name_mi.upper()), b=(DOB, r.dob),
        a=(ADDR, r.street), cl=r.cityline, p=(PH, r.mobile), e=(EM, r.email))
    st_, dl_ = drivers_license(r.state)
    d.f("Driver license: {dl}  State: {st}  Expires: {x}\n", dl=(DL, dl_), st=st_, x=nd(y0=2026, y1=2031))
    if chance(0.4):
        a2 = Person("us")
        st2, dl2 = drivers_license(a2.state)
        d.f("Additional driver: {n}, DOB {b}, DL {st} {dl}\n", n=(NAME, a2.name), b=(DOB, a2.dob), st=st2, dl=(DL, dl2))
    d.f("\nVehicle: {v}  VIN {vin}  Plate {pl}  Fuel out 8/8  Odometer out {o}\n", v=ch(VEHICLES), vin=("vin", vin()), pl=f"{digits(1)}{letters(3)}{digits(3)}",
        o=f"{R.randint(3000, 60000):,}")
    out = rand_date(2024, 2025)
    d.f("Pick-up: {dt} {t} at the {loc} branch\nReturn due: {dt2} {t2}\n", dt=("non_birth_date", fmt_date(out, "us", 0)), t=hhmm(),
        loc=("street_name", ch(STREET_NAMES)), dt2=("non_birth_date", fmt_date(shift(out, R.randint(1, 10)), "us", 0)), t2=hhmm())
    d.f("Payment: {c}  Exp {x}  Deposit hold {m}\n\n", c=(CC, fmt_card(card())) if chance(0.6) else f"card ending {digits(4)}",
        x=f"{R.randint(1, 12):02d}/{R.randint(26, 30)}", m=money(150, 500))
    d.w(wrap("Renter agrees that the vehicle will not be operated by any person not listed on this agreement, used to carry passengers "
             "for hire, or driven off paved roads. Tolls, parking violations and traffic citations incurred during the rental are the "
             "responsibility of the renter and will be charged to the card on file with an administrative fee."))


@kind(24)
def travel_doc(i):
    k = ch(["itin", "itin", "itin", "folio", "folio", "manifest", "manifest", "rental", "rental"])
    d = Doc(f"travel/{k}_{i:04d}.txt")
    {"itin": itinerary, "folio": hotel_folio, "manifest": group_manifest, "rental": car_rental}[k](d, i)
    return d


# ===================================================================== 7. university admissions / registrar / scholarships

UNIS = [("Westbrook State University", "westbrook.edu"), ("Calder Valley College", "caldervalley.edu"),
        ("University of the Northern Plains", "unp.edu"), ("Ashgrove Institute of Technology", "ashgrove-tech.edu")]
PROGRAMS = ["B.S. Computer Science", "B.A. Economics", "M.S. Data Analytics", "B.S.N. Nursing", "M.Eng. Civil Engineering",
            "B.F.A. Graphic Design", "Ph.D. Molecular Biology", "MBA (part-time)", "B.S. Mechanical Engineering", "M.P.H. Epidemiology"]
UNI_PROSE = [
    "Please keep this letter for your records; it may be requested by lenders, employers or immigration officials.",
    "Orientation sessions are mandatory for all incoming students and are held the week before classes begin.",
    "Housing assignments are released on a rolling basis once the enrollment deposit has been received.",
    "If any of the information above is incorrect, contact the Registrar's Office within ten business days.",
    "Disbursements are applied first to outstanding tuition and fees; any remaining credit is refunded to the student.",
    "Satisfactory academic progress is reviewed at the end of each term and may affect continued eligibility.",
    "International students must maintain full-time enrollment to remain in status.",
]


def student_id():
    return ch([f"{R.randint(2, 9)}{digits(7)}", f"S{digits(8)}", f"{digits(3)}-{digits(3)}-{digits(3)}", f"U{digits(7)}"])


@kind(22)
def university_letter(i):
    uni, dom = ch(UNIS)
    k = ch(["admit", "verify", "award", "award", "transcripts"])
    d = Doc(f"university/{k}_{i:04d}{'.md' if k == 'transcripts' else '.txt'}")
    off = Person("us")
    intl = k == "award" and chance(0.4)
    s = (Person(ch(EU_RES)) if intl else Person("us")).set_dob(1994, 2007)
    term = ch(["Fall 2025", "Spring 2025", "Fall 2024", "Summer 2025"])
    if k == "transcripts":
        d.f("# Transcript request queue — {u}\n\nExported {dt}. Requests submitted through the online portal.\n\n", u=uni, dt=iso_ts(2025, 2025, ms=False))
        d.w("| Req # | Student | Student ID | DOB | Deliver to | Email | Submitted from |\n|---|---|---|---|---|---|---|\n")
        for _ in range(R.randint(8, 18)):
            st = Person("us").set_dob(1960, 2004)
            dest = ch(["electronic (PDF)", "mail"])
            d.f("| {r} | {n} | {sid} | {b} | ", r=("request_no", f"TR-{digits(6)}"), n=(NAME, st.name), sid=("student_id", student_id()),
                b=(DOB, st.dob))
            if dest == "mail":
                d.f("{a}, {c} | ", a=(ADDR, us_street()), c=cityline("us"))
            else:
                d.f("{o} | ", o=ch([(EM, "admissions@gradschool.stanfordx.edu"), (EM, "records@law.uwestern.edu"),
                                       (EM, "transcripts@apply.medcollege.org"), (EM, "docs@cas.liaison.org")]))
            d.f("{e} | {ip} |\n", e=(EM, st.email), ip=(IP, ip()))
        d.f("\nFees are charged to the card on file; failed charges are listed in the bursar report {r}.\n", r=("report_no", f"BR-{digits(5)}"))
        return d
    d.f("{u}\nOffice of {o}\n{a}, {c}\n{p}\n\n{dt}\n\n", u=uni, o={"admit": "Admissions", "verify": "the Registrar", "award": "Financial Aid and Scholarships"}[k],
        a=(ADDR, us_street()), c=cityline("us"), p=clinic_phone("us"), dt=nd(y0=2024, y1=2025))
    d.f("{n}\n{a}\n{c}\n{co}\n\n", n=(NAME, s.name), a=(ADDR, s.street), c=s.cityline, co=s.country if s.res != "us" else "")
    sid = student_id()
    if k == "admit":
        d.f("Applicant ID: {sid}\nProgram: {p}\nTerm of entry: {t}\n\nDear {n},\n\n", sid=("student_id", sid), p=ch(PROGRAMS), t=term, n=(NAME, s.name))
        d.w(wrap("Congratulations! On behalf of the Admissions Committee, I am delighted to offer you admission. Your offer is "
                 "conditional on receipt of final official transcripts."), "\n")
        d.f("To confirm your place, submit the enrollment deposit by {dt}. Your portal login is {e}; for security, identity "
            "verification at orientation will use your date of birth ({b}) and a photo ID.\n\n", dt=nd(y0=2025, y1=2025), e=(EM, s.email), b=(DOB, s.dob))
    elif k == "verify":
        d.f("ENROLLMENT VERIFICATION\n\nThis is to certify that {n}, Student ID {sid}, SSN {ssn}, date of birth {b}, is enrolled "
            "{ft} in the {p} program for the {t} term ({a} – {z}).\n\n", n=(NAME, s.name_mi), sid=("student_id", sid), ssn=(SSN, ssn()),
            b=(DOB, s.dob), ft=ch(["full-time", "half-time", "full-time"]), p=ch(PROGRAMS), t=term, a=nd(y0=2024, y1=2025), z=nd(y0=2025, y1=2025))
        d.f("Anticipated graduation date: {dt}. Cumulative credits earned: {c}.\n\n", dt=nd(y0=2026, y1=2028), c=R.randint(12, 140))
    else:
        d.f("SCHOLARSHIP DISBURSEMENT NOTICE\nStudent: {n}   Student ID: {sid}   Term: {t}\n\n", n=(NAME, s.name), sid=("student_id", sid), t=term)
        d.w(f"{'Award':<44}{'Amount':>12}{'Disbursed':>14}\n")
        for aw in R.sample(["Presidential Merit Scholarship", "Dean's Excellence Award", "STEM Opportunity Grant", "Alumni Legacy Scholarship",
                            "Federal Pell Grant", "State Need-Based Grant", "Graduate Teaching Stipend"], R.randint(1, 3)):
            d.f("{a}{m}{dt}\n", a=f"{aw:<44}", m=money(500, 12000).rjust(12), dt=[" " * 4, ("non_birth_date", nbd("us", 0, 2024, 2025))])
        if intl:
            ib = iban_raw(IBAN_OF[s.res])
            d.f("\nRefund of the credit balance will be sent by international wire to the account you registered:\n  Beneficiary: {n}\n  IBAN: {ib}\n"
                "  SWIFT/BIC: {bc}\nFor 1042-S reporting we hold ITIN {it}. Questions: {e}\n\n", n=(NAME, s.name), ib=(IBAN, fmt_iban(ib)),
                bc=(BIC, bic(iban_value=ib)), it=(ITIN, itin()), e=(EM, s.email))
        else:
            d.f("\nCredit balance refunds are made by direct deposit to routing {r}, account {a} ({t}). Taxpayer ID on file: {ssn}.\n\n",
                r=(ABA, aba()), a=(ACCT, account()), t=ch(["checking", "savings"]), ssn=(SSN, ssn()) if chance(0.8) else (ITIN, itin()))
    d.w(wrap(sentences(UNI_PROSE, R.randint(2, 4))), "\n", boiler("university", 3, 6))
    d.f("\nSincerely,\n\n{n}\n{t}\n{e} | {p}\n", n=(NAME, off.name), t={"admit": "Director of Admissions", "verify": "University Registrar", "award": "Associate Director, Financial Aid"}[k],
        e=(EM, staff_email(off, dom)), p=(PH, phone("us", 0)))
    if chance(0.3):
        d.f("\ncc: {n} (academic advisor)\n", n=(NAME, Person("us").name))
    return d


# ===================================================================== 8. loan servicing notes

SERVICERS = ["Cardinal Point Mortgage Servicing", "Lakemont Loan Services", "Ironbridge Home Loans"]
LOAN_PROSE = [
    "Borrower advised of the grace period and late fee schedule.",
    "Explained escrow shortage options; borrower will spread the shortage over twelve months.",
    "Hardship package mailed; borrower to return within thirty days.",
    "Reviewed payment history for the last twelve months; no discrepancies found.",
    "Advised that the promise-to-pay will be monitored and the account re-reviewed after the posting date.",
    "Borrower requested written confirmation; correspondence queued.",
    "Mini-Miranda disclosure provided at the start of the call.",
]


@kind(22)
def loan_servicing(i):
    sv = ch(SERVICERS)
    ext = ".log" if i % 4 == 3 else ".txt"
    d = Doc(f"loans/servicing_notes_{i:04d}{ext}")
    b = Person("us")
    co = Person("us") if chance(0.5) else None
    prop = b.street if chance(0.7) else us_street()
    biz = chance(0.2)
    d.f("{s} — ACCOUNT NOTES\nLOAN: {l}    INVESTOR: {inv}    TYPE: {t}\n", s=sv, l=("loan_no", digits(10, True)), inv=ch(["FNMA", "FHLMC", "GNMA", "Portfolio"]),
        t="Commercial RE" if biz else ch(["Conv 30yr", "FHA 30yr", "VA 30yr", "HELOC"]))
    d.f("BORROWER: {n}   {s}   DOB {b}\n", n=(NAME, b.lastfirst().upper()), s=["SSN ", (SSN, ssn())] if chance(0.7) else ["ITIN ", (ITIN, itin())], b=(DOB, b.dob))
    if co:
        d.f("CO-BORROWER: {n}   SSN {s}   DOB {b}\n", n=(NAME, co.lastfirst().upper()), s=(SSN, ssn()) if chance(0.8) else (ITIN, itin()), b=(DOB, co.dob))
    if biz:
        d.f("ENTITY: {c} LLC   EIN {e}\n", c=ch(["Stonebridge Holdings", "Pebble Creek Partners", "Mesquite Storage", "Osage Rentals"]), e=(EIN, ein()))
    d.f("PROPERTY: {a}, {c}\nMAILING: {m}\n", a=(ADDR, prop), c=cityline("us") if prop != b.street else b.cityline, m="same" if prop == b.street else [(ADDR, b.street), ", ", b.cityline])
    d.f("PHONE H: {h}  M: {m}   EMAIL: {e}\n", h=(PH, b.phone), m=(PH, b.mobile), e=(EM, b.email))
    d.f("ACH: RTN {r} ACCT {a} ({t})   DRAFT DAY {dd}\n", r=(ABA, aba()), a=(ACCT, account()), t=ch(["CHK", "SAV"]), dd=R.randint(1, 15))
    d.f("ESCROW: hazard carrier {c} policy {p}; tax parcel {tp}\n", c=ch([x[0] for x in CARRIERS]), p=("policy_no", policy_no()),
        tp=("parcel_no", f"{digits(2)}-{digits(2)}-{digits(3)}-{digits(3)}"))
    d.w("PAYMENT HISTORY (last 12)\n")
    pay = rand_date(2023, 2024)
    pi_ = R.randint(900, 3800)
    for k in range(12):
        dt_ = (pay[0] + (pay[1] + k - 1) // 12, (pay[1] + k - 1) % 12 + 1, 1)
        prin = R.randint(200, 900)
        d.f("  {dt}  {t:<10}{a:>12}  PRIN {p:>9}  INT {i:>9}  ESC {e:>8}\n", dt=("non_birth_date", fmt_date(dt_, "us", 0)),
            t=ch(["PAYMENT", "PAYMENT", "PAYMENT", "ACH DRAFT", "LATE FEE"]), a=f"{pi_:,}.00", p=f"{prin:,}.00", i=f"{pi_ - prin - 300:,}.00", e="300.00")
    d.w("-" * 90 + "\n")
    clk = Clock()
    for _ in range(R.randint(8, 16)):
        rep = Person("us")
        d.f("{ts} {u} ", ts=clk.us(lo_min=60, hi_min=20000), u=f"{slug(rep.first)[:1].upper()}{slug(rep.last)[:7].upper():<8}")
        k = R.randrange(12)
        if k == 0:
            if chance(0.5):
                st_, dl_ = drivers_license(b.state)
                idv = ["ID on file: ", st_, " DL ", (DL, dl_)] if chance(0.6) else ["ID on file: US passport ", (PASS, passport())]
            else:
                idv = "ID verified with SSN and DOB"
            d.f("INB CALL from {p}; {idv}. {x}\n", p=(PH, b.mobile if chance(0.6) else phone("us")), idv=idv, x=sentences(LOAN_PROSE, 1))
        elif k == 1:
            d.f("Payoff quote requested good through {dt}; quote sent to {e}.\n", dt=nd(), e=(EM, b.email))
        elif k == 2:
            d.f("One-time payment {m} by debit card {c}; confirmation {cf}.\n", m=money(600, 4000), c=(CC, fmt_card(card(ch(["visa", "mc"])))),
                cf=("confirmation_no", f"{digits(10, True)}"))
        elif k == 3:
            a = Person("us")
            d.f("3rd party auth added: {n} ({r}), phone {p}. Auth form dated {dt} scanned to imaging.\n", n=(NAME, a.name),
                r=ch(["daughter", "son", "attorney", "HUD counselor", "spouse"]), p=(PH, a.phone), dt=nd())
        elif k == 4:
            d.f("ACH updated per borrower request: new RTN {r} ACCT {a}; prenote sent.\n", r=(ABA, aba()), a=(ACCT, account()))
        elif k == 5:
            d.f("Returned payment R01 on draft of {dt}; NSF fee assessed. Trace {t}.\n", dt=nd(), t=("trace_no", "0" + digits(14)))
        elif k == 6:
            d.f("Escrow analysis completed; new payment {m} effective {dt}. {x}\n", m=money(900, 4500), dt=nd(), x=sentences(LOAN_PROSE, 1))
        elif k == 7:
            d.f("OUT CALL to {p} - LVM. {x}\n", p=(PH, b.phone), x=sentences(LOAN_PROSE, 1))
        elif k == 8:
            d.f("Web login from IP {ip}; borrower enrolled in paperless. Email on file {e}.\n", ip=(IP, ip()), e=(EM, b.email))
        elif k == 9:
            d.f("Forbearance review: bank statements received for acct {a}; income verified. Case {c}.\n", a=(ACCT, account()),
                c=("case_no", f"LM-{digits(7)}"))
        elif k == 10:
            d.f("Borrower mailed check #{c} for {m}; lockbox batch {bt}. {x}\n", c=("check_no", digits(4, True)), m=money(600, 4000),
                bt=("batch_no", digits(8, True)), x=sentences(LOAN_PROSE, 1))
        elif chance(0.5):
            kk = R.randrange(3)
            if kk == 0:
                d.f("ACH change request rejected: RTN {r} fails checksum; borrower to send a voided check.\n", r=("routing_bad", routing_bad()))
            elif kk == 1:
                d.f("Card payment declined at entry, number {c} invalid (typo); borrower re-keyed.\n", c=("card_bad_luhn", card_bad_luhn()))
            else:
                k2, v2 = ssn_bad()
                d.f("Co-borrower SSN on the hardship form ({v}) is not valid; requested corrected form.\n", v=(k2, v2))
        else:
            d.f("{x} Next follow-up {dt}.\n", x=sentences(LOAN_PROSE, 2), dt=nd())
    return d


# ===================================================================== 9. security operations: incident reports, syslog, SIEM

SOC_PROSE = [
    "The account was disabled and all refresh tokens were revoked within fifteen minutes of triage.",
    "No evidence of lateral movement was identified in EDR telemetry for the affected host.",
    "The phishing message was purged from all mailboxes using a compliance search.",
    "Conditional access now requires a compliant device for finance and payroll applications.",
    "The firewall rule allowing inbound SSH from any source has been removed from the edge policy.",
    "Threat intelligence lookups show the source ranges belong to a commercial VPS provider.",
    "The user confirmed they did not initiate the sign-in and reset their password with the service desk.",
    "Log retention on the VPN concentrator was increased to ninety days following this incident.",
]
ASNS = [("AS14061", "DigitalOcean", "Frankfurt"), ("AS16276", "OVH", "Roubaix"), ("AS9009", "M247", "Bucharest"),
        ("AS37963", "Alibaba", "Hangzhou"), ("AS24940", "Hetzner", "Falkenstein"), ("AS36352", "ColoCrossing", "Buffalo"),
        ("AS45102", "Alibaba US", "Singapore"), ("AS20473", "Vultr", "Lagos")]
CORP = ("kestrel-analytics.com", "Kestrel Analytics")


def win_build():
    return ch([f"10.0.{ch(['19045', '22631', '22621', '26100', '17763'])}.{R.randint(1000, 5200)}",
               f"{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}.{R.randint(0, 255)}"])


@kind(10)
def incident_report(i):
    d = Doc(f"security/incident_INC-{R.randint(2024, 2025)}-{i:04d}.md")
    analyst, ciso = Person("us"), Person("us")
    dom = CORP[0]
    users = [Person("us") for _ in range(R.randint(1, 4))]
    for u in users:
        u.work = staff_email(u, dom)
    title = ch(["Impossible travel and mailbox forwarding rule", "Credential stuffing against VPN portal", "Malicious OAuth consent grant",
                "Outbound DLP violation — cardholder data", "Ransomware precursor (Cobalt Strike beacon)", "Brute force against SSH bastion"])
    clk = Clock(2024, 2025)
    d.f("# Incident report: {t}\n\n", t=title)
    d.f("**Severity:** {s}  \n**Status:** {st}  \n**Opened:** {o} UTC  \n**Analyst:** {n} <{e}>\n\n", s=ch(["High", "Medium", "Critical"]),
        st=ch(["Contained", "Closed", "Monitoring"]), o=clk.iso(lo_min=1, hi_min=5), n=(NAME, analyst.name),
        e=(EM, staff_email(analyst, dom)))
    d.w("## Summary\n\n", wrap(sentences(SOC_PROSE, R.randint(3, 5))), "\n")
    d.w("## Affected identities\n\n| User | UPN | Department | Last sign-in IP | Personal phone (MFA) |\n|---|---|---|---|---|\n")
    for u in users:
        d.f("| {n} | {e} | {dep} | {ip} | {p} |\n", n=(NAME, u.name), e=(EM, u.work), dep=ch(["Finance", "Payroll", "Sales", "IT", "Legal"]),
            ip=(IP, ip()), p=(PH, u.mobile))
    d.w("\n## Timeline (UTC)\n\n")
    attackers = [public_ipv4() for _ in range(R.randint(2, 5))]
    for _ in range(R.randint(6, 12)):
        t = clk.iso(lo_min=1, hi_min=90)
        u = ch(users)
        k = R.randrange(8)
        a = ch(ASNS)
        if k == 0:
            d.f("- {t} — Sign-in for {e} from {ip} ({asn} {org}, {city}); MFA {m}.\n", t=t, e=(EM, u.work), ip=(IP, ch(attackers)),
                asn=a[0], org=a[1], city=a[2], m=ch(["satisfied by push", "denied", "not required (legacy auth)"]))
        elif k == 1:
            d.f("- {t} — Inbox rule \"..\" created on {e}, forwarding to external address {x}.\n", t=t, e=(EM, u.work),
                x=(EM, f"{ch(['acct.review', 'payables.team', 'docs-share'])}{R.randint(1, 99)}@{ch(['protonmail.com', 'gmx.com', 'outlook.com', 'yandex.ru'])}"))
        elif k == 2:
            d.f("- {t} — DLP policy PCI-Outbound matched message from {n} <{e}>: card {c} and SSN {s} in attachment \"{f}\".\n", t=t, n=(NAME, u.name),
                e=(EM, u.work), c=(CC, fmt_card(card())), s=(SSN, ssn()), f=ch(["refunds.xlsx", "cust_export.csv", "chargebacks_q3.pdf"]))
        elif k == 3:
            d.f("- {t} — EDR alert on WS-{dep}-{n} ({pip}, MAC {m}): beacon to {ip}:443, SHA256 {h}.\n", t=t, dep=ch(["FIN", "HR", "ENG", "OPS"]),
                n=digits(4), pip=(IP, private_ipv4()), m=("mac_address", mac()), ip=(IP, ch(attackers)), h=("hash", hexs(64)))
        elif k == 4:
            d.f("- {t} — {n} failed VPN logins from {ip} within 10 minutes (usernames sprayed from a public breach list).\n", t=t,
                n=R.randint(40, 900), ip=(IP, ch(attackers)))
        elif k == 5:
            d.f("- {t} — OAuth app \"{a}\" (client id {c}) granted Mail.ReadWrite by {e}.\n", t=t, a=ch(["PDF Viewer Pro", "DocuSlgn", "Teams Sync"]),
                c=("uuid", uuid4()), e=(EM, u.work))
        elif k == 6:
            d.f("- {t} — Account disabled by {n}; sessions revoked; password reset via service desk call-back to {p}.\n", t=t,
                n=(NAME, analyst.name), p=(PH, u.mobile))
        else:
            d.f("- {t} — Firewall blocked {ip} at the edge (rule id {r}).\n", t=t, ip=(IP, ch(attackers)), r=R.randint(100, 9999))
    d.w("\n## Indicators of compromise\n\n| Type | Value | Notes |\n|---|---|---|\n")
    for a_ in attackers:
        d.f("| ipv4 | {ip} | {o} |\n", ip=(IP, a_), o=ch(ASNS)[1])
    if chance(0.5):
        d.f("| ipv6 | {ip} | scanning |\n", ip=(IP, ipv6()))
    d.f("| sha256 | {h} | dropper |\n| md5 | {m} | loader |\n| domain | {dm} | typosquat |\n", h=("hash", hexs(64)), m=("hash", hexs(32)),
        dm=ch(["kestrel-analytlcs.com", "login-micros0ftonline.co", "docusign-secure-view.net", "okta-sso-verify.com"]))
    d.w("\n## Host details\n\n")
    d.f("- OS build {b}; EDR sensor version {v}; BIOS firmware {fw}\n", b=("version", win_build()), v=("version", version4()), fw=("version", f"{R.randint(1, 2)}.{R.randint(0, 30)}.{R.randint(0, 9)}"))
    d.f("- Exploited vulnerability: {c} (VPN appliance firmware {fw})\n", c=("cve", cve()), fw=("version", version4()))
    d.f("- Playbook examples reference {a} and {b}; these are documentation addresses and must not be blocked.\n", a=("doc_ip", doc_ip()), b=("doc_ip", doc_ip()))
    d.w("\n## Investigation notes\n\n", boiler("soc", 4, 8))
    d.w("\n## Lessons learned\n\n", wrap(sentences(SOC_PROSE, 2)))
    d.f("\nEscalated to {n} (CISO), {p}. Ticket {t}. Alert correlation id {u}, first seen {e}.\n", n=(NAME, ciso.name), p=(PH, ciso.phone),
        t=("ticket_no", f"SEC-{digits(5)}"), u=("uuid", uuid4()), e=("epoch", epoch_ms()))
    return d


def syslog_ts(t):
    return f"{MONTHS[t.month - 1][:3]} {t.day:>2} {t.hour:02d}:{t.minute:02d}:{t.second:02d}"


@kind(3)
def firewall_syslog(i):
    import datetime
    d = Doc(f"security/fw_edge_{i:02d}.log{'.gz' if i % 3 == 1 else ''}")
    t = datetime.datetime(*rand_date(2024, 2025), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    attackers = [public_ipv4() for _ in range(R.randint(4, 9))]
    internal = [private_ipv4() for _ in range(R.randint(3, 6))]
    users = [Person("us") for _ in range(4)]
    for _ in range(R.randint(40, 60)):
        t += datetime.timedelta(seconds=R.randint(1, 400))
        k = R.randrange(9)
        if k in (0, 1):
            d.f("{ts} fw-edge-01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC={m} SRC={s} DST={dd} LEN=60 TOS=0x00 PREC=0x00 TTL={ttl} ID={id} DF "
                "PROTO=TCP SPT={sp} DPT={dp} WINDOW=64240 RES=0x00 SYN URGP=0\n", ts=syslog_ts(t), m=("mac_address", ":".join(f"{R.randrange(256):02x}" for _ in range(14))),
                s=(IP, ch(attackers)), dd=(IP, ch(internal)), ttl=R.randint(40, 60), id=R.randint(1000, 65000), sp=R.randint(1025, 65000),
                dp=ch([22, 23, 3389, 445, 5900, 8080]))
        elif k == 2:
            d.f("{ts} asa-01 : %ASA-4-106023: Deny tcp src outside:{s}/{sp} dst inside:{dd}/{dp} by access-group \"outside_in\" [0x{h1}, 0x0]\n",
                ts=syslog_ts(t), s=(IP, ch(attackers)), sp=R.randint(1025, 65000), dd=(IP, ch(internal)), dp=ch([443, 8443, 22]), h1=hexs(8))
        elif k == 3:
            d.f("{ts} bastion-01 sshd[{pid}]: Failed password for invalid user {u} from {s} port {p} ssh2\n", ts=syslog_ts(t), pid=R.randint(900, 40000),
                u=ch(["admin", "oracle", "test", "ubuntu", "postgres", "git"]), s=(IP, ch(attackers)), p=R.randint(1025, 65000))
        elif k == 4:
            u = ch(users)
            d.f("{ts} vpn-gw charon: {n}[IKE] IKE_SA vpn-rw[{x}] established between {a}[vpn.{dom}]...{b}[{e}]\n", ts=syslog_ts(t), n=R.randint(1, 16),
                x=R.randint(1, 900), a=(IP, "{}".format(internal[0])), dom=CORP[0], b=(IP, ip()), e=(EM, staff_email(u, CORP[0])))
        elif k == 5:
            d.f("date={dt} time={tm} devname=\"FGT60F\" devid=\"FGT60FTK{sn}\" logid=\"{lg}\" type=\"traffic\" subtype=\"forward\" level=\"notice\" "
                "srcip={s} srcport={sp} dstip={dd} dstport={dp} action=\"deny\" policyid=0 service=\"{sv}\" sentbyte=0 rcvdbyte=0\n",
                lg=("log_id", ch(["0000000013", "0000000011", "0001000014"])), dt=f"{t.year}-{t.month:02d}-{t.day:02d}", tm=f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}", sn=digits(8), s=(IP, ch(attackers)),
                sp=R.randint(1025, 65000), dd=(IP, ch(internal)), dp=ch([22, 445, 3389]), sv=ch(["SSH", "SMB", "RDP"]))
        elif k == 6:
            d.f("{ts} fw-edge-01 ntpd[{p}]: kernel reports TIME_ERROR: 0x41: Clock Unsynchronized; firmware {v}\n", ts=syslog_ts(t), p=R.randint(300, 900),
                v=("version", version4()))
        elif k == 7:
            d.f("{ts} idp-01 auth: user={e} result=SUCCESS src={s} mfa=push ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{cv}\" session={u}\n",
                ts=syslog_ts(t), e=(EM, staff_email(ch(users), CORP[0])), s=(IP, ip()), cv=("version", f"{R.randint(118, 131)}.0.{R.randint(5000, 6800)}.{R.randint(10, 200)}"),
                u=("uuid", uuid4()))
        else:
            d.f("{ts} fw-edge-01 kernel: [UFW AUDIT] health check from {s} to {dd} (monitoring probe)\n", ts=syslog_ts(t),
                s=("doc_ip", doc_ip()) if chance(0.5) else (IP, ch(internal)), dd=(IP, ch(internal)))
    return d


@kind(3)
def siem_digest(i):
    d = Doc(f"security/siem_daily_digest_{i:03d}.txt")
    d.f("SIEM DAILY DIGEST — tenant {t}\nGenerated: {g}\nRule pack version: {v}\n\n", t=CORP[1], g=iso_ts(2024, 2025), v=("version", version3()))
    for _ in range(R.randint(12, 22)):
        u = Person("us")
        k = R.randrange(5)
        sev = ch(["LOW", "MEDIUM", "HIGH"])
        if k == 0:
            d.f("[{s}] rule=\"Impossible travel\" user={e} ips={a},{b} delta={m}min\n", s=sev, e=(EM, staff_email(u, CORP[0])), a=(IP, ip()), b=(IP, ip()), m=R.randint(3, 90))
        elif k == 1:
            d.f("[{s}] rule=\"Password spray\" src={a} targets={n} first_seen={e}\n", s=sev, a=(IP, public_ipv4()), n=R.randint(10, 400), e=("epoch", epoch_ms()))
        elif k == 2:
            d.f("[{s}] rule=\"DLP - SSN in outbound mail\" sender=\"{n}\" <{e}> match={x} recipient={r}\n", s=sev, n=(NAME, u.name), e=(EM, staff_email(u, CORP[0])),
                x=(SSN, ssn(0)) if chance(0.7) else ("test_value", test_ssn()), r=(EM, Person().email))
        elif k == 3:
            d.f("[{s}] rule=\"Malware hash match\" host=LT-{h} sha1={x} user={n}\n", s=sev, h=digits(5), x=("hash", hexs(40)), n=(NAME, u.name))
        else:
            d.f("[{s}] rule=\"Tor exit node sign-in\" user={e} src={a} country={c}\n", s=sev, e=(EM, staff_email(u, CORP[0])), a=(IP, public_ipv4()),
                c=ch(["NL", "DE", "RO", "US", "SE"]))
    d.f("\nSuppressed: {n} alerts from scanner {a} (documentation range used in synthetic tests).\n", n=R.randint(5, 300), a=("doc_ip", doc_ip()))
    return d


# ===================================================================== 10. customer-support macro libraries

SHOPS = [("Fernhill Outdoor Co.", "fernhill-outdoor.com"), ("Lumen & Loom Home", "lumenloom.com"), ("PaperKite Subscriptions", "paperkite.co"),
         ("Voltspring Mobile", "voltspring.com")]
MACROS = [
    ("Refund issued", "Hi {{ticket.requester.first_name}},\n\nWe've issued a refund of {{refund.amount}} to your original payment method. "
                      "Refunds usually appear within 5-10 business days.\n\nBest,\n{{current_user.name}}"),
    ("Address change after shipment", "Hi {{ticket.requester.first_name}},\n\nYour order has already shipped, so we can't change the address. "
                                      "Please contact the carrier with tracking number {{order.tracking}}.\n\nThanks,\n{{current_user.name}}"),
    ("Cancel subscription — confirmation", "Hello {{ticket.requester.name}},\n\nYour subscription has been cancelled effective {{subscription.end_date}}. "
                                           "You will not be charged again.\n\nKind regards,\n{{current_user.name}}"),
    ("Verify identity before account change", "Hi {{ticket.requester.first_name}},\n\nFor your security, please reply with the last four digits of "
                                              "the card on file and your billing ZIP code. Never send your full card number.\n\n{{current_user.signature}}"),
    ("Chargeback received", "Hi {{ticket.requester.first_name}},\n\nWe received a dispute from your bank for order {{order.id}}. "
                            "If this was a mistake, please contact your bank to withdraw it.\n\n{{current_user.name}}"),
]


def sent_example(d, macro, shop, dom, agent):
    c = Person()
    d.f("  Ticket #{t} — sent {dt} by {a}\n", t=("ticket_no", digits(6, True)), dt=nd(y0=2024, y1=2025), a=(NAME, agent.name))
    d.f("  To: {n} <{e}>\n\n", n=(NAME, c.name), e=(EM, c.email))
    first = (NAME, c.first) if chance(0.6) else (NAME, c.name)
    if macro == "Refund issued":
        d.f("  Hi {n},\n\n  We've issued a refund of {m} to your {b} ending in {l} for order {o}. Refunds usually appear within 5-10 business days.\n",
            n=first, m=money(10, 400), b=ch(["Visa", "Mastercard", "Amex", "Discover"]), l=digits(4), o=("order_id", f"{ch(['#', 'FH-', 'LL'])}{digits(7)}"))
    elif macro == "Address change after shipment":
        d.f("  Hi {n},\n\n  Your order {o} has already shipped to {a}, {c}, so we can't change the address. Please contact the carrier with tracking number {tr}.\n",
            n=first, o=("order_id", f"#{digits(7)}"), a=(ADDR, c.street), c=c.cityline, tr=("tracking", tracking()))
    elif macro == "Cancel subscription — confirmation":
        d.f("  Hello {n},\n\n  Your subscription (member no. {m}) has been cancelled effective {dt}. You will not be charged again on the card {cc}.\n",
            n=(NAME, c.name), m=("member_no", f"{letters(2)}{digits(8)}"), dt=nd(), cc=(CC, fmt_card(card())) if chance(0.35) else f"ending {digits(4)}")
    elif macro == "Verify identity before account change":
        d.f("  Hi {n},\n\n  For your security, please reply with the last four digits of the card on file and your billing ZIP code. Never send your full card number.\n",
            n=first)
        d.f("\n  Customer reply (redaction failed): \"card is {cc}, zip {z}, and my phone is {p}\"\n", cc=(CC, fmt_card(card())), z=digits(5, True), p=(PH, c.phone))
        if chance(0.5):
            d.f("  Follow-up: \"sorry, I think I mistyped it before, it was {cc}\" (number fails validation; asked customer to update it in the account page)\n",
                cc=("card_bad_luhn", card_bad_luhn()))
    else:
        d.f("  Hi {n},\n\n  We received a dispute from your bank for order {o} (case {cs}). If this was a mistake, please contact your bank to withdraw it.\n",
            n=first, o=("order_id", f"#{digits(7)}"), cs=("case_no", f"CB{digits(9)}"))
    d.f("\n  {a}\n  {shop} Support | {p}\n\n", a=(NAME, agent.name), shop=shop, p=clinic_phone("us"))


@kind(5)
def support_macros(i):
    shop, dom = ch(SHOPS)
    d = Doc(f"support/macro_library_{i:03d}.md")
    d.f("# {s} — support macros export\n\nExported {dt} from the help desk. Macro ids are internal; do not share externally.\n\n", s=shop, dt=iso_ts(2025, 2025))
    d.w("## Testing notes\n\n")
    d.f("Use the sandbox card {c} (any CVC, any future expiry) or {c2}; sample customer {e}, phone {p}, SSN field test value {s}.\n"
        "Webhook callbacks are sent from {ip} in staging.\n\n", c=("test_value", test_card()), c2=("test_value", test_card()), e=("test_value", example_email()),
        p=("fictional_phone", fictional_phone()), s=("test_value", test_ssn()), ip=("doc_ip", doc_ip()))
    agents = [Person("us") for _ in range(3)]
    for m in R.sample(MACROS, R.randint(3, 4)):
        d.f("## Macro: {t} (id {id})\n\n", t=m[0], id=("macro_id", digits(ch([8, 11, 12]), True)))
        d.w("```\n", m[1], "\n```\n\n")
        d.f("Usage last 30 days: {n}. Owner: {o}. Last edited {dt}.\n\n", n=R.randint(3, 900), o=(NAME, ch(agents).name), dt=nd(y0=2024, y1=2025))
        d.w("### Sent examples\n\n")
        for _ in range(ch([1, 1, 2])):
            sent_example(d, m[0], shop, dom, ch(agents))
    d.f("---\nFor escalations contact the support lead {n} ({e}).\n", n=(NAME, agents[0].name), e=(EM, staff_email(agents[0], dom)))
    return d


# ===================================================================== 11. HR performance reviews and separation letters

HR_PROSE = [
    "consistently meets deadlines and communicates proactively with stakeholders",
    "would benefit from delegating more routine work to junior colleagues",
    "led the migration of the quarterly close checklist with minimal supervision",
    "received positive feedback from two internal customers this cycle",
    "needs to improve the accuracy of time entries submitted at month end",
    "mentored a new hire through the onboarding program",
    "should prioritise documentation of recurring processes",
]
EMPLOYERS = [("Northwind Manufacturing Co.", "northwind-mfg.com"), ("Brightpath Health Partners", "brightpath-health.org"),
             ("Quillpoint Media", "quillpoint.net"), ("Saltmarsh Logistics", "saltmarsh-logistics.com")]


@kind(22)
def hr_letter(i):
    emp, dom = ch(EMPLOYERS)
    k = ch(["review", "review", "separation", "separation", "nl_separation", "pl_certificate"])
    d = Doc(f"hr/{k}_{i:04d}{'.rtf' if i % 10 == 3 else '.txt'}", rtf=i % 10 == 3)
    if d.rtf:
        d.raw(RTF_HEAD)
    mgr = ascii_person("us") if d.rtf else Person("us")
    if k == "review":
        e = ascii_person("us") if d.rtf else Person("us")
        d.f("{c} — ANNUAL PERFORMANCE REVIEW\n\nEmployee: {n}    Employee ID: {id}\nTitle: {t}\nManager: {m}\nReview period: {a} to {b}\n\n",
            c=emp, n=(NAME, e.name), id=("employee_id", f"{ch(['E', 'NW', ''])}{digits(6)}"), t=ch(["Senior Accountant", "Payroll Specialist", "Data Engineer", "Nurse Manager", "Warehouse Supervisor"]),
            m=(NAME, mgr.name), a=nd(y0=2023, y1=2024), b=nd(y0=2024, y1=2025))
        d.w("RATINGS\n")
        for comp in ["Job knowledge", "Quality of work", "Collaboration", "Initiative", "Reliability"]:
            d.w(f"  {comp:<20} {ch(['Exceeds', 'Meets', 'Meets', 'Partially meets'])}\n")
        d.f("\nMANAGER COMMENTS\n{n} {x}\n", n=(NAME, e.first), x=wrap("; ".join(R.sample(HR_PROSE, 3)) + "."))
        d.f("Peer feedback collected from {a} and {b}.\n", a=(NAME, Person("us").name), b=(NAME, Person("us").name))
        d.f("Merit increase: {p}% effective {dt}. Updated payroll record; direct deposit unchanged (acct ending {l}).\n",
            p=ch(["2.5", "3.0", "3.5", "4.0", "0.0"]), dt=nd(y0=2025, y1=2025), l=digits(4))
        d.w("\n", boiler("hr", 1, 3))
        d.f("\nEmployee acknowledgement: {n}   Date: {dt}\n", n=(NAME, e.name), dt=nd(y0=2025, y1=2025))
    elif k == "separation":
        e = ascii_person("us") if d.rtf else Person("us")
        d.f("{c}\nHuman Resources\n\n{dt}\n\nPERSONAL AND CONFIDENTIAL\n{n}\n{a}\n{cl}\n\nDear {n2},\n\n", c=emp, dt=nd(y0=2024, y1=2025), n=(NAME, e.name), a=(ADDR, e.street),
            cl=e.cityline, n2=(NAME, e.name))
        d.f("This letter confirms that your employment with {c} will end effective {dt}. Your final paycheck, including accrued unused "
            "PTO, will be deposited to the account on file (routing {r}, account {a}) on the next regular pay date.\n\n", c=emp, dt=nd(y0=2024, y1=2025),
            r=(ABA, aba()), a=(ACCT, account()))
        d.f("Severance of {m} will be paid in a lump sum after the revocation period, subject to the release agreement. Please return your laptop "
            "(asset tag {t}) and badge to {mg}.\n\n", m=money(3000, 40000), t=("asset_tag", f"NW-{digits(6)}"), mg=(NAME, mgr.name))
        d.f("COBRA: Your election notice will be mailed by our administrator. The notice will list the covered individuals: you (DOB {b}, SSN {s})", b=(DOB, e.dob), s=(SSN, ssn()))
        for _ in range(R.randint(0, 2)):
            dep = Person("us", origin=e.origin, minor=chance(0.6))
            d.f(" and {n} (DOB {b})", n=(NAME, f"{dep.first} {e.last}"), b=(DOB, dep.dob))
        d.f(".\n\nPlease update your personal email ({pe}) and phone ({p}) in the self-service portal before your last day so that your W-2 "
            "and any tax correspondence reach you.\n\n", pe=(EM, e.email), p=(PH, e.phone))
        d.f("If you file for unemployment benefits, the claim form will ask for our federal employer identification number, {e}, and state "
            "account number {s}.\n\n", e=(EIN, ein()), s=("state_account_no", f"{digits(3)}-{digits(4)}-{digits(1)}"))
        d.w(boiler("hr", 3, 6), "\n")
        d.f("Sincerely,\n\n{n}\nHR Business Partner, {e}, {p}\n", n=(NAME, mgr.name), e=(EM, staff_email(mgr, dom)), p=(PH, phone("us", 1)))
    elif k == "nl_separation":
        e = Person("nl")
        ib = iban_raw("NL")
        d.f("{c} B.V.\nAfdeling HR\n\n{n}\n{a}\n{cl}\n\n{ct}, {dt}\n\nBetreft: beëindiging arbeidsovereenkomst\n\nBeste {n2},\n\n", c="Saltmarsh Logistics",
            n=(NAME, e.name), a=(ADDR, e.street), cl=e.cityline, ct=ch(["Rotterdam", "Utrecht", "Eindhoven"]), dt=nd("nl"), n2=(NAME, e.name))
        d.f("Hierbij bevestigen wij dat uw arbeidsovereenkomst eindigt per {dt}. De eindafrekening, inclusief vakantiegeld en niet-opgenomen "
            "verlofuren, wordt overgemaakt op uw rekening {ib} (BIC {bc}).\n\n", dt=nd("nl"), ib=(IBAN, fmt_iban(ib)), bc=(BIC, bic(iban_value=ib)))
        d.f("Uw geboortedatum volgens onze administratie: {b}. Klopt dit niet, neem dan contact op met {m} via {e} of {p}.\n\nMet vriendelijke groet,\n\n{m2}\nHR-adviseur\n",
            b=(DOB, e.dob), m=(NAME, mgr.name), e=(EM, staff_email(mgr, "saltmarsh-logistics.nl")), p=(PH, phone("nl")), m2=(NAME, mgr.name))
    else:
        e = Person("pl")
        ib = iban_raw("PL")
        d.f("ŚWIADECTWO PRACY\n\n{c} Sp. z o.o., NIP {nip}\n\n1. Stwierdza się, że {n}, urodzony(-a) {b}, zamieszkały(-a) {a}, {cl}, był(a) zatrudniony(-a) "
            "w okresie od {x} do {y} na stanowisku {st}.\n", c="Northwind Polska", nip=("vat_id", f"{digits(3)}-{digits(3)}-{digits(2)}-{digits(2)}"),
            n=(NAME, e.name), b=(DOB, e.dob), a=(ADDR, e.street), cl=e.cityline, x=nd("pl", y0=2015, y1=2020), y=nd("pl", y0=2023, y1=2025),
            st=ch(["księgowa", "magazynier", "specjalista ds. płac", "programista"]))
        d.f("2. Wynagrodzenie za ostatni miesiąc przekazano na rachunek {ib}.\n3. Kontakt z pracownikiem: tel. {p}, e-mail {em}.\n\n"
            "Sporządził(a): {m}, dnia {dt}\n", ib=(IBAN, fmt_iban(ib)), p=(PH, e.phone), em=(EM, e.email), m=(NAME, Person("pl").name), dt=nd("pl"))
    if d.rtf:
        d.raw("\\par\n}\n")
    return d


# ===================================================================== 12. procurement vendor onboarding letters

BUYERS = [("Tidewater Regional Health", "tidewaterhealth.org"), ("Harbourline Logistics Inc.", "harbourline-logistics.com"),
          ("Meridian Foods Distribution", "meridianfoods.com"), ("Corvid Labs GmbH", "corvid-labs.de")]
VENDORS_US = ["Kestrel Fasteners LLC", "Blue Mesa Janitorial Services", "Ridgeway Industrial Supply", "Copperline Electrical Contractors",
              "Sandhill Courier Co.", "Northbank Office Interiors", "Tallgrass IT Consulting LLC", "Granite Peak Safety Products"]
VENDORS_EU = {"de": "Rheinwerk Präzisionsteile GmbH", "fr": "Ateliers Delmas SARL", "es": "Suministros Industriales Levante S.L.",
              "nl": "Van Dalen Verpakkingen B.V.", "pl": "Technika Pomiarowa Sp. z o.o.", "uk": "Pennine Tooling Ltd", "it": "Officine Brambilla S.r.l.",
              "ie": "Shannon Precision Ltd", "pt": "Metalúrgica do Ave, Lda."}


def siret():
    return luhn_complete(ch("345678") + digits(12))


def vat_id(loc):
    return {"de": f"DE{digits(9, True)}", "fr": f"FR{digits(2)}{digits(9, True)}", "es": f"ES{ch('ABC')}{digits(8)}", "nl": f"NL{digits(9, True)}B0{R.randint(1, 9)}",
            "pl": f"PL{digits(10, True)}", "uk": f"GB{digits(9, True)}", "it": f"IT{digits(11, True)}", "ie": f"IE{digits(7)}{ch('ABCDEFW')}", "pt": f"PT{digits(9, True)}"}[loc]


@kind(20)
def vendor_onboarding(i):
    buyer, bdom = ch(BUYERS)
    intl = chance(0.4)
    loc = ch(list(VENDORS_EU)) if intl else "us"
    vendor = VENDORS_EU[loc] if intl else ch(VENDORS_US)
    c = Person(loc)
    vdom = slug(vendor.split()[0]) + ("." + {"uk": "co.uk"}.get(loc, loc) if intl else ".com")
    c_email = staff_email(c, vdom)
    pe = Person("us")
    d = Doc(f"procurement/vendor_onboarding_{i:04d}.txt")
    d.f("From: Supplier Enablement <{se}>\nTo: {n} <{e}>\nCc: {pn} <{pe}>\nSubject: Vendor onboarding complete — supplier {sid}\n\n",
        se=(EM, f"supplier.enablement@{bdom}"), n=(NAME, c.name), e=(EM, c_email), pn=(NAME, pe.name), pe=(EM, staff_email(pe, bdom)), sid=("supplier_id", f"V-{digits(6)}"))
    d.f("Dear {n},\n\n", n=(NAME, c.name))
    d.w(wrap(f"Thank you for completing the supplier registration for your company. Below is the vendor master data recorded in our ERP. "
             "Please reply within five business days if anything is incorrect; changes to banking details must be requested on company "
             "letterhead and will be verified by telephone call-back to a number already on file."), "\n")
    d.w("VENDOR MASTER RECORD\n")
    d.f("  Supplier ID ........ {s}\n  Legal name ......... {v}\n", s=("supplier_id", f"V-{digits(6)}"), v=co(vendor))
    if intl:
        d.f("  VAT ID ............. {v}\n", v=("vat_id", vat_id(loc)))
        if loc == "fr":
            d.f("  SIRET .............. {s}\n", s=("siret", siret()))
        if chance(0.3):
            d.f("  US tax status ...... W-8BEN-E on file; US branch EIN {e}\n", e=(EIN, ein()))
    else:
        d.f("  Tax ID ({t}) ....... {e}     W-9 received {dt}\n  DUNS ............... {du}\n", **(dict(t="EIN", e=(EIN, ein())) if chance(0.8) else dict(t="ITIN", e=(ITIN, itin())) if chance(0.5) else dict(t="SSN", e=(SSN, ssn()))), dt=nd(), du=("duns", ch([digits(9, True), f"{digits(2)}-{digits(3)}-{digits(4)}"])))
    d.f("  Remit-to address ... {a}\n                       {cl}\n", a=(ADDR, us_street() if loc == "us" else eu_street(loc)), cl=cityline(loc))
    d.f("  AP contact ......... {n}, {e}, {p}\n", n=(NAME, c.name), e=(EM, c_email), p=(PH, c.phone))
    d.f("  Payment terms ...... {t}\n", t=ch(["Net 30", "Net 45", "2/10 Net 30", "Net 60"]))
    if intl:
        ib = iban_raw(IBAN_OF[loc])
        d.f("  Payment method ..... international wire ({cur})\n  IBAN ............... {ib}\n  SWIFT/BIC .......... {bc}\n", cur="GBP" if loc == "uk" else ("PLN" if loc == "pl" else "EUR"),
            ib=(IBAN, fmt_iban(ib)), bc=(BIC, bic(iban_value=ib)))
        if chance(0.5):
            d.f("  Intermediary bank .. {bc} (USD cover)\n", bc=(BIC, bic("US")))
    else:
        d.f("  Payment method ..... ACH (CCD+)\n  Bank ............... {b}\n  ABA routing ........ {r}\n  Account ............ {a} ({t})\n",
            b=ch(BANKS_US), r=(ABA, aba()), a=(ACCT, account()), t=ch(["checking", "operating account"]))
        if chance(0.3):
            d.f("  Wire routing ....... {r} (Fedwire)\n  SWIFT .............. {bc}\n", r=(ABA, aba()), bc=(BIC, bic("US")))
    d.f("  Remittance advice .. {e}\n\n", e=(EM, f"{ch(['ar', 'accounts.receivable', 'remittance', 'billing'])}@{vdom}"))
    d.w("Open purchase orders transferred to the new supplier record:\n")
    for _ in range(R.randint(1, 4)):
        d.f("  {po}  {m}  due {dt}\n", po=("po_no", f"PO-45000{digits(5)}"), m=money(200, 90000, {"us": "$", "uk": "£", "pl": "zł"}.get(loc, "€")), dt=nd(y0=2025, y1=2025))
    d.f("\nBank letter verified by call-back to {p} on {dt} by {n} (Procurement). Invoices should reference the PO number and be sent to "
        "{ap}; our billing address is {a}, {cl}.\n\n", p=(PH, c.phone), dt=nd(), n=(NAME, pe.name), ap=(EM, f"ap.invoices@{bdom}"), a=(ADDR, us_street()), cl=cityline("us"))
    if chance(0.3):
        d.f("Note: the sample remittance file in the supplier portal uses routing {r} and account {a}; these are placeholders.\n\n",
            r=("routing_bad", routing_bad()), a=("test_value", "000123456789"))
    if chance(0.3):
        d.f("IRS TIN matching returned code 3 for the EIN first submitted ({e}); the corrected number above was confirmed on the revised W-9.\n\n", e=("ein_bad", ein_bad()))
    if chance(0.3):
        d.f("Previous bank details (closed {dt}): IBAN {ib} — rejected by our validator, please disregard.\n\n", dt=nd(), ib=("iban_bad", iban_bad(IBAN_OF.get(loc, "DE"))))
    d.w("Reminders for new suppliers:\n\n", boiler("vendor", 4, 7, numbered=True), "\n")
    d.f("Kind regards,\n{n}\nSupplier Enablement, {b}\n{p}\n", n=(NAME, pe.name), b=buyer, p=(PH, phone("us", 0)))
    return d


# ===================================================================== 13. laboratory requisition forms

LABS = ["QuestLine Diagnostics", "Sentinel Clinical Laboratories", "Bayview Pathology Associates", "North Thames Pathology Service"]
TESTS = [("80053", "Comprehensive metabolic panel", "24323-8"), ("85025", "CBC with differential", "57021-8"), ("83036", "Hemoglobin A1c", "4548-4"),
         ("80061", "Lipid panel", "57698-3"), ("84443", "TSH", "3016-3"), ("82306", "Vitamin D, 25-hydroxy", "1989-3"), ("81001", "Urinalysis, automated", "24356-8"),
         ("87086", "Urine culture", "630-4"), ("84153", "PSA, total", "2857-1"), ("82728", "Ferritin", "2276-4"), ("86803", "Hepatitis C antibody", "16128-1"),
         ("87389", "HIV-1/2 Ag/Ab screen", "56888-1"), ("82570", "Microalbumin/creatinine ratio", "9318-7"), ("85610", "Prothrombin time / INR", "6301-6")]


def box(d, text_items, width=76):
    """one boxed line: | ... | ; items are as for Doc.w"""
    plain = "".join(x[1] if isinstance(x, tuple) else x for x in text_items)
    d.w("| ")
    d.w(*text_items)
    d.w(" " * max(0, width - len(plain)) + " |\n")


@kind(24)
def lab_requisition(i):
    uk = i % 3 == 2
    lab = LABS[3] if uk else ch(LABS[:3])
    p = Person("uk" if uk else "us")
    prov = clinician("uk" if uk else "us")
    d = Doc(f"labs/requisition_{i:04d}.txt")
    bar = "+" + "-" * 78 + "+\n"
    d.w(bar)
    box(d, [f"{lab.upper()} — TEST REQUISITION"])
    box(d, ["Accession: ", ("accession_no", f"{ch('ABQS')}{R.randint(24, 25)}-{digits(6)}"), "   Collected: ", nd("uk" if uk else "us", y0=2024, y1=2025),
            f" {hhmm()}"])
    d.w(bar)
    box(d, ["PATIENT: ", (NAME, p.lastfirst()), f"   Sex: {ch('MFX')}"])
    box(d, ["DOB: ", (DOB, p.dob), "   " + ("NHS No: " if uk else "MRN: "), (NHS, nhs()) if uk else (MRN, mrn())])
    if uk:
        box(d, ["Hospital No: ", (MRN, f"{ch('RKTH')}{digits(7)}"), "   Tel: ", (PH, p.phone)])
    else:
        box(d, ["Phone: ", (PH, p.phone), "   Email: ", (EM, p.email)])
    box(d, ["Address: ", (ADDR, p.street), ", " + p.cityline])
    if not uk:
        ins = ch(["medicare", "medicare", "commercial", "self"])
        if ins == "medicare":
            box(d, ["Bill to: Medicare Part B   MBI: ", (MBI, mbi())])
        elif ins == "commercial":
            sub = p if chance(0.6) else Person("us")
            box(d, ["Bill to: ", ch(["Aetna", "Cigna", "UnitedHealthcare", "BCBS"]), "  Subscriber: ", (NAME, sub.name), "  Group ", ("group_no", digits(6, True))])
        else:
            box(d, ["Bill to: patient; card on file ", (CC, fmt_card(card()))] if chance(0.3) else ["Bill to: patient (self-pay)"])
    d.w(bar)
    if uk:
        box(d, ["Requesting clinician: ", (NAME, prov.name), "  GMC ", ("gmc_no", digits(7, True))])
    else:
        box(d, ["Ordering provider: ", (NAME, prov.name), f", {prov.cred.split(',')[0]}   NPI: ", (NPI, prov.npi)])
    box(d, ["Practice phone: ", clinic_phone("uk" if uk else "us"), "   Fax: ", (PH, phone("uk" if uk else "us"))])
    codes = R.sample(ICD_CODES, R.randint(1, 4))
    items = ["Dx (ICD-10): "]
    for j, (c, _) in enumerate(codes):
        items += [(ICD, c)] + ([", "] if j < len(codes) - 1 else [])
    box(d, items)
    d.w(bar)
    for code, name_, loinc in R.sample(TESTS, R.randint(2, 6)):
        box(d, [f"[x] CPT ", ("cpt_code", code), f"  {name_:<34} LOINC ", ("loinc", loinc)])
    d.w(bar)
    box(d, ["Specimen: ", ch(["SST x2", "Lavender EDTA x1", "Urine cup", "Light blue citrate x1"]), "  Lot ", ("lot_no", f"{digits(2)}{letters(1)}{digits(5)}"),
            "  Exp ", nd(y0=2025, y1=2027)])
    box(d, ["Fasting: ", ch(["Y", "N"]), "   Collected by: ", (NAME, Person("uk" if uk else "us").name)])
    box(d, ["Patient signature on file.  Date: ", nd("uk" if uk else "us", y0=2024, y1=2025)])
    d.w(bar)
    d.w("COLLECTION INSTRUCTIONS\n", boiler("lab", 3, 6))
    if chance(0.4):
        d.f("Comment: previous requisition {a} cancelled - wrong patient (DOB mismatch); do not merge with {m}.\n",
            a=("accession_no", f"{ch('ABQS')}{R.randint(23, 24)}-{digits(6)}"), m=(MRN, mrn()))
    if chance(0.35):
        d.f("Note: NPI {x} rejected by the payer edit (check digit); resubmitted with the correct number above.\n", x=("npi_bad", npi_bad()))
    if uk and chance(0.35):
        d.f("Note: NHS number {x} handwritten on the form fails the modulus 11 check; identity confirmed from PAS.\n", x=("nhs_bad", nhs_bad()))
    elif not uk and chance(0.25):
        d.f("Note: Medicare number {x} on the order is not a valid MBI format; eligibility re-run with the card on file.\n", x=("mbi_bad", mbi_bad()))
    return d


# ===================================================================== 14. bills of lading / shipping manifests

VESSELS = ["MAERSK KENDAL", "MSC AURORA", "CMA CGM TROCADERO", "EVER LUNAR", "HMM ALGECIRAS", "ONE HARMONY", "COSCO SHIPPING ARIES"]
PORTS = ["Rotterdam, NL", "Hamburg, DE", "Antwerp, BE", "Valencia, ES", "Gdańsk, PL", "Le Havre, FR", "Felixstowe, GB", "Leixões, PT",
         "Savannah, GA, US", "Newark, NJ, US", "Long Beach, CA, US", "Houston, TX, US"]
CARGO = [("Household goods and personal effects", "9801.00"), ("Machine parts, steel, n.o.s.", "8487.90"), ("Ceramic floor tiles", "6907.21"),
         ("Wooden furniture, flat-packed", "9403.60"), ("Olive oil in glass bottles", "1509.20"), ("Laptop computers", "8471.30"),
         ("Cotton t-shirts", "6109.10"), ("Auto brake pads", "8708.30"), ("Wine, red, 750 ml", "2204.21")]
SHIPPERS = [("Rheinwerk Präzisionsteile GmbH", "de"), ("Suministros Industriales Levante S.L.", "es"), ("Technika Pomiarowa Sp. z o.o.", "pl"),
            ("Metalúrgica do Ave, Lda.", "pt"), ("Van Dalen Verpakkingen B.V.", "nl"), ("Ateliers Delmas SARL", "fr")]


def party(d, label, company, loc, person, extra=None):
    d.f("{l}\n", l=label)
    if company:
        d.f("  {c}\n  Attn: {n}\n", c=co(company), n=(NAME, person.name))
    else:
        d.f("  {n}\n", n=(NAME, person.name.upper() if chance(0.4) else person.name))
    d.f("  {a}\n  {c}, {co}\n  Tel {p}   Email {e}\n", a=(ADDR, us_street() if loc == "us" else eu_street(loc)), c=cityline(loc), co=COUNTRY[loc],
        p=(PH, phone(loc)), e=(EM, person.email if not company else staff_email(person, slug("".join(company.split()[:2])) + (".com" if loc == "us" else ".co.uk" if loc == "uk" else f".{loc}"))))
    if extra:
        d.w(*extra)


@kind(20)
def bill_of_lading(i):
    d = Doc(f"shipping/bol_{i:04d}.txt")
    export_us = chance(0.35)
    household = chance(0.3)
    if export_us:
        sh_co, sh_loc = ch(VENDORS_US), "us"
        cn_loc = ch(["de", "es", "pl", "pt", "nl", "fr", "uk"])
    else:
        sh_co, sh_loc = ch(SHIPPERS)
        cn_loc = "us"
    d.f("BILL OF LADING FOR OCEAN TRANSPORT — NON-NEGOTIABLE COPY\nB/L No.: {bl}    Booking No.: {bk}    Date of issue: {dt}\n\n",
        bl=("bl_no", f"{ch(['MAEU', 'MEDU', 'CMDU', 'HLCU', 'ONEY'])}{digits(9, True)}"), bk=("booking_no", digits(ch([9, 10]), True)), dt=nd(y0=2024, y1=2025))
    sp = Person(sh_loc)
    party(d, "SHIPPER / EXPORTER", None if household and not export_us else sh_co, sh_loc, sp,
          ["  EIN: ", (EIN, ein()), "\n"] if sh_loc == "us" else ["  EORI: ", ("eori", f"{sh_loc.upper()}{digits(12)}"), "\n"])
    cp = Person(cn_loc)
    if household:
        party(d, "CONSIGNEE (personal effects — returning resident)" if cn_loc == "us" else "CONSIGNEE", None, cn_loc, cp,
              ["  Passport No.: ", (PASS, passport()), "   DOB: ", (DOB, fmt_date(cp.dob_ymd, "us", 0)), "\n"] if cn_loc == "us" else None)
    else:
        party(d, "CONSIGNEE", ch(["Tallgrass Import Partners LLC", "Harbourline Logistics Inc.", "Meridian Foods Distribution", "Blue Mesa Trading Co."]) if cn_loc == "us"
              else VENDORS_EU[cn_loc], cn_loc, cp,
              ["  Importer of record EIN: ", (EIN, ein()), "\n"] if cn_loc == "us" else None)
    br = Person("us")
    d.f("NOTIFY PARTY\n  {n}, licensed customs broker, {e}, {p}\n\n", n=(NAME, br.name), e=(EM, staff_email(br, "coastalbrokerage.com")), p=(PH, br.phone))
    pol, pod = R.sample([p for p in PORTS if (p.endswith("US")) != export_us], 1)[0], R.sample([p for p in PORTS if (p.endswith("US")) == export_us], 1)[0]
    d.f("Vessel / voyage: {v} / {vy}    Port of loading: {a}    Port of discharge: {b}\nETD {x}    ETA {y}\n\n", v=ch(VESSELS),
        vy=f"{R.randint(100, 599)}{ch('WEN')}", a=pol, b=pod, x=nd(y0=2024, y1=2025), y=nd(y0=2024, y1=2025))
    d.w(f"{'Container':<14}{'Seal':<12}{'Type':<6}{'Pkgs':>6}  {'Description':<38}{'HS code':<10}{'Gross kg':>10}\n")
    for _ in range(R.randint(1, 5)):
        cg = CARGO[0] if household else ch(CARGO[1:])
        d.f("{c}{s}{t}{p}  {dsc}{hs}{kg}\n", c=[("container_no", container_no()), "   "], s=[("seal_no", f"{letters(2)}{digits(7)}"), "   "],
            t=f"{ch(['20GP', '40HC', '40GP']):<6}", p=f"{R.randint(1, 1400):>6}", dsc=f"{cg[0]:<38}", hs=[("hs_code", cg[1]), " " * (10 - len(cg[1]))],
            kg=f"{R.randint(800, 26000):>10,}")
    d.f("\nFreight: {f}    Declared value: {m}    SCAC {sc}\n", f=ch(["PREPAID", "COLLECT"]), m=money(2000, 250000), sc=ch(["MAEU", "MSCU", "CMDU"]))
    if chance(0.4):
        d.f("Freight charges paid by card {c} (authorisation {a}).\n", c=(CC, fmt_card(card())), a=("auth_code", digits(6)))
    if chance(0.4):
        d.f("Demurrage invoices to {e}; remit to {b} IBAN {ib}.\n", e=(EM, f"billing@{ch(['maersk-dm.com', 'msc-dm.com'])}"),
            b=ch(["Danske Bank", "ING", "Deutsche Bank"]), ib=(IBAN, iban(ch(["DK", "NL", "DE"]))))
    d.w("\nTERMS AND CONDITIONS (extract)\n", boiler("bol", 5, 8, numbered=True))
    d.f("\nThe shipper's load, stow and count. Cargo tracking: {t}\n", t=("tracking", ups_tracking() if chance(0.3) else luhn_id(ch([12, 15]))))
    return d


# ===================================================================== 15. Kubernetes / systemd logs and mobile crash reports

SERVICES = ["payments-api", "kyc-worker", "notification-svc", "orders-api", "ledger-sync", "member-portal"]
K8S_NOISE = [
    "GET /healthz 200 0.8ms", "GET /readyz 200 1.1ms", "cache refresh completed entries=4096", "kafka consumer lag=0 partition=3",
    "db pool stats open=12 idle=9 in_use=3", "feature flags reloaded count=57", "gc pause 3.2ms heap=412MB", "metrics flushed series=1830",
    "leader election: still leader", "scheduled job reconcile-payouts finished in 812ms", "circuit breaker closed upstream=ledger",
    "config watch: no changes", "token cache hit ratio=0.97", "retrying request attempt=2 backoff=200ms",
]


def pod(svc):
    alpha = "bcdfghjklmnpqrstvwxz2456789"
    return f"{svc}-{''.join(ch(alpha) for _ in range(ch([9, 10])))}-{''.join(ch(alpha) for _ in range(5))}"


@kind(10)
def k8s_log(i):
    import datetime
    svc = ch(SERVICES)
    d = Doc(f"ops/k8s_{svc}_{i:03d}.log{'.gz' if i % 4 == 2 else ''}")
    t = datetime.datetime(*rand_date(2024, 2025), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    pods = [pod(svc) for _ in range(3)]
    nodes = [private_ipv4() for _ in range(3)]
    image = f"registry.kestrel.io/{svc}"
    ver = version3().lstrip("v")
    d.f("{ts} kubelet[{n}] Pulling image \"{img}:{v}\"\n", ts=t.isoformat() + "Z", n=R.randint(800, 3000), img=image, v=("version", ver))
    for _ in range(R.randint(150, 260)):
        t += datetime.timedelta(milliseconds=R.randint(5, 20000))
        ts = t.isoformat(timespec="milliseconds") + "Z"
        pd = ch(pods)
        while chance(0.8):
            t += datetime.timedelta(milliseconds=R.randint(1, 900))
            d.f("{ts} INFO  [{p}] {m}\n", ts=t.isoformat(timespec="milliseconds") + "Z", p=ch(pods), m=ch(K8S_NOISE))
        ts = t.isoformat(timespec="milliseconds") + "Z"
        r = R.random()
        if r < 0.62:
            d.f("{ts} INFO  [{p}] {m}\n", ts=ts, p=pd, m=ch(K8S_NOISE))
        elif r < 0.70:
            d.f("{ts} INFO  [{p}] request_id={u} method={mt} path={pa} status={st} latency_ms={l} client_ip={ip}\n", ts=ts, p=pd, u=("uuid", uuid4()),
                mt=ch(["GET", "POST", "PUT"]), pa=ch(["/v1/charges", "/v1/customers", "/v2/orders", "/v1/payouts", "/v1/kyc/checks"]),
                st=ch([200, 200, 201, 400, 404, 500]), l=R.randint(3, 900), ip=(IP, ip()))
        elif r < 0.75:
            u = Person()
            d.f("{ts} INFO  [{p}] customer updated id=cus_{c} email={e} phone={ph}\n", ts=ts, p=pd, c=hexs(14), e=(EM, u.email), ph=(PH, u.phone))
        elif r < 0.78:
            d.f("{ts} DEBUG [{p}] tokenize request pan={c} exp={x} merchant={m}\n", ts=ts, p=pd, c=(CC, card()), x=f"{R.randint(1, 12):02d}/{R.randint(26, 31)}",
                m=("merchant_id", ch("19") + digits(14)))
        elif r < 0.81:
            k, v = ssn_bad()
            good = chance(0.6)
            d.f("{ts} WARN  [{p}] kyc validation failed field=tin value={v} reason={rs} customer={n}\n", ts=ts, p=pd,
                v=((SSN, ssn(0)) if chance(0.6) else (ITIN, itin(0))) if good else (k, v), rs="watchlist_review" if good else "invalid_ssn", n=(NAME, Person("us").name))
        elif r < 0.83:
            d.f("{ts} INFO  [{p}] payout created amount={m} dest_routing={a} dest_account={c} trace={t}\n", ts=ts, p=pd, m=money(50, 9000).lstrip("$"),
                a=(ABA, aba()), c=(ACCT, account()), t=("trace_no", "0" + digits(14)))
        elif r < 0.85:
            d.f("{ts} ERROR [{p}] upstream timeout host={h} after 3000ms (build {b}) trace_id={x}\n", ts=ts, p=pd, h=(IP, ch(nodes)),
                b=("version", version4()), x=("hash", hexs(32)))
        elif r < 0.87:
            d.f("{ts} WARN  kubelet Readiness probe failed for {p}: Get \"http://{ip}:8080/readyz\": context deadline exceeded\n", ts=ts, p=pd, ip=(IP, ch(nodes)))
        elif r < 0.89:
            d.f("{ts} INFO  [{p}] sandbox webhook received from {ip} event=charge.succeeded test_card={c}\n", ts=ts, p=pd, ip=("doc_ip", doc_ip()),
                c=("test_value", test_card()))
        elif r < 0.91:
            d.f("{ts} INFO  [{p}] job heartbeat epoch_ms={e} seq={s}\n", ts=ts, p=pd, e=("epoch", epoch_ms()), s=R.randint(1, 99999))
        elif r < 0.93:
            d.f("{ts} INFO  [{p}] order {o} shipped carrier=usps tracking={tr}\n", ts=ts, p=pd, o=("order_id", f"ORD-{digits(8)}"), tr=("tracking", usps_tracking()))
        elif r < 0.95:
            ib = iban_raw()
            d.f("{ts} INFO  [{p}] sepa payout beneficiary_iban={ib} bic={bc} amount_eur={m}\n", ts=ts, p=pd, ib=(IBAN, ib), bc=(BIC, bic(iban_value=ib)),
                m=f"{R.randint(10, 9000)}.{R.randint(0, 99):02d}")
        elif r < 0.97:
            k_ = R.randrange(4)
            if k_ == 0:
                d.f("{ts} WARN  [{p}] rejected iban={ib} reason=checksum\n", ts=ts, p=pd, ib=("iban_bad", iban_bad().replace(" ", "")))
            elif k_ == 1:
                d.f("{ts} WARN  [{p}] tokenize rejected pan={c} reason=luhn_check_failed\n", ts=ts, p=pd, c=("card_bad_luhn", card_bad_luhn().replace(" ", "").replace("-", "")))
            elif k_ == 2:
                d.f("{ts} WARN  [{p}] payout validation failed routing={r} reason=aba_checksum\n", ts=ts, p=pd, r=("routing_bad", routing_bad()))
            else:
                k2, v2 = ssn_bad()
                d.f("{ts} WARN  [{p}] kyc input rejected tin={v} reason=invalid_format\n", ts=ts, p=pd, v=(k2, v2))
        else:
            d.f("{ts} INFO  [{p}] idempotency key {u} replayed\n", ts=ts, p=pd, u=("uuid", uuid4()))
    return d


@kind(6)
def journal_log(i):
    import datetime
    d = Doc(f"ops/journal_{i:03d}.log")
    host = f"ip-{private_ipv4().replace('.', '-')}"
    t = datetime.datetime(*rand_date(2024, 2025), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    ops = [Person("us") for _ in range(3)]
    for _ in range(R.randint(220, 360)):
        t += datetime.timedelta(seconds=R.randint(1, 400))
        ts = f"{MONTHS[t.month - 1][:3]} {t.day:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d} {host}"
        r = R.random()
        if r < 0.82:
            d.f("{ts} {m}\n", ts=ts, m=ch(["systemd[1]: Started Session 412 of User deploy.", "systemd[1]: logrotate.service: Deactivated successfully.",
                                            "CRON[2211]: (root) CMD (/usr/local/bin/backup.sh >/dev/null 2>&1)", "kernel: EXT4-fs (nvme1n1): mounted filesystem with ordered data mode.",
                                            "systemd[1]: Starting Daily apt upgrade and clean activities...", "chronyd[612]: Selected source time.aws.com",
                                            "systemd-resolved[480]: Clock change detected. Flushing caches.", "dockerd[901]: time=\"...\" level=info msg=\"ignoring event\""]))
        elif r < 0.80:
            u = ch(ops)
            d.f("{ts} sshd[{pid}]: Accepted publickey for {usr} from {ip} port {p} ssh2: ED25519 SHA256:{fp}\n", ts=ts, pid=R.randint(1000, 60000),
                usr=slug(u.first) + ch(["", ".", "_"]) + slug(u.last)[:1], ip=(IP, ip()), p=R.randint(1025, 65000), fp=("hash", "".join(ch(string.ascii_letters + string.digits + "+/") for _ in range(43))))
        elif r < 0.85:
            d.f("{ts} sshd[{pid}]: Invalid user {usr} from {ip} port {p}\n", ts=ts, pid=R.randint(1000, 60000), usr=ch(["admin", "support", "pi", "ftpuser"]),
                ip=(IP, public_ipv4()), p=R.randint(1025, 65000))
        elif r < 0.89:
            u = ch(ops)
            d.f("{ts} sudo[{pid}]: {usr} : TTY=pts/0 ; PWD=/home/{usr} ; USER=root ; COMMAND=/usr/bin/systemctl restart {s}\n", ts=ts, pid=R.randint(1000, 60000),
                usr=slug(u.first), s=ch(SERVICES))
        elif r < 0.93:
            d.f("{ts} {s}[{pid}]: Started {s} build {b} (commit {c})\n", ts=ts, s=ch(SERVICES), pid=R.randint(1000, 60000), b=("version", version4()), c=("hash", hexs(40)))
        elif r < 0.97:
            d.f("{ts} postfix/smtp[{pid}]: {q}: to=<{e}>, relay=mx.{dom}[{ip}]:25, delay=1.2, status=sent (250 2.0.0 OK)\n", ts=ts, pid=R.randint(1000, 60000),
                q=f"{hexs(5).upper()}{ch('ABCDEF')}{hexs(4).upper()}", e=(EM, Person().email), dom=ch(["google.com", "outlook.com", "gmx.net"]), ip=(IP, public_ipv4()))
        else:
            d.f("{ts} monit[{pid}]: 'disk_root' space usage 81.2% matches resource limit [space usage > 80.0%]; alert sent to {e}\n", ts=ts,
                pid=R.randint(1000, 60000), e=(EM, staff_email(ch(ops), "kestrel-analytics.com")))
    return d


@kind(12)
def crash_report(i):
    ios = i % 2 == 0
    shop, dom = ch(SHOPS)
    app = slug(shop.split()[0])
    d = Doc(f"ops/crash_{'ios' if ios else 'android'}_{i:04d}.txt")
    u = Person()
    if ios:
        d.f("Incident Identifier: {u}\nCrashReporter Key:   {k}\nHardware Model:      iPhone{m}\nProcess:             {a} [{pid}]\n"
            "Identifier:          com.{a}.app\nVersion:             {v} ({b})\nCode Type:           ARM-64 (Native)\nDate/Time:           {dt}\n"
            "OS Version:          iPhone OS {os} ({osb})\n\nException Type:  EXC_CRASH (SIGABRT)\nTermination Reason: {tr}\n\nThread 0 Crashed:\n",
            u=("uuid", uuid4().upper()), k=("hash", hexs(40)), m=ch(["15,3", "14,2", "16,1", "13,4"]), a=app, pid=R.randint(300, 9000),
            v=("version", version3().lstrip("v")), b=("build_no", digits(7, True)), dt=iso_ts(2024, 2025).replace("T", " ").rstrip("Z") + " +0000",
            os=ch(["17.4.1", "17.5", "18.0.1", "18.2"]), osb=ch(["21E236", "21F79", "22A3370", "22C152"]), tr=ch(["Namespace SIGNAL, Code 6 Abort trap: 6", "FRONTBOARD 0x8badf00d"]))
        for f_ in range(R.randint(6, 14)):
            base = R.randint(0x1a0000000, 0x1bfff0000)
            d.f("{n}   {lib} {a} {b} + {o}\n", n=f"{f_:<3}", lib=f"{ch(['libswiftCore.dylib', 'UIKitCore', 'CoreFoundation', app, 'libsystem_kernel.dylib', 'Foundation']):<24}",
                a=("memory_address", f"0x{base + R.randint(0, 99999):016x}"), b=("memory_address", f"0x{base:x}"), o=R.randint(10, 99999))
    else:
        d.f("FATAL EXCEPTION: main\nProcess: com.{a}.mobile, PID: {pid}\njava.lang.IllegalStateException: {msg}\n", a=app, pid=R.randint(3000, 30000),
            msg=ch(["Fragment not attached to a context.", "Expected BEGIN_OBJECT but was STRING", "Cannot parse date of birth field"]))
        for _ in range(R.randint(5, 12)):
            fr = ch([("checkout.CardForm.validate", "CardForm"), ("kyc.SsnField.onTextChanged", "SsnField"), ("profile.AddressAdapter.bind", "AddressAdapter"),
                     ("net.ApiClient.execute", "ApiClient"), ("ui.MainActivity.onResume", "MainActivity")])
            d.f("    at com.{a}.{m}({f}.kt:{l})\n", a=app, m=fr[0], f=fr[1], l=R.randint(12, 900))
        d.f("\nBuild fingerprint: 'google/{dv}/{dv}:14/AP1A.{b}.019/{n}:user/release-keys'\nApp version: {v} (build {bn})\n",
            dv=ch(["husky", "shiba", "panther", "oriole"]), b=digits(6), n=("build_no", digits(8, True)), v=("version", version3().lstrip("v")), bn=("build_no", digits(5, True)))
        d.f("Device IMEI: {i}   Android ID: {a}\n", i=("imei", imei()), a=("hash", hexs(16)))
    if ios:
        d.w("\nBinary Images:\n")
        for _ in range(R.randint(12, 30)):
            base = R.randint(0x100000000, 0x1bfff0000) & ~0xfff
            lib = ch(["UIKitCore", "CoreFoundation", "Foundation", "libobjc.A.dylib", "libdispatch.dylib", "CFNetwork", "Security", "SwiftUI",
                      "libswiftCore.dylib", "WebKit", "CoreData", "AVFCore", "Combine", app])
            d.w(f"       0x{base:x} -        0x{base + R.randint(0x10000, 0x900000):x} {lib} arm64e  <{hexs(32)}> /System/Library/Frameworks/{lib}\n")
    else:
        d.w("\nLoaded modules:\n")
        for _ in range(R.randint(8, 20)):
            d.w(f"  /data/app/~~{''.join(ch(string.ascii_letters + string.digits) for _ in range(22))}==/com.{app}.mobile/lib/arm64/lib{ch(['sqlcipher', 'realm-jni', 'crashlytics', 'yoga', 'fbjni', 'hermes'])}.so\n")
    d.w("\n--- breadcrumbs (last 12) ---\n")
    clk = Clock(2024, 2025)
    for _ in range(R.randint(6, 12)):
        ts = clk.iso(lo_min=0, hi_min=2)
        r = R.randrange(9)
        if r == 0:
            d.f("{t} auth.login user={e}\n", t=ts, e=(EM, u.email))
        elif r == 1:
            d.f("{t} form.change field=card_number value={c}\n", t=ts, c=(CC, card()))
        elif r == 2:
            d.f("{t} form.change field=dob value={b}\n", t=ts, b=(DOB, fmt_date(u.dob_ymd, "us", 2)))
        elif r == 3:
            d.f("{t} address.autocomplete selected=\"{a}, {c}\"\n", t=ts, a=(ADDR, u.street), c=u.cityline)
        elif r == 4:
            d.f("{t} http POST https://api.{dom}/v2/orders -> 500 client_ip={ip}\n", t=ts, dom=dom, ip=(IP, ip()))
        elif r == 5:
            d.f("{t} form.change field=phone value={p}\n", t=ts, p=(PH, u.mobile))
        elif r == 6:
            d.f("{t} form.change field=ssn value={s}\n", t=ts, s=(SSN, ssn(2)) if chance(0.5) else (ITIN, itin(0)))
        elif r == 7 and chance(0.5):
            st_, dl_ = drivers_license(u.state)
            d.f("{t} kyc.document_scan type=drivers_license state={st} number={n}\n", t=ts, st=st_, n=(DL, dl_))
        elif r == 7:
            d.f("{t} nav screen={s} session={x}\n", t=ts, s=ch(["Checkout", "Profile", "KYC", "Cart"]), x=("uuid", uuid4()))
        else:
            d.f("{t} analytics event=purchase_attempt order={o} ts_ms={e}\n", t=ts, o=("order_id", f"{digits(3)}-{digits(7)}-{digits(7)}"), e=("epoch", epoch_ms()))
    d.f("\nUser: {n} (account {e})\n", n=(NAME, u.name), e=(EM, u.email))
    return d


# ===================================================================== 16. meeting notes and issue-tracker exports

MEETING_PROSE = [
    "Chargeback ratio is back under the network threshold after the descriptor change.",
    "Month-end close is on track; two reconciling items remain with the bank.",
    "The new fraud rules reduced manual review volume by roughly a third.",
    "Vendor portal migration slipped a week because of SSO configuration.",
    "Audit requested evidence of quarterly access reviews for the payment systems.",
    "Support backlog is down to forty tickets, mostly address changes.",
    "Treasury wants all payout changes dual-approved going forward.",
]


@kind(5)
def meeting_notes(i):
    d = Doc(f"notes/meeting_{i:04d}.md")
    team = [Person("us") for _ in range(R.randint(3, 6))]
    ext = Person(ch(EU_RES))
    d.f("# {t} — {dt}\n\n", t=ch(["Weekly Payments Ops sync", "Finance & Treasury stand-up", "Fraud/Risk review", "Customer escalations triage"]),
        dt=nd(y0=2024, y1=2025))
    d.w("**Attendees:** ")
    for j, p in enumerate(team):
        d.w((NAME, p.name), ", " if j < len(team) - 1 else "")
    d.f("; guest {n} ({c})\n\n", n=(NAME, ext.name), c=ch(["bank relationship manager", "auditor", "payments partner"]))
    d.w("## Updates\n\n")
    for x in R.sample(MEETING_PROSE, R.randint(2, 4)):
        d.f("- {n}: {x}\n", n=(NAME, ch(team).first), x=x)
    d.w("\n## Items discussed\n\n")
    for _ in range(R.randint(3, 6)):
        k = R.randrange(7)
        c = Person()
        if k == 0:
            d.f("- Escalation: {n} ({e}, {p}) was double-charged on card {cc}; refund approved by {a}.\n", n=(NAME, c.name), e=(EM, c.email),
                p=(PH, c.phone), cc=(CC, fmt_card(card())), a=(NAME, ch(team).name))
        elif k == 1:
            ib = iban_raw(ch(["DE", "NL", "FR", "IE", "ES"]))
            d.f("- Treasury: new EUR collection account for the EU entity is IBAN {ib}, BIC {bc}; old account closes {dt}.\n", ib=(IBAN, fmt_iban(ib)),
                bc=(BIC, bic(iban_value=ib)), dt=nd())
        elif k == 2:
            d.f("- Vendor {v} asked to change bank details to routing {r}, account {a}. **Do not update** until verified by call-back to the number on file ({p}); "
                "the request came from {e} which does not match the vendor domain.\n", v=ch(VENDORS_US), r=(ABA, aba()), a=(ACCT, account()), p=(PH, phone("us")),
                e=(EM, f"{ch(['accounts', 'finance.dept', 'billing.update'])}@{ch(['gmail.com', 'outlook.com', 'kestrel-fastners.com'])}"))
        elif k == 3:
            d.f("- Contractor {n} will be paid via 1099; TIN on the W-9 is {t}. Address {a}, {cl}.\n", n=(NAME, c.name), t=(ITIN, itin()) if chance(0.5) else (SSN, ssn()),
                a=(ADDR, us_street()), cl=cityline("us"))
        elif k == 4:
            d.f("- Fraud ring: {n} accounts opened from {ip} and {ip2} using addresses on {st}; all closed.\n", n=R.randint(3, 40), ip=(IP, public_ipv4()),
                ip2=(IP, ip()), st=("street_name", ch(STREET_NAMES)))
        elif k == 5:
            d.f("- QA reminder: use {c} and {e} in staging only; the prod smoke test accidentally used a real card last week (ticket {t}).\n",
                c=("test_value", test_card()), e=("test_value", example_email()), t=("ticket_no", f"PAY-{R.randint(100, 9999)}"))
        else:
            d.f("- Card {c} flagged by the processor as invalid (fails checksum) — typo in the manual entry form, no customer impact.\n", c=("card_bad_luhn", card_bad_luhn()))
    d.w("\n", boiler("meeting", 1, 3))
    d.w("\n## Action items\n\n")
    for _ in range(R.randint(2, 5)):
        p = ch(team)
        d.f("- [ ] @{u} {x} (due {dt})\n", u=slug(p.first) + "." + slug(p.last), x=ch(["follow up with the bank", "update the runbook", "send the reconciliation",
                                                                                    "confirm vendor call-back", "close the audit request"]), dt=nd())
    d.f("\nNotes taken by {n}. Next meeting {dt}.\n", n=(NAME, ch(team).name), dt=nd())
    return d


@kind(12)
def issue_export(i):
    key = f"{ch(['PAY', 'KYC', 'OPS', 'CS'])}-{R.randint(100, 9999)}"
    d = Doc(f"notes/issue_{key}_{i:03d}.txt")
    rep, asg = Person("us"), Person("us")
    dom = "kestrel-analytics.com"
    c = Person()
    k = R.randrange(4)
    d.f("[{k}] {t}\n", k=("ticket_no", key),
        t=["Payout to contractor fails with 'invalid beneficiary'", "Customer cannot complete KYC — SSN rejected", "Duplicate charge after app crash",
           "Address autocomplete writes wrong unit number"][k])
    clk = Clock(2024, 2025)
    created = clk.iso(lo_min=1, hi_min=2)
    d.f("Type: {ty}   Priority: {p}   Status: {s}\nReporter: {r} <{re}>\nAssignee: {a}\nCreated: {c}   Updated: {u}\nAffects Version/s: {v}\nFix Version/s: {fv}\n\n",
        ty=ch(["Bug", "Incident", "Task"]), p=ch(["High", "Medium", "Highest"]), s=ch(["In Progress", "Open", "Resolved"]), r=(NAME, rep.name),
        re=(EM, staff_email(rep, dom)), a=(NAME, asg.name), c=created, u=clk.iso(lo_min=600, hi_min=20000), v=("version", version3().lstrip("v")),
        fv=("version", version3().lstrip("v")))
    d.w("Description:\n")
    if k == 0:
        ib = iban_raw()
        d.f("Contractor {n} (ITIN {it}, {a}, {cl}) reports the last two payouts bounced. Beneficiary details on file: IBAN {ib}, BIC {bc}. "
            "The bank returned reason AC01. Request came from {ip}.\n", n=(NAME, c.name), it=(ITIN, itin()), a=(ADDR, us_street()), cl=cityline("us"),
            ib=(IBAN, fmt_iban(ib)), bc=(BIC, bic(iban_value=ib)), ip=(IP, ip()))
    elif k == 1:
        k2, bad = ssn_bad()
        d.f("Customer {n} (DOB {b}, phone {p}) entered SSN {s} and was rejected. Earlier attempt used {bad}, which is correctly rejected (invalid). "
            "Verification vendor reference {u}.\n", n=(NAME, c.name), b=(DOB, fmt_date(c.dob_ymd, "us")), p=(PH, phone("us")), s=(SSN, ssn()), bad=(k2, bad), u=("uuid", uuid4()))
    elif k == 2:
        d.f("User {e} was charged twice on card {cc} after the app crashed on checkout (order {o}). Crash id {u}. Device IP {ip}.\n", e=(EM, c.email),
            cc=(CC, fmt_card(card())), o=("order_id", f"ORD-{digits(8)}"), u=("uuid", uuid4().upper()), ip=(IP, ip()))
    else:
        d.f("Autocomplete turned \"{a}\" into a different unit for {n}; shipping label printed with the wrong address. Tracking {t}.\n",
            a=(ADDR, us_street()), n=(NAME, c.name), t=("tracking", tracking()))
    d.f("\nSteps to reproduce:\n1. Log in as {e} in staging\n2. Use card {tc}\n3. Observe error in logs (build {b})\n\n", e=("test_value", example_email()),
        tc=("test_value", test_card()), b=("version", version4()))
    d.w("Comments:\n")
    for _ in range(R.randint(1, 4)):
        who = ch([rep, asg])
        d.f("  {n} — {t}: {x}\n", n=(NAME, who.name), t=clk.iso(lo_min=30, hi_min=3000), x=ch(["Reproduced in staging.", "Root cause is the retry policy.",
                                                                                              "Customer contacted, refund issued.", "Waiting for the bank's response.",
                                                                                              "Deployed fix behind a flag.", "Closing after verification."]))
    return d


# ===================================================================== 17. subscription cancellation letters

@kind(16)
def cancellation_letter(i):
    c = Person()
    svc, dom = ch([("Ironpeak Fitness Clubs", "ironpeakfitness.com"), ("StreamHaven Premium", "streamhaven.tv"), ("The Daily Ledger (digital)", "dailyledger.com"),
                   ("GreenCrate Meal Kits", "greencrate.com"), ("Voltspring Mobile", "voltspring.com")])
    d = Doc(f"letters/cancellation_{i:04d}.txt")
    d.f("{n}\n{a}\n{cl}\n{e} | {p}\n\n{dt}\n\n{s} — Member Services\nPO Box {pb}\n{c2}\n\n", n=(NAME, c.name), a=(ADDR, c.street), cl=c.cityline,
        e=(EM, c.email), p=(PH, c.phone), dt=nd(c.res if c.res != "us" else "us", y0=2024, y1=2025), s=svc, pb=R.randint(100, 9999), c2=cityline("us"))
    d.f("Re: Cancellation of membership {m}\n\nTo whom it may concern,\n\n", m=("member_no", f"{letters(2)}-{digits(7)}"))
    d.w(wrap(f"I am writing to cancel my {svc} membership effective immediately. I have tried to cancel online and by phone without success."))
    d.f("\nPlease stop all charges to my card {cc}. I have been charged {m} on {dt} and again on {dt2} after my first request (reference {r}).\n",
        cc=(CC, fmt_card(card())) if chance(0.6) else f"ending in {digits(4)}", m=money(9, 120), dt=nd(y0=2024, y1=2025), dt2=nd(y0=2024, y1=2025),
        r=("case_no", f"{letters(3)}{digits(7)}"))
    if chance(0.4):
        d.f("If a refund is issued by bank transfer, my account details are: routing {r}, account {a}.\n", r=(ABA, aba()), a=(ACCT, account()))
    if chance(0.3):
        ib = iban_raw()
        d.f("Alternatively refund to IBAN {ib} (BIC {bc}).\n", ib=(IBAN, fmt_iban(ib)), bc=(BIC, bic(iban_value=ib)))
    if chance(0.35):
        d.f("For identification: date of birth {b}.\n", b=(DOB, c.dob))
    d.f("\nPlease confirm the cancellation in writing to the email above; I have also copied {e}.\n\nSincerely,\n\n", e=(EM, f"support@{dom}"))
    d.f("{n}\n", n=(NAME, c.name))
    if chance(0.3):
        d.f("\ncc: {c}, consumer protection office\n", c=ch(["Office of the Attorney General", "Better Business Bureau"]))
    return d


# ===================================================================== 18. UK outpatient "did not attend" reports

@kind(6)
def dna_report(i):
    trust, dom = ch(UK_HOSPITALS)
    d = Doc(f"clinical/uk_dna_report_{i:03d}.txt")
    clin = clinician("uk")
    d.f("{t}\nOUTPATIENT DID-NOT-ATTEND (DNA) REPORT — {c} clinic\nClinic date: {dt}    Consultant: {n}\nRun by: {r} on {g}\n\n", t=trust,
        c=ch(["Respiratory", "Diabetes", "Fracture", "Cardiology", "Rheumatology", "Physiotherapy MSK"]), dt=nd("uk", y0=2024, y1=2025), n=(NAME, clin.name),
        r=(EM, staff_email(Person("uk"), dom)), g=iso_ts(2024, 2025, ms=False))
    d.w(f"{'Time':<7}{'Patient':<28}{'NHS No':<14}{'Hosp No':<11}{'DOB':<13}{'Contact':<18}Action\n")
    n_rows = R.randint(7, 13)
    times = sorted(f"{R.randint(8, 17):02d}:{ch(['00', '10', '20', '30', '40', '50'])}" for _ in range(n_rows))
    for row in range(n_rows):
        p = Person("uk")
        nm = p.lastfirst()
        dob_ = fmt_date(p.dob_ymd, "uk", 0)
        nh = nhs(ch([0, 0, 1]))
        hn = f"{ch('RKTHM')}{digits(7)}"
        d.f("{t}{n}{x}{h}{b}{c}{a}\n", t=f"{times[row]:<7}", n=[(NAME, nm), " " * max(1, 28 - len(nm))], x=[(NHS, nh), " " * max(1, 14 - len(nh))],
            h=[(MRN, hn), " " * max(1, 11 - len(hn))], b=[(DOB, dob_), " " * max(1, 13 - len(dob_))], c=[(PH, p.mobile), " " * max(1, 18 - len(p.mobile))],
            a=ch(["rebook", "discharge to GP", "2nd DNA - letter", "phone first", "rebook (interpreter)"]))
    d.w("\nPatients with two consecutive DNAs are discharged back to the referrer in line with the access policy; a letter is sent to the GP\n"
        "and the patient. Safeguarding concerns override this rule and must be discussed with the consultant before discharge.\n")
    if chance(0.7):
        d.f("\nNote: NHS number {x} on the referral failed validation (check digit) — PAS record used instead.\n", x=("nhs_bad", nhs_bad()))
    return d


# ===================================================================== 19. DME delivery route sheets

DME_ITEMS = [("E0601", "CPAP device"), ("E0260", "Hospital bed, semi-electric"), ("E1390", "Oxygen concentrator"), ("K0001", "Standard wheelchair"),
             ("E0143", "Walker, folding, wheeled"), ("A4253", "Blood glucose test strips, 50"), ("E0163", "Commode chair"), ("L3908", "Wrist hand orthosis")]


@kind(6)
def dme_route_sheet(i):
    d = Doc(f"clinical/dme_route_{i:03d}.txt")
    drv = Person("us")
    d.f("ALLCARE HOME MEDICAL EQUIPMENT — DELIVERY ROUTE SHEET\nRoute {r}   Date {dt}   Driver {n}   Vehicle {v}\n\n", r=R.randint(1, 30),
        dt=nd(y0=2024, y1=2025), n=(NAME, drv.name), v=("vin", vin()))
    n_stops = R.randint(4, 7)
    times = sorted(f"{R.randint(8, 16):02d}:{ch(['00', '15', '30', '45'])}" for _ in range(n_stops))
    for k in range(n_stops):
        p = Person("us").set_dob(1932, 1960)
        md_ = clinician()
        item = ch(DME_ITEMS)
        c = icd()
        d.f("STOP {k}  {t}\n", k=k + 1, t=times[k])
        d.f("  Patient: {n}   DOB {b}   Medicare MBI {m}\n", n=(NAME, p.name), b=(DOB, fmt_date(p.dob_ymd, "us", ch([0, 2]))), m=(MBI, mbi()) if chance(0.8) else ("mbi_bad", mbi_bad()))
        d.f("  Address: {a}, {c}   Phone {p}\n", a=(ADDR, p.street), c=p.cityline, p=(PH, p.phone))
        d.f("  Item: {h} {desc}   Serial {s}   Dx {dx}\n", h=("hcpcs_code", item[0]), desc=item[1], s=("serial_no", f"{letters(2)}{digits(8)}"), dx=(ICD, c[0]))
        d.f("  Ordering: {n}, NPI {x}   Order date {dt}\n", n=(NAME, md_.name), x=(NPI, md_.npi), dt=nd(y0=2024, y1=2025))
        if chance(0.3):
            d.f("  Note: gate code {g}; caregiver {n} {p} will sign.\n", g=digits(4), n=(NAME, Person("us").name), p=(PH, phone("us")))
        d.w("  Signature: ____________________   Delivered [ ]  Set-up [ ]  Education [ ]\n\n")
    d.w("Return all pick-up equipment to the warehouse cage before 5 p.m.; log serial numbers in the asset system.\n")
    return d


# ===================================================================== 20. research grant disbursement notices

FUNDERS = [("Halvorsen Foundation for Ocean Science", "halvorsenfoundation.org"), ("Brightwater Health Research Trust", "brightwatertrust.org"),
           ("Prairie Futures Fund", "prairiefutures.org")]
INSTITUTIONS_EU = {"de": "Technische Universität Leipzig", "fr": "Université de Nantes", "nl": "Universiteit Utrecht", "es": "Universitat de València",
                   "pl": "Uniwersytet Gdański", "pt": "Universidade do Porto", "ie": "University of Galway", "uk": "University of Bristol", "it": "Università di Bologna"}
INSTITUTIONS_US = ["Westbrook State University", "Calder Valley College", "Riverside Community Health Center", "Tri-County Regional Hospital Foundation"]


@kind(14)
def grant_disbursement(i):
    fund, dom = ch(FUNDERS)
    off = Person("us")
    d = Doc(f"grants/disbursement_notice_{i:04d}.txt")
    d.f("{f}\nGRANT DISBURSEMENT NOTICE\n\nNotice date: {dt}    Grant no.: {g}    Award period: {a} – {b}\n\n", f=co(fund), dt=nd(y0=2024, y1=2025),
        g=("grant_no", f"{letters(2)}-{R.randint(2022, 2025)}-{digits(4)}"), a=nd(y0=2023, y1=2024), b=nd(y0=2025, y1=2027))
    n_rec = R.randint(1, 4)
    for k in range(n_rec):
        intl = chance(0.45)
        loc = ch(list(INSTITUTIONS_EU)) if intl else "us"
        inst = INSTITUTIONS_EU[loc] if intl else ch(INSTITUTIONS_US)
        pi = Person(loc)
        fin = Person(loc)
        d.f("RECIPIENT {k}: {inst}\n  Principal investigator: {n} <{e}>\n  Grants office contact: {fn}, {fp}\n", k=k + 1, inst=inst, n=(NAME, pi.name),
            e=(EM, staff_email(pi, slug("".join(w_ for w_ in inst.split() if len(w_) > 3)[:14]) + (".edu" if loc == "us" else f".{'ac.uk' if loc == 'uk' else loc}"))), fn=(NAME, fin.name), fp=(PH, fin.phone))
        if intl:
            ib = iban_raw(IBAN_OF[loc])
            d.f("  Payment: SWIFT transfer in {cur}\n  Beneficiary account (IBAN): {ib}\n  Beneficiary bank BIC: {bc}\n  Correspondent: {cb}\n",
                cur="GBP" if loc == "uk" else ("PLN" if loc == "pl" else "EUR"), ib=(IBAN, fmt_iban(ib)), bc=(BIC, bic(iban_value=ib)), cb=(BIC, bic(ch(["US", "DE", "GB"]))))
        else:
            d.f("  Recipient EIN: {e}    UEI: {u}\n  Payment: ACH to routing {r}, account {a}\n", e=(EIN, ein()), u=("uei", "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))),
                r=(ABA, aba()), a=(ACCT, account()))
        d.w(f"  {'Installment':<14}{'Amount':>14}{'Scheduled':>18}\n")
        for j in range(R.randint(1, 3)):
            dt_ = nbd("us", 2, 2024, 2026)
            d.f("  {a}{b}{c}\n", a=f"{j + 1:<14}", b=money(5000, 250000).rjust(14), c=[" " * (18 - len(dt_)), ("non_birth_date", dt_)])
        d.w("\n")
    d.w(wrap("Funds must be spent in accordance with the approved budget. Interim financial reports are due within thirty days of each "
             "installment, and unexpended funds must be returned at the end of the award period unless a no-cost extension is approved. "
             "Indirect costs are capped at ten percent of direct costs. Please notify the Foundation in writing of any change in principal "
             "investigator, institution or banking details; changes are verified by telephone before any payment is released."))
    d.f("\n{n}\nDirector of Grants Administration\n{e} | {p}\n", n=(NAME, off.name), e=(EM, staff_email(off, dom)), p=(PH, phone("us", 0)))
    return d


# ===================================================================== 21. validation exception reports (near-miss heavy)

@kind(10)
def payment_exceptions(i):
    d = Doc(f"finance_ops/payment_exceptions_{i:03d}.txt")
    d.f("PAYOUT VALIDATION EXCEPTIONS — batch {b}\nRun {t}  environment=prod  validator {v}\n\n", b=("batch_no", digits(8, True)), t=iso_ts(2024, 2025),
        v=("version", version3()))
    d.w(f"{'Row':<5}{'Payee':<28}{'Field':<10}{'Submitted value':<32}{'Result':<16}Resolution\n")
    for r in range(R.randint(12, 20)):
        p = Person()
        k = R.randrange(6)
        d.w(f"{r + 1:<5}", (NAME, p.name), " " * max(1, 28 - len(p.name)))
        if k == 0:
            v = routing_bad()
            d.f("{f}{v}{res}", f=f"{'routing':<10}", v=[("routing_bad", v), " " * (32 - len(v))], res=f"{'ABA_CHECKSUM':<16}")
            d.f("{x}\n", x=["corrected to ", (ABA, aba())] if chance(0.5) else "payee contacted")
        elif k == 1:
            v = card_bad_luhn()
            d.f("{f}{v}{res}", f=f"{'card':<10}", v=[("card_bad_luhn", v), " " * max(1, 32 - len(v))], res=f"{'LUHN_FAIL':<16}")
            d.f("{x}\n", x=["re-entered as ", (CC, fmt_card(card()))] if chance(0.4) else "rejected")
        elif k == 2:
            v = iban_bad(IBAN_OF.get(p.res, "DE"))
            d.f("{f}{v}{res}", f=f"{'iban':<10}", v=[("iban_bad", v), " " * max(1, 32 - len(v))], res=f"{'MOD97_FAIL':<16}")
            d.f("{x}\n", x=["corrected to ", (IBAN, iban(IBAN_OF.get(p.res, "DE"), False))] if chance(0.5) else "awaiting bank letter")
        elif k == 3:
            kk, v = ssn_bad()
            d.f("{f}{v}{res}", f=f"{'ssn':<10}", v=[(kk, v), " " * (32 - len(v))], res=f"{'INVALID_TIN':<16}")
            d.f("{x}\n", x=["W-9 resubmitted, TIN ", (SSN, ssn(0)) if chance(0.5) else (ITIN, itin(0))] if chance(0.6) else "backup withholding applied")
        elif k == 4:
            v = ein_bad()
            d.f("{f}{v}{res}", f=f"{'ein':<10}", v=[("ein_bad", v), " " * (32 - len(v))], res=f"{'INVALID_PREFIX':<16}")
            d.f("{x}\n", x=["corrected to ", (EIN, ein())] if chance(0.5) else "TIN match pending")
        else:
            v = account()
            d.f("{f}{v}{res}", f=f"{'account':<10}", v=[(ACCT, v), " " * max(1, 32 - len(v))], res=f"{'R03_NO_ACCOUNT':<16}")
            d.f("{x}\n", x=["routing on file ", (ABA, aba())])
    d.f("\nExceptions are retried automatically after correction. Contact {e} for questions.\n", e=(EM, "payments-ops@kestrel-analytics.com"))
    return d


@kind(10)
def claim_rejections(i):
    d = Doc(f"finance_ops/clearinghouse_rejections_{i:03d}.txt")
    d.f("CLEARINGHOUSE CLAIM ACKNOWLEDGEMENT — REJECTED CLAIMS\nSubmitter: {s}   File: {f}   Received: {t}\n\n", s=ch(HOSPITALS)[0],
        f=("file_id", f"837P_{digits(9, True)}"), t=iso_ts(2024, 2025, ms=False))
    for _ in range(R.randint(8, 14)):
        p = Person("us")
        prov = clinician()
        d.f("Claim {c}  Patient {n}  DOB {b}  DOS {dos}  Billed {m}\n", c=("claim_no", f"{digits(4)}{letters(2)}{digits(6)}"), n=(NAME, p.lastfirst().upper()),
            b=(DOB, fmt_date(p.dob_ymd, "us", 0)), dos=nd(y0=2024, y1=2025, style=0), m=money(80, 9000))
        k = R.randrange(5)
        if k == 0:
            d.f("  REJECT A7:562 Rendering provider NPI {x} invalid (check digit). Provider on file: {n}, NPI {y}\n", x=("npi_bad", npi_bad()),
                n=(NAME, prov.name), y=(NPI, prov.npi))
        elif k == 1:
            d.f("  REJECT A7:164 Subscriber MBI {x} invalid format. Eligibility response MBI: {y}\n", x=("mbi_bad", mbi_bad()), y=(MBI, mbi()))
        elif k == 2:
            c = icd()
            d.f("  REJECT A7:510 Diagnosis pointer 1 ({y}, {t}) not linked to any service line\n", y=(ICD, c[0]), t=c[1])
        elif k == 3:
            d.f("  REJECT A8:97 Referring provider DEA {x} fails validation (prescriber {n}, DEA on file {y})\n", x=("dea_bad", dea_bad(prov.last)),
                n=(NAME, prov.name), y=(DEA, prov.dea))
        else:
            d.f("  REJECT A3:21 Patient address {a} not deliverable; update demographics. Phone on file {p}\n", a=(ADDR, p.street), p=(PH, p.phone))
    d.w("\nCorrect and resubmit rejected claims within the timely filing limit. Rejected claims were not forwarded to the payer.\n")
    return d


@kind(6)
def pds_exceptions(i):
    trust, dom = ch(UK_HOSPITALS)
    d = Doc(f"clinical/uk_pds_trace_exceptions_{i:03d}.txt")
    d.f("{t}\nPDS BATCH TRACE — EXCEPTIONS\nSubmitted {dt}   Records {n}   Exceptions below\n\n", t=trust, dt=nd("uk", y0=2024, y1=2025), n=R.randint(200, 3000))
    for _ in range(R.randint(10, 18)):
        p = Person("uk")
        k = R.randrange(3)
        d.f("Local ID {m}  {n}  DOB {b}  ", m=(MRN, f"{ch('RKTHM')}{digits(7)}"), n=(NAME, p.lastfirst()), b=(DOB, fmt_date(p.dob_ymd, "uk", 0)))
        if k == 0:
            d.f("Supplied NHS no {x} INVALID (mod 11) -> traced {y}\n", x=("nhs_bad", nhs_bad()), y=(NHS, nhs()))
        elif k == 1:
            d.f("Supplied NHS no {x} INVALID (mod 11) -> no unique match, manual review\n", x=("nhs_bad", nhs_bad()))
        else:
            d.f("NHS no {y} matched; address differs: PDS {a}\n", y=(NHS, nhs()), a=(ADDR, eu_street("uk")))
    d.f("\nReview exceptions in the spine mini service and update PAS. Queries: {e}\n", e=(EM, f"pds.queries@{dom}"))
    return d


# ------------------------------------------------------------------------------------------ self-check

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
    EIN: lambda v: len(v) == 10 and v[2] == "-" and v[:2] in EIN_PREFIX and v[3:].isdigit(),
    EM: lambda v: re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v) is not None and "example." not in v,
    PH: lambda v: "555-01" not in v and "555 01" not in v and "7946 0" not in v and "496 0" not in v and "07700 900" not in v,
    IP: lambda v: not v.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8")),
    BIC: lambda v: re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", v) is not None,
    ICD: lambda v: any(v == c for c, _ in ICD_CODES),
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
            if (s > 0 and data[s - 1:s].isalnum()) or (e < len(data) and data[e:e + 1].isalnum()):
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
    stats = {"preset": "heldout-f", "seed": SEED, "text_files": len(docs), "text_bytes": total, "entities": len(truth),
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

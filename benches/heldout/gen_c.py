#!/usr/bin/env python3
"""Held-out corpus C for the PII/PHI/financial scanner (stdlib only, deterministic).

usage: gen_c.py [OUT] [SEED]      (default OUT=/tmp/datareach-heldout/c, SEED=7301)

Writes OUT/files/** (text only), OUT/truth.jsonl, OUT/decoys.jsonl, OUT/columns_truth.jsonl (empty),
OUT/stats.json.  Documents are written with inline markers
    \\x01TYPE\\x02value\\x03   (sensitive span)      \\x04kind\\x02value\\x03   (decoy)
which are stripped into exact byte spans.  Every file is re-read and validated: spans decode to their
values, spans never overlap, checksummed truth values are valid and checksummed decoys are invalid, and
the unlabelled remainder contains no e-mail address, valid SSN, Luhn-valid card, IPv4 or valid IBAN.

Document kinds: insurance EOB / Medicare summary notices, pharmacy refill logs, fixed-width lab reports,
HR onboarding e-mails, MT103 / Fedwire confirmations, tax-prep notes, support chats (Slack, Teams, IRC,
web widget), web / auth logs, dental and veterinary notes, closing statements, school enrolment forms,
travel itineraries, CRM notes, security incident reports, git logs and code review threads, UK GP
letters, and Spanish/French/German/Italian/Portuguese/Dutch/Polish letters.
"""
import datetime as dt
import hashlib
import ipaddress
import json
import os
import re
import shutil
import sys
import unicodedata
import uuid as _uuid

import random

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/datareach-heldout/c"
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 7301
R = random.Random(SEED)


def T(typ, v):
    return "\x01%s\x02%s\x03" % (typ, v)


def D(kind, v):
    return "\x04%s\x02%s\x03" % (kind, v)


ch = R.choice
ri = R.randint


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("æ", "ae").replace("œ", "oe")


# ----------------------------------------------------------------------------------------------------
# checksums / validators

def luhn_ok(s):
    ds = [int(c) for c in s]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return c


def card_brand(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n in (16, 19) and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return "discover"
    if n in (16, 19) and 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    return None


TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "6011111111111117", "4000056655665556", "5105105105105100", "3530111333300000", "4012888888881881"]


def make_card(brand=None):
    brand = brand or ch(["visa"] * 5 + ["mc"] * 4 + ["amex"] * 2 + ["discover"] * 2 + ["jcb"])
    while True:
        if brand == "visa":
            n = ch([16] * 8 + [13, 19])
            pre = "4"
        elif brand == "mc":
            n = 16
            pre = str(ri(51, 55)) if chance(0.6) else str(ri(2221, 2720))
        elif brand == "amex":
            n, pre = 15, ch(["34", "37"])
        elif brand == "discover":
            n = ch([16] * 5 + [19])
            pre = ch(["6011", "65", str(ri(644, 649))])
        else:
            n, pre = 16, str(ri(3528, 3589))
        body = pre + digits(n - len(pre) - 1)
        d = body + luhn_digit(body)
        if d not in TEST_CARDS and len(set(d)) > 3:
            return d


def fmt_card(d, style=None):
    style = style or ch(["space", "space", "plain", "dash"])
    if style == "plain":
        return d
    sep = " " if style == "space" else "-"
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(g)


def bad_card():
    d = make_card()
    last = str((int(d[-1]) + ri(1, 9)) % 10)
    return d[:-1] + last


def iban_ok(s):
    s = s.replace(" ", "")
    if s[:2] not in IBAN_SPEC or len(s) != IBAN_SPEC[s[:2]][0]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_SPEC = {  # country: (total length, BBAN structure, bank-code pool for leading alpha block)
    "AD": (24, "8n12c"), "AT": (20, "16n"), "BE": (16, "12n"), "BG": (22, "4a6n8c"), "CH": (21, "5n12c"),
    "CY": (28, "8n16c"), "CZ": (24, "20n"), "DE": (22, "18n"), "DK": (18, "14n"), "EE": (20, "16n"),
    "ES": (24, "20n"), "FI": (18, "14n"), "FR": (27, "10n11c2n"), "GB": (22, "4a14n"), "GR": (27, "7n16c"),
    "HR": (21, "17n"), "HU": (28, "24n"), "IE": (22, "4a14n"), "IS": (26, "22n"), "IT": (27, "1a10n12c"),
    "LT": (20, "16n"), "LU": (20, "3n13c"), "LV": (21, "4a13c"), "MT": (31, "4a5n18c"), "NL": (18, "4a10n"),
    "NO": (15, "11n"), "PL": (28, "24n"), "PT": (25, "21n"), "RO": (24, "4a16c"), "SE": (24, "20n"),
    "SI": (19, "15n"), "SK": (24, "20n"), "SA": (24, "2n18c"), "AE": (23, "3n16n"), "TR": (26, "5n1n16c"),
    "BR": (29, "23n1a1c"), "IL": (23, "19n"), "QA": (29, "4a21c"), "KW": (30, "4a22c"), "JO": (30, "4a4n18c"),
    "EG": (29, "25n"), "UA": (29, "6n19c"), "MU": (30, "4a19n3a"),
}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS"],
              "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"], "MT": ["MALT", "VALL"], "RO": ["BTRL", "RNCB", "BRDE"],
              "QA": ["QNBA", "DOHB"], "KW": ["NBOK", "CBKU"], "JO": ["ARAB", "HBHO"], "BG": ["UNCR", "BPBI"],
              "LV": ["HABA", "PARX"], "MU": ["MCBL", "BOMM"]}
TEST_IBANS = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606", "NL91ABNA0417164300"]


def make_iban(cc=None):
    cc = cc or ch(list(IBAN_SPEC))
    n, spec = IBAN_SPEC[cc]
    out = []
    first = True
    for cnt, kind in re.findall(r"(\d+)([anc])", spec):
        cnt = int(cnt)
        if kind == "a" and first and cnt == 4 and cc in IBAN_BANKS:
            out.append(ch(IBAN_BANKS[cc]))
        elif kind == "a":
            out.append("".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(cnt)))
        elif kind == "n":
            out.append(digits(cnt))
        else:
            out.append("".join(ch("0123456789" * 3 + "ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(cnt)))
        first = False
    bban = "".join(out)
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = cc + "%02d" % (98 - num % 97) + bban
    assert len(s) == n and iban_ok(s), (cc, s)
    if s in TEST_IBANS:
        return make_iban(cc)
    return s


def fmt_iban(s, grouped=None):
    if grouped is None:
        grouped = chance(0.6)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def bad_iban(cc=None):
    s = make_iban(cc)
    while True:
        t = s[:2] + "%02d" % ri(2, 98) + s[4:]
        if not iban_ok(t):
            return t


ABA_PREFIX = [p for p in range(1, 13)] + [p for p in range(21, 33)] + [p for p in range(61, 73)] + [80]


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s) or int(s[:2]) not in ABA_PREFIX:
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def make_aba():
    while True:
        s = "%02d" % ch(ABA_PREFIX[:-1]) + digits(6)
        d = [int(c) for c in s]
        c = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
        s += str(c)
        if aba_ok(s):
            return s


def bad_aba():
    while True:
        s = "%02d" % ch(ABA_PREFIX[:-1]) + digits(7)
        if not aba_ok(s):
            return s


def npi_ok(s):
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn_ok("80840" + s)


def make_npi():
    while True:
        b = ch("12") + digits(8)
        s = b + luhn_digit("80840" + b)
        if s != "1234567893":
            return s


def bad_npi():
    while True:
        s = ch("12") + digits(9)
        if not npi_ok(s):
            return s


DEA_FIRST = "ABCDFGHJKLMPRSTUX"


def dea_ok(s):
    m = re.fullmatch(r"([A-Z])([A-Z9])(\d{7})", s)
    if not m:
        return False
    d = [int(c) for c in m.group(3)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def make_dea(surname=None):
    sec = fold(surname or "")[:1].upper()
    if not sec.isalpha():
        sec = ch("ABCDEFGHJKLMNPRSTW")
    while True:
        d = [ri(0, 9) for _ in range(6)]
        c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        s = ch(DEA_FIRST) + sec + "".join(map(str, d)) + str(c)
        if s != "AB1234563":
            return s


def bad_dea(surname=None):
    s = make_dea(surname)
    return s[:-1] + str((int(s[-1]) + ri(1, 9)) % 10)


def nhs_ok(s):
    s = s.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    tot = sum(int(c) * (10 - i) for i, c in enumerate(s[:9]))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(s[9])


def make_nhs():
    while True:
        b = str(ch([4, 6, 7])) + digits(8)
        tot = sum(int(c) * (10 - i) for i, c in enumerate(b))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = b + str(c)
        if s != "9434765919":
            return s


def bad_nhs():
    while True:
        s = str(ch([4, 6, 7])) + digits(9)
        if not nhs_ok(s):
            return s


def fmt_nhs(s):
    return ch([s[:3] + " " + s[3:6] + " " + s[6:]] * 3 + [s, s[:3] + "-" + s[3:6] + "-" + s[6:]])


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + list(range(90, 93)) + list(range(94, 100))
TEST_SSNS = ["123-45-6789", "078-05-1120", "219-09-9999", "111-11-1111", "987-65-4321"]


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def itin_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    return bool(m) and m.group(1)[0] == "9" and int(m.group(2)) in ITIN_GROUPS


def make_ssn(sep="-"):
    while True:
        a = ri(1, 899)
        if a == 666:
            continue
        s = "%03d%s%02d%s%04d" % (a, sep, ri(1, 99), sep, ri(1, 9999))
        if s.replace(" ", "-") not in TEST_SSNS:
            return s


def make_itin(sep="-"):
    return "9%02d%s%02d%s%04d" % (ri(0, 99), sep, ch(ITIN_GROUPS), sep, ri(0, 9999))


def bad_ssn():
    k = ri(0, 4)
    if k == 0:
        s = "000-%02d-%04d" % (ri(1, 99), ri(1, 9999))
    elif k == 1:
        s = "666-%02d-%04d" % (ri(1, 99), ri(1, 9999))
    elif k == 2:
        s = "9%02d-%02d-%04d" % (ri(0, 99), ch([1, 12, 23, 34, 45, 66, 67, 68, 69, 89, 93]), ri(1, 9999))
    elif k == 3:
        s = "%03d-00-%04d" % (ri(1, 665), ri(1, 9999))
    else:
        s = "%03d-%02d-0000" % (ri(1, 665), ri(1, 99))
    return s


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi_ok(s):
    s = s.replace("-", "")
    pat = "C A N N A N N A A N N".split()
    if len(s) != 11:
        return False
    cls = ["123456789", MBI_A, MBI_AN, "0123456789", MBI_A, MBI_AN, "0123456789", MBI_A, MBI_A, "0123456789", "0123456789"]
    return all(c in cls[i] for i, c in enumerate(s)) and len(pat) == 11


def make_mbi():
    cls = ["123456789", MBI_A, MBI_AN, "0123456789", MBI_A, MBI_AN, "0123456789", MBI_A, MBI_A, "0123456789", "0123456789"]
    while True:
        s = "".join(ch(c) for c in cls)
        if s != "1EG4TE5MK73":
            return s


def fmt_mbi(s):
    return s if chance(0.6) else s[:4] + "-" + s[4:7] + "-" + s[7:]


def bad_mbi():
    s = list(make_mbi())
    pos = ch([1, 4, 7, 8])
    s[pos] = ch("SLOIBZ")
    return "".join(s)


EIN_PREFIX = [1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32, 33, 34, 35, 36, 37,
              38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65,
              66, 67, 68, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 93, 94, 95, 98, 99]
EIN_BAD = [0, 7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97]


def ein_ok(s):
    m = re.fullmatch(r"(\d{2})-?(\d{7})", s)
    return bool(m) and int(m.group(1)) in EIN_PREFIX


def make_ein():
    return "%02d-%s" % (ch(EIN_PREFIX), digits(7))


def bad_ein():
    return "%02d-%s" % (ch(EIN_BAD), digits(7))


ISO_CC = ("US GB DE FR ES IT NL BE CH AT PL PT IE SE NO DK FI LU GR CZ HU RO BG HR SK SI JP CN HK SG IN AE SA QA KW TR "
          "BR MX AR CL CO CA AU NZ ZA NG KE EG IL KR TW TH MY ID PH VN").split()
BIC_BANKS = [("DEUT", "DE", "FF"), ("COBA", "DE", "FF"), ("DRES", "DE", "FF"), ("BYLA", "DE", "MM"), ("HYVE", "DE", "MM"),
             ("BOFA", "US", "3N"), ("CHAS", "US", "33"), ("CITI", "US", "33"), ("WFBI", "US", "6S"), ("IRVT", "US", "3N"),
             ("HSBC", "GB", "2L"), ("BARC", "GB", "22"), ("NWBK", "GB", "2L"), ("LOYD", "GB", "2L"), ("MIDL", "GB", "2L"),
             ("BNPA", "FR", "PP"), ("SOGE", "FR", "PP"), ("AGRI", "FR", "PP"), ("CRLY", "FR", "PP"),
             ("UBSW", "CH", "ZH"), ("CRES", "CH", "ZZ"), ("INGB", "NL", "2A"), ("ABNA", "NL", "2A"), ("RABO", "NL", "2U"),
             ("BBVA", "ES", "MM"), ("CAIX", "ES", "BB"), ("BSCH", "ES", "MM"), ("UNCR", "IT", "MM"), ("BCIT", "IT", "MM"),
             ("NDEA", "FI", "HH"), ("HAND", "SE", "SS"), ("DABA", "DK", "KK"), ("PKOP", "PL", "PW"), ("BREX", "PL", "PW"),
             ("ITAU", "BR", "SP"), ("BRAD", "BR", "SP"), ("ICIC", "IN", "BB"), ("HDFC", "IN", "BB"), ("SBIN", "IN", "BB"),
             ("BKCH", "CN", "BJ"), ("ICBK", "CN", "BJ"), ("MHCB", "JP", "JT"), ("BOTK", "JP", "JT"), ("DBSS", "SG", "SG"),
             ("OCBC", "SG", "SG"), ("ANZB", "AU", "3M"), ("NATA", "AU", "3M"), ("ROYC", "CA", "T2"), ("TDOM", "CA", "TT"),
             ("BOFM", "CA", "M2"), ("NBAD", "AE", "AA"), ("EBIL", "AE", "AD"), ("SCBL", "HK", "HH"), ("AIBK", "IE", "2D"),
             ("BKAU", "AT", "WW"), ("RZBA", "AT", "WW"), ("KRED", "BE", "BB"), ("GEBA", "BE", "BB"), ("CGDI", "PT", "PL"),
             ("BCOM", "PT", "PL"), ("NBGR", "GR", "AA"), ("KOMB", "CZ", "PP"), ("OTPV", "HU", "HB"), ("BTRL", "RO", "22"),
             ("SABB", "SA", "RI"), ("ISBK", "TR", "IS"), ("FIRN", "ZA", "JJ"), ("BNMX", "MX", "MM")]


def bic_ok(s):
    m = re.fullmatch(r"[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}([A-Z0-9]{3})?", s)
    return bool(m) and m.group(1) in ISO_CC


def make_bic(country=None):
    pool = [b for b in BIC_BANKS if country is None or b[1] == country] or BIC_BANKS
    b, c, loc = ch(pool)
    br = ch(["", "", "XXX", "XXX", ch(["500", "NYC", "LDN", "FRA", "123", "MIL", "BCN", "A1B"])])
    return b + c + loc + br


ICD10 = """E11.9 E11.65 E11.22 E11.40 E11.649 E10.9 E78.5 E78.00 E03.9 E66.9 E66.01 E55.9 E87.1 E86.0 E87.6 E83.42 E89.0
E05.90 E04.1 E28.2 I10 I25.10 I48.91 I50.9 I63.9 I21.4 I73.9 I87.2 I95.9 I49.9 I42.9 I26.99 I82.401 J45.909 J44.9 J44.1
J06.9 J02.9 J18.9 J20.9 J01.90 J30.9 J30.2 J96.01 J32.9 J35.01 K21.9 K59.00 K58.9 K52.9 K57.30 K80.20 K29.70 K50.90 K51.90
K02.9 K02.52 K05.10 K04.7 K08.109 K03.6 K35.80 K40.90 K76.0 K92.2 M54.50 M54.2 M25.511 M25.561 M17.11 M17.0 M19.90 M81.0
M10.9 M06.9 M62.830 M75.101 M72.2 M79.604 G43.909 G47.33 G47.00 G40.909 G56.00 G89.29 G30.9 G44.209 G25.81 G62.9 H81.10
F32.9 F32.A F33.1 F41.1 F41.9 F43.10 F90.0 F90.2 F17.210 F10.20 F11.20 F31.9 F84.0 N39.0 N18.30 N18.4 N18.6 N40.0 N20.0
N92.0 N95.1 N76.0 N30.00 R05.9 R51.9 R10.9 R10.11 R07.9 R07.89 R06.02 R50.9 R53.83 R42 R11.2 R73.03 R73.09 R31.9 R60.0
R41.82 R55 R19.7 R63.4 R03.0 R35.0 R39.15 R94.31 R79.89 Z00.00 Z00.01 Z00.129 Z23 Z01.419 Z12.31 Z12.11 Z79.4 Z79.01
Z79.899 Z87.891 Z95.1 Z96.651 Z01.20 Z01.21 Z30.011 Z71.3 Z68.41 Z11.59 Z20.822 U07.1 B34.9 B35.1 B02.9 A09 A41.9 L03.115
L70.0 L40.0 L30.9 L20.9 L72.0 H10.9 H66.90 H52.4 H40.9 H61.21 H25.9 S93.401A S83.511A S52.501A S06.0X0A S39.012A T78.40XA
W19.XXXA O80 O24.410 C50.911 C61 C34.90 C18.9 C43.9 D64.9 D50.9 D69.6 D22.9 Z51.11 Z88.0 Z80.3 Z82.49 Z13.1 Z91.010 Z72.0""".split()
ICD_SET = set(ICD10)
ICD_DESC = {"E11.9": "type 2 diabetes mellitus without complications", "E11.65": "type 2 DM with hyperglycemia",
            "I10": "essential (primary) hypertension", "E78.5": "hyperlipidemia, unspecified", "J45.909": "asthma, uncomplicated",
            "M54.50": "low back pain", "F41.1": "generalized anxiety disorder", "K21.9": "GERD without esophagitis",
            "N39.0": "urinary tract infection", "R07.9": "chest pain, unspecified", "Z00.00": "adult wellness exam",
            "J06.9": "acute URI", "E03.9": "hypothyroidism", "G43.909": "migraine", "I48.91": "atrial fibrillation",
            "K02.52": "caries into dentin, pit and fissure", "K05.10": "chronic gingivitis", "Z01.20": "dental exam/cleaning"}


def icd(code=None, dotted=None):
    c = code or ch(ICD10)
    if dotted is None:
        dotted = chance(0.8)
    return c if dotted else c.replace(".", "")


def icd_ok(s):
    return s in ICD_SET or any(s == c.replace(".", "") for c in ICD10)


# ----------------------------------------------------------------------------------------------------
# people, places, contact details

CULT = {
    "us": (["Jennifer", "Ashley", "Megan", "Brittany", "Heather", "Karen", "Deborah", "Kayla", "Courtney", "Shannon", "Tamara",
            "Lindsey", "Patricia", "Rebecca", "Dana", "Crystal", "Amber", "Holly", "Whitney", "Tiffany", "LaToya", "Keisha", "Imani"],
           ["Michael", "Tyler", "Cody", "Travis", "Dustin", "Brandon", "Gregory", "Raymond", "Derek", "Kyle", "Wesley", "Curtis",
            "Darnell", "Terrence", "Jamal", "Garrett", "Troy", "Brent", "Scott", "Douglas", "Randall", "DeShawn", "Malik"],
           ["Thompson", "Whitaker", "Henderson", "Caldwell", "Brooks", "Sullivan", "Holloway", "Prescott", "Jennings", "Pruitt",
            "Hatfield", "Weatherby", "Coleman", "Dawson", "Fletcher", "Gallagher", "Hammond", "Kincaid", "Lawson", "Merritt",
            "Norwood", "Pennington", "Ramsey", "Sizemore", "Tolliver", "Underwood", "Vaughn", "Whitfield", "Yarbrough", "Bishop",
            "Washington", "Jefferson", "Freeman", "Hairston", "Battle", "Townsend", "Stovall", "Mayfield", "Crenshaw", "Pickett"], False),
    "irish": (["Siobhán", "Aoife", "Niamh", "Róisín", "Caoimhe", "Maeve", "Orla", "Sinéad", "Gráinne"],
              ["Ciarán", "Seán", "Pádraig", "Eoin", "Colm", "Donal", "Cathal", "Declan", "Fergal"],
              ["O'Brien", "O'Connor", "O'Neill", "O'Sullivan", "McCarthy", "McLaughlin", "MacDonald", "McGuire", "Fitzgerald",
               "O'Donovan", "McNamara", "Ó Súilleabháin", "MacMahon", "O'Halloran", "McGrath", "Mac Giolla"], False),
    "hisp": (["María José", "Guadalupe", "Lucía", "Ximena", "Valentina", "Camila", "Mariana", "Ana Paula", "Rocío", "Itzel", "Yesenia",
              "Marisol", "Begoña"],
             ["José Luis", "Alejandro", "Santiago", "Mateo", "Jesús", "Luis Fernando", "Joaquín", "Rodrigo", "Héctor", "Iván",
              "Ramón", "Andrés", "Tomás"],
             ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Gutiérrez",
              "Chávez", "Jiménez", "Castañeda", "Villaseñor", "Ibáñez", "de la Cruz", "de la Fuente", "Núñez", "Muñoz", "Quiñones",
              "Zúñiga", "Ordóñez", "Echeverría", "Cifuentes", "Valenzuela", "Arreola"], False),
    "lusoph": (["Inês", "Beatriz", "Luana", "Conceição", "Thaís", "Letícia", "Giovanna"],
               ["João", "Gonçalo", "Thiago", "Caio", "Vinícius", "Rui", "Sebastião"],
               ["Silva", "Santos", "Oliveira", "Souza", "Carvalho", "Gonçalves", "da Silva", "dos Santos", "Magalhães", "Araújo",
                "Brandão", "Figueiredo", "Assunção"], False),
    "fr": (["Amélie", "Élodie", "Hélène", "Céline", "Chloé", "Margaux", "Anaïs", "Solène", "Maëlle"],
           ["Étienne", "François", "Jean-Luc", "Mathéo", "Benoît", "Grégoire", "Loïc", "Thibault", "Jérôme"],
           ["Dubois", "Lefèvre", "Moreau", "Rousseau", "Fontaine", "Girard", "Bonnet", "Mercier", "Faure", "Léger", "Chevalier",
            "Marchand", "Deschamps", "Lemaître", "Garnier", "de Villiers"], False),
    "de": (["Ursula", "Anneliese", "Jana", "Lena", "Hannah", "Friederike", "Käthe", "Svenja", "Dörte"],
           ["Jürgen", "Jörg", "Björn", "Günther", "Lukas", "Maximilian", "Tobias", "Uwe", "Matthias", "Florian"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Schäfer", "Hoffmann", "Krüger", "Schröder", "Weiß",
            "Zimmermann", "Hartmann", "Köhler", "Vogel", "Brandt", "von Bülow", "von der Heide", "Großmann", "Blümel"], False),
    "nl": (["Sanne", "Femke", "Lieke", "Marieke", "Anouk", "Ilse"], ["Daan", "Bram", "Joost", "Maarten", "Sven", "Thijs", "Gijs"],
           ["de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "de Jong", "van der Meer", "de Boer",
            "Mulder", "van Leeuwen", "ter Horst", "Dekker", "van 't Hof"], False),
    "it": (["Francesca", "Chiara", "Giulia", "Federica", "Alessandra", "Ilaria", "Benedetta"],
           ["Giuseppe", "Giovanni", "Alessandro", "Lorenzo", "Matteo", "Niccolò", "Gianluca", "Pierpaolo"],
           ["Rossi", "Russo", "Esposito", "Bianchi", "Colombo", "Ricci", "Greco", "De Luca", "Mancini", "D'Angelo", "Lombardi",
            "Moretti", "Barbieri", "Caruso", "Di Stefano", "Santoro", "Longo", "Mazzanti"], False),
    "pl": (["Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Zofia", "Żaneta"],
           ["Krzysztof", "Piotr", "Tomasz", "Paweł", "Łukasz", "Wojciech", "Grzegorz", "Michał"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
            "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Grabowska", "Sienkiewicz"], False),
    "nordic": (["Ingrid", "Åsa", "Sigríður", "Astrid", "Linnéa", "Solveig", "Maja"], ["Søren", "Magnus", "Mikkel", "Oskar", "Håkon", "Leif", "Anders"],
               ["Johansson", "Andersson", "Nilsson", "Larsen", "Jørgensen", "Lindqvist", "Bergström", "Åkesson", "Halvorsen",
                "Sigurðsson", "Østergaard"], False),
    "arab": (["Fatima", "Aisha", "Layla", "Mariam", "Nour", "Zainab", "Rania", "Huda", "Yasmin", "Salma"],
             ["Mohammed", "Ahmed", "Omar", "Yusuf", "Khalid", "Hassan", "Abdullah", "Tariq", "Karim", "Bilal", "Faisal"],
             ["Al-Farsi", "Al-Hashimi", "Haddad", "Khoury", "Nasser", "Mansour", "Abdel-Rahman", "El-Sayed", "Al Mansouri",
              "Hamdan", "Saleh", "Aziz", "Ibrahim", "Al-Qahtani", "Barakat", "Abu-Ghazaleh", "bin Saeed Al-Otaibi"], False),
    "sasia": (["Priya", "Ananya", "Deepika", "Lakshmi", "Aishwarya", "Harpreet", "Kavitha", "Sunita", "Nusrat", "Meenakshi", "Shreya"],
              ["Rahul", "Arjun", "Sanjay", "Vikram", "Rohan", "Sai Krishna", "Venkata", "Gurpreet", "Imran", "Aravind", "Siddharth"],
              ["Patel", "Sharma", "Singh", "Reddy", "Iyer", "Nair", "Venkataraman", "Chatterjee", "Banerjee", "Mukherjee", "Desai",
               "Krishnamurthy", "Subramanian", "Bhattacharya", "Siddiqui", "Hossain", "Perera", "Jayasuriya", "Shrestha",
               "Chaudhary", "Raghunathan", "Kulkarni"], False),
    "cn": (["Li Na", "Fang", "Xiaoling", "Jing", "Mei", "Yan", "Xiuying"], ["Wei", "Jie", "Lei", "Hao", "Zhiwei", "Jun", "Yong"],
           ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Zhou", "Xu", "Guo", "Lin", "Tang"], True),
    "jp": (["Yuki", "Aiko", "Sakura", "Haruka", "Yui", "Emi", "Naoko"], ["Hiroshi", "Kenji", "Haruto", "Takeshi", "Ren", "Daisuke", "Shota"],
           ["Tanaka", "Suzuki", "Sato", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Ito", "Matsumoto"], True),
    "kr": (["Seo-yeon", "Ji-woo", "Hye-jin", "Min-ji", "Soo-ah"], ["Min-jun", "Ji-hoon", "Dong-hyun", "Seung-woo", "Jae-won"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"], True),
    "vn": (["Thi Mai", "Thu Trang", "Ngoc Anh", "Thi Lan"], ["Van An", "Minh Duc", "Quoc Bao", "Thanh Tung"],
           ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang"], True),
    "afr": (["Adaeze", "Ngozi", "Akosua", "Thandiwe", "Amara", "Chiamaka", "Wanjiru", "Abena", "Nomvula", "Fatoumata"],
            ["Chukwuemeka", "Oluwaseun", "Kwame", "Abebe", "Tendai", "Sipho", "Babajide", "Kofi", "Mamadou", "Tesfaye"],
            ["Okafor", "Adeyemi", "Okonkwo", "Mensah", "Boateng", "Nkosi", "Dlamini", "Mutua", "Ochieng", "Kamau", "Haile",
             "Diallo", "Traoré", "Ndiaye", "Keita", "Sesay", "Banda", "Moyo", "Oyelaran-Adebayo", "Asante"], False),
}
CULT_W = [("us", 26), ("irish", 5), ("hisp", 12), ("lusoph", 4), ("fr", 5), ("de", 6), ("nl", 3), ("it", 5), ("pl", 4),
          ("nordic", 3), ("arab", 6), ("sasia", 9), ("cn", 4), ("jp", 3), ("kr", 3), ("vn", 2), ("afr", 7)]
LANG_CULT = {"es": "hisp", "fr": "fr", "de": "de", "it": "it", "pt": "lusoph", "nl": "nl", "pl": "pl"}


class Person:
    def __init__(self, cult=None):
        if cult is None:
            tot = sum(w for _, w in CULT_W)
            x = R.uniform(0, tot)
            for c, w in CULT_W:
                x -= w
                if x <= 0:
                    cult = c
                    break
            else:
                cult = "us"
        fem, mal, sur, ff = CULT[cult]
        self.cult, self.female, self.ff = cult, chance(0.5), ff
        self.given = ch(fem if self.female else mal)
        self.surname = ch(sur)
        if cult == "hisp" and chance(0.3):
            other = ch(sur)
            if other != self.surname and not other.startswith("de "):
                self.surname += " " + other
        if cult == "pl" and self.female and self.surname.endswith("ski"):
            self.surname = self.surname[:-1] + "a"
        self.mid = ch("ABCDEFGHJKLMNPRSTW") if cult in ("us", "irish", "de", "nl") and chance(0.6) else None
        self.native = ff and chance(0.5)

    def render(self, form="full"):
        g, s = self.given, self.surname
        if form == "full":
            return (s + " " + g) if self.native else (g + " " + s)
        if form == "mid":
            return g + (" %s. " % self.mid if self.mid else " ") + s
        if form == "lf":
            return s + ", " + g
        if form == "LF":
            return s.upper() + ", " + g
        if form == "UP":
            return fold(s).upper() + ", " + fold(g).upper()
        if form == "air":
            return fold(s).upper().replace(" ", "").replace("'", "").replace("-", "") + "/" + fold(g).upper().replace(" ", "").replace("-", "")
        if form == "last":
            return s
        if form == "first":
            return g
        if form == "init":
            return g[0] + ". " + s
        if form == "upfull":
            return (s.upper() + " " + g) if self.ff else (g + " " + s.upper())
        raise ValueError(form)

    def title(self, lang="en"):
        t = {"en": ("Ms.", "Mr."), "es": ("Sra.", "Sr."), "fr": ("Mme", "M."), "de": ("Frau", "Herr"), "it": ("Sig.ra", "Sig."),
             "pt": ("Sra.", "Sr."), "nl": ("mevrouw", "de heer"), "pl": ("Pani", "Pan")}[lang]
        return t[0] if self.female else t[1]

    def handle(self):
        g, s = fold(self.given).lower().replace(" ", "").replace("-", ""), fold(self.surname).lower().replace(" ", "").replace("'", "").replace("-", "")
        h = ch([g + "." + s, g[0] + s, g + "_" + s, s + "." + g[0], g + s[0], g + "." + s + str(ri(1, 99)), g[0] + "." + s])
        return re.sub(r"[^a-z0-9._]", "", h)


def N(p, form="full"):
    return T("PERSON_NAME", p.render(form))


FREEMAIL = ["gmail.com"] * 6 + ["yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net", "proton.me",
                                "att.net", "sbcglobal.net", "live.com", "msn.com"]
LOCALMAIL = {"de": ["web.de", "gmx.de", "t-online.de"], "fr": ["orange.fr", "free.fr", "laposte.net"], "it": ["libero.it", "virgilio.it"],
             "es": ["telefonica.net", "hotmail.es"], "pt": ["uol.com.br", "sapo.pt", "bol.com.br"], "nl": ["ziggo.nl", "kpnmail.nl"],
             "pl": ["wp.pl", "onet.pl", "interia.pl"]}


def email(p=None, dom=None):
    p = p or Person()
    return p.handle() + "@" + (dom or ch(FREEMAIL))


def EM(p=None, dom=None):
    return T("EMAIL_ADDRESS", email(p, dom))


TEST_EMAILS = ["user@example.com", "test@example.com", "john.doe@example.org", "jane@example.net", "foo@bar.com", "test@test.com",
               "noreply@example.com", "customer@example.com", "admin@example.org", "someone@example.co.uk"]

AREA = [201, 202, 203, 205, 206, 207, 208, 212, 213, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229, 231, 234, 239, 240, 248,
        251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315,
        316, 317, 318, 319, 320, 321, 323, 330, 331, 334, 336, 337, 339, 347, 351, 352, 360, 361, 385, 386, 401, 402, 404, 405,
        406, 407, 408, 409, 410, 412, 413, 414, 415, 417, 419, 423, 425, 432, 434, 435, 440, 443, 469, 470, 475, 478, 479, 480,
        484, 501, 502, 503, 504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517, 518, 520, 530, 540, 541, 551, 559, 561, 562,
        563, 567, 570, 571, 573, 574, 580, 585, 586, 601, 602, 603, 605, 606, 607, 608, 609, 610, 612, 614, 615, 616, 617, 618,
        619, 620, 623, 626, 630, 631, 636, 641, 646, 650, 651, 657, 660, 661, 662, 678, 682, 701, 702, 703, 704, 706, 707, 708,
        712, 713, 714, 715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 737, 740, 747, 754, 757, 760, 763, 765, 770, 772,
        773, 774, 775, 781, 785, 786, 801, 802, 803, 804, 805, 806, 808, 810, 812, 813, 814, 815, 816, 817, 818, 828, 830, 831,
        832, 843, 845, 847, 848, 850, 856, 857, 858, 859, 860, 862, 863, 864, 865, 870, 878, 901, 903, 904, 907, 908, 909, 910,
        912, 913, 914, 915, 916, 917, 918, 919, 920, 925, 928, 931, 936, 937, 940, 941, 947, 949, 951, 952, 954, 956, 970, 971,
        972, 973, 978, 979, 980, 985, 989]


def nxx():
    while True:
        x = "%d%02d" % (ri(2, 9), ri(0, 99))
        if x[1:] != "11" and x != "555" and x != "958" and x != "959":
            return x


def us_phone(style=None):
    a, x, l = str(ch(AREA)), nxx(), "%04d" % ri(0, 9999)
    style = style or ch(["paren", "paren", "dash", "dash", "dot", "e164", "plus1sp", "one", "space", "ext"])
    if style == "paren":
        return "(%s) %s-%s" % (a, x, l)
    if style == "dash":
        return "%s-%s-%s" % (a, x, l)
    if style == "dot":
        return "%s.%s.%s" % (a, x, l)
    if style == "e164":
        return "+1%s%s%s" % (a, x, l)
    if style == "plus1sp":
        return ch(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s", "+1.%s.%s.%s"]) % (a, x, l)
    if style == "one":
        return "1-%s-%s-%s" % (a, x, l)
    if style == "space":
        return "%s %s %s" % (a, x, l)
    return ch(["(%s) %s-%s ext. %d", "%s-%s-%s x%d", "%s.%s.%s ext %d"]) % (a, x, l, ri(10, 4999))


def tollfree():
    return "%s-%s-%s-%04d" % (ch(["1", "1"]), ch(["800", "888", "877", "866", "855", "844"]), nxx(), ri(0, 9999))


def intl_phone(cc=None):
    cc = cc or ch(["uk", "de", "fr", "in", "br", "es", "it", "nl", "pl", "pt", "mx", "ie", "au"])
    if cc == "uk":
        return ch(["+44 20 %d%03d %04d" % (ri(3, 8), ri(0, 999), ri(0, 9999)), "020 %d%03d %04d" % (ri(3, 8), ri(0, 999), ri(0, 9999)),
                   "+44 7%d%02d %06d" % (ri(4, 9), ri(0, 99), ri(0, 999999)), "07%d%02d %06d" % (ri(4, 9), ri(0, 99), ri(0, 999999)),
                   "0161 %03d %04d" % (ri(200, 999), ri(0, 9999)), "+44 (0)113 %03d %04d" % (ri(200, 999), ri(0, 9999))])
    if cc == "de":
        return ch(["+49 30 %d%07d" % (ri(2, 9), ri(0, 9999999)), "+49 (0)89 %d%06d" % (ri(2, 9), ri(0, 999999)),
                   "+49 15%d %08d" % (ri(1, 9), ri(0, 99999999)), "0171 %07d" % ri(0, 9999999), "040 / %d%06d" % (ri(2, 9), ri(0, 999999)),
                   "+49 221 %d%02d %02d %02d" % (ri(2, 9), ri(0, 99), ri(0, 99), ri(0, 99))])
    if cc == "fr":
        p = " ".join("%02d" % ri(0, 99) for _ in range(4))
        return ch(["+33 %d %s" % (ri(1, 7), p), "0%d %s" % (ri(1, 7), p), "+33 (0)%d %s" % (ri(1, 7), p), "0%d.%s" % (ri(6, 7), p.replace(" ", "."))])
    if cc == "in":
        return ch(["+91 %d%04d %05d" % (ri(7, 9), ri(0, 9999), ri(0, 99999)), "+91-22-%04d-%04d" % (ri(2000, 9999), ri(0, 9999)),
                   "0%d%04d%05d" % (ri(7, 9), ri(0, 9999), ri(0, 99999)), "+91 80 %04d %04d" % (ri(2000, 9999), ri(0, 9999))])
    if cc == "br":
        return ch(["+55 11 9%04d-%04d" % (ri(1000, 9999), ri(0, 9999)), "(21) 9%04d-%04d" % (ri(1000, 9999), ri(0, 9999)),
                   "+55 (31) 3%03d-%04d" % (ri(0, 999), ri(0, 9999))])
    if cc == "es":
        return ch(["+34 6%02d %03d %03d" % (ri(0, 99), ri(0, 999), ri(0, 999)), "91 %03d %02d %02d" % (ri(200, 999), ri(0, 99), ri(0, 99)),
                   "+34 93 %03d %02d %02d" % (ri(200, 999), ri(0, 99), ri(0, 99))])
    if cc == "it":
        return ch(["+39 06 %04d %04d" % (ri(1000, 9999), ri(0, 9999)), "+39 3%02d %03d %04d" % (ri(20, 99), ri(0, 999), ri(0, 9999)),
                   "02 %04d %04d" % (ri(1000, 9999), ri(0, 9999))])
    if cc == "nl":
        return ch(["+31 20 %03d %04d" % (ri(200, 999), ri(0, 9999)), "06-%08d" % ri(10000000, 99999999), "+31 6 %08d" % ri(10000000, 99999999)])
    if cc == "pl":
        return ch(["+48 22 %03d %02d %02d" % (ri(200, 999), ri(0, 99), ri(0, 99)), "+48 %d%02d %03d %03d" % (ri(5, 8), ri(0, 99), ri(0, 999), ri(0, 999)),
                   "%d%02d-%03d-%03d" % (ri(5, 8), ri(0, 99), ri(0, 999), ri(0, 999))])
    if cc == "pt":
        return ch(["+351 9%d%d %03d %03d" % (ri(1, 6), ri(0, 9), ri(0, 999), ri(0, 999)), "+351 21 %03d %04d" % (ri(0, 999), ri(0, 9999))])
    if cc == "mx":
        return ch(["+52 55 %04d %04d" % (ri(1000, 9999), ri(0, 9999)), "+52 1 33 %04d %04d" % (ri(1000, 9999), ri(0, 9999))])
    if cc == "ie":
        return ch(["+353 1 %03d %04d" % (ri(200, 999), ri(0, 9999)), "08%d %03d %04d" % (ri(3, 9), ri(0, 999), ri(0, 9999))])
    return ch(["+61 2 %04d %04d" % (ri(1000, 9999), ri(0, 9999)), "+61 4%02d %03d %03d" % (ri(0, 99), ri(0, 999), ri(0, 999))])


def PH(intl=None):
    if intl is None:
        intl = chance(0.15)
    return T("PHONE_NUMBER", intl_phone(intl if isinstance(intl, str) else None) if intl else us_phone())


CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Portland", "OR", "972"), ("Raleigh", "NC", "276"),
          ("Tucson", "AZ", "857"), ("Boise", "ID", "837"), ("Albany", "NY", "122"), ("Brooklyn", "NY", "112"), ("Dearborn", "MI", "481"),
          ("Fresno", "CA", "937"), ("San Jose", "CA", "951"), ("Oakland", "CA", "946"), ("Miami", "FL", "331"), ("Orlando", "FL", "328"),
          ("Tampa", "FL", "336"), ("Atlanta", "GA", "303"), ("Savannah", "GA", "314"), ("Nashville", "TN", "372"), ("Louisville", "KY", "402"),
          ("Chicago", "IL", "606"), ("Evanston", "IL", "602"), ("Milwaukee", "WI", "532"), ("Minneapolis", "MN", "554"),
          ("Des Moines", "IA", "503"), ("Omaha", "NE", "681"), ("Denver", "CO", "802"), ("Albuquerque", "NM", "871"),
          ("Salt Lake City", "UT", "841"), ("Seattle", "WA", "981"), ("Spokane", "WA", "992"), ("Sacramento", "CA", "958"),
          ("Phoenix", "AZ", "850"), ("Las Vegas", "NV", "891"), ("Houston", "TX", "770"), ("El Paso", "TX", "799"),
          ("New Orleans", "LA", "701"), ("Birmingham", "AL", "352"), ("Charleston", "SC", "294"), ("Richmond", "VA", "232"),
          ("Baltimore", "MD", "212"), ("Newark", "NJ", "071"), ("Providence", "RI", "029"), ("Worcester", "MA", "016"),
          ("Hartford", "CT", "061"), ("Burlington", "VT", "054"), ("Pittsburgh", "PA", "152"), ("Cleveland", "OH", "441"),
          ("Indianapolis", "IN", "462"), ("Kansas City", "MO", "641"), ("Little Rock", "AR", "722"), ("Anchorage", "AK", "995"),
          ("Honolulu", "HI", "968"), ("Yonkers", "NY", "107"), ("Hialeah", "FL", "330")]
STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Willow", "Birch", "Chestnut", "Magnolia", "Dogwood", "Mill", "Church", "Spring",
           "River", "Meadow", "Forest", "Prospect", "Highland", "Sunset", "Ridge", "Lakeview", "Orchard", "Hawthorne", "Juniper",
           "Sycamore", "Cottonwood", "Aspen", "Laurel", "Bluebonnet", "Peachtree", "Harbor", "Quarry", "Tamarack", "Wexford",
           "Fairmount", "Kensington", "Briarwood", "Foxglove", "Stonebridge", "Old Mill", "Hickory Hollow", "Canyon Creek",
           "Washington", "Jefferson", "Franklin", "Madison", "Martin Luther King Jr", "Cesar Chavez", "Division", "Commerce"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl", "Terrace", "Pkwy", "Cir", "Trail"]


def street():
    k = ri(0, 19)
    if k == 0:
        return ch(["PO Box %d", "P.O. Box %d", "POB %d"]) % ri(10, 98999)
    if k == 1:
        return "%d County Road %d" % (ri(100, 29999), ri(1, 400))
    if k == 2:
        return "%d %s Highway %d" % (ri(100, 29999), ch(["State", "US"]), ri(1, 299))
    num = str(ri(1, 99999)) if chance(0.7) else str(ri(10, 999))
    dirp = ch(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
    s = "%s %s%s %s" % (num, dirp, ch(STREETS), ch(SUFFIX))
    if chance(0.4):
        s += ch([", Apt %d%s" % (ri(1, 40), ch("ABCDEF")), " Apt. %d" % ri(1, 2400), ", Unit %d" % ri(1, 300), " #%d" % ri(1, 900),
                 ", Suite %d" % ri(100, 1900), " Ste %d" % ri(100, 999), ", Bldg %s" % ch("ABCDEFG"), " Fl %d" % ri(2, 30)])
    return s


def ST():
    return T("STREET_ADDRESS", street())


def cityline():
    c, s, z = ch(CITIES)
    zz = z + "%02d" % ri(0, 99)
    if chance(0.2):
        zz += "-%04d" % ri(0, 9999)
    return "%s, %s %s" % (c, s, zz)


INTL_ADDR = {
    "de": lambda: ("%s %d" % (ch(["Hauptstraße", "Lindenallee", "Bahnhofstr.", "Goethestraße", "Am Mühlbach", "Schillerplatz", "Gartenweg"]), ri(1, 180)) +
                   ch(["", "a", "b"]), "%05d %s" % (ri(10115, 99998), ch(["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Düsseldorf"]))),
    "fr": lambda: ("%d%s %s" % (ri(1, 140), ch(["", " bis", " ter"]), ch(["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire",
                                                                            "rue des Lilas", "chemin des Vignes", "place du Marché"])),
                   "%05d %s" % (ri(10000, 95999), ch(["Lyon", "Paris", "Nantes", "Toulouse", "Lille", "Bordeaux"]))),
    "es": lambda: ("%s %d, %dº %s" % (ch(["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle del Sol", "Paseo de Gracia"]),
                                      ri(1, 220), ri(1, 9), ch("ABCD")), "%05d %s" % (ri(1000, 52999), ch(["Madrid", "Sevilla", "Valencia", "Barcelona"]))),
    "it": lambda: ("%s %d" % (ch(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza Cavour"]), ri(1, 200)),
                   "%05d %s" % (ri(10, 98100), ch(["Roma", "Milano", "Torino", "Bologna", "Napoli"]))),
    "pt": lambda: ("%s, %d, apto %d" % (ch(["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua do Ouvidor", "Travessa da Glória"]), ri(1, 3000), ri(11, 1804)),
                   ch(["São Paulo - SP, %05d-%03d", "Rio de Janeiro - RJ, %05d-%03d"]) % (ri(1000, 99999), ri(0, 999))),
    "nl": lambda: ("%s %d%s" % (ch(["Keizersgracht", "Prinsengracht", "Dorpsstraat", "Kerkstraat", "Molenweg"]), ri(1, 600), ch(["", "-2", " hs", "A"])),
                   "%04d %s %s" % (ri(1000, 9999), "".join(ch("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(2)), ch(["Amsterdam", "Utrecht", "Rotterdam", "Den Haag"]))),
    "pl": lambda: ("ul. %s %d%s" % (ch(["Marszałkowska", "Piotrkowska", "Długa", "Kwiatowa", "Słoneczna"]), ri(1, 200), ch(["", " m. %d" % ri(1, 80), "/%d" % ri(1, 80)])),
                   "%02d-%03d %s" % (ri(0, 99), ri(0, 999), ch(["Warszawa", "Kraków", "Łódź", "Gdańsk", "Wrocław"]))),
    "uk": lambda: ("%d %s" % (ri(1, 240), ch(["Elm Grove", "Station Road", "Victoria Terrace", "Church Lane", "Mill Close", "Albert Street"])),
                   "%s %s%d %d%s" % (ch(["Leeds", "Bristol", "Manchester", "Sheffield", "Norwich"]), ch(["LS", "BS", "M", "S", "NR"]), ri(1, 28), ri(1, 9),
                                     "".join(ch("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))),
}


def intl_addr(lang):
    a, b = INTL_ADDR[lang]()
    return T("STREET_ADDRESS", a), b


def rdate(y0, y1):
    return dt.date(ri(y0, y1), ri(1, 12), ri(1, 28))


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def fdate(d, style=None):
    style = style or ch(["us", "us", "iso", "dmy_txt", "mdy_txt", "us_short", "dash", "DMON"])
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us_np":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "iso":
        return d.isoformat()
    if style == "dmy_txt":
        return "%d %s %d" % (d.day, MON[d.month - 1][:3], d.year)
    if style == "mdy_txt":
        return "%s %d, %d" % (ch([MON[d.month - 1], MON[d.month - 1][:3]]), d.day, d.year)
    if style == "dash":
        return "%02d-%02d-%d" % (d.month, d.day, d.year)
    if style == "DMON":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1][:3].upper(), d.year)
    if style == "eu":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "de":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "nl":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    raise ValueError(style)


def DOB(y0=1930, y1=2006, style=None):
    return T("DATE_OF_BIRTH", fdate(rdate(y0, y1), style))


def ND(y0=2019, y1=2025, style=None):  # non-birth date decoy
    return D("non_birth_date", fdate(rdate(y0, y1), style))


def recent(style=None):
    return fdate(rdate(2021, 2025), style)


def PUBIP():
    while True:
        a = ipaddress.IPv4Address(R.getrandbits(32))
        if a.is_global and not a.is_multicast and a.packed[0] not in (0, 127) and a.packed[0] < 224:
            return str(a)


def PRIVIP():
    k = ri(0, 2)
    if k == 0:
        return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (ri(0, 255), ri(1, 254))
    return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(1, 254))


def IP6():
    k = ri(0, 3)
    if k == 0:
        pre = ch(["2a02:8108", "2600:1700", "2a01:4f8", "2001:4860", "2607:f8b0", "2406:da18", "2a03:2880", "2804:14c"])
        return pre + ":" + ":".join("%x" % R.getrandbits(16) for _ in range(6))
    if k == 1:
        return "fe80::%x:%x:%x:%x" % tuple(R.getrandbits(16) for _ in range(4))
    if k == 2:
        return ch(["2001:470", "2a00:1450", "2606:4700"]) + ":%x:%x::%x" % (R.getrandbits(16), R.getrandbits(16), R.getrandbits(16) or 1)
    return "fd%02x:%x:%x::%x" % (R.getrandbits(8), R.getrandbits(16), R.getrandbits(16), ri(1, 4000))


def IP(kind=None):
    kind = kind or ch(["pub", "pub", "pub", "priv", "v6"])
    return T("IP_ADDRESS", PUBIP() if kind == "pub" else PRIVIP() if kind == "priv" else IP6())


DL_FMT = {"CA": lambda: ch("ABCDEFGNY") + digits(7), "NY": lambda: digits(9), "TX": lambda: digits(8),
          "FL": lambda: "%s%03d-%03d-%02d-%03d-%d" % (ch("BDGHMPRSW"), ri(0, 999), ri(0, 999), ri(0, 99), ri(0, 999), ri(0, 9)),
          "IL": lambda: "%s%03d-%04d-%04d" % (ch("BDGHKLMPRS"), ri(0, 999), ri(0, 9999), ri(0, 9999)),
          "WA": lambda: "WDL" + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
          "PA": lambda: digits(8), "MI": lambda: ch("BCDGHKMRSW") + " " + " ".join(digits(3) for _ in range(4)),
          "NJ": lambda: ch("ABCDGHKMRS") + digits(4) + " " + digits(5) + " " + digits(5), "OH": lambda: ch(["S", "T", "R"]) + ch("ABCDEFGHJK") + digits(6),
          "AZ": lambda: ch("ABDFS") + digits(8), "GA": lambda: digits(9), "MA": lambda: "S" + digits(8), "CO": lambda: "%02d-%03d-%04d" % (ri(0, 99), ri(0, 999), ri(0, 9999))}


def make_dl():
    st = ch(list(DL_FMT))
    return st, DL_FMT[st]()


def make_passport():
    return ch([digits(9), digits(9), ch("ACEFGHJKLMNPRSTUVWXZ") + digits(8)]).replace("000000000", "541209387")


def acct():
    return digits(ri(8, 14)) if chance(0.8) else digits(ri(15, 17))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def sha(n=40):
    return hashlib.sha256(str(R.random()).encode()).hexdigest()[:n] if n <= 64 else hexs(n)


def epoch_ms():
    return str(ri(1609459200000, 1767225600000))


def order_id():
    return ch(["ORD-%07d" % ri(0, 9999999), "SO%08d" % ri(0, 99999999), "#%d-%d" % (ri(100, 999), ri(1000000, 9999999)),
               "W%09d" % ri(0, 999999999), "PO-%d-%05d" % (ri(2021, 2025), ri(0, 99999))])


def tracking():
    return ch(["1Z" + "".join(ch("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)), "9400 %s %s %s %s %s 01" % tuple(digits(4) for _ in range(5)),
               digits(12), "TBA" + digits(12), "JJD%018d" % ri(0, 10 ** 18 - 1)])


def version4():
    return "%d.%d.%d.%d" % (ri(1, 12), ri(0, 30), ri(0, 60), ri(0, 250))


def part_no():
    return ch(["PN %s-%s-%s" % (digits(3), digits(4), digits(2)), "P/N %d-%04d-%s" % (ri(10, 99), ri(0, 9999), ch("ABC")),
               "SKU %s" % digits(12), "%s-%s-%s" % (digits(4), digits(3), digits(4))])


ORGS = ["Johnson & Johnson", "Wells Fargo", "Morgan Stanley", "Goldman Sachs", "Charles Schwab", "Edward Jones", "Raymond James",
        "Merrill Lynch", "Kaiser Permanente", "Mayo Clinic", "Cedars-Sinai", "Johns Hopkins", "Dana-Farber", "Barnes & Noble",
        "Ernst & Young", "Deloitte", "Smith & Nephew", "Baker McKenzie", "Jones Day", "Charles River Laboratories",
        "Walgreens", "Marriott", "Hilton", "Baker Hughes", "Procter & Gamble", "Dow Jones", "Hewlett-Packard", "Ford Motor Credit"]
BRANDS = ["Dr Pepper", "Ben & Jerry's", "Trader Joe's", "Tim Hortons", "Wendy's", "McDonald's", "Jack Daniel's", "Ralph Lauren",
          "Calvin Klein", "Tommy Hilfiger", "Hugo Boss", "Estée Lauder", "Louis Vuitton", "Mrs. Meyer's", "Dr. Martens", "Marie Callender's",
          "Sara Lee", "Betty Crocker", "Tesla", "Chick-fil-A"]
PLACES = ["Charlotte, NC", "Madison, WI", "Austin, TX", "Eugene, OR", "Florence, KY", "Lincoln, NE", "Jackson, MS", "Tyler, TX",
          "Marshall, TX", "Warren, MI", "Chandler, AZ", "Jordan, MN", "Douglas, GA", "Victoria, BC", "Alexandria, VA", "Aurora, CO",
          "Sterling Heights, MI", "Fort Collins, CO", "St. Petersburg, FL", "San Jose, CA", "Lafayette, LA", "Santa Clara, CA"]
EPONYMS = [("Parkinson", "'s disease"), ("Crohn", "'s disease"), ("Alzheimer", "'s disease"), ("Hashimoto", "'s thyroiditis"),
           ("Graves", "' disease"), ("Bell", "'s palsy"), ("Sjögren", "'s syndrome"), ("Raynaud", "'s phenomenon"), ("Hodgkin", " lymphoma"),
           ("Cushing", "'s syndrome"), ("Addison", "'s disease"), ("Tourette", " syndrome"), ("Guillain-Barré", " syndrome"),
           ("Lou Gehrig", "'s disease"), ("Osgood-Schlatter", " disease"), ("Baker", "'s cyst"), ("Ménière", "'s disease"),
           ("Epley", " maneuver"), ("Apgar", " score 9/9"), ("Foley", " catheter"), ("Wolff-Parkinson-White", " pattern"), ("Barrett", "'s esophagus")]
PETS = ["Biscuit", "Luna", "Max", "Bella", "Charlie", "Daisy", "Milo", "Cooper", "Pepper", "Shadow", "Ziggy", "Mochi", "Nala",
        "Rocky", "Oreo", "Winston", "Murphy", "Bailey", "Sadie", "Tucker", "Lola", "Gus", "Hazel", "Oliver", "Penny", "Duke", "Rosie",
        "Sir Reginald", "Frankie", "Ruby", "Maximus", "Kiwi", "Theo", "Walter", "Louie"]
DRUGS = [("atorvastatin", "40 mg tab"), ("lisinopril", "10 mg tab"), ("metformin ER", "500 mg tab"), ("levothyroxine", "75 mcg tab"),
         ("amlodipine", "5 mg tab"), ("sertraline", "50 mg tab"), ("omeprazole", "20 mg cap"), ("losartan", "50 mg tab"),
         ("albuterol HFA", "90 mcg inh"), ("gabapentin", "300 mg cap"), ("montelukast", "10 mg tab"), ("escitalopram", "10 mg tab"),
         ("rosuvastatin", "20 mg tab"), ("Eliquis", "5 mg tab"), ("Ozempic", "0.5 mg pen"), ("Jardiance", "10 mg tab")]
CDRUGS = [("hydrocodone/APAP", "5-325 mg tab", "II"), ("oxycodone", "5 mg tab", "II"), ("alprazolam", "0.5 mg tab", "IV"),
          ("zolpidem", "10 mg tab", "IV"), ("Vyvanse", "30 mg cap", "II"), ("methylphenidate ER", "36 mg tab", "II"),
          ("tramadol", "50 mg tab", "IV"), ("lorazepam", "1 mg tab", "IV"), ("pregabalin", "75 mg cap", "V"), ("Adderall XR", "20 mg cap", "II")]
COMPANIES = ["Meridian Freight Systems", "Bluewater Analytics", "Crestline Health Partners", "Northgate Credit Union", "Helix Biotech",
             "Sable Creek Logistics", "Tri-County Medical Group", "Ironbridge Capital", "Orchard Valley Foods", "Lumen Software",
             "Pioneer Mutual Insurance", "Redwood Title & Escrow", "Summit Ridge Schools", "Harborview Imaging", "Copperleaf Realty"]
CORPDOM = ["meridianfreight.com", "bluewater-analytics.io", "crestlinehp.org", "northgatecu.org", "helixbio.com", "sablecreek.net",
           "tricountymg.com", "ironbridgecap.com", "orchardvalleyfoods.com", "lumensoft.dev", "pioneermutual.com", "redwoodtitle.com",
           "summitridge.k12.us", "harborviewimaging.com", "copperleafrealty.com"]


def corp():
    i = ri(0, len(COMPANIES) - 1)
    return COMPANIES[i], CORPDOM[i]


def money(lo=20, hi=5000):
    return "{:,.2f}".format(R.uniform(lo, hi))


# ----------------------------------------------------------------------------------------------------
# document generators: each returns (relative path, marked text)

def g_eob(i):
    payer = ch(["Pioneer Mutual Insurance", "Great Lakes Health Plan", "Keystone BlueShield", "Cascade Benefit Services", "Sunbelt Health Alliance"])
    medicare = chance(0.35)
    m = Person()
    L = []
    if medicare:
        L += ["MEDICARE SUMMARY NOTICE for Part B (Medical Insurance)", "", "THIS IS NOT A BILL", ""]
        L += ["%s" % N(m, ch(["full", "mid", "UP"])), ST(), cityline(), ""]
        L += [("Medicare Number: " + T("US_MBI", fmt_mbi(make_mbi()))) if chance(0.85) else ("Medicare Number: XXXXXXX" + D("masked", make_mbi()[-4:])),
              "Date of birth: " + DOB(1930, 1958),
              "Notice date: " + ND(), "Customer Service: 1-800-MEDICARE (" + T("PHONE_NUMBER", "1-800-633-4227") + ")", ""]
    else:
        L += [payer.upper(), "EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", ""]
        L += ["Statement date: " + ND(), "Subscriber: " + N(m, ch(["full", "mid", "LF"])), "Member ID: %s%09d" % (ch(["XKH", "ZGP", "W"]), ri(0, 10 ** 9 - 1)),
              "Group #: %06d" % ri(0, 999999), "Mailing address: " + ST() + ", " + cityline()]
        if chance(0.5):
            L.append("Subscriber DOB: " + DOB(1950, 1995, ch(["us", "iso", "us_np"])))
        L.append("")
    pats = [m] if chance(0.5) else [m, Person(m.cult)]
    if len(pats) > 1:
        pats[1].surname = m.surname
        L.append("Patient: %s (dependent)   Date of birth %s" % (N(pats[1], ch(["full", "lf"])), DOB(2005, 2022)))
    doc = Person()
    L += ["", "Claim number: " + D("claim_id", "%d%s%07d" % (ri(20, 25), ch(["E", "M", "X"]), ri(0, 9999999))),
          ("Provider: %s %s, %s" % (ch(["Dr.", ""]), N(doc, ch(["full", "init", "mid"])), ch(["MD", "DO", "PA-C", "NP"]))).replace(":  ", ": ") + "   NPI " + T("US_NPI", make_npi()),
          "Facility: %s, %s, %s" % (ch(["Harborview Imaging", "Tri-County Medical Group", D("org", "St. Brendan Outpatient Center")]), ST(), cityline()), ""]
    L.append("%-12s %-7s %-34s %10s %10s %10s %9s" % ("Svc date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe"))
    for _ in range(ri(2, 5)):
        d = recent("us")
        cpt, desc = ch([("99213", "Office visit, est. patient"), ("99214", "Office visit, est. patient"), ("80053", "Comprehensive metabolic panel"),
                        ("85025", "CBC w/ auto diff"), ("71046", "Chest x-ray, 2 views"), ("93000", "Electrocardiogram"), ("G0439", "Annual wellness visit"),
                        ("36415", "Venipuncture"), ("97110", "Therapeutic exercise"), ("81001", "Urinalysis")])
        b = R.uniform(30, 900)
        a = b * R.uniform(0.3, 0.9)
        pp = a * R.uniform(0.5, 1)
        L.append("%-12s %-7s %-34s %10s %10s %10s %9s" % (d, cpt, desc, "%.2f" % b, "%.2f" % a, "%.2f" % pp, "%.2f" % (a - pp)))
    L += ["", "Diagnosis: " + ", ".join(T("ICD10_CODE", icd()) for _ in range(ri(1, 3)))]
    if chance(0.3):
        e = ch(EPONYMS[:6])
        L.append("Note: claim reviewed for history of " + D("eponym", e[0]) + e[1] + ".")
    if chance(0.4):
        L.append("Claims received after " + ND() + " may be denied for timely filing.")
    L += ["", "Questions? Call Member Services at " + T("PHONE_NUMBER", tollfree()) + " (TTY 711), Monday-Friday 8am-8pm.",
          "To appeal, write to: Appeals Unit, " + ST() + ", " + cityline()]
    L += [""] + boiler("eob")
    if chance(0.5):
        L.append("Or e-mail " + T("EMAIL_ADDRESS", ch(["appeals", "memberservices", "grievances"]) + "@" + ch(["pioneermutual.com", "glhp.org", "kbshield.com"])))
    return "insurance/eob_%03d.txt" % i, "\n".join(L) + "\n"


def g_pharmacy(i):
    L = ["# RxQueue refill log  store=%04d  host=rxq-%02d  tz=America/Chicago" % (ri(1, 9999), ri(1, 40)), ""]
    t = dt.datetime(ri(2022, 2025), ri(1, 12), ri(1, 28), 8, 0, 0)
    prescribers = [Person() for _ in range(4)]
    info = [(p, make_npi(), make_dea(p.surname)) for p in prescribers]
    for _ in range(ri(8, 12)):
        t += dt.timedelta(minutes=ri(1, 40), seconds=ri(0, 59))
        pt = Person()
        p, npi, dea = ch(info)
        ctrl = chance(0.4)
        drug = ch(CDRUGS) if ctrl else ch(DRUGS)
        rx = "%d%06d" % (ri(1, 7), ri(0, 999999))
        parts = [t.strftime("%Y-%m-%d %H:%M:%S"), ch(["REFILL", "NEWRX", "REFILL", "RTS"]), "rx=" + rx,
                 'pt="%s"' % N(pt, ch(["UP", "lf", "LF"])), "dob=" + DOB(1935, 2015, ch(["iso", "us"])),
                 'drug="%s %s"' % drug[:2], "ndc=" + D("ndc", "%05d-%04d-%02d" % (ri(0, 99999), ri(0, 9999), ri(0, 99))), "qty=%d" % ch([30, 60, 90, 28, 14]),
                 'prescriber="%s"' % N(p, ch(["init", "lf", "full"])), "npi=" + T("US_NPI", npi)]
        if ctrl:
            parts.append("sched=C%s dea=%s" % (drug[2], T("US_DEA_NUMBER", dea)))
        if chance(0.35):
            parts.append("ph=" + T("PHONE_NUMBER", us_phone(ch(["dash", "dot", "e164"]))))
        if chance(0.12):
            parts.append("plan=MEDICARE_D mbi=" + T("US_MBI", make_mbi()))
        parts.append("status=" + ch(["FILLED", "FILLED", "READY", "QUEUED", "PA_REQUIRED", "TOO_SOON"]))
        parts.append("rph=%s" % "".join(ch("ABCDEFGHJKLMNPRSTW") for _ in range(2)))
        L.append(" ".join(parts))
        if ctrl and chance(0.3):
            st, n = make_dl()
            L.append("%s INFO  rx=%s pickup ID verified: %s DL %s (picked up by %s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), rx, st, T("US_DRIVERS_LICENSE", n), ch(["patient", "spouse", "caregiver"])))
        if ctrl and chance(0.25):
            t += dt.timedelta(seconds=ri(5, 50))
            L.append("%s WARN  rx=%s PDMP lookup ok; prior fill %s at store %04d" % (t.strftime("%Y-%m-%d %H:%M:%S"), rx, recent("iso"), ri(1, 9999)))
        if chance(0.12):
            t += dt.timedelta(seconds=ri(5, 50))
            L.append("%s ERROR rx=%s REJECT reason=DEA_CHECKDIGIT dea=%s (transcription error, called office)" % (t.strftime("%Y-%m-%d %H:%M:%S"), rx, D("dea_bad_check", bad_dea(p.surname))))
        if chance(0.1):
            t += dt.timedelta(seconds=ri(5, 50))
            L.append("%s ERROR rx=%s REJECT reason=NPI_INVALID npi=%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), rx, D("npi_bad_check", bad_npi())))
        if chance(0.15):
            L.append("%s INFO  batch=%s uploaded=%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), D("uuid", uuid4()), D("epoch_ms", epoch_ms())))
    return "pharmacy/refill_%03d.log" % i, "\n".join(L) + "\n"


LABS = [("Glucose, fasting", 65, 180, "mg/dL", "70-99"), ("Hemoglobin A1c", 4.8, 11.5, "%", "4.0-5.6"), ("Sodium", 128, 148, "mmol/L", "136-145"),
        ("Potassium", 3.0, 5.8, "mmol/L", "3.5-5.1"), ("Creatinine", 0.5, 2.4, "mg/dL", "0.6-1.3"), ("eGFR", 18, 120, "mL/min/1.73m2", ">60"),
        ("ALT", 8, 140, "U/L", "7-56"), ("AST", 8, 120, "U/L", "10-40"), ("TSH", 0.1, 9.5, "uIU/mL", "0.4-4.0"), ("LDL-C", 50, 220, "mg/dL", "<100"),
        ("HDL-C", 25, 90, "mg/dL", ">40"), ("Triglycerides", 40, 450, "mg/dL", "<150"), ("WBC", 2.8, 16, "K/uL", "4.5-11.0"),
        ("Hemoglobin", 8.5, 17.5, "g/dL", "12.0-16.0"), ("Platelets", 90, 480, "K/uL", "150-400"), ("Vitamin D, 25-OH", 8, 80, "ng/mL", "30-100"),
        ("PSA, total", 0.2, 9.0, "ng/mL", "<4.0"), ("Ferritin", 5, 400, "ng/mL", "12-300")]


def g_lab(i):
    p, doc, tech = Person(), Person(), Person()
    W = 86
    L = ["=" * W, " %-52s CLIA# %s" % (ch(["NORTHFIELD REGIONAL LABORATORY", "HARBORVIEW CLINICAL LAB SERVICES", "TRI-STATE REFERENCE LABS"]),
                                        D("clia", "%02dD%07d" % (ri(1, 99), ri(0, 9999999)))), "=" * W]
    mrn = ch(["%08d" % ri(0, 99999999), "E%07d" % ri(0, 9999999), "MR%07d" % ri(0, 9999999), "%d-%06d" % (ri(10, 99), ri(0, 999999))])
    L.append(" PATIENT : %-40s MRN    : %s" % (N(p, ch(["UP", "UP", "LF"])), T("MEDICAL_RECORD_NUMBER", mrn)))
    L.append(" DOB     : %s   SEX: %s  AGE: %dY        ACCT   : %s" % (DOB(1935, 2018, ch(["us", "us", "DMON", "iso"])), ch("MF"), ri(5, 89), D("encounter_id", "V%09d" % ri(0, 999999999))))
    L.append(" ORDERED : %-38s NPI    : %s" % (N(doc, ch(["UP", "LF"])) + ", " + ch(["MD", "DO", "NP"]), T("US_NPI", make_npi())))
    L.append(" COLLECT : %s %02d:%02d    RECEIVED: %s      ACCESSION: %s" % (D("non_birth_date", recent("us")), ri(5, 18), ri(0, 59), recent("us"), D("accession", "%s%d-%03d-%05d" % (ch("LCH"), ri(21, 25), ri(1, 365), ri(0, 99999)))))
    L.append(" DX      : " + ", ".join(T("ICD10_CODE", icd()) for _ in range(ri(1, 3))))
    if chance(0.35):
        L.append(" INS     : MEDICARE PART B   MBI: " + T("US_MBI", fmt_mbi(make_mbi())))
    elif chance(0.4):
        L.append(" INS     : %s  MEMBER: %s" % (ch(["AETNA PPO", "UNITED HC CHOICE+", "BCBS IL", "CIGNA OAP"]), D("member_id", "%s%09d" % (ch(["W", "U", "XOF"]), ri(0, 999999999)))))
    if chance(0.3):
        L.append(" PHONE   : %s   FAX: %s" % (PH(False), T("PHONE_NUMBER", us_phone("dash"))))
    L.append("-" * W)
    L.append(" %-28s %9s  %-4s %-14s %-14s" % ("TEST", "RESULT", "FLAG", "UNITS", "REFERENCE"))
    L.append("-" * W)
    for name, lo, hi, u, ref in R.sample(LABS, ri(5, 10)):
        v = R.uniform(lo, hi)
        vs = ("%.1f" % v) if hi < 20 else ("%d" % v)
        L.append(" %-28s %9s  %-4s %-14s %-14s" % (name, vs, ch(["", "", "H", "L"]), u, ref))
    L.append("-" * W)
    if chance(0.4):
        e = ch(EPONYMS)
        L.append(" COMMENT: Clinical history of " + D("eponym", e[0]) + e[1] + " noted on requisition.")
    L.append(" Performed by: %s, MLS(ASCP)   Verified: %s" % (N(tech, ch(["full", "init"])), recent("iso")))
    L.append(" Medical Director: %s, MD, PhD   Lab phone %s" % (N(Person(), "full"), PH(False)))
    L.append(" Report id %s  printed %s" % (D("uuid", uuid4()), D("epoch_ms", epoch_ms())))
    return "lab/result_%03d.txt" % i, "\n".join(L) + "\n"


def mail_hdr(frm, to, cc=(), subj="", dom=None):
    L = ["From: %s <%s>" % (N(frm, ch(["full", "full", "lf"])) if not isinstance(frm, str) else frm[0], frm[1] if isinstance(frm, str) else EM(frm, dom))]
    L.append("To: " + ", ".join("%s <%s>" % (N(p, "full"), EM(p, d)) for p, d in to))
    if cc:
        L.append("Cc: " + ", ".join(("%s <%s>" % (N(p, "full"), EM(p, d))) if chance(0.7) else EM(p, d) for p, d in cc))
    d = dt.datetime(ri(2022, 2025), ri(1, 12), ri(1, 28), ri(7, 19), ri(0, 59), ri(0, 59))
    L.append("Date: " + d.strftime("%a, %d %b %Y %H:%M:%S ") + ch(["-0500", "-0600", "-0800", "+0000", "+0100"]))
    L.append("Subject: " + subj)
    L.append("Message-ID: <" + D("message_id", "%s.%s@%s" % (hexs(12), hexs(8), ch(["mail.gmail.com", "mx.corp.local", "outlook.com"]))) + ">")
    L.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")
    return L


def g_hr(i):
    co, dom = corp()
    hr, new, mgr = Person(), Person(), Person()
    L = mail_hdr(hr, [(new, None)], [(mgr, dom)] if chance(0.6) else [], ch(["Onboarding paperwork", "Welcome aboard - a few details to confirm", "Your first day + payroll setup", "Re: I-9 and direct deposit"]), dom)
    L.append(ch(["Hi %s,", "Dear %s,", "Hello %s,"]) % N(new, "first"))
    L.append("")
    L.append("Welcome to %s! Before your start date (%s) please review the details we have on file and reply with corrections." % (co, D("non_birth_date", recent(ch(["us", "mdy_txt"])))))
    L.append("")
    L.append("  Legal name ........ " + N(new, ch(["mid", "full", "LF"])))
    L.append("  Date of birth ..... " + DOB(1960, 2004, ch(["us", "mdy_txt", "iso", "us_np"])))
    if chance(0.85):
        L.append("  SSN ............... " + T("US_SSN", make_ssn(ch(["-", "-", " "]))) if chance(0.85) else "  ITIN .............. " + T("US_ITIN", make_itin()))
    L.append("  Home address ...... " + ST() + ", " + cityline())
    L.append("  Mobile ............ " + PH())
    L.append("  Personal e-mail ... " + EM(new))
    ec = Person()
    L.append("  Emergency contact . %s (%s) %s" % (N(ec, "full"), ch(["spouse", "mother", "father", "partner", "sister", "brother"]), PH()))
    L.append("")
    if chance(0.8):
        L.append("Direct deposit (%s):" % ch(["checking", "savings"]))
        L.append("  Bank: %s" % ch(["Chase", "Bank of America", D("org", "Wells Fargo"), "U.S. Bank", "Northgate Credit Union", D("org", "Charles Schwab") + " Bank"]))
        L.append("  Routing number: " + T("US_BANK_ROUTING_NUMBER", make_aba()))
        L.append("  Account number: " + T("US_BANK_ACCOUNT_NUMBER", acct()))
        L.append("")
    k = ri(0, 2)
    if k == 0:
        L.append("For the I-9 we received a copy of your U.S. passport (No. %s, expires %s)." % (T("US_PASSPORT", make_passport()), ND(2026, 2034)))
    elif k == 1:
        st, n = make_dl()
        L.append("For the I-9 we have your %s driver's license # %s plus your Social Security card." % (st, T("US_DRIVERS_LICENSE", n)))
        if chance(0.5):
            L.append("(We also noted passport no. %s from your application - no need to bring it.)" % T("US_PASSPORT", make_passport()))
    else:
        L.append("I-9 List A document still outstanding - please bring your passport on day one.")
    if chance(0.3):
        L.append("Note: the ADP test profile (SSN %s) was removed from your record." % D("test_value", ch(TEST_SSNS[:2])))
    if chance(0.3):
        L.append("Your employee ID is %s and badge %s." % (D("employee_id", "E%06d" % ri(0, 999999)), D("badge", "%d-%05d" % (ri(1, 9), ri(0, 99999)))))
    L.append("")
    L.append("Your manager, %s, will meet you in the lobby at 9:00." % N(mgr, ch(["full", "full", "first"])))
    L.append("")
    L += boiler("hr")
    L.append("")
    L.append(ch(["Thanks,", "Best regards,", "Cheers,", "Kind regards,"]))
    L.append(N(hr, "full"))
    L.append("%s | %s" % (ch(["People Operations", "HR Business Partner", "Talent Acquisition", "Payroll & Benefits"]), co))
    L.append("%s | %s" % (T("PHONE_NUMBER", us_phone("ext")), EM(hr, dom)))
    return "hr/onboarding_%03d.eml" % i, "\n".join(L) + "\n"


def g_wire(i):
    L = []
    if chance(0.65):
        oc, bc = ch(["DE", "FR", "NL", "ES", "IT", "BE", "AT", "PL", "IE", "PT", "CH", "GB", "SE", "DK", "LU"]), ch(list(IBAN_SPEC))
        op, bp = Person(ch(["de", "fr", "nl", "hisp", "it", "pl", "us", "irish"])), Person()
        cur = ch(["EUR", "EUR", "USD", "GBP", "CHF"])
        L += ["SWIFT MT103  SINGLE CUSTOMER CREDIT TRANSFER  -  CUSTOMER COPY", "Status: ACSC (settled)", "",
              "Sender BIC   : " + T("SWIFT_BIC_CODE", make_bic(oc if oc != "GB" else "GB")),
              "Receiver BIC : " + T("SWIFT_BIC_CODE", make_bic()), "UETR         : " + D("uuid", uuid4()), "",
              ":20:  " + D("txn_ref", "FT%d%s%s" % (ri(20, 25), ch(["", "0"]) + str(ri(1, 365)), "".join(ch("ABCDEFGHKLMNPRSTUVWXYZ0123456789") for _ in range(6)))),
              ":23B: CRED", ":32A: %s%s%s" % (dt.date(ri(2022, 2025), ri(1, 12), ri(1, 28)).strftime("%y%m%d"), cur, money(500, 250000).replace(",", "").replace(".", ",")),
              ":50K: /" + T("IBAN_CODE", make_iban(oc)), "      " + N(op, ch(["UP", "full", "upfull"])), "      " + T("STREET_ADDRESS", INTL_ADDR[ch(["de", "fr", "nl", "it", "es"])]()[0].upper()),
              ":52A: " + T("SWIFT_BIC_CODE", make_bic(oc)), ":57A: " + T("SWIFT_BIC_CODE", make_bic()),
              ":59:  /" + T("IBAN_CODE", make_iban(bc)), "      " + (N(bp, ch(["UP", "full"])) if chance(0.7) else ch(["HELIX BIOTECH GMBH", "ORCHARD VALLEY FOODS BV", "SABLE CREEK LOGISTICS LTD"])),
              ":70:  " + ch(["INV ", "RE ", "/RFB/"]) + D("invoice_no", "%d-%05d" % (ri(2021, 2025), ri(0, 99999))) + ch([" CONSULTING FEES", " SHIPMENT 44", " RENT Q3", " TUITION"]),
              ":71A: " + ch(["SHA", "OUR", "BEN"]), ""]
        if chance(0.35):
            L.append("Previous attempt rejected (AC01 IncorrectAccountNumber): /" + D("iban_bad_check", fmt_iban(bad_iban(bc), False)))
        if chance(0.25):
            L.append("Template note: do not use sample IBAN " + D("test_value", ch(TEST_IBANS[:2])) + " from the bank's guide.")
    else:
        op = Person("us")
        co, dom = corp()
        L += ["FEDWIRE FUNDS TRANSFER CONFIRMATION", "", "IMAD: " + D("imad", "%s%s%06d" % (dt.date(ri(2022, 2025), ri(1, 12), ri(1, 28)).strftime("%Y%m%d"), "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + "%s%02d" % (ch("ABCDEF"), ri(1, 99)), ri(0, 999999))),
              "OMAD: " + D("omad", "%s%s%06d" % (dt.date(ri(2022, 2025), ri(1, 12), ri(1, 28)).strftime("%Y%m%d"), "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)), ri(0, 999999))),
              "Amount: USD %s" % money(1000, 900000), "",
              "Originator      : " + co, "Originator acct : " + T("US_BANK_ACCOUNT_NUMBER", acct()), "Orig. bank ABA  : " + T("US_BANK_ROUTING_NUMBER", make_aba()), "",
              "Beneficiary     : " + N(op, ch(["full", "UP"])), "Benef. address  : " + ST() + ", " + cityline(),
              "Benef. account  : " + T("US_BANK_ACCOUNT_NUMBER", acct()), "Benef. bank ABA : " + T("US_BANK_ROUTING_NUMBER", make_aba()),
              "Intermediary    : " + T("SWIFT_BIC_CODE", make_bic("US")) if chance(0.4) else "Intermediary    : none", ""]
        if chance(0.4):
            L.append("Note: first attempt returned - ABA %s failed validation (typo)." % D("aba_bad_check", bad_aba()))
        L.append("Requested by %s (%s) on %s. Callback verified with %s at %s." % (N(Person(), "full"), EM(None, dom), recent("us"), N(Person(), ch(["full", "lf"])), PH(False)))
    return "finance/wire_%03d.txt" % i, "\n".join(L) + "\n"


def g_tax(i):
    tp = Person(ch(["us", "us", "hisp", "sasia", "irish", "afr", "cn"]))
    L = ["# %d return - prep notes" % ri(2021, 2024), "", "Client: " + N(tp, ch(["full", "LF"])) + "  (returning client since %d)" % ri(2009, 2022), ""]
    tin = T("US_ITIN", make_itin()) if tp.cult in ("hisp", "cn", "sasia", "afr") and chance(0.45) else T("US_SSN", make_ssn())
    L.append("- Taxpayer %s %s, DOB %s, occupation %s" % ("ITIN" if "US_ITIN" in tin else "SSN", tin, DOB(1950, 1998, ch(["us", "us_np", "iso"])), ch(["RN", "software engineer", "electrician", "teacher", "sales"])))
    if chance(0.6):
        sp = Person(tp.cult)
        sp.surname = tp.surname if chance(0.7) else sp.surname
        if chance(0.5):
            L.append("- Spouse %s has no SSN yet; ITIN %s (W-7 approved %s), born %s" % (N(sp, "full"), T("US_ITIN", make_itin()), ND(), DOB(1955, 1999, "mdy_txt")))
        else:
            L.append("- Spouse: %s, SSN %s, DOB %s" % (N(sp, "full"), T("US_SSN", make_ssn()), DOB(1955, 1999)))
    for _ in range(ri(0, 3)):
        kid = Person(tp.cult)
        kid.surname = tp.surname
        L.append("- Dependent: %s (%s), date of birth %s, SSN %s, %d months in home" % (N(kid, "first" if chance(0.3) else "full"), ch(["son", "daughter", "stepchild"]), DOB(2004, 2022), T("US_SSN", make_ssn()), ri(6, 12)))
    L.append("- Address: " + ST() + ", " + cityline() + ch(["", " (moved in %s)" % MON[ri(0, 11)]]))
    L.append("")
    L.append("## Income docs")
    for _ in range(ri(1, 3)):
        co, _d = corp()
        co = D("org", co)
        L.append("* W-2 from %s - EIN %s; box 1 $%s, box 2 $%s, box 12 code D $%s" % (co, T("US_EIN", make_ein()), money(20000, 180000), money(1000, 30000), money(500, 22000)))
    if chance(0.6):
        L.append("* 1099-INT from %s (payer TIN %s) interest $%s" % (ch(["Ally Bank", "Capital One", "Marcus by " + D("org", "Goldman Sachs"), "Discover Bank"]), T("US_EIN", make_ein()), money(5, 900)))
    if chance(0.5):
        L.append("* 1099-NEC: client paid subcontractor %s, TIN %s, $%s" % (N(Person(), "full"), ch([T("US_SSN", make_ssn()), T("US_EIN", make_ein()), T("US_ITIN", make_itin())]), money(600, 40000)))
    if chance(0.3):
        L.append("* Brokerage 1099-B from " + D("org", ch(["Edward Jones", "Charles Schwab", "Raymond James", "Morgan Stanley"])) + " - wash sales, see attached")
    if chance(0.35):
        L.append("* Vendor W-9 rejected: EIN %s is not an IRS campus prefix - ask for corrected form" % D("ein_bad_prefix", bad_ein()))
    L.append("")
    L.append("## Refund")
    L.append("Direct deposit to %s: RTN %s / acct %s" % (ch(["checking", "savings"]), T("US_BANK_ROUTING_NUMBER", make_aba()), T("US_BANK_ACCOUNT_NUMBER", acct())))
    L.append("IP PIN on file: %s (keep out of e-mail)" % D("ip_pin", "%06d" % ri(0, 999999)))
    if chance(0.4):
        L.append("Client e-mail %s, cell %s" % (EM(tp), PH(False)))
    if chance(0.3):
        L.append("Do NOT reuse the software demo SSN %s on the state return." % D("test_value", "123-45-6789"))
    if chance(0.3):
        L.append("Rejected SSN from intake form %s (invalid) - confirmed correct number by phone." % D("ssn_invalid", bad_ssn()))
    prep = Person()
    L.append("")
    L.append("Preparer: %s, EA  PTIN %s  - e-filed %s, ack %s" % (N(prep, ch(["full", "init"])), D("ptin", "P%08d" % ri(0, 99999999)), ND(2022, 2025, "iso"), D("efile_ack", "%d%s" % (ri(10 ** 13, 10 ** 14 - 1), ch(["", "A"])))))
    return "tax/prep_notes_%03d.md" % i, "\n".join(L) + "\n"


def chat_msgs(cust, agent):
    """Customer support content shared between the chat styles: list of (speaker, text)."""
    msgs = []
    c, a = cust, agent
    msgs.append((c, ch(["hi, I was charged twice for order ", "hello - my order ", "hey, order "]) + D("order_id", order_id()) + ch([" never arrived", " shows delivered but isn't here", " was double charged"])))
    msgs.append((a, "Sorry about that! Can I get the e-mail on the account?"))
    msgs.append((c, "it's " + EM(c)))
    msgs.append((a, "Thanks %s. For verification, what's your date of birth?" % N(c, "first")))
    msgs.append((c, DOB(1955, 2003, ch(["us", "us_np", "mdy_txt", "us_short"]))))
    if chance(0.7):
        msgs.append((c, ch(["the card is ", "card number ", "I used my visa "]) + T("CREDIT_CARD_NUMBER", fmt_card(make_card())) + " exp " + D("non_birth_date", "%02d/%02d" % (ri(1, 12), ri(25, 31)))))
        msgs.append((a, "Please don't post full card numbers here - I've redacted it on my side. Ending " + D("masked", digits(4)) + ", right?"))
    if chance(0.5):
        msgs.append((c, "my address is " + ST() + " " + cityline()))
    if chance(0.5):
        msgs.append((c, "call me at " + PH() + " if easier"))
    msgs.append((a, "Tracking shows " + D("tracking", tracking()) + " - I've opened a trace and refunded the duplicate."))
    if chance(0.3):
        msgs.append((a, "FYI our QA team used the test card " + D("test_value", fmt_card(ch(TEST_CARDS[:3]), "space")) + " on your account earlier, ignore that line item"))
    if chance(0.3):
        msgs.append((c, "the other card " + D("luhn_fail", fmt_card(bad_card())) + " got declined?? says invalid"))
    return msgs


def g_chat(i):
    style = ch(["slack", "teams", "irc", "widget"])
    cust, agent, sup = Person(), Person(), Person()
    msgs = chat_msgs(cust, agent)
    t = dt.datetime(ri(2022, 2025), ri(1, 12), ri(1, 28), ri(7, 20), ri(0, 59))
    L = []
    if style == "slack":
        L.append("#cx-escalations  (export)  channel id %s" % D("slack_id", "C0%s" % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))))
        L.append("")
        L.append("%s  %s" % (N(sup, "full"), t.strftime("%I:%M %p")))
        L.append("forwarding a chat from the widget, can someone in billing pick it up? cc @%s" % ch(["billing-oncall", "cx-leads", "here"]))
        L.append("")
        for sp, txt in msgs:
            t += dt.timedelta(minutes=ri(0, 3), seconds=ri(5, 59))
            who = N(sp, "full") if sp is agent else (N(sp, "full") + " (guest)")
            L.append("%s  %s" % (who, t.strftime("%I:%M %p")))
            L.append(txt)
            L.append("")
    elif style == "teams":
        for sp, txt in [(sup, "Looping in " + N(agent, "full") + " for this one.")] + msgs:
            t += dt.timedelta(minutes=ri(0, 3))
            L.append("%s  %s" % (N(sp, "lf"), t.strftime("%-m/%-d %-I:%M %p")))
            L.append("    " + txt)
    elif style == "irc":
        nick = {cust: ch(["kestrel", "n0va", "guest4412", "tinfoil", "purplecat"]), agent: ch(["cx_bot2", "support-ops", "helpdesk1"]), sup: "shiftlead"}
        L.append("--- Log opened %s" % t.strftime("%a %b %d %H:%M:%S %Y"))
        L.append("-!- %s [~%s@%s] has joined #support" % (nick[cust], nick[cust], IP()))
        for sp, txt in msgs:
            t += dt.timedelta(seconds=ri(5, 200))
            L.append("[%s] <%s> %s" % (t.strftime("%H:%M:%S"), nick[sp], txt))
        L.append("[%s] -!- %s is now known as %s" % (t.strftime("%H:%M:%S"), nick[agent], "agent_%02d" % ri(1, 40)))
        L.append("--- (agent on shift: %s; escalation owner %s)" % (N(agent, "full"), N(sup, ch(["full", "lf"]))))
    else:
        L += ["Chat transcript  #%s" % D("chat_id", "%d" % ri(10 ** 8, 10 ** 9 - 1)), "Visitor: %s" % N(cust, "full"), "Visitor IP: %s" % IP(ch(["pub", "v6"])),
              "Browser: Chrome %s / Windows 11" % D("version", version4()), "Agent: %s" % N(agent, ch(["full", "first"])), ""]
        for sp, txt in msgs:
            t += dt.timedelta(seconds=ri(5, 200))
            L.append("(%s) %s: %s" % (t.strftime("%H:%M:%S"), "Visitor" if sp is cust else N(agent, "first"), txt))
    return "support/chat_%03d.%s" % (i, ch(["txt", "log"])), "\n".join(L) + "\n"


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.112 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
       "curl/8.4.0", "python-requests/2.31.0", "Go-http-client/1.1", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"]


def g_weblog(i):
    kind = ch(["apache", "nginx", "sshd", "json"])
    t = dt.datetime(ri(2023, 2025), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59))
    L = []
    host = ch(["web-01", "edge-03", "bastion-01", "api-gw-2", "auth-7"])
    for _ in range(ri(22, 34)):
        t += dt.timedelta(seconds=ri(0, 90))
        if kind == "apache":
            path = ch(["/", "/login", "/api/v2/orders/%d" % ri(1000, 99999), "/static/app.%s.js" % D("sha", hexs(8)), "/wp-login.php", "/account/settings",
                       "/reset?email=" + EM(), "/health", "/api/v2/users/%d/avatar" % ri(1, 99999)])
            L.append('%s - %s [%s] "%s %s HTTP/1.1" %d %d "%s" "%s"' % (IP(ch(["pub", "pub", "priv"])), ch(["-", "-", "-", EM()]), t.strftime("%d/%b/%Y:%H:%M:%S +0000"),
                                                                        ch(["GET", "GET", "POST"]), path, ch([200, 200, 302, 404, 401, 500]), ri(0, 90000),
                                                                        ch(["-", "https://www.google.com/", "https://portal.lumensoft.dev/"]), ch(UAS)))
        elif kind == "nginx":
            if chance(0.6):
                L.append('%s - - [%s] "GET /api/v1/claims?member=%s HTTP/2.0" %d %d rt=%.3f uct="0.001" upstream=%s:8080 req_id=%s' % (
                    IP(), t.strftime("%d/%b/%Y:%H:%M:%S +0000"), D("member_id", "M%08d" % ri(0, 99999999)), ch([200, 200, 403, 499]), ri(100, 9000), R.random(), IP("priv"), D("uuid", uuid4())))
            else:
                L.append('%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: api.internal, request: "POST /v1/session HTTP/1.1", upstream: "http://%s:9000/v1/session"' % (
                    t.strftime("%Y/%m/%d %H:%M:%S"), ri(100, 9999), ri(0, 9), ri(1000, 999999), IP(), IP("priv")))
        elif kind == "sshd":
            pid = ri(1000, 60000)
            k = ri(0, 4)
            if k == 0:
                L.append("%s %s sshd[%d]: Failed password for invalid user %s from %s port %d ssh2" % (t.strftime("%b %d %H:%M:%S"), host, pid, ch(["admin", "oracle", "test", "ubuntu", "git", "postgres"]), IP("pub"), ri(1024, 65535)))
            elif k == 1:
                L.append("%s %s sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (t.strftime("%b %d %H:%M:%S"), host, pid, ch(["deploy", "ansible", "svc-backup"]), IP(ch(["priv", "pub", "v6"])), ri(1024, 65535), D("ssh_fp", "".join(ch(string_b64) for _ in range(43)))))
            elif k == 2:
                L.append("%s %s sshd[%d]: Connection closed by authenticating user root %s port %d [preauth]" % (t.strftime("%b %d %H:%M:%S"), host, pid, IP("pub"), ri(1024, 65535)))
            elif k == 3:
                L.append("%s %s sudo: %8s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx" % (t.strftime("%b %d %H:%M:%S"), host, "ops", ri(0, 5), "ops"))
            else:
                L.append("%s %s sshd[%d]: Received disconnect from %s port %d:11: disconnected by user" % (t.strftime("%b %d %H:%M:%S"), host, pid, IP(), ri(1024, 65535)))
        else:
            ev = ch(["login", "login", "mfa_challenge", "password_reset", "logout"])
            rec = '{"ts":%s,"level":"%s","event":"%s","user":"%s","client_ip":"%s","req":"%s","app_version":"%s","ok":%s}' % (
                D("epoch_ms", epoch_ms()), ch(["info", "info", "warn"]), ev, EM(), IP(ch(["pub", "pub", "v6"])), D("uuid", uuid4()), D("version", version4()), ch(["true", "false"]))
            L.append("%s INFO auth-svc %s" % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % ri(0, 999), rec))
    if chance(0.5):
        L.append("# build %s, commit %s, OID arc %s" % (D("version", version4() + ch(["-beta", "-rc1", ""])), D("sha", hexs(40)), D("oid", "1.3.6.1.4.1.%d.%d.%d" % (ri(100, 60000), ri(1, 9), ri(1, 20)))))
    return "logs/%s_%03d.log" % (kind, i), "\n".join(L) + "\n"


string_b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def g_dental(i):
    p, dds, hyg = Person(), Person(), Person()
    clinic = ch(["Bright Smile Family Dental", "Lakeside Dental Arts", "Pine Ridge Orthodontics", "Maple Grove Dental Group"])
    L = [D("org", clinic) + " - Progress Note", "%s  |  %s  |  %s" % (ST(), cityline(), PH(False)), ""]
    L.append("Patient: %s    %s: %s    Chart #: %s" % (N(p, ch(["full", "lf", "mid"])), ch(["DOB", "D.O.B.", "Birthdate"]), DOB(1940, 2019, ch(["us", "us_np"])), T("MEDICAL_RECORD_NUMBER", "%d" % ri(1000, 999999))))
    L.append("Visit: %s    Provider: Dr. %s, DDS (NPI %s)    Hygienist: %s, RDH" % (D("non_birth_date", recent("us")), N(dds, ch(["last", "full"])), T("US_NPI", make_npi()), N(hyg, ch(["full", "first"]))))
    ins = Person(p.cult)
    L.append("Insurance: %s, subscriber %s (%s), subscriber ID %s" % (ch(["Delta Dental PPO", "MetLife Dental", "Guardian DentalGuard", "Cigna DPPO"]), N(ins, "full"), ch(["self", "spouse", "parent"]), D("member_id", "%d%05d" % (ri(100, 999), ri(0, 99999)))))
    L.append("")
    L.append("CC: " + ch(["sensitivity to cold UL quadrant", "routine recall", "broken filling #30", "bleeding gums when brushing", "pain lower right, 3 days"]))
    L.append("Med hx: " + ch(["HTN controlled on lisinopril", "T2DM, last A1c 7.2", "no significant hx", "anticoagulated (Eliquis)", D("eponym", "Sjögren") + "'s syndrome - xerostomia"]) + "; allergies: " + ch(["NKDA", "PCN (hives)", "latex", "codeine"]))
    L.append("Procedures:")
    for code, desc in R.sample([("D0120", "periodic oral evaluation"), ("D1110", "prophylaxis - adult"), ("D0274", "bitewings - four films"),
                                ("D2391", "resin composite, one surface, posterior"), ("D4341", "perio scaling & root planing, per quad"),
                                ("D0220", "periapical first film"), ("D1208", "topical fluoride"), ("D2740", "crown - porcelain/ceramic")], ri(2, 4)):
        L.append("  %s  %s  tooth #%d" % (D("cdt_code", code), desc, ri(1, 32)))
    L.append("Dx: " + "; ".join("%s (%s)" % (T("ICD10_CODE", c), ICD_DESC.get(c, "see chart")) for c in R.sample(["K02.52", "K05.10", "Z01.20", "Z01.21", "K02.9", "K04.7", "K03.6", "K08.109"], ri(1, 2))))
    if chance(0.4):
        L.append("Rx: amoxicillin 500 mg #21, 1 cap TID x7d. Prescriber DEA " + T("US_DEA_NUMBER", make_dea(dds.surname)))
    L.append("Next recall: 6 months (%s). Shade %s. Lot# %s." % (ND(2023, 2026, "us"), ch(["A2", "A3", "B1"]), D("lot_number", "%s%d" % (ch(["LX", "MK", "BQ"]), ri(100000, 999999)))))
    if chance(0.5):
        L.append("Parent/guardian present: %s, contact %s" % (N(Person(p.cult), "full"), PH()))
    L.append("Signed: %s, DDS" % N(dds, ch(["full", "init"])))
    return "dental/note_%03d.txt" % i, "\n".join(L) + "\n"


def g_vet(i):
    owner, vet, tech = Person(), Person(), Person()
    pet = ch(PETS)
    sp = ch([("canine", ["Golden Retriever", "Labrador", "French Bulldog", "Beagle", "mixed breed"]), ("feline", ["DSH", "Maine Coon", "Siamese"]), ("rabbit", ["Holland Lop"])])
    L = [ch(["Lakeshore Veterinary Hospital", "Paws & Claws Animal Clinic", "Cedar Hollow Vet Center"]) + " - SOAP note", ""]
    L.append("Patient: \"%s\"  (%s, %s, %d y %s)   Acct %s" % (D("pet_name", pet), sp[0], ch(sp[1]), ri(1, 15), ch(["MN", "FS", "M", "F"]), D("vet_account", "%d" % ri(10000, 99999))))
    L.append("Owner: %s   Phone: %s   E-mail: %s" % (N(owner, ch(["full", "lf", "mid"])), PH(), EM(owner)))
    L.append("Address: %s, %s" % (ST(), cityline()))
    if chance(0.4):
        co = Person(owner.cult)
        L.append("Co-owner: %s (%s)" % (N(co, "full"), PH()))
    L.append("Microchip: " + D("microchip", ch(["985", "981", "900", "956"]) + ch(["", " "]) + digits(12)))
    L.append("Visit date: %s   DVM: Dr. %s   Tech: %s" % (D("non_birth_date", recent("us")), N(vet, ch(["last", "full"])), N(tech, "first")))
    L.append("")
    L.append("S: %s presented for %s. Owner reports %s." % (D("pet_name", pet), ch(["annual wellness", "limping on left hind", "vomiting x2 days", "itchy ears", "recheck"]), ch(["normal appetite", "decreased appetite", "lethargy", "drinking more water"])))
    L.append("O: T %.1f F, HR %d, RR %d, wt %.1f kg. BCS %d/9." % (R.uniform(100, 103), ri(60, 180), ri(16, 40), R.uniform(2, 45), ri(3, 8)))
    L.append("A: " + ch(["otitis externa AU", "suspect " + D("eponym", "Cushing") + "'s disease (hyperadrenocorticism)", "mild dental tartar", "CCL strain", "suspect " + D("eponym", "Addison") + "'s disease"]))
    if chance(0.5):
        L.append("P: gabapentin 100 mg q12h; tramadol 50 mg q8-12h PRN pain (C-IV). DEA " + T("US_DEA_NUMBER", make_dea(vet.surname)) + ".")
    else:
        L.append("P: recheck in 2 weeks; vaccines DAPP/rabies given, rabies tag %s (3-yr, lot %s)" % (D("rabies_tag", "%d-%04d" % (ri(21, 25), ri(0, 9999))), D("lot_number", "%d%s" % (ri(100000, 999999), ch("AB")))))
    L.append("%s did great - treats given. Please call %s with questions." % (D("pet_name", pet), N(owner, "first") if chance(0.5) else "the owner"))
    return "vet/soap_%03d.txt" % i, "\n".join(L) + "\n"


def g_closing(i):
    buyers = [Person()]
    if chance(0.6):
        b2 = Person(buyers[0].cult)
        b2.surname = buyers[0].surname if chance(0.5) else b2.surname
        buyers.append(b2)
    seller, agent, notary = Person(), Person(), Person()
    L = ["SETTLEMENT STATEMENT (Combined)", "Redwood Title & Escrow  -  File No. " + D("file_no", "%d-%05d-%s" % (ri(21, 25), ri(0, 99999), ch(["TX", "CA", "FL", "NC"]))), ""]
    L.append("Property:    " + ST() + ", " + cityline())
    L.append("Buyer(s):    " + " and ".join(N(b, ch(["full", "mid"])) for b in buyers))
    L.append("Seller(s):   " + N(seller, ch(["full", "mid", "LF"])))
    L.append("Lender:      " + ch([D("org", "Wells Fargo") + " Home Mortgage", "Northgate Credit Union", "Rocket Mortgage", D("org", "Ford Motor Credit") + " (payoff only)"]) + "   Loan #" + D("loan_number", "%d" % ri(10 ** 9, 10 ** 10 - 1)))
    L.append("Settlement:  " + ND(2021, 2025, ch(["us", "mdy_txt"])) + "   Disbursement: " + recent("us"))
    L.append("")
    L.append("%-44s %14s %14s" % ("", "Buyer", "Seller"))
    for item in ["Contract sales price", "Deposit / earnest money", "Title - owner's policy", "Recording fees", "County transfer tax", "Commission to listing broker", "Property taxes (prorated)", "HOA dues"]:
        L.append("%-44s %14s %14s" % (item, ch(["", money(50, 500000)]), ch(["", money(50, 40000)])))
    L.append("")
    L.append("Seller proceeds by wire to %s, ABA %s, account %s, for credit to %s." % (ch(["Chase", "PNC Bank", "Truist", "Frost Bank"]), T("US_BANK_ROUTING_NUMBER", make_aba()), T("US_BANK_ACCOUNT_NUMBER", acct()), N(seller, "full")))
    L.append("Seller TIN for 1099-S: %s.  Forwarding address: %s, %s" % (T("US_SSN", make_ssn()), ST(), cityline()))
    L.append("Buyer SSN on file: XXX-XX-" + D("masked", "%04d" % ri(1, 9999)))
    if chance(0.4):
        L.append("WIRE FRAUD WARNING: we will never e-mail changes to wiring instructions. A spoofed request listed ABA %s - rejected." % D("aba_bad_check", bad_aba()))
    L.append("")
    L.append("Escrow officer: %s, %s, direct %s" % (N(agent, "full"), EM(agent, "redwoodtitle.com"), PH(False)))
    L.append("Notary: %s, commission expires %s" % (N(notary, ch(["full", "mid"])), D("non_birth_date", fdate(rdate(2025, 2029), "us"))))
    st, n = make_dl()
    L.append("Signer identification: %s, %s driver license no. %s (exp. %s)" % (N(ch(buyers), "full"), st, T("US_DRIVERS_LICENSE", n), D("non_birth_date", fdate(rdate(2025, 2031), "us"))))
    L.append("")
    L += boiler("closing")
    return "realestate/closing_%03d.txt" % i, "\n".join(L) + "\n"


def g_school(i):
    kid, g1 = Person(), Person()
    kid.surname = g1.surname if chance(0.7) else kid.surname
    L = ["SUMMIT RIDGE UNIFIED SCHOOL DISTRICT", "Student Enrollment / Re-registration Form  %d-%02d" % (ri(2022, 2025), ri(23, 26)), ""]
    L.append("Student legal name (Last, First Middle): " + T("PERSON_NAME", kid.render("lf") + ("" if not kid.mid else " " + kid.mid)))
    L.append("Preferred name: " + N(kid, "first"))
    L.append("Date of birth: " + DOB(2006, 2020, ch(["us", "us_np", "iso"])) + "    Grade entering: " + ch(["K", "1", "3", "6", "9", "11"]))
    L.append("District student ID: " + D("student_id", "%d%06d" % (ri(20, 25), ri(0, 999999))) + "    State SSID: " + D("state_id", "%010d" % ri(0, 10 ** 10 - 1)))
    L.append("Home address: " + ST() + "   " + cityline())
    L.append("")
    for n, g in enumerate([g1] + ([Person()] if chance(0.6) else []), 1):
        L.append("Parent/Guardian %d: %s   Relationship: %s" % (n, N(g, ch(["full", "mid", "lf"])), ch(["Mother", "Father", "Guardian", "Grandmother", "Stepfather"])))
        L.append("   Cell: %s   Work: %s   E-mail: %s" % (PH(), T("PHONE_NUMBER", us_phone("ext")) if chance(0.6) else "n/a", EM(g)))
        L.append("   Employer: %s" % ch(COMPANIES + [D("org", ch(ORGS))]))
    L.append("")
    L.append("Emergency contacts (other than parents):")
    for _ in range(ri(1, 2)):
        L.append("   - %s, %s, %s" % (N(Person(), ch(["full", "full", "lf"])), ch(["aunt", "neighbor", "grandfather", "family friend"]), PH()))
    L.append("Physician: Dr. %s  %s" % (N(Person(), ch(["last", "full"])), PH(False)))
    L.append("Health: %s" % ch(["peanut allergy - EpiPen in office", "asthma, inhaler", "none", "ADHD - medication at noon", D("eponym", "Osgood-Schlatter") + " disease, PE modifications"]))
    L.append("Previous school: %s Elementary, %s" % (D("org", ch(["Lincoln", "Washington", "Jefferson", "Roosevelt", "Kennedy", "Garfield"])), D("place", ch(PLACES))))
    L.append("Custody documents on file: %s   Received by: %s on %s" % (ch(["yes", "no"]), "".join(ch("ABCDEFGHJKLMNPRSTW") for _ in range(2)), D("non_birth_date", recent("us"))))
    L.append("")
    L += boiler("school")
    return "school/enrollment_%03d.txt" % i, "\n".join(L) + "\n"


AIRPORTS = ["ORD", "LHR", "FRA", "CDG", "JFK", "SFO", "DXB", "SIN", "NRT", "GRU", "MEX", "DEL", "AMS", "MAD", "WAW", "LIS", "FCO", "YYZ"]


def g_itin(i):
    pax = [Person() for _ in range(ri(1, 3))]
    L = ["YOUR TRIP CONFIRMATION", "Booking reference: " + D("pnr", "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))), ""]
    L.append("Passengers:")
    for n, p in enumerate(pax, 1):
        L.append("  %d. %s %s   e-ticket %s   FF %s" % (n, N(p, "air"), ch(["MS", "MRS", "DR"]) if p.female else ch(["MR", "MR", "DR"]), D("ticket_number", "%03d-%010d" % (ch([1, 16, 6, 125, 176, 220, 74, 57, 81]), ri(0, 10 ** 10 - 1))), D("loyalty", "%s%09d" % (ch(["UA", "LH", "BA", "AF", ""]), ri(0, 999999999)))))
    L.append("")
    d = rdate(2023, 2025)
    for _ in range(ri(2, 4)):
        a, b = R.sample(AIRPORTS, 2)
        L.append("  %s  %s%d  %s -> %s  dep %02d:%02d  seat %d%s  %s" % (fdate(d, "DMON"), ch(["UA", "LH", "BA", "AF", "KL", "EK", "LO", "TP"]), ri(1, 9999), a, b, ri(0, 23), ri(0, 59), ri(1, 60), ch("ABCDEF"), ch(["Economy", "Premium", "Business"])))
        d += dt.timedelta(days=ri(1, 9))
    L.append("")
    L.append("Secure Flight / APIS data")
    for p in pax:
        us = chance(0.6)
        if us:
            pn = "Passport (USA) " + T("US_PASSPORT", make_passport())
        else:
            pn = "Passport (%s) %s" % (ch(["DEU", "FRA", "IND", "BRA", "NLD", "POL"]), D("foreign_passport", ch(["C", "L", "Z"]) + "".join(ch("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))))
        L.append("  %s: DOB %s, %s, expires %s" % (N(p, ch(["UP", "full"])), DOB(1940, 2018, ch(["DMON", "dmy_txt", "iso", "us"])), pn, D("non_birth_date", fdate(rdate(2026, 2035), "DMON"))))
        if chance(0.25):
            L.append("    Known Traveler Number: " + D("ktn", "%09d" % ri(0, 999999999)))
    L.append("")
    L.append("Hotel: %s, %s, %s  tel %s" % (ch(["Hotel Lindenhof", "Residence Inn", "NH Collection", "Ibis Styles", "Hilton Garden Inn"]), *intl_addr(ch(list(INTL_ADDR))), PH(True)))
    L.append("Contact for this booking: %s  %s" % (EM(pax[0]), PH()))
    if chance(0.5):
        L.append("Emergency contact: %s %s" % (N(Person(), "full"), PH()))
    if chance(0.4):
        st, n = make_dl()
        L.append("Car rental (%s): primary driver %s, license %s %s" % (ch(["Hertz", "Avis", "Enterprise", "Sixt"]), N(pax[0], "full"), st, T("US_DRIVERS_LICENSE", n)))
    L.append("Card charged: %s ending %s  (auth %s)" % (ch(["VISA", "MASTERCARD", "AMEX"]), D("masked", digits(4)), D("auth_code", "%06d" % ri(0, 999999))))
    return "travel/itinerary_%03d.%s" % (i, ch(["txt", "eml"])), "\n".join(L) + "\n"


def g_crm(i):
    co, dom = corp()
    cts = [Person() for _ in range(ri(2, 4))]
    owner = Person()
    L = ["## Account: %s" % D("org", co), "", "Owner: %s  |  Tier: %s  |  Renewal %s" % (N(owner, "full"), ch(["Gold", "Silver", "Enterprise"]), D("non_birth_date", recent("iso"))), ""]
    L.append("### Contacts")
    for p in cts:
        L.append("- **%s**, %s - %s - %s" % (N(p, ch(["full", "full", "mid"])), ch(["VP Finance", "AP Manager", "IT Director", "Office Manager", "Procurement lead", "CFO"]), EM(p, dom), PH()))
    L.append("")
    L.append("HQ: %s, %s  (billing address same)" % (ST(), cityline()))
    L.append("Vendor EIN %s; remit to ABA %s / acct %s" % (T("US_EIN", make_ein()), T("US_BANK_ROUTING_NUMBER", make_aba()), T("US_BANK_ACCOUNT_NUMBER", acct())) if chance(0.5) else "Tax id requested (W-9 pending)")
    L.append("")
    L.append("### Activity")
    for _ in range(ri(3, 6)):
        p = ch(cts)
        k = ri(0, 6)
        if k == 0:
            s = "Call with %s - wants to consolidate invoices under PO %s." % (N(p, "first"), D("order_id", order_id()))
        elif k == 1:
            s = "%s (cc %s) asked for the SOC 2 report; sent via portal." % (N(p, ch(["full", "last"])), N(ch(cts), "full"))
        elif k == 2:
            s = "Left VM for %s at %s, will retry Tuesday." % (N(p, ch(["first", "full"])), PH())
        elif k == 3:
            s = "Demo for %s's team at their %s office. Fan of %s, bring coffee." % (N(p, "first"), D("place", ch(PLACES)), D("brand", ch(BRANDS)))
        elif k == 4:
            s = "Contract redlines from their counsel at %s; point of contact %s <%s>." % (D("org", ch(["Baker McKenzie", "Jones Day", "Ernst & Young", "Deloitte"])), N(Person(), "full"), EM(None, ch(["bakermckenzie.com", "jonesday.com", "ey.com"])))
        elif k == 5:
            s = "New contact: %s, replacing %s - personal cell %s" % (N(Person(), "full"), N(p, "full"), PH())
        else:
            s = "Ticket %s closed; firmware %s rolled out to their fleet." % (D("ticket_id", "INC%07d" % ri(0, 9999999)), D("version", version4()))
        L.append("- %s - %s" % (recent("iso"), s))
    return "crm/account_%03d.md" % i, "\n".join(L) + "\n"


def g_incident(i):
    lead, vic = Person(), [Person() for _ in range(ri(2, 4))]
    co, dom = corp()
    L = ["# Security Incident Report - %s" % D("ticket_id", "SIR-%d-%03d" % (ri(2022, 2025), ri(1, 999))), "",
         "**Severity:** %s   **Status:** %s   **Incident lead:** %s (%s)" % (ch(["High", "Medium", "Critical"]), ch(["Contained", "Closed", "Monitoring"]), N(lead, "full"), EM(lead, dom)), ""]
    L.append("## Summary")
    L.append("On %s a phishing e-mail from %s (sending IP %s) harvested credentials of %d users. The attacker logged in from %s and %s and exported a support-queue report." % (
        recent("mdy_txt"), EM(None, ch(["secure-docs-share.com", "micr0soft-login.net", "dhl-parcel-track.info"])), IP("pub"), len(vic), IP("pub"), IP("v6")))
    L.append("")
    L.append("## Affected accounts")
    for p in vic:
        L.append("| %s | %s | last login from %s | MFA: %s |" % (N(p, "full"), EM(p, dom), IP(ch(["priv", "pub"])), ch(["push", "none", "TOTP"])))
    L.append("")
    L.append("## Data exposed (sample rows from the exfiltrated report, values confirmed real)")
    L.append("    full_name ; ssn ; date_of_birth ; card_or_address")
    for _ in range(ri(2, 4)):
        p = Person()
        L.append("    %s ; %s ; %s ; %s" % (N(p, ch(["LF", "full"])), T("US_SSN", make_ssn()) if chance(0.8) else T("US_ITIN", make_itin()), DOB(1945, 2001, "iso"), T("CREDIT_CARD_NUMBER", fmt_card(make_card(), "plain")) if chance(0.5) else ST()))
    L.append("Rows that failed validation in the same export (not real): %s, %s" % (D("ssn_invalid", bad_ssn()), D("luhn_fail", fmt_card(bad_card(), "plain"))))
    L.append("")
    L.append("## IOCs")
    L.append("- Payload SHA-256: " + D("sha", hexs(64)))
    L.append("- Dropper MD5: " + D("md5", hexs(32)))
    L.append("- C2: %s:443, %s" % (IP("pub"), IP("pub")))
    L.append("- Exploited: %s in VPN appliance firmware %s" % (D("cve", "CVE-%d-%d" % (ri(2019, 2025), ri(1000, 49999))), D("version", version4())))
    L.append("- Internal pivot host %s (jump box), DNS resolver %s" % (IP("priv"), IP("priv")))
    L.append("")
    L.append("Notified: %s (Legal), %s (Privacy Office). Regulator notice filed %s." % (N(Person(), "full"), N(Person(), "full"), D("non_birth_date", recent("us"))))
    return "security/incident_%03d.md" % i, "\n".join(L) + "\n"


def g_git(i):
    devs = [Person() for _ in range(ri(3, 5))]
    doms = {id(p): ch(["lumensoft.dev", "users.noreply.github.com", "gmail.com", "helixbio.com"]) for p in devs}

    def addr(p):
        d = doms[id(p)]
        if d == "users.noreply.github.com":
            return "%d+%s@%s" % (ri(100000, 99999999), fold(p.given).lower().replace(" ", "")[:8] + str(ri(1, 99)), d)
        return email(p, d)
    L = []
    t = dt.datetime(ri(2022, 2025), ri(1, 12), ri(1, 28), ri(8, 20), ri(0, 59))
    msgs = ["fix(payments): mask PAN in receipt template", "chore: bump openssl to %s" % "%d.%d.%d" % (ri(1, 3), ri(0, 9), ri(0, 20)), "feat(api): add /v2/claims endpoint",
            "test: add Luhn fixtures", "refactor: extract address normalizer", "docs: update on-call runbook", "fix: handle IPv6 in rate limiter", "revert: flaky e2e"]
    for _ in range(ri(4, 7)):
        a = ch(devs)
        t += dt.timedelta(hours=ri(1, 30), minutes=ri(0, 59))
        L.append("commit " + D("sha", hexs(40)))
        if chance(0.2):
            L.append("Merge: %s %s" % (D("sha", hexs(7)), D("sha", hexs(7))))
        L.append("Author: %s <%s>" % (N(a, "full"), T("EMAIL_ADDRESS", addr(a))))
        L.append("Date:   " + t.strftime("%a %b %d %H:%M:%S %Y ") + ch(["+0100", "-0700", "+0530", "+0000"]))
        L.append("")
        L.append("    " + ch(msgs))
        if chance(0.5):
            L.append("")
            r = ch(devs)
            L.append("    %s: %s <%s>" % (ch(["Reviewed-by", "Co-authored-by", "Signed-off-by", "Acked-by"]), N(r, "full"), T("EMAIL_ADDRESS", addr(r))))
        L.append("")
    L.append("=" * 60)
    L.append("Review thread on PR #%d (tests/fixtures/cards.py)" % ri(100, 9999))
    rv = ch(devs)
    L.append("")
    L.append("> VALID = [\"%s\", \"%s\"]" % (D("test_value", ch(TEST_CARDS)), D("test_value", ch(TEST_CARDS))))
    L.append("> INVALID = [\"%s\"]  # bad check digit" % D("luhn_fail", bad_card()))
    L.append("> SAMPLE_SSN = \"%s\"" % D("test_value", ch(["123-45-6789", "078-05-1120"])))
    L.append("")
    L.append("%s commented:" % N(rv, ch(["full", "full", "lf"])))
    k = ri(0, 2)
    if k == 0:
        L.append("  Please don't commit real data - line 42 had a real customer's card (%s), I've asked %s to purge it from history." % (T("CREDIT_CARD_NUMBER", fmt_card(make_card(), "plain")), N(ch(devs), "full")))
    elif k == 1:
        L.append("  The fixture e-mail %s belongs to an actual user (%s). Use %s instead." % (EM(), N(Person(), "full"), D("test_value", ch(TEST_EMAILS))))
    else:
        L.append("  LGTM once %s confirms the migration ran on %s. Tagging %s." % (N(ch(devs), "first"), IP("priv"), D("version", "v" + version4())))
    L.append("")
    L.append("%s replied:" % N(ch(devs), "full"))
    L.append("  Done - also rotated the staging key. Build %s green." % D("build_id", "%d" % ri(10000, 999999)))
    return "dev/gitlog_%03d.txt" % i, "\n".join(L) + "\n"


def g_uk(i):
    p, gp, cons = Person(ch(["us", "irish", "sasia", "afr", "pl", "arab"])), Person(), Person()
    a, b = intl_addr("uk")
    L = [ch(["Riverside Medical Practice", "Hollybank Surgery", "Kingsway Health Centre"]), "%s, %s" % intl_addr("uk"), "Tel: %s" % PH("uk"), ""]
    L.append("Dear Dr %s," % N(cons, "last"))
    L.append("")
    L.append("Re: %s  %s: %s  NHS No: %s" % (N(p, ch(["upfull", "full", "LF"])), ch(["DOB", "Date of birth", "D.O.B."]), DOB(1935, 2010, ch(["dmy_txt", "eu", "eu"])), T("UK_NHS_NUMBER", fmt_nhs(make_nhs()))))
    L.append("     %s, %s   Hospital No: %s" % (a, b, T("MEDICAL_RECORD_NUMBER", "%s%07d" % (ch(["RX1", "K", "H", "M"]), ri(0, 9999999)))))
    L.append("")
    L.append("Thank you for seeing this %d-year-old with %s. %s" % (ri(18, 90), ch(["worsening exertional dyspnoea", "a 6-week history of altered bowel habit", "suspected " + D("eponym", "Ménière") + "'s disease", "resting tremor - ?" + D("eponym", "Parkinson") + "'s disease", "iron deficiency anaemia"]),
                                                         "Codes: " + ", ".join(T("ICD10_CODE", icd()) for _ in range(ri(1, 2)))))
    L.append("Contact: mobile %s, e-mail %s. Next of kin %s (%s)." % (PH("uk"), EM(p, ch(["btinternet.com", "gmail.com", "hotmail.co.uk"])), N(Person(), "full"), PH("uk")))
    L.append("e-Referral UBRN %s. An old temporary NHS number %s appears in the notes but fails the check digit." % (D("ubrn", "%04d %04d %04d" % (ri(0, 9999), ri(0, 9999), ri(0, 9999))), D("nhs_bad_check", fmt_nhs(bad_nhs()))))
    L.append("")
    L.append("Yours sincerely,")
    L.append("")
    L.append("Dr %s" % N(gp, ch(["full", "init"])))
    L.append("GMC %s" % D("gmc_number", "%07d" % ri(0, 9999999)))
    return "uk/gp_letter_%03d.txt" % i, "\n".join(L) + "\n"


FOREIGN_ID = {"es": lambda: "DNI %08d%s" % (ri(0, 99999999), ch("TRWAGMYFPDXBNJZSQVHLCKE")), "fr": lambda: "n° de sécurité sociale %d %02d %02d %02d %03d %03d %02d" % (ri(1, 2), ri(40, 99), ri(1, 12), ri(1, 95), ri(1, 999), ri(1, 999), ri(1, 97)),
              "de": lambda: "Steuer-ID %02d %03d %03d %03d" % (ri(10, 99), ri(0, 999), ri(0, 999), ri(0, 999)), "it": lambda: "codice fiscale %s%s%02d%s%02d%s%03d%s" % ("".join(ch("BCDFGLMNPRSTVZ") for _ in range(3)), "".join(ch("BCDFGLMNPRSTVZ") for _ in range(3)), ri(40, 99), ch("ABCDEHLMPRST"), ri(1, 71), ch("ABCDEFGHLM"), ri(0, 999), ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
              "pt": lambda: "CPF %03d.%03d.%03d-%02d" % (ri(0, 999), ri(0, 999), ri(0, 999), ri(0, 99)), "nl": lambda: "BSN %09d" % ri(10 ** 8, 10 ** 9 - 1), "pl": lambda: "PESEL %011d" % ri(10 ** 10, 10 ** 11 - 1)}
IBAN_CC = {"es": "ES", "fr": "FR", "de": "DE", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL"}
DOB_LBL = {"es": ["fecha de nacimiento:", "nacido el", "nacida el"], "fr": ["né le", "née le", "date de naissance :"], "de": ["geboren am", "Geburtsdatum:", "geb."],
           "it": ["nato il", "nata il", "data di nascita:"], "pt": ["data de nascimento:", "nascido em", "nascida em"], "nl": ["geboortedatum:", "geboren op"], "pl": ["data urodzenia:", "urodzony", "ur."]}
DSTYLE = {"es": "eu", "fr": "eu", "de": "de", "it": "eu", "pt": "eu", "nl": "nl", "pl": "de"}


def g_foreign(i, lang):
    p, agent = Person(LANG_CULT[lang]), Person(LANG_CULT[lang])
    a, b = intl_addr(lang)
    iban = T("IBAN_CODE", fmt_iban(make_iban(IBAN_CC[lang])))
    bic = T("SWIFT_BIC_CODE", make_bic(IBAN_CC[lang]))
    dob = DOB(1940, 2004, DSTYLE[lang])
    lbl = ch(DOB_LBL[lang])
    fid = D("foreign_id", FOREIGN_ID[lang]())
    em, ph = EM(p, ch(LOCALMAIL[lang] + ["gmail.com"])), PH(lang if lang != "pt" else ch(["pt", "br"]))
    inv = D("invoice_no", "%d/%05d" % (ri(2021, 2025), ri(0, 99999)))
    nd = ND(2022, 2025, DSTYLE[lang])
    t = p.title(lang)
    if lang == "es":
        body = ["Asunto: Actualización de datos bancarios - póliza %s" % inv, "", "Estimado/a %s %s:" % (t, N(p, "last")), "",
                "Le confirmamos el cambio de domiciliación solicitado el %s. Titular: %s, %s %s, %s." % (nd, N(p, "full"), lbl, dob, fid),
                "Nueva cuenta: IBAN %s (BIC %s)." % (iban, bic), "Domicilio: %s, %s. Teléfono de contacto: %s. Correo: %s." % (a, b, ph, em), "",
                "Atentamente,", N(agent, "full"), "Departamento de Atención al Cliente"]
    elif lang == "fr":
        body = ["Objet : dossier de prêt n° %s" % inv, "", "%s %s," % (ch(["Madame", "Monsieur"]) if chance(0.5) else "Bonjour", N(p, "full")), "",
                "Nous avons bien reçu votre dossier le %s. Emprunteur : %s, %s %s, %s." % (nd, N(p, "LF"), lbl, dob, fid),
                "Prélèvements sur le compte IBAN %s, BIC %s." % (iban, bic), "Adresse : %s, %s - tél. %s - courriel %s" % (a, b, ph, em), "",
                "Veuillez agréer nos salutations distinguées.", N(agent, "full") + ", conseillère clientèle"]
    elif lang == "de":
        body = ["Betreff: Ihre Kontoänderung (Vorgang %s)" % inv, "", "Sehr geehrte%s %s %s," % ("" if p.female else "r", t, N(p, "last")), "",
                "wir bestätigen die Änderung vom %s für %s, %s %s (%s)." % (nd, N(p, "full"), lbl, dob, fid),
                "Neue Bankverbindung: IBAN %s, BIC %s" % (iban, bic), "Anschrift: %s, %s · Telefon %s · E-Mail %s" % (a, b, ph, em), "",
                "Mit freundlichen Grüßen", N(agent, "full"), "Kundenservice"]
    elif lang == "it":
        body = ["Oggetto: variazione coordinate bancarie - pratica %s" % inv, "", "Gentile %s %s," % (t, N(p, "full")), "",
                "confermiamo la richiesta del %s. Intestatario: %s, %s %s a %s, %s." % (nd, N(p, "full"), lbl, dob, D("place", ch(["Torino", "Bari", "Firenze"])), fid),
                "Nuovo IBAN: %s - BIC/SWIFT %s" % (iban, bic), "Residenza: %s, %s. Cell. %s, e-mail %s" % (a, b, ph, em), "", "Cordiali saluti,", N(agent, "full")]
    elif lang == "pt":
        body = ["Assunto: atualização cadastral - protocolo %s" % inv, "", "Prezado(a) %s," % N(p, "full"), "",
                "Recebemos em %s a solicitação de %s, %s %s, %s." % (nd, N(p, "full"), lbl, dob, fid),
                "Conta para crédito: IBAN %s (BIC %s)." % (iban, bic), "Endereço: %s, %s. Telefone: %s. E-mail: %s." % (a, b, ph, em), "", "Atenciosamente,", N(agent, "full")]
    elif lang == "nl":
        body = ["Onderwerp: wijziging rekeningnummer (dossier %s)" % inv, "", "Geachte %s %s," % (t, N(p, "last")), "",
                "Op %s ontvingen wij uw verzoek. Rekeninghouder: %s, %s %s, %s." % (nd, N(p, "full"), lbl, dob, fid),
                "Nieuw IBAN: %s, BIC %s." % (iban, bic), "Adres: %s, %s. Telefoon %s, e-mail %s." % (a, b, ph, em), "", "Met vriendelijke groet,", N(agent, "full")]
    else:
        body = ["Temat: zmiana rachunku - sprawa %s" % inv, "", "Szanown%s %s %s," % ("a" if p.female else "y", t, N(p, "full")), "",
                "potwierdzamy zgłoszenie z dnia %s. Klient: %s, %s %s, %s." % (nd, N(p, "full"), lbl, dob, fid),
                "Nowy rachunek IBAN: %s, BIC %s." % (iban, bic), "Adres: %s, %s. Tel. %s, e-mail %s." % (a, b, ph, em), "", "Z poważaniem,", N(agent, "full")]
    if chance(0.4):
        body.append("")
        body.append("[ref] IBAN %s / %s" % (D("iban_bad_check", fmt_iban(bad_iban(IBAN_CC[lang]))), D("uuid", uuid4())))
    return "intl/%s_letter_%03d.txt" % (lang, i), "\n".join(body) + "\n"


BOILER = {
    "eob": ["Your plan paid its share of the allowed amount. The amount you owe is the difference between the allowed amount and what your plan paid, "
            "after any deductible, copay or coinsurance. If you already paid the provider at the time of service, you may owe less.",
            "Deductible met to date: in-network $%s of $%s; out-of-pocket maximum met to date: $%s of $%s." % (money(0, 1500), "1,500.00", money(0, 5000), "6,350.00"),
            "If you disagree with how this claim was processed you have 180 days from the date of this notice to file an appeal. Include a copy of "
            "this statement and any supporting records. You may ask someone, such as a family member or your doctor, to file on your behalf.",
            "Language assistance: if you need help understanding this notice, call the number on the back of your ID card. Servicios de idiomas "
            "gratuitos disponibles. Des services d'aide linguistique gratuits sont disponibles.",
            "Fraud tip: review each line. If you did not receive a service listed here, call us - reporting suspected billing errors helps keep premiums down."],
    "hr": ["Benefits enrollment opens on your first day and closes 30 days later. Medical, dental and vision coverage start on the first of the month "
           "following your hire date; the 401(k) match (100% of the first 4%) vests over three years.",
           "Please complete the state withholding form and the acknowledgement of the employee handbook in the portal. Your laptop will be shipped "
           "to your home address two business days before you start; IT will send setup instructions separately.",
           "Parking: badge access to the garage is activated on day one. The cafeteria accepts badge payments; lunch is provided on Fridays.",
           "Reminder: never send documents with full identification numbers by unencrypted e-mail. Use the secure upload link instead."],
    "closing": ["The undersigned acknowledge receipt of this settlement statement and agree to the correctness thereof. Prorations are based on the "
                "most recent available tax bill; any adjustment after closing is the responsibility of the parties and not the settlement agent.",
                "Funds must be received by wire before disbursement; cashier's checks over $10,000 are subject to a one business-day hold. Personal "
                "checks are not accepted for closing funds.",
                "Title insurance is issued subject to the exceptions listed in Schedule B of the commitment, including easements of record and "
                "matters that would be disclosed by an accurate survey."],
    "school": ["By signing this form, the parent/guardian certifies that the information above is accurate and that the student resides within "
               "district boundaries. Proof of residency (utility bill or lease dated within 60 days) is required at registration.",
               "Immunization records must be on file before the first day of attendance. Students without complete records may be excluded "
               "until documentation is provided, unless a valid medical exemption is on file.",
               "Directory information (name, grade, participation in activities) may be released unless the parent opts out in writing by "
               "September 15."],
    "ed": ["Patient was counseled on return precautions including worsening pain, fever, shortness of breath, or any new concerning symptom, "
           "and verbalized understanding. Discharge instructions were reviewed with the patient and family at bedside.",
           "Medication reconciliation completed. No changes to home medications other than those listed below. Patient advised to avoid NSAIDs "
           "until follow-up and to maintain hydration.",
           "Labs notable for mild leukocytosis; troponin negative x2. Imaging without acute findings. Case discussed with the on-call hospitalist, "
           "who agreed the patient is appropriate for outpatient follow-up.",
           "Fall risk assessment: low. Advance directive on file: no; patient declined information today."],
}


def boiler(kind):
    return R.sample(BOILER[kind], ri(1, min(3, len(BOILER[kind]))))


def g_ward(i):
    ward = ch(["Ward 7B (Acute Medicine)", "Elm Ward - Care of the Elderly", "Respiratory Ward 12", "Surgical Assessment Unit"])
    L = ["NIGHT HANDOVER  -  %s  -  %s" % (ward, fdate(rdate(2023, 2025), "eu")), "Nurse in charge: %s   Bleep %d" % (N(Person(), ch(["full", "first"])), ri(1000, 9999)), ""]
    L.append("%-4s %-28s %-13s %-11s %-10s %s" % ("Bed", "Patient", "NHS no.", "DOB", "Hosp no.", "Consultant / plan"))
    L.append("-" * 100)
    for b in R.sample(range(1, 30), ri(5, 7)):
        p, c = Person(ch(["us", "irish", "sasia", "afr", "pl", "arab", "nordic", "it"])), Person()
        L.append("%-4s %-28s %-13s %-11s %-10s Dr %s - %s" % (
            b, N(p, ch(["LF", "UP", "full"])), T("UK_NHS_NUMBER", fmt_nhs(make_nhs())), DOB(1925, 2004, ch(["eu", "dmy_txt"])),
            T("MEDICAL_RECORD_NUMBER", "%s%06d" % (ch(["RX", "K", "M"]), ri(0, 999999))), N(c, "last"),
            ch(["IV abx day 3, " + T("ICD10_CODE", icd("J18.9")), "NBM from midnight for OGD", "falls risk, " + T("ICD10_CODE", icd("R55")),
                "known " + D("eponym", ch(["Parkinson", "Alzheimer", "Crohn"])) + "'s - meds time-critical", "awaiting package of care", "NEWS2 %d, obs 2-hourly" % ri(0, 7)])))
        if chance(0.3):
            L.append("     NOK: %s %s" % (N(Person(), "full"), PH("uk")))
    L.append("")
    L.append("Bed manager: %s (ext %d). Outstanding: %d TTOs, %d discharges pending transport." % (N(Person(), "full"), ri(2000, 6999), ri(0, 6), ri(0, 5)))
    return "uk/handover_%03d.txt" % i, "\n".join(L) + "\n"


def g_gateway(i):
    t = dt.datetime(ri(2023, 2025), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59))
    L = ["# payments-gw %s  (DEBUG logging left enabled - see %s)" % (D("version", version4()), D("ticket_id", "SEC-%d" % ri(100, 9999)))]
    for _ in range(ri(10, 16)):
        t += dt.timedelta(seconds=ri(1, 300))
        p = Person()
        ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % ri(0, 999)
        k = ri(0, 5)
        if k <= 1:
            d = make_card()
            L.append('%s DEBUG AuthRequest merchant=%s amount=%s cur=USD pan=%s exp=%02d%02d cvv=*** holder="%s" ip=%s' % (
                ts, D("merchant_id", "M%09d" % ri(0, 999999999)), money(5, 900).replace(",", ""), T("CREDIT_CARD_NUMBER", fmt_card(d, "plain")), ri(1, 12), ri(25, 31), N(p, ch(["UP", "full"])), IP()))
        elif k == 2:
            L.append('%s INFO  AuthResponse txn=%s result=APPROVED avs=Y card=%s' % (ts, D("uuid", uuid4()), D("masked", make_card()[:6] + "******" + digits(4))))
        elif k == 3:
            L.append('%s WARN  Declined pan=%s reason=INVALID_CARD_NUMBER (luhn) email=%s' % (ts, D("luhn_fail", fmt_card(bad_card(), "plain")), EM(p)))
        elif k == 4:
            L.append('%s DEBUG sandbox self-test pan=%s result=APPROVED' % (ts, D("test_value", ch(TEST_CARDS))))
        else:
            L.append('%s DEBUG billing_address line1="%s" zip=%05d phone="%s" email="%s"' % (ts, ST(), ri(501, 99950), T("PHONE_NUMBER", us_phone(ch(["e164", "dash", "paren"]))), EM(p)))
    return "logs/payments_gw_%03d.log" % i, "\n".join(L) + "\n"


def g_invoice(i):
    eu = chance(0.55)
    contact, ap = Person(), Person()
    L = []
    if eu:
        lang = ch(["de", "fr", "nl", "it", "es", "pl"])
        cc = IBAN_CC[lang]
        dom = {"de": "helixbio.de", "fr": "lumiere.fr", "nl": "vandam.nl", "it": "moretti.it", "es": "fabricasoler.es", "pl": "drukarnia-nowak.pl"}[lang]
        a, b = intl_addr(lang)
        vendor = {"de": "Helix Biotech GmbH", "fr": "Atelier Lumière SARL", "nl": "Van Dam Logistiek B.V.", "it": "Tessuti Moretti S.r.l.", "es": "Fábrica Soler S.L.", "pl": "Drukarnia Nowak Sp. z o.o."}[lang]
        L += ["INVOICE / RECHNUNG / FACTURE", "", D("org", vendor),
              "%s, %s" % (a, b), "VAT ID: " + D("vat_id", "%s%s" % (cc, digits(ri(9, 11)))), "Contact: %s, %s, %s" % (N(contact, "full"), EM(contact, dom), PH(lang if lang != "pl" else "pl")), ""]
        L.append("Invoice no. %s   Date %s   Due %s" % (D("invoice_no", "%d-%04d" % (ri(2021, 2025), ri(0, 9999))), D("non_birth_date", recent("de")), D("non_birth_date", recent("de"))))
    else:
        co, dom = corp()
        L += ["INVOICE", "", co, ST() + ", " + cityline(), "EIN " + T("US_EIN", make_ein()), "Contact: %s  %s  %s" % (N(contact, ch(["full", "mid"])), EM(contact, dom), PH(False)), ""]
        L.append("Invoice # %s   Invoice date %s   Terms Net %d" % (D("invoice_no", "INV-%06d" % ri(0, 999999)), D("non_birth_date", recent("us")), ch([15, 30, 45])))
    L.append("Bill to: Accounts Payable, attn. %s, %s, %s" % (N(ap, "full"), ST(), cityline()))
    L.append("")
    L.append("%-6s %-42s %6s %12s %12s" % ("Qty", "Description", "Unit", "Price", "Amount"))
    for _ in range(ri(2, 6)):
        q = ri(1, 40)
        pr = R.uniform(5, 2000)
        L.append("%-6d %-42s %6s %12.2f %12.2f" % (q, ch(["Consulting services (hours)", "Freight - LTL pallet", "Reagent kit, 96 tests", "Annual license renewal", "Printed brochures A4"]) + " " + D("part_number", part_no()), ch(["ea", "h", "kit"]), pr, q * pr))
    L.append("")
    if eu:
        L.append("Payment by SEPA transfer to IBAN %s, BIC %s. Please quote the invoice number." % (T("IBAN_CODE", fmt_iban(make_iban(cc))), T("SWIFT_BIC_CODE", make_bic(cc))))
        if chance(0.3):
            L.append("Our former account %s is closed - do not use." % T("IBAN_CODE", fmt_iban(make_iban(cc))))
    else:
        L.append("Remit by ACH: routing %s, account %s (%s). Wire: SWIFT %s." % (T("US_BANK_ROUTING_NUMBER", make_aba()), T("US_BANK_ACCOUNT_NUMBER", acct()), ch(["checking", "operating"]), T("SWIFT_BIC_CODE", make_bic("US"))))
        if chance(0.3):
            L.append("Note: routing %s printed on last month's invoice was a typo." % D("aba_bad_check", bad_aba()))
    L.append("Questions: %s" % T("EMAIL_ADDRESS", ch(["ar", "billing", "accounts", "invoices"]) + "@" + dom))
    return "finance/invoice_%03d.txt" % i, "\n".join(L) + "\n"


def g_ed(i):
    p, att, pcp, rn = Person(), Person(), Person(), Person()
    age = ri(19, 92)
    mrn_lbl = ch(["MRN", "Med Rec #", "Patient ID", "Medical record no.", "MR#", "Chart ID"])
    mrn = ch(["%08d" % ri(0, 99999999), "%d%07d" % (ri(1, 9), ri(0, 9999999)), "E%08d" % ri(0, 99999999), "MRN%07d" % ri(0, 9999999)])
    L = [ch(["EMERGENCY DEPARTMENT - PHYSICIAN NOTE", "DISCHARGE SUMMARY", "ED PROVIDER NOTE / DISPOSITION"]), ""]
    L.append("Name: %s        %s: %s" % (N(p, ch(["LF", "full", "UP"])), mrn_lbl, T("MEDICAL_RECORD_NUMBER", mrn)))
    L.append("%s: %s   Age: %d   Sex: %s   Arrival: %s %02d:%02d" % (ch(["DOB", "Date of Birth", "Birth date"]), DOB(2025 - age - 1, 2025 - age, ch(["us", "iso", "mdy_txt", "us_np"])), age, "F" if p.female else "M", D("non_birth_date", recent("us")), ri(0, 23), ri(0, 59)))
    if age >= 65 and chance(0.7):
        L.append("Payer: Medicare (MBI %s)%s" % (T("US_MBI", fmt_mbi(make_mbi())), ch(["", " + Medigap Plan G"])))
    L.append("Attending: %s, MD (NPI %s)   PCP: Dr. %s %s" % (N(att, ch(["full", "LF"])), T("US_NPI", make_npi()), N(pcp, ch(["last", "full"])), PH(False)))
    L.append("")
    cc = ch([("chest pain", ["R07.9", "R07.89", "I10"]), ("shortness of breath", ["R06.02", "J44.1", "J45.909", "I50.9"]), ("abdominal pain", ["R10.9", "R10.11", "K80.20", "K35.80"]),
             ("fall at home", ["W19.XXXA", "S52.501A", "S06.0X0A"]), ("fever and dysuria", ["N39.0", "N30.00", "R50.9"]), ("dizziness", ["R42", "H81.10", "R55"])])
    L.append("CHIEF COMPLAINT: " + cc[0])
    hx = "HPI: %d-year-old with history of %s presenting with %s. " % (age, ch(["hypertension", "type 2 diabetes", "COPD", D("eponym", "Crohn") + "'s disease", D("eponym", "Hashimoto") + "'s thyroiditis", "atrial fibrillation on apixaban"]), cc[0])
    hx += "Brought in by %s, who can be reached at %s. " % (ch(["spouse", "daughter", "son", "neighbor"]) + " " + N(Person(p.cult), "full"), PH())
    hx += "Symptoms began %d hours prior to arrival. Denies recent travel, sick contacts." % ri(2, 72)
    L.append(hx)
    L.append("")
    L += boiler("ed")
    L.append("")
    L.append("ASSESSMENT / DIAGNOSES:")
    for c in R.sample(cc[1], ri(1, len(cc[1]))):
        L.append(("  - %s %s" % (T("ICD10_CODE", icd(c)), ICD_DESC.get(c, ""))).rstrip())
    if chance(0.3):
        L.append("  - Discharge date %s; follow-up appointment %s" % (D("non_birth_date", recent("us")), D("non_birth_date", recent("us"))))
    L.append("")
    L.append("DISPOSITION: %s. Follow up with %s within %d days. Home address confirmed: %s, %s." % (ch(["Discharged home", "Admitted to telemetry", "Observation"]), ch(["PCP", "cardiology", "GI clinic"]), ri(2, 14), ST(), cityline()))
    L.append("Nurse: %s, RN    Scribe: %s    Electronically signed by %s, MD on %s" % (N(rn, ch(["full", "init"])), N(Person(), "first") + " (scribe id %s)" % D("employee_id", "S%05d" % ri(0, 99999)), N(att, "full"), recent("us")))
    return "clinical/ed_note_%03d.txt" % i, "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------------------
# marker stripping, validation, output

MARK = re.compile("([\x01\x04])([A-Za-z0-9_]+)\x02([^\x01\x02\x03\x04]*)\x03")


def strip(marked):
    out, spans, pos, b = [], [], 0, 0
    for m in MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        b += len(pre.encode())
        v = m.group(3)
        out.append(v)
        e = b + len(v.encode())
        spans.append({"start": b, "end": e, "label": m.group(2), "value": v, "truth": m.group(1) == "\x01"})
        b = e
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if re.search("[\x01-\x04]", text):
        raise SystemExit("unbalanced marker")
    return text, spans


def check_truth(typ, v):
    d = re.sub(r"[ -]", "", v)
    ok = {"CREDIT_CARD_NUMBER": lambda: d.isdigit() and luhn_ok(d) and card_brand(d) is not None and d not in TEST_CARDS,
          "IBAN_CODE": lambda: iban_ok(v) and d not in TEST_IBANS,
          "US_BANK_ROUTING_NUMBER": lambda: aba_ok(v), "US_NPI": lambda: npi_ok(v) and v != "1234567893", "US_DEA_NUMBER": lambda: dea_ok(v),
          "UK_NHS_NUMBER": lambda: nhs_ok(v), "US_SSN": lambda: ssn_ok(v) and v not in TEST_SSNS, "US_ITIN": lambda: itin_ok(v),
          "US_MBI": lambda: mbi_ok(v), "US_EIN": lambda: ein_ok(v), "SWIFT_BIC_CODE": lambda: bic_ok(v), "ICD10_CODE": lambda: icd_ok(v),
          "EMAIL_ADDRESS": lambda: bool(EMAIL_RE.fullmatch(v)) and not any(x in v for x in ("example.", "test.com")),
          "IP_ADDRESS": lambda: bool(ipaddress.ip_address(v)),
          "US_BANK_ACCOUNT_NUMBER": lambda: d.isdigit() and 8 <= len(d) <= 17}.get(typ, lambda: len(v) > 0 and v == v.strip())
    return ok()


CHECKED_DECOYS = {"luhn_fail": lambda d: not luhn_ok(d), "iban_bad_check": lambda v: not iban_ok(v), "aba_bad_check": lambda v: not aba_ok(v),
                  "npi_bad_check": lambda v: not npi_ok(v), "dea_bad_check": lambda v: not dea_ok(v), "nhs_bad_check": lambda v: not nhs_ok(v),
                  "ssn_invalid": lambda v: not ssn_ok(v) and not itin_ok(v), "ein_bad_prefix": lambda v: not ein_ok(v),
                  "test_value": lambda v: v.replace(" ", "") in TEST_CARDS + TEST_IBANS or v in TEST_SSNS + TEST_EMAILS}
TYPES = ["EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "US_ITIN", "PERSON_NAME", "STREET_ADDRESS", "DATE_OF_BIRTH", "IP_ADDRESS", "US_PASSPORT",
         "US_DRIVERS_LICENSE", "US_NPI", "US_DEA_NUMBER", "US_MBI", "MEDICAL_RECORD_NUMBER", "ICD10_CODE", "UK_NHS_NUMBER", "CREDIT_CARD_NUMBER",
         "IBAN_CODE", "US_BANK_ROUTING_NUMBER", "US_BANK_ACCOUNT_NUMBER", "SWIFT_BIC_CODE", "US_EIN"]
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?!\d)")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\.?\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def noise_problems(text, spans):
    """Return unlabelled sensitive-looking values in the text outside all spans."""
    t = text.encode()
    buf = bytearray(t)
    for s in spans:
        buf[s["start"]:s["end"]] = b"|" * (s["end"] - s["start"])
    rest = buf.decode("utf-8", "replace")
    probs = []
    probs += ["email " + m.group(0) for m in EMAIL_RE.finditer(rest)]
    probs += ["ssn " + m.group(0) for m in SSN_RE.finditer(rest) if ssn_ok(m.group(0)) or itin_ok(m.group(0))]
    for m in CARD_RE.finditer(rest):
        d = re.sub(r"\D", "", m.group(0))
        if luhn_ok(d) and card_brand(d):
            probs.append("card " + m.group(0))
    for m in IP4_RE.finditer(rest):
        try:
            ipaddress.IPv4Address(m.group(0))
            probs.append("ipv4 " + m.group(0))
        except ValueError:
            pass
    probs += ["iban " + m.group(0) for m in IBAN_RE.finditer(rest) if iban_ok(m.group(0))]
    return probs


def main():
    plan = [(g_eob, 14), (g_pharmacy, 10), (g_lab, 12), (g_hr, 13), (g_wire, 12), (g_tax, 12), (g_chat, 15), (g_weblog, 8), (g_dental, 10),
            (g_vet, 10), (g_closing, 9), (g_school, 10), (g_itin, 10), (g_crm, 10), (g_incident, 8), (g_git, 9), (g_uk, 8),
            (g_ward, 6), (g_gateway, 6), (g_invoice, 12), (g_ed, 12)]
    docs = []
    for fn, n in plan:
        for i in range(n):
            docs.append(fn(i))
    for lang in ["es", "fr", "de", "it", "pt", "nl", "pl"]:
        for i in range(3):
            docs.append(g_foreign(i, lang))
    files_dir = os.path.join(OUT, "files")
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(files_dir)
    truth, decoys, total_bytes, errors = [], [], 0, []
    seen = set()
    for rel, marked in docs:
        assert rel not in seen, rel
        assert not rel.endswith((".csv", ".tsv", ".json", ".jsonl", ".parquet"))
        seen.add(rel)
        text, spans = strip(marked)
        path = os.path.join(files_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        with open(path, "rb") as fh:
            data = fh.read()
        total_bytes += len(data)
        last = 0
        for s in sorted(spans, key=lambda s: s["start"]):
            if data[s["start"]:s["end"]].decode() != s["value"]:
                errors.append("%s: span mismatch %r" % (rel, s["value"]))
            if s["start"] < last:
                errors.append("%s: overlap at %d" % (rel, s["start"]))
            if s["value"] != s["value"].strip() or not s["value"]:
                errors.append("%s: untrimmed span %r" % (rel, s["value"]))
            last = s["end"]
            if s["truth"]:
                if s["label"] not in TYPES:
                    errors.append("%s: unknown type %s" % (rel, s["label"]))
                elif not check_truth(s["label"], s["value"]):
                    errors.append("%s: invalid %s %r" % (rel, s["label"], s["value"]))
                truth.append({"file": rel, "start": s["start"], "end": s["end"], "type": s["label"]})
            else:
                chk = CHECKED_DECOYS.get(s["label"])
                v = s["value"]
                if chk and not chk(re.sub(r"[ -]", "", v) if s["label"] in ("luhn_fail", "nhs_bad_check") else v):
                    errors.append("%s: decoy %s actually valid %r" % (rel, s["label"], v))
                decoys.append({"file": rel, "start": s["start"], "end": s["end"], "kind": s["label"]})
        for p in noise_problems(text, spans):
            errors.append("%s: unlabelled %s" % (rel, p))
    if errors:
        for e in errors[:60]:
            print("ERROR", e, file=sys.stderr)
        raise SystemExit("%d validation errors" % len(errors))
    with open(os.path.join(OUT, "truth.jsonl"), "w") as fh:
        for t in truth:
            fh.write(json.dumps(t) + "\n")
    with open(os.path.join(OUT, "decoys.jsonl"), "w") as fh:
        for d in decoys:
            fh.write(json.dumps(d) + "\n")
    open(os.path.join(OUT, "columns_truth.jsonl"), "w").close()
    per_type = {ty: 0 for ty in TYPES}
    for t in truth:
        per_type[t["type"]] += 1
    kinds = {}
    for d in decoys:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    stats = {"preset": "heldout-c", "seed": SEED, "text_files": len(docs), "text_bytes": total_bytes, "entities": len(truth),
             "decoys": len(decoys), "columns": 0, "per_type": dict(sorted(per_type.items())), "decoy_kinds": dict(sorted(kinds.items()))}
    with open(os.path.join(OUT, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)
    print("wrote %d files, %d bytes, %d truth spans, %d decoys -> %s" % (len(docs), total_bytes, len(truth), len(decoys), OUT))


if __name__ == "__main__":
    main()

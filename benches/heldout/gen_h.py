#!/usr/bin/env python3
"""Held-out corpus H: a labelled data-lake sample for datareach accuracy checks.

Written blind to the detection rules by a helper session: nothing under classifiers/, src/, tests/ was read,
nor gen_a..gen_f; only the output layout / CLI conventions of gen_g (and the dev corpus layout, README and
score.py) were looked at. Checksums, pools, phrasing and document kinds are new.

Document kinds (all new relative to A-G): IIS W3C extended logs (#Fields header, CRLF), Apache/nginx
combined access logs (e-mails / phones / DOBs in query strings, some %40-encoded), syslog (sshd, postfix,
dhcpd, UFW, auditd, ModemManager; IPv4 + IPv6), Windows Security event XML exports, dcmdump-style DICOM
header dumps (PN/DA/LO tags, code sequences), GEDCOM 5.5.1 family trees, iCalendar meeting/appointment
invites (RFC 5545 line folding), mbox mailboxes (headers, signatures, quoted replies), FIX 4.4 session logs
(SOH or '|' delimiters, party ids, registration instructions), SWIFT MT940 statements (NL/PL/PT/ES/IT/US
and German ?-subfield :86: lines), COBOL fixed-width extracts with copybook comments, pdftotext output
(page breaks, hyphenation, ligatures), OCR'd forms (W-9, CMS-1500, auto claim, rental application, cheque
MICR) with character noise, SRT transcripts of support calls, Android "SMS Backup & Restore" XML, Jupyter
notebooks with outputs, Terraform state, Kubernetes Secret/ConfigMap YAML, ZPL wristband / pharmacy / shipping
label print jobs, git log -p output, PDMP and ACO beneficiary reports, Medicare Summary Notices, NHS clinic
letters, GMS1 and prescription forms, and letters/forms in Spanish, Portuguese (PT/BR), Italian, Dutch, Polish.
Two files are cp1252-encoded and two carry a UTF-8 BOM (offsets are bytes as stored). Deliberately hard,
glued spans (no word boundary) occur only in ZPL label files (^FD<value>) and in the German (?31<IBAN>) and
Polish (~38<IBAN>, SWIFT block-1 BIC) MT940 variants.

usage: python3 benches/heldout/gen_h.py OUT_DIR

Writes OUT_DIR/files/..., OUT_DIR/truth.jsonl {"file","start","end","type"}, OUT_DIR/decoys.jsonl
{"file","start","end","kind"}, OUT_DIR/columns_truth.jsonl (empty: no tables) and OUT_DIR/stats.json, in the
layout of ../shared/eval/corpus-dev. Offsets are byte offsets into the file as stored (into the
decompressed stream for .gz), end exclusive.

Labelling conventions:
- PERSON_NAME: real person names without titles/credentials. DICOM "LAST^FIRST^M" and GEDCOM
  "First /Last/" values are one span; separate given/surname fields (GIVN/SURN, COBOL columns, "Cognome:" /
  "Nome:") are separate spans; a given name alone (agent "this is Colleen") or surname alone ("Dear
  Mr Ashby") is labelled. Usernames, e-mail local parts, company names are not names.
- STREET_ADDRESS: the street line only (number + street + unit; Polish "ul.", Spanish "C/" included),
  never city / postcode / country. Business addresses are labelled too.
- DATE_OF_BIRTH: birth dates only (incl. birth dates of deceased people in GEDCOM). Death, baptism,
  marriage, service, admission, issue, "born-on" (beer), project "was born" dates are decoys.
- IP_ADDRESS: every IPv4/IPv6 host address (private included), without port.
- EMAIL_ADDRESS: every non-example address, incl. role addresses and %40-encoded ones in URLs.
- PHONE_NUMBER: the number incl. country code / parentheses, without extension.
- US_BANK_ACCOUNT_NUMBER / MRN / passport / licence: only where the document says what the value is.
- ICD10_CODE: dotted and dotless (claim forms) codes; ICD-9 codes and DICOM scheme designators are decoys.
- Test values (4111 1111 1111 1111 & co, example.com/org/net addresses, 555-01xx phones,
  123-45-6789, "Jane Doe") are decoys of kind "test_value".
- Foreign national ids (DNI, NIF, CPF, BSN, PESEL, codice fiscale), masked values, brokerage (FIX tag 1)
  and non-US domestic account numbers are decoys: they are not among the 22 types.
Deterministic (SEED); the generator self-checks every span, validates checksums, checks that truth does not
overlap decoys, that stats.json matches truth.jsonl, and fails on unlabelled look-alikes.
"""
import base64
import gzip
import ipaddress
import json
import os
import random
import re
import shutil
import string
import sys
import unicodedata
from collections import Counter

SEED = 90210
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
TYPESET = set(ALL_TYPES)


# ------------------------------------------------------------------------------------------ basics
def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def digits(n, nz=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if nz and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------------------------------- checksums
def luhn_sum(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        t += d
    return t % 10


def luhn_ok(s):
    return s.isdigit() and luhn_sum(s) == 0


def luhn_fill(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


def luhn_spoil(prefix):
    good = luhn_fill(prefix)
    return prefix + str((int(good[-1]) + R.randint(1, 9)) % 10)


def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban_valid(s):
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and iban_mod(s) == 1


def aba_valid(s):
    return len(s) == 9 and s.isdigit() and sum(int(c) * w for c, w in zip(s, [3, 7, 1] * 3)) % 10 == 0


def npi_valid(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok("80840" + s)


def dea_valid(s):
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def nhs_valid(s):
    s = re.sub(r"[ -]", "", s)
    if not (len(s) == 10 and s.isdigit()):
        return False
    c = 11 - sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"  # no S L O I B Z


def mbi_valid(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    pat = ["1-9", "L", "LN", "N", "L", "LN", "N", "L", "L", "N", "N"]
    for c, p in zip(s, pat):
        ok = {"1-9": c in "123456789", "L": c in MBI_L, "N": c.isdigit(), "LN": c in MBI_L or c.isdigit()}[p]
        if not ok:
            return False
    return True


def ean_check(body):
    t = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - t % 10) % 10)


def upc_check(body11):
    t = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body11))
    return str((10 - t % 10) % 10)


def vin_check(v):
    tr = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
          "X": 7, "Y": 8, "Z": 9}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(tr[c] * k for c, k in zip(v, w)) % 11
    return "X" if r == 10 else str(r)


def ups_check(body15):
    t = 0
    for i, c in enumerate(body15):
        v = int(c) if c.isdigit() else (ord(c) - 63) % 10
        t += v * (2 if i % 2 else 1)
    return str((10 - t % 10) % 10)


def bsn_valid(s):
    return len(s) == 9 and sum(int(c) * w for c, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0


# ----------------------------------------------------------------------------------- value makers
TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "378282246310005",
              "371449635398431", "6011111111111117", "6011000990139424", "3530111333300000", "4012888888881881",
              "4000056655665556", "30569309025904"]


def card_raw(brand=None):
    brand = brand or ch(["visa"] * 6 + ["mc"] * 4 + ["amex"] * 2 + ["disc", "jcb", "diners"])
    while True:
        if brand == "visa":
            n = luhn_fill("4" + digits(14))
        elif brand == "mc":
            p = str(R.randint(51, 55)) if chance(0.65) else str(R.randint(2221, 2720))
            n = luhn_fill(p + digits(15 - len(p)))
        elif brand == "amex":
            n = luhn_fill(ch(["34", "37"]) + digits(12))
        elif brand == "disc":
            p = ch(["6011", "65", str(R.randint(644, 649))])
            n = luhn_fill(p + digits(15 - len(p)))
        elif brand == "jcb":
            n = luhn_fill(str(R.randint(3528, 3589)) + digits(11))
        else:
            p = ch(["36", "38", "300", "301", "305"])
            n = luhn_fill(p + digits(13 - len(p)))
        if n not in TEST_CARDS and len(set(n)) > 4:
            return n


def fmt_card(n, style=None):
    style = ch(["plain", "sp", "sp", "sp", "dash"]) if style is None else style
    if style == "plain":
        return n
    sep = " " if style == "sp" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    if len(n) == 14:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def card(style=None, brand=None):
    return fmt_card(card_raw(brand), style)


def card_bad(style=None):
    while True:
        p = ch(["4", "5" + str(R.randint(1, 5)), "6011", "37"])
        L = 15 if p == "37" else 16
        n = luhn_spoil(p + digits(L - 1 - len(p)))
        if not luhn_ok(n):
            return fmt_card(n, style)


def test_card(style=None):
    return fmt_card(ch(TEST_CARDS), style)


def ssn_raw():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        s = f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"
        if s not in ("078051120", "123456789", "219099999", "457555462"):
            return s


def fmt_ssn(s, style=None):
    style = ch(["dash"] * 6 + ["space", "plain"]) if style is None else style
    return {"dash": f"{s[:3]}-{s[3:5]}-{s[5:]}", "space": f"{s[:3]} {s[3:5]} {s[5:]}", "plain": s}[style]


def ssn(style=None):
    return fmt_ssn(ssn_raw(), style)


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]


def itin(style=None):
    return fmt_ssn(f"9{R.randint(0, 99):02d}{ch(ITIN_GROUPS):02d}{R.randint(1, 9999):04d}", style)


def ssn_invalid():
    k = R.randrange(4)
    if k == 0:
        return f"000-{R.randint(10, 99)}-{digits(4, True)}", "ssn_invalid_area"
    if k == 1:
        return f"666-{R.randint(10, 99)}-{digits(4, True)}", "ssn_invalid_area"
    if k == 2:
        return f"{R.randint(100, 665):03d}-00-{digits(4, True)}", "ssn_invalid_group"
    return f"{R.randint(100, 665):03d}-{R.randint(10, 99)}-0000", "ssn_invalid_serial"


EIN_PFX = ([1, 2, 3, 4, 5, 6] + list(range(10, 17)) + list(range(20, 28)) + list(range(30, 49)) + list(range(50, 69))
           + list(range(71, 78)) + list(range(80, 89)) + list(range(90, 96)) + [98, 99])


def ein(dash=True):
    s = f"{ch(EIN_PFX):02d}{digits(7)}"
    return f"{s[:2]}-{s[2:]}" if dash else s


def aba():
    while True:
        p = ch(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)))
        body = f"{p:02d}" + digits(6)
        s = sum(int(c) * w for c, w in zip(body, [3, 7, 1, 3, 7, 1, 3, 7]))
        v = body + str((10 - s % 10) % 10)
        if aba_valid(v):
            return v


def aba_bad():
    while True:
        v = f"{ch([2, 3, 6, 7, 11, 26, 31]):02d}" + digits(7)
        if not aba_valid(v):
            return v


def bank_account():
    return digits(ch([8, 9, 10, 10, 11, 12, 12, 13, 14, 16, 17]), nz=chance(0.8))


IBAN_FMT = {  # country: (length, bban pattern: n digit, a upper, c alnum)
    "PL": (28, "n8n16"), "PT": (25, "n21"), "ES": (24, "n20"), "IT": (27, "a1n10c12"), "NL": (18, "a4n10"),
    "DE": (22, "n18"), "FR": (27, "n10c11n2"), "BE": (16, "n12"), "GB": (22, "a4n14"), "IE": (22, "a4n14"),
    "BR": (29, "n23a1c1"), "CH": (21, "n5c12"), "AT": (20, "n16"), "LU": (20, "n3c13"),
}
IBAN_BANK = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB"], "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MONZ"],
             "IE": ["AIBK", "BOFI", "IPBS"]}


def iban_raw(cc=None):
    cc = cc or ch(["PL", "PL", "PT", "ES", "ES", "IT", "NL", "NL", "DE", "FR", "BE", "GB", "IE", "BR", "CH", "AT"])
    L, pat = IBAN_FMT[cc]
    bban = ""
    for kind_, n in re.findall(r"([nac])(\d+)", pat):
        n = int(n)
        if kind_ == "n":
            bban += digits(n)
        elif kind_ == "a":
            bban += ch(IBAN_BANK[cc]) if (n == 4 and cc in IBAN_BANK) else alnum(n, string.ascii_uppercase)
        else:
            bban += digits(n) if chance(0.7) else alnum(n)
    chk = 98 - iban_mod(cc + "00" + bban)
    v = f"{cc}{chk:02d}{bban}"
    assert len(v) == L and iban_valid(v), v
    return v


def fmt_iban(v, grouped=None):
    grouped = chance(0.6) if grouped is None else grouped
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v


def iban(cc=None, grouped=None):
    return fmt_iban(iban_raw(cc), grouped)


def iban_bad(cc=None, grouped=None):
    v = iban_raw(cc)
    while True:
        w = f"{v[:2]}{R.randint(2, 98):02d}{v[4:]}"
        if not iban_valid(w):
            return fmt_iban(w, grouped)


BICS = {"PL": ["PKOPPLPW", "BPKOPLPW", "INGBPLPW", "BREXPLPW", "ALBPPLPW", "PPABPLPK"],
        "PT": ["CGDIPTPL", "BCOMPTPL", "TOTAPTPL", "BBPIPTPL", "CCCMPTPL"],
        "ES": ["BBVAESMM", "CAIXESBB", "BSCHESMM", "SABBESBB", "INGDESMM"],
        "IT": ["UNCRITMM", "BCITITMM", "BPMOIT22", "PASCITMM", "BAPPIT22"],
        "NL": ["ABNANL2A", "INGBNL2A", "RABONL2U", "TRIONL2U", "SNSBNL2A", "KNABNL2H"],
        "DE": ["DEUTDEFF", "COBADEFF", "MARKDEF1", "HYVEDEMM"], "FR": ["BNPAFRPP", "SOGEFRPP", "CRLYFRPP"],
        "BE": ["GEBABEBB", "KREDBEBB"], "GB": ["NWBKGB2L", "BARCGB22", "LOYDGB2L", "MONZGB2L"],
        "IE": ["AIBKIE2D", "BOFIIE2D"], "BR": ["BRASBRRJ", "ITAUBRSP", "BRADBRSP"], "CH": ["UBSWCHZH", "POFICHBE"],
        "AT": ["BKAUATWW", "RZBAATWW"], "LU": ["BCEELULL"],
        "US": ["CHASUS33", "BOFAUS3N", "CITIUS33", "WFBIUS6S", "PNCCUS33", "USBKUS44"]}


def bic(cc=None, iban_value=None):
    if iban_value:
        cc = iban_value[:2]
        if cc in ("NL", "GB", "IE") and chance(0.8):
            b = iban_value.replace(" ", "")[4:8]
            for x in BICS[cc]:
                if x.startswith(b):
                    return x + ch(["", "", "XXX"])
    cc = cc or ch(sorted(BICS))
    return ch(BICS[cc]) + (ch(["XXX", "XXX", "100", "500", "A01"]) if chance(0.35) else "")


def npi():
    return luhn_fill("80840" + ch("12") + digits(8))[5:]


def npi_bad():
    while True:
        v = ch("12") + digits(9)
        if not npi_valid(v):
            return v


def dea(last, mid_level=False):
    init = fold(last).replace("'", "").replace(" ", "").upper()[:1] or "X"
    d = [R.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    first = "M" if mid_level else ch("ABFG")
    return first + init + "".join(map(str, d)) + str(c)


def dea_bad(last):
    v = dea(last)
    return v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)


def nhs_raw():
    while True:
        d = [ch([4, 4, 6, 7])] + [R.randrange(10) for _ in range(8)]
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "".join(map(str, d)) + str(c)


def nhs(style=None):
    s = nhs_raw()
    style = ch(["sp", "sp", "sp", "plain", "dash"]) if style is None else style
    return {"sp": f"{s[:3]} {s[3:6]} {s[6:]}", "plain": s, "dash": f"{s[:3]}-{s[3:6]}-{s[6:]}"}[style]


def nhs_fmt_again(v):
    s = re.sub(r"\D", "", v)
    return ch([f"{s[:3]} {s[3:6]} {s[6:]}", s])


def nhs_bad():
    while True:
        s = ch("4679") + digits(9)
        if not nhs_valid(s):
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def mbi(dashed=None):
    ln = MBI_L + "0123456789"
    s = (str(R.randint(1, 9)) + ch(MBI_L) + ch(ln) + digits(1) + ch(MBI_L) + ch(ln) + digits(1)
         + ch(MBI_L) + ch(MBI_L) + digits(2))
    dashed = chance(0.4) if dashed is None else dashed
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def mrn(style=None):
    style = style if style is not None else R.randrange(6)
    return [digits(9), "00" + digits(7), "E" + digits(7), f"H{digits(6)}", digits(8, True), f"MR{digits(7)}"][style]


ICD10 = [("E11.9", "Type 2 diabetes mellitus without complications"), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
         ("E78.5", "Hyperlipidemia, unspecified"), ("E66.9", "Obesity, unspecified"), ("E03.9", "Hypothyroidism, unspecified"),
         ("E55.9", "Vitamin D deficiency, unspecified"), ("I10", "Essential (primary) hypertension"),
         ("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"),
         ("I48.91", "Unspecified atrial fibrillation"), ("I50.9", "Heart failure, unspecified"), ("I63.9", "Cerebral infarction, unspecified"),
         ("J06.9", "Acute upper respiratory infection, unspecified"), ("J18.9", "Pneumonia, unspecified organism"),
         ("J44.9", "Chronic obstructive pulmonary disease, unspecified"), ("J45.909", "Unspecified asthma, uncomplicated"),
         ("J20.9", "Acute bronchitis, unspecified"), ("J02.9", "Acute pharyngitis, unspecified"),
         ("K21.9", "Gastro-esophageal reflux disease without esophagitis"), ("K58.9", "Irritable bowel syndrome without diarrhea"),
         ("K35.80", "Unspecified acute appendicitis"), ("M54.50", "Low back pain, unspecified"),
         ("M17.11", "Unilateral primary osteoarthritis, right knee"), ("M25.561", "Pain in right knee"), ("M79.7", "Fibromyalgia"),
         ("M81.0", "Age-related osteoporosis without current pathological fracture"),
         ("F32.9", "Major depressive disorder, single episode, unspecified"), ("F41.1", "Generalized anxiety disorder"),
         ("F43.10", "Post-traumatic stress disorder, unspecified"), ("F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type"),
         ("F10.20", "Alcohol dependence, uncomplicated"), ("N39.0", "Urinary tract infection, site not specified"),
         ("N18.30", "Chronic kidney disease, stage 3 unspecified"), ("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"),
         ("R51.9", "Headache, unspecified"), ("R10.9", "Unspecified abdominal pain"), ("R05.9", "Cough, unspecified"),
         ("R07.9", "Chest pain, unspecified"), ("R53.83", "Other fatigue"), ("R42", "Dizziness and giddiness"),
         ("R11.2", "Nausea with vomiting, unspecified"), ("Z00.00", "Encounter for general adult medical examination without abnormal findings"),
         ("Z23", "Encounter for immunization"), ("Z79.4", "Long term (current) use of insulin"), ("Z87.891", "Personal history of nicotine dependence"),
         ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus"), ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
         ("G40.909", "Epilepsy, unspecified, not intractable, without status epilepticus"),
         ("S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter"), ("S06.0X0A", "Concussion without loss of consciousness, initial encounter"),
         ("O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control"),
         ("C50.911", "Malignant neoplasm of unspecified site of right female breast"), ("C61", "Malignant neoplasm of prostate"),
         ("L40.0", "Psoriasis vulgaris"), ("L20.9", "Atopic dermatitis, unspecified"), ("H10.9", "Unspecified conjunctivitis"),
         ("H66.90", "Otitis media, unspecified, unspecified ear"), ("B34.9", "Viral infection, unspecified"), ("U07.1", "COVID-19"),
         ("A09", "Infectious gastroenteritis and colitis, unspecified"), ("D64.9", "Anemia, unspecified"), ("D50.9", "Iron deficiency anemia, unspecified")]
# WHO ICD-10 codes used in European letters (valid in ICD-10 2019)
ICD10_WHO = [("J45.9", {"es": "Asma, no especificada", "pt": "Asma não especificada", "it": "Asma non specificata", "nl": "Astma, niet gespecificeerd", "pl": "Dychawica oskrzelowa, nieokreślona"}),
             ("I21.0", {"es": "Infarto transmural agudo del miocardio de la pared anterior", "pt": "Infarto agudo transmural da parede anterior do miocárdio", "it": "Infarto miocardico acuto transmurale della parete anteriore", "nl": "Acuut transmuraal myocardinfarct van voorwand", "pl": "Ostry zawał pełnościenny ściany przedniej serca"}),
             ("E11.9", {"es": "Diabetes mellitus tipo 2 sin complicaciones", "pt": "Diabetes mellitus não-insulino-dependente, sem complicações", "it": "Diabete mellito tipo 2 senza complicanze", "nl": "Diabetes mellitus type 2 zonder complicaties", "pl": "Cukrzyca insulinoniezależna bez powikłań"}),
             ("J18.9", {"es": "Neumonía, no especificada", "pt": "Pneumonia não especificada", "it": "Polmonite, non specificata", "nl": "Pneumonie, niet gespecificeerd", "pl": "Zapalenie płuc, nieokreślone"}),
             ("K80.2", {"es": "Cálculo de la vesícula biliar sin colecistitis", "pt": "Calculose da vesícula biliar sem colecistite", "it": "Calcolosi della colecisti senza colecistite", "nl": "Galsteen zonder cholecystitis", "pl": "Kamica pęcherzyka żółciowego bez zapalenia"}),
             ("S72.0", {"es": "Fractura del cuello del fémur", "pt": "Fratura do colo do fêmur", "it": "Frattura del collo del femore", "nl": "Fractuur van collum femoris", "pl": "Złamanie szyjki kości udowej"}),
             ("I10", {"es": "Hipertensión esencial (primaria)", "pt": "Hipertensão essencial (primária)", "it": "Ipertensione essenziale (primitiva)", "nl": "Essentiële hypertensie", "pl": "Samoistne (pierwotne) nadciśnienie"}),
             ("N20.0", {"es": "Cálculo del riñón", "pt": "Calculose do rim", "it": "Calcolosi del rene", "nl": "Niersteen", "pl": "Kamica nerkowa"}),
             ("F32.1", {"es": "Episodio depresivo moderado", "pt": "Episódio depressivo moderado", "it": "Episodio depressivo di media gravità", "nl": "Matige depressieve episode", "pl": "Epizod depresyjny umiarkowany"}),
             ("G35", {"es": "Esclerosis múltiple", "pt": "Esclerose múltipla", "it": "Sclerosi multipla", "nl": "Multipele sclerose", "pl": "Stwardnienie rozsiane"})]


def icd(dotless=False):
    c, desc = ch(ICD10)
    return (c.replace(".", "") if dotless else c), desc


PASS_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def passport():
    return digits(9, True) if chance(0.55) else ch("AABC") + digits(8)


DL_FORMATS = {
    "CA": lambda: ch(string.ascii_uppercase) + digits(7),
    "NY": lambda: (lambda s: ch([s, f"{s[:3]} {s[3:6]} {s[6:]}"]))(digits(9, True)),
    "FL": lambda: (lambda s: ch([s, f"{s[:4]}-{s[4:7]}-{s[7:9]}-{s[9:12]}-{s[12]}"]))(ch(string.ascii_uppercase) + digits(12)),
    "TX": lambda: digits(8, True),
    "IL": lambda: (lambda s: ch([s, f"{s[:4]}-{s[4:8]}-{s[8:]}"]))(ch(string.ascii_uppercase) + digits(11)),
    "PA": lambda: (lambda s: ch([s, f"{s[:2]} {s[2:5]} {s[5:]}"]))(digits(8, True)),
    "NJ": lambda: (lambda s: ch([s, f"{s[:5]} {s[5:10]} {s[10:]}"]))(ch(string.ascii_uppercase) + digits(14)),
    "WA": lambda: "WDL" + alnum(9),
    "MI": lambda: (lambda s: ch([s, f"{s[0]} {s[1:4]} {s[4:7]} {s[7:10]} {s[10:]}"]))(ch(string.ascii_uppercase) + digits(12)),
    "OH": lambda: alnum(2, string.ascii_uppercase) + digits(6),
    "MA": lambda: "S" + digits(8),
    "CO": lambda: (lambda s: f"{s[:2]}-{s[2:5]}-{s[5:]}")(digits(9, True)),
    "AZ": lambda: ch("ABDY") + digits(8),
    "MN": lambda: ch(string.ascii_uppercase) + digits(12),
    "GA": lambda: digits(9, True),
    "OR": lambda: digits(7, True),
    "MT": lambda: digits(13, True),
    "NC": lambda: digits(12, True),
}
STATE_NAMES = {"CA": "California", "NY": "New York", "FL": "Florida", "TX": "Texas", "IL": "Illinois", "PA": "Pennsylvania",
               "NJ": "New Jersey", "WA": "Washington", "MI": "Michigan", "OH": "Ohio", "MA": "Massachusetts", "CO": "Colorado",
               "AZ": "Arizona", "MN": "Minnesota", "GA": "Georgia", "OR": "Oregon", "MT": "Montana", "NC": "North Carolina"}


def drivers_license(st=None):
    st = st or ch(sorted(DL_FORMATS))
    return st, DL_FORMATS[st]()


# ------------------------------------------------------------------------------------ decoy makers
def imei():
    return luhn_fill(ch(["35", "35", "86", "01", "49"]) + digits(6) + digits(6))


def ean13(prefix=None):
    b = (prefix or ch(["590", "560", "840", "800", "871", "500", "400", "761"])) + digits(9)
    b = b[:12]
    return b + ean_check(b)


def upc():
    b = ch("0136") + digits(10)
    return b + upc_check(b)


def isbn13(grouped=None):
    grp = ch([("978", "83"), ("978", "84"), ("978", "85"), ("978", "88"), ("978", "90"), ("978", "0"), ("978", "1"), ("979", "10")])
    pub = digits(R.randint(2, 5), True)
    rest = 12 - len(grp[0]) - len(grp[1]) - len(pub)
    title = digits(rest)
    body = grp[0] + grp[1] + pub + title
    c = ean_check(body)
    grouped = chance(0.6) if grouped is None else grouped
    return f"{grp[0]}-{grp[1]}-{pub}-{title}-{c}" if grouped else body + c


def ups_1z():
    body = alnum(6) + ch(["01", "02", "03", "12", "13", "42"]) + digits(7)
    return "1Z" + body + ups_check(body)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = ch(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "WVW", "KMH", "1G1", "4T1", "ZFA", "SB1", "VF1"])
    v = wmi + alnum(5, VIN_CH) + "0" + ch("LMNPRST") + alnum(1, VIN_CH) + digits(6)
    v = v[:8] + vin_check(v) + v[9:]
    return v


def mac(sep=":"):
    return sep.join(hexs(2) for _ in range(6))


def cve():
    return f"CVE-{R.randint(2019, 2025)}-{R.randint(1000, 49999)}"


def version4():
    return f"{R.randint(1, 24)}.{R.randint(0, 20)}.{R.randint(0, 99)}.{R.randint(1, 250)}"


def epoch_ms(y0=2024, y1=2025):
    lo = {2023: 1672531200, 2024: 1704067200, 2025: 1735689600, 2026: 1767225600}
    return str(R.randint(lo[y0], lo[y1 + 1] - 1) * 1000 + R.randint(0, 999))


def epoch_s(y0=2024, y1=2025):
    return epoch_ms(y0, y1)[:10]


def geo(loc="any"):
    c = {"pl": (52.2297, 21.0122), "pt": (38.7223, -9.1393), "es": (40.4168, -3.7038), "it": (45.4642, 9.19),
         "nl": (52.3676, 4.9041), "us": (39.7392, -104.9903), "uk": (52.6369, -1.1398), "br": (-23.5505, -46.6333)}
    la, lo = c.get(loc, c[ch(sorted(c))])
    return f"{la + R.uniform(-0.3, 0.3):.6f}", f"{lo + R.uniform(-0.3, 0.3):.6f}"


def git_sha(n=40):
    return hexs(n)


def s3_etag(multipart=None):
    multipart = chance(0.3) if multipart is None else multipart
    return hexs(32) + (f"-{R.randint(2, 40)}" if multipart else "")


def pesel(ymd, sex):
    y, m, d = ymd
    mm = m + (20 if y >= 2000 else 0)
    s = f"{y % 100:02d}{mm:02d}{d:02d}{digits(3)}{ch('13579') if sex == 'M' else ch('02468')}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * k for c, k in zip(s, w)) % 10) % 10)


def dni_es():
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nif_pt():
    b = ch("12") + digits(7)
    c = 11 - sum(int(x) * w for x, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if c >= 10 else c)


def cpf_br():
    b = [R.randrange(10) for _ in range(9)]
    d1 = (sum(x * w for x, w in zip(b, range(10, 1, -1))) * 10) % 11 % 10
    d2 = (sum(x * w for x, w in zip(b + [d1], range(11, 1, -1))) * 10) % 11 % 10
    s = "".join(map(str, b + [d1, d2]))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def bsn():
    while True:
        s = ch("1236") + digits(8)
        if bsn_valid(s):
            return s


def codice_fiscale(p):
    cons = lambda s: [c for c in fold(s).upper() if c.isalpha() and c not in "AEIOU"]
    vow = lambda s: [c for c in fold(s).upper() if c in "AEIOU"]
    ln = (cons(p.last) + vow(p.last) + ["X"] * 3)[:3]
    fc = cons(p.first)
    fn = ([fc[0], fc[2], fc[3]] if len(fc) > 3 else (fc + vow(p.first) + ["X"] * 3)[:3])
    y, m, d = p.dob
    dd = d + (40 if p.sex == "F" else 0)
    return "".join(ln + fn) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{dd:02d}" + ch("AFHLGM") + digits(3) + ch(string.ascii_uppercase)


def nip_pl():
    while True:
        b = digits(9, True)
        c = sum(int(x) * w for x, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c != 10:
            s = b + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def aws_account():
    return digits(12, True)


def order_id():
    return ch([f"ORD-{digits(7)}", f"SO{digits(8)}", f"#{R.randint(100000, 999999)}", f"PO-{R.randint(2024, 2025)}-{digits(5)}",
               f"{alnum(3, string.ascii_uppercase)}-{digits(6)}"])


def invoice_id():
    return ch([f"INV-{R.randint(2024, 2025)}-{digits(5)}", f"FV/{R.randint(1, 12):02d}/{digits(4)}/{R.randint(2024, 2025)}",
               f"FAC{digits(6)}", f"FT {R.randint(2024, 2025)}/{digits(4)}", f"F-{digits(7)}"])


def example_email():
    return ch(["jane.doe", "john.doe", "test", "user", "alice", "bob", "qa", "demo+1", "someone", "noreply"]) + "@" + ch(
        ["example.com", "example.org", "example.net", "mail.example.com"])


def fictional_phone():
    n = f"555-01{digits(2)}"
    return ch([f"({R.randint(201, 989)}) {n}", f"{R.randint(201, 989)}-{n}", f"+1 {R.randint(201, 989)} {n.replace('-', ' ')}"])


# ------------------------------------------------------------------------------------------ people
FIRST = {
    "en": (["Everett", "Calvin", "Desmond", "Wesley", "Gideon", "Rowan", "Harlan", "Tobias", "Preston", "Mitchell", "Grady", "Elliot",
            "Colby", "Warren", "Dale", "Russell", "Franklin", "Dwayne", "Lyle", "Boyd"],
           ["Maren", "Tessa", "Delia", "Rosalind", "Harriet", "Bethany", "Colleen", "Meredith", "Audra", "Lorna", "Priscilla",
            "Winifred", "Noreen", "Lacey", "Darcy", "Tamsin", "Gwendolyn", "Marcy", "Shelby", "Corinne"]),
    "pl": (["Tomasz", "Krzysztof", "Piotr", "Grzegorz", "Łukasz", "Mariusz", "Dariusz", "Wojciech", "Bartosz", "Jarosław", "Przemysław", "Zbigniew"],
           ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Magdalena", "Ewelina", "Dorota", "Beata", "Justyna", "Zofia", "Grażyna", "Bożena"]),
    "pt": (["João", "Rui", "Tiago", "Gonçalo", "Duarte", "Rodrigo", "Nuno", "Vasco", "Sérgio", "Afonso"],
           ["Inês", "Beatriz", "Leonor", "Mariana", "Joana", "Carolina", "Raquel", "Filipa", "Marta", "Sofia"]),
    "br": (["Thiago", "Leandro", "Vinícius", "Caio", "Renato", "Gustavo", "Otávio", "Wellington"],
           ["Fernanda", "Luana", "Adriana", "Thaís", "Juliana", "Camila", "Priscila", "Gabriela"]),
    "es": (["Alejandro", "Javier", "Sergio", "Álvaro", "Iñaki", "Rubén", "Jorge", "Mateo", "Emilio", "Ignacio", "Jesús", "Aitor"],
           ["Lucía", "Nerea", "Ainhoa", "Rocío", "Pilar", "Montserrat", "Marisol", "Itziar", "Begoña", "Paloma", "Consuelo", "Yolanda"]),
    "it": (["Lorenzo", "Matteo", "Davide", "Federico", "Stefano", "Gianluca", "Alessio", "Riccardo", "Emanuele", "Salvatore", "Niccolò", "Ettore"],
           ["Chiara", "Giulia", "Federica", "Serena", "Ilaria", "Valentina", "Martina", "Elisa", "Rossella", "Beatrice", "Ornella", "Donatella"]),
    "nl": (["Sander", "Bram", "Joost", "Thijs", "Maarten", "Wouter", "Ruben", "Niels", "Jeroen", "Stijn", "Gerrit", "Pieter"],
           ["Femke", "Anouk", "Lotte", "Marloes", "Sanne", "Ilse", "Eline", "Janneke", "Mirjam", "Fleur", "Geertje", "Wilma"]),
    "vi": (["Minh", "Quang", "Huy", "Duc", "Khoa", "Tuan"], ["Linh", "Thao", "Ngoc", "Trang", "Hoa", "Phuong"]),
    "ko": (["Min-jun", "Do-yoon", "Ji-ho", "Seung-woo", "Hyun"], ["Seo-yeon", "Ha-eun", "Ye-jin", "Ji-woo", "Soo-ah"]),
    "ar": (["Omar", "Khalid", "Yusuf", "Tariq", "Samir", "Bilal"], ["Layla", "Nour", "Rania", "Yasmin", "Huda", "Salma"]),
    "ng": (["Chinedu", "Oluwaseun", "Emeka", "Tunde", "Ifeanyi", "Babajide"], ["Ngozi", "Adaeze", "Folake", "Chiamaka", "Yetunde", "Funmilayo"]),
    "ie": (["Ciarán", "Pádraig", "Seán", "Cathal", "Diarmuid"], ["Niamh", "Aoife", "Siobhán", "Gráinne", "Orla"]),
}
LAST = {
    "en": ["Whitfield", "Ashby", "Pennington", "Caldwell", "Draper", "Holloway", "Kingsley", "Merriweather", "Thorne", "Radcliffe",
           "Blackwood", "Fairbanks", "Lockhart", "Pritchard", "Sutherland", "Hargrove", "Ellsworth", "Bramley", "Cartwright", "Dunmore",
           "Whitlock", "Ogden", "Pruitt", "Tillman", "Voss", "Yardley"],
    "pl": [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Wróblewski", "Wróblewska"), ("Kamiński", "Kamińska"),
           ("Lewandowski", "Lewandowska"), ("Dąbrowski", "Dąbrowska"), ("Szymański", "Szymańska"), ("Kaczmarek", "Kaczmarek"),
           ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"), ("Pawlak", "Pawlak"), ("Sikora", "Sikora"), ("Grabowski", "Grabowska"),
           ("Jabłoński", "Jabłońska"), ("Michalak", "Michalak"), ("Wójcik", "Wójcik")],
    "pt": ["Ferreira", "Carvalho", "Gonçalves", "Rodrigues", "Sousa", "Pereira", "Almeida", "Ribeiro", "Cardoso", "Teixeira",
           "Moreira", "Azevedo", "Magalhães", "Pinto", "Mendes"],
    "br": ["Nascimento", "Barbosa", "Oliveira", "Santos", "Lima", "Araújo", "Rocha", "Cavalcanti", "Monteiro", "Farias"],
    "es": ["Echeverría", "Zubiri", "Castillo", "Navarro", "Domínguez", "Ortega", "Méndez", "Herrera", "Iglesias", "Cabrera",
           "Vallejo", "Aguirre", "Salazar", "Bustamante", "Quintana", "Garrido", "Peña", "Carrasco"],
    "it": ["Esposito", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini",
           "Lombardi", "Moretti", "Barbieri", "Fontana", "Caruso", "Ferrara", "D'Angelo"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "van der Linden", "Hendriks", "Dekker", "Brouwer", "Kuijpers", "van Leeuwen"],
    "vi": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"],
    "ko": ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Lim", "Han"],
    "ar": ["Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Darwish", "El-Amin", "Abu Zaid"],
    "ng": ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Olaniyan", "Chukwu", "Adebayo"],
    "ie": ["O'Sullivan", "Fitzgerald", "Kavanagh", "McAuliffe", "Ó Briain", "Mac Giolla Phádraig", "Brennan"],
}
LOC_ORIGINS = {
    "us": ["en"] * 8 + ["es"] * 2 + ["vi", "ko", "ar", "ng", "ie", "pl", "it", "br", "nl"],
    "uk": ["en"] * 6 + ["ie", "ie", "pl", "ng", "ar", "pt", "it"],
    "pl": ["pl"] * 9 + ["vi"], "pt": ["pt"] * 9 + ["br"], "br": ["br"] * 5 + ["pt", "it", "ar"], "es": ["es"] * 9 + ["ar"],
    "it": ["it"] * 9 + ["ar"], "nl": ["nl"] * 7 + ["ar", "ng", "pl"],
}


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return (y, m, d)


MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MON_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MON_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MON_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]


def ordinal(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(ymd, style):
    y, m, d = ymd
    f = {
        "iso": lambda: f"{y}-{m:02d}-{d:02d}", "us": lambda: f"{m:02d}/{d:02d}/{y}", "us_short": lambda: f"{m}/{d}/{y}",
        "us_2y": lambda: f"{m:02d}/{d:02d}/{y % 100:02d}", "eu": lambda: f"{d:02d}/{m:02d}/{y}", "eu_dot": lambda: f"{d:02d}.{m:02d}.{y}",
        "eu_dash": lambda: f"{d:02d}-{m:02d}-{y}", "long_en": lambda: f"{MON_EN[m - 1]} {d}, {y}", "dmy_en": lambda: f"{d} {MON_EN[m - 1]} {y}",
        "abbr": lambda: f"{d:02d}-{MON_EN[m - 1][:3]}-{y}", "gedcom": lambda: f"{d} {MON_EN[m - 1][:3].upper()} {y}",
        "compact": lambda: f"{y}{m:02d}{d:02d}", "spoken": lambda: f"{MON_EN[m - 1]} {ordinal(d)}, {y}",
        "spoken_uk": lambda: f"the {ordinal(d)} of {MON_EN[m - 1]}, {y}", "mdy_sp": lambda: f"{m:02d} {d:02d} {y}",
        "es": lambda: f"{d} de {MON_ES[m - 1]} de {y}", "pt": lambda: f"{d} de {MON_PT[m - 1]} de {y}",
        "it": lambda: f"{d} {MON_IT[m - 1]} {y}", "nl": lambda: f"{d} {MON_NL[m - 1]} {y}", "pl": lambda: f"{d} {MON_PL[m - 1]} {y}",
    }[style]
    return f()


LOC_DATE_STYLES = {"us": ["us", "us", "us_short", "long_en", "iso"], "uk": ["eu", "eu", "dmy_en", "eu_dot"],
                   "es": ["eu", "eu", "es", "eu_dash"], "pt": ["eu", "eu", "pt", "eu_dash"], "br": ["eu", "eu", "pt"],
                   "it": ["eu", "eu", "it", "eu_dot"], "nl": ["eu_dash", "eu_dash", "nl", "eu"], "pl": ["eu_dot", "eu_dot", "pl", "iso"]}


def ldate(ymd, loc):
    return fmt_date(ymd, ch(LOC_DATE_STYLES.get(loc, ["iso"])))


def other_date(loc="us", y0=2023, y1=2025, style=None):
    return fmt_date(rand_date(y0, y1), style or ch(LOC_DATE_STYLES.get(loc, ["iso"])))


US_STREET_NAMES = ["Marigold", "Quail Hollow", "Stonegate", "Bramblewood", "Juniper Ridge", "Copper Kettle", "Foxglove", "Tamarack",
                   "Ironwood", "Bluestem", "Meadowlark", "Kestrel", "Whitetail", "Old Orchard", "Ridgecrest", "Willow Bend", "Sandpiper",
                   "Prairie Wind", "Chisholm", "Buckeye", "Hickory Knoll", "Silver Maple", "Cottonwood", "Harmon Ridge", "Lantern Hill",
                   "Birchwood", "Red Fox", "Twin Oaks", "Mill Pond", "Canyon View", "Elm", "Walnut", "3rd", "14th", "Main", "Front"]
US_SUFFIX = ["Street", "St", "St.", "Avenue", "Ave", "Boulevard", "Blvd", "Road", "Rd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct",
             "Circle", "Place", "Pkwy", "Terrace", "Way", "Loop", "Run", "Trail", "Pike"]
US_CITIES = [("Duluth", "MN", "558", "218"), ("Bozeman", "MT", "597", "406"), ("Asheville", "NC", "288", "828"), ("Lafayette", "LA", "705", "337"),
             ("Flagstaff", "AZ", "860", "928"), ("Burlington", "VT", "054", "802"), ("Fresno", "CA", "937", "559"), ("Macon", "GA", "312", "478"),
             ("Ithaca", "NY", "148", "607"), ("Eugene", "OR", "974", "541"), ("Lubbock", "TX", "794", "806"), ("Peoria", "IL", "616", "309"),
             ("Akron", "OH", "443", "330"), ("Reno", "NV", "895", "775"), ("Pueblo", "CO", "810", "719"), ("Erie", "PA", "165", "814"),
             ("Sioux Falls", "SD", "571", "605"), ("Mobile", "AL", "366", "251"), ("Fort Wayne", "IN", "468", "260"), ("Provo", "UT", "846", "801"),
             ("Dayton", "OH", "454", "937"), ("Trenton", "NJ", "086", "609"), ("Lansing", "MI", "489", "517"), ("Worcester", "MA", "016", "508")]
UK_STREETS = ["Acacia Road", "Kingsley Court", "Ashgrove Avenue", "Mill Lane", "Station Road", "Beechwood Close", "Queen's Drive",
              "Thornbury Crescent", "Hollybush Way", "Victoria Terrace", "Chapel Street", "Gladstone Road"]
UK_TOWNS = ["Leicester LE2 7QT", "Derby DE22 1GB", "York YO31 7EP", "Swansea SA2 0PX", "Norwich NR4 6TJ", "Bristol BS7 8AE",
            "Stoke-on-Trent ST4 2DA", "Hull HU5 3RE", "Reading RG1 5AQ", "Carlisle CA2 4HL"]
PL_STREETS = ["Kwiatowa", "Marszałkowska", "Jana Pawła II", "Słowackiego", "Lipowa", "Ogrodowa", "Piłsudskiego", "Mickiewicza",
              "Polna", "Długa", "Wrocławska", "Grunwaldzka", "Kościuszki"]
PL_CITIES = ["00-695 Warszawa", "30-059 Kraków", "80-803 Gdańsk", "50-077 Wrocław", "61-758 Poznań", "90-418 Łódź", "20-072 Lublin",
             "40-097 Katowice", "15-062 Białystok", "35-064 Rzeszów"]
PT_STREETS = ["Rua da Prata", "Avenida da Liberdade", "Travessa do Carmo", "Rua de Santa Catarina", "Rua do Almada", "Avenida Fernão de Magalhães",
              "Rua Cândido dos Reis", "Largo do Rato", "Rua Sá da Bandeira", "Avenida de Roma"]
PT_CITIES = ["1100-420 Lisboa", "4050-123 Porto", "3000-150 Coimbra", "4700-322 Braga", "8000-138 Faro", "2750-310 Cascais", "1700-097 Lisboa"]
BR_STREETS = ["Rua Oscar Freire", "Avenida Paulista", "Rua Augusta", "Rua Haddock Lobo", "Avenida Atlântica", "Rua das Laranjeiras",
              "Rua Padre Chagas", "Avenida Sete de Setembro"]
BR_CITIES = ["01426-001 São Paulo - SP", "01310-100 São Paulo - SP", "22021-001 Rio de Janeiro - RJ", "90570-020 Porto Alegre - RS",
             "40060-001 Salvador - BA", "30130-110 Belo Horizonte - MG"]
ES_STREETS = ["Calle de Alcalá", "Avda. Diagonal", "C/ Mayor", "Calle del Doctor Fourquet", "Paseo de la Castellana", "Calle Larios",
              "Avenida de la Constitución", "Calle San Vicente Mártir", "Rúa do Franco", "Calle Portales", "Gran Vía de Colón"]
ES_CITIES = ["28009 Madrid", "08028 Barcelona", "46001 Valencia", "41004 Sevilla", "29015 Málaga", "15704 Santiago de Compostela",
             "26001 Logroño", "18009 Granada", "48009 Bilbao"]
IT_STREETS = ["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Piazza della Repubblica", "Viale Monza", "Via Roma", "Via dei Mille",
              "Corso Buenos Aires", "Via Toledo", "Via Indipendenza", "Borgo Pinti", "Via Po"]
IT_CITIES = ["20125 Milano", "00184 Roma", "10121 Torino", "80134 Napoli", "40126 Bologna", "50121 Firenze", "90133 Palermo", "16121 Genova"]
NL_STREETS = ["Keizersgracht", "Kerkstraat", "Bloemendaalseweg", "Van Baerlestraat", "Oudegracht", "Laan van Meerdervoort",
              "Herengracht", "Vismarkt", "Stationsweg", "Dorpsstraat", "Prinsengracht", "Witte de Withstraat"]
NL_CITIES = ["1016 DK Amsterdam", "3511 LK Utrecht", "2514 EA Den Haag", "9711 AB Groningen", "3012 CN Rotterdam", "2011 EV Haarlem",
             "5611 AZ Eindhoven", "6811 KC Arnhem"]


def street_line(loc):
    if loc == "us":
        n = str(R.randint(2, 29999)) if chance(0.8) else str(R.randint(100, 999))
        pre = ch(["", "", "", "", "N ", "S ", "E ", "W ", "North ", "West "])
        nm = ch(US_STREET_NAMES)
        s = f"{n} {pre}{nm} {ch(US_SUFFIX)}"
        if chance(0.3):
            s += ch([f" Apt {R.randint(1, 40)}{ch('ABCD')}", f", Apt. {R.randint(100, 999)}", f" Unit {R.randint(1, 60)}", f" #{R.randint(100, 499)}",
                     f", Suite {R.randint(100, 900)}", f" Apt {R.randint(1, 24)}"])
        return s
    if loc == "uk":
        s = f"{R.randint(1, 220)} {ch(UK_STREETS)}"
        return f"Flat {R.randint(1, 24)}, {s}" if chance(0.2) else s
    if loc == "pl":
        pre = ch(["ul. ", "ul. ", "ul. ", "al. ", "os. "])
        n = f"{R.randint(1, 180)}{ch(['', '', '', 'a', 'B'])}"
        return f"{pre}{ch(PL_STREETS)} {n}" + ch(["", f"/{R.randint(1, 120)}", f" m. {R.randint(1, 90)}", f" lok. {R.randint(1, 40)}"])
    if loc == "pt":
        return f"{ch(PT_STREETS)}, {R.randint(1, 420)}" + ch(["", f", {R.randint(1, 9)}.º Esq.", f", {R.randint(1, 9)}.º Dto.", f", r/c", f", {R.randint(1, 6)}.º"])
    if loc == "br":
        return f"{ch(BR_STREETS)}, {R.randint(10, 3999)}" + ch(["", f", apto {R.randint(11, 184)}", f", ap. {R.randint(11, 184)}", f" - bloco {ch('ABC')}"])
    if loc == "es":
        return f"{ch(ES_STREETS)} {R.randint(1, 250)}" + ch(["", f", {R.randint(1, 9)}º {ch('ABCD')}", f", {R.randint(1, 8)}º {R.randint(1, 4)}ª", ", bajo", f", esc. {ch('ABC')}, {R.randint(1, 7)}º"])
    if loc == "it":
        return f"{ch(IT_STREETS)} {R.randint(1, 210)}" + ch(["", "", f", int. {R.randint(1, 20)}", f"/{ch('ABC')}", f", scala {ch('ABC')}"])
    if loc == "nl":
        return f"{ch(NL_STREETS)} {R.randint(1, 400)}" + ch(["", "", f"-{ch(['I', 'II', 'III', 'hs'])}", f"{ch('abc')}", f" {ch(['hs', 'A', 'B'])}"])
    raise KeyError(loc)


def city_line(loc, city=None):
    if loc == "us":
        c = city or ch(US_CITIES)
        return f"{c[0]}, {c[1]} {c[2]}{digits(2)}"
    return {"uk": lambda: ch(UK_TOWNS), "pl": lambda: ch(PL_CITIES), "pt": lambda: ch(PT_CITIES), "br": lambda: ch(BR_CITIES),
            "es": lambda: ch(ES_CITIES), "it": lambda: ch(IT_CITIES), "nl": lambda: ch(NL_CITIES)}[loc]()


def exch():
    while True:
        e = f"{R.randint(2, 9)}{digits(2)}"
        if e != "555" and not e.endswith("11"):
            return e


def phone(loc="us", area=None, style=None):
    if loc == "us":
        a = area or ch([c[3] for c in US_CITIES])
        e, n = exch(), digits(4)
        style = style or ch(["paren", "paren", "dash", "dash", "dot", "intl", "intl_dash", "one_dash", "plain"])
        return {"paren": f"({a}) {e}-{n}", "dash": f"{a}-{e}-{n}", "dot": f"{a}.{e}.{n}", "intl": f"+1 {a} {e} {n}",
                "intl_dash": f"+1-{a}-{e}-{n}", "one_dash": f"1-{a}-{e}-{n}", "plain": f"{a}{e}{n}", "e164": f"+1{a}{e}{n}"}[style]
    if loc == "uk":
        if chance(0.6):
            m = f"7{ch('45789')}{digits(2)}"
            while m == "7700":
                m = f"7{ch('45789')}{digits(2)}"
            r = digits(6)
            return ch([f"+44 {m} {r}", f"0{m} {r}", f"+44 (0){m} {r}", f"0{m}{r}"])
        ac, ln = ch([("20", 8), ("161", 7), ("121", 7), ("113", 7), ("117", 7), ("1332", 6), ("1603", 6)])
        num = str(R.randint(2, 8)) + digits(ln - 1)
        if ac == "20":
            num = f"{ch('378')}{digits(3)} {digits(4)}"
        elif ln == 7:
            num = f"{R.randint(2, 8)}{digits(2)} {digits(4)}"
        return ch([f"0{ac} {num}", f"+44 {ac} {num}"])
    if loc == "pl":
        m = ch(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]) + digits(1)
        r = digits(6)
        if chance(0.2):
            return ch([f"22 {digits(3, True)} {digits(2)} {digits(2)}", f"+48 12 {digits(3, True)} {digits(2)} {digits(2)}"])
        return ch([f"+48 {m} {r[:3]} {r[3:]}", f"{m} {r[:3]} {r[3:]}", f"{m}-{r[:3]}-{r[3:]}", f"(+48) {m} {r[:3]} {r[3:]}", f"+48{m}{r}"])
    if loc == "pt":
        m = ch(["91", "92", "93", "96"]) + digits(1)
        r = digits(6)
        return ch([f"+351 {m} {r[:3]} {r[3:]}", f"{m} {r[:3]} {r[3:]}", f"{m}{r}", f"21 {digits(3, True)} {digits(4)}", f"+351 22 {digits(3, True)} {digits(4)}"])
    if loc == "br":
        ddd = ch(["11", "21", "51", "71", "31", "61"])
        return ch([f"+55 {ddd} 9{digits(4)}-{digits(4)}", f"({ddd}) 9{digits(4)}-{digits(4)}", f"({ddd}) {R.randint(2, 5)}{digits(3)}-{digits(4)}"])
    if loc == "es":
        m = ch(["6", "6", "7"]) + digits(2)
        r = digits(6)
        return ch([f"+34 {m} {r[:2]} {r[2:4]} {r[4:]}", f"{m} {r[:3]} {r[3:]}", f"{m} {r[:2]} {r[2:4]} {r[4:]}", f"91 {digits(3, True)} {digits(2)} {digits(2)}", f"+34 93 {digits(3, True)} {digits(2)} {digits(2)}"])
    if loc == "it":
        m = "3" + ch(["20", "28", "33", "35", "38", "39", "40", "47", "49"])
        return ch([f"+39 {m} {digits(3)} {digits(4)}", f"{m} {digits(7)}", f"{m}/{digits(7)}", f"06 {digits(4, True)} {digits(4)}", f"+39 02 {digits(4, True)} {digits(4)}"])
    if loc == "nl":
        r = digits(8)
        return ch([f"+31 6 {r}", f"06-{r}", f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}", f"020 {digits(3, True)} {digits(4)}", f"+31 (0)20 {digits(3, True)} {digits(4)}",
                   f"030-{digits(3, True)} {digits(4)}"])
    raise KeyError(loc)


FREEMAIL = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "proton.me", "hotmail.com", "att.net"],
            "uk": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com", "virginmedia.com"],
            "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl", "gmail.com", "gazeta.pl"], "pt": ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt"],
            "br": ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"], "es": ["hotmail.es", "gmail.com", "telefonica.net", "yahoo.es"],
            "it": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it"], "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hotmail.nl"]}


def email_for(first, last, domain):
    f = re.sub(r"[^a-z]", "", fold(first).lower())
    l_ = re.sub(r"[^a-z]", "", fold(last).lower())
    local = ch([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_[0]}{R.randint(1, 99)}", f"{l_}.{f}", f"{f}_{l_}", f"{f}.{l_}{R.randint(60, 99)}",
                f"{f[0]}.{l_}", f"{f}{R.randint(1970, 2004)}"])
    return f"{local}@{domain}"


class Person:
    def __init__(self, loc="us", origin=None, sex=None, y0=1936, y1=2006):
        self.loc = loc
        self.origin = origin or ch(LOC_ORIGINS[loc])
        self.sex = sex or ch("MF")
        self.first = ch(FIRST[self.origin][0 if self.sex == "M" else 1])
        ln = ch(LAST[self.origin])
        if isinstance(ln, tuple):
            ln = ln[0 if self.sex == "M" else 1]
        if self.origin in ("es",) and loc in ("es",) or (self.origin == "es" and chance(0.4)):
            ln2 = ch(LAST["es"])
            if ln2 != ln:
                ln = f"{ln} {ln2}"
        if self.origin in ("pt", "br") and chance(0.5):
            ln2 = ch(LAST[self.origin])
            if ln2 != ln:
                ln = f"{ln2} {ln}"
        self.last = ln
        self.mi = ch("ABCDEFGHJKLMNPRSTW")
        self.dob = rand_date(y0, y1)
        self.street = street_line(loc)
        self.cuscity = ch(US_CITIES) if loc == "us" else None
        self.city = city_line(loc, self.cuscity)
        self.phone = phone(loc, self.cuscity[3] if self.cuscity else None)
        self.email = email_for(self.first, self.last, ch(FREEMAIL[loc]))

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def name_mi(self):
        return f"{self.first} {self.mi}. {self.last}"

    def lastfirst(self, upper=False):
        s = f"{self.last}, {self.first}"
        return s.upper() if upper else s

    def dicom(self, mid=None):
        s = f"{fold(self.last).upper()}^{fold(self.first).upper()}"
        return s + (f"^{self.mi}" if (chance(0.3) if mid is None else mid) else "")

    def work_email(self, domain):
        f = re.sub(r"[^a-z]", "", fold(self.first).lower())
        l_ = re.sub(r"[^a-z]", "", fold(self.last).lower())
        return ch([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}"]) + "@" + domain


def clinician(loc="us"):
    p = Person(loc)
    p.npi = npi()
    p.dea = dea(p.last)
    return p


def public_ipv4():
    while True:
        a = ch([23, 31, 37, 45, 46, 62, 77, 78, 79, 81, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 104, 109, 141, 146, 151, 176, 178,
                185, 188, 193, 194, 195, 212, 213, 217, 24, 68, 71, 73, 98, 99, 174, 184, 34, 52, 18])
        v = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return v


def private_ipv4():
    k = R.randrange(3)
    if k == 0:
        return f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    if k == 1:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"
    return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"


def ipv6():
    pfx = ch(["2a02:a31c", "2a01:4f8", "2600:1700", "2607:fb90", "2a00:1450", "2804:14c", "2001:818", "2a02:8108", "2401:db00"])
    groups = [format(R.randint(0, 0xffff), "x") for _ in range(6)]
    if chance(0.4):
        return f"{pfx}:{groups[0]}:{groups[1]}::{groups[2]}"
    return f"{pfx}:" + ":".join(groups)


def any_ip(p6=0.15, ppriv=0.25):
    r = R.random()
    return ipv6() if r < p6 else private_ipv4() if r < p6 + ppriv else public_ipv4()


# -------------------------------------------------------------------------------------------- doc
class Doc:
    """Byte-accurate builder. Items: str (plain text), (label, value) tuples; UPPER labels are truth types,
    lowercase labels are decoy kinds, None label = plain."""

    def __init__(self, path, enc="utf-8", crlf=False, bom=False, glued_ok=False):
        self.path, self.enc, self.crlf, self.glued_ok = path, enc, crlf, glued_ok
        self.buf = bytearray(b"\xef\xbb\xbf" if bom else b"")
        self.spans, self.decoys = [], []

    @property
    def n(self):
        return len(self.buf)

    def _enc(self, s):
        if self.crlf:
            s = s.replace("\r\n", "\n").replace("\n", "\r\n")
        return s.encode(self.enc)

    def w(self, *items, esc=None):
        for it in items:
            if it is None:
                continue
            if isinstance(it, list):
                self.w(*it, esc=esc)
            elif isinstance(it, tuple):
                k, v = it
                v = str(v)
                if esc:
                    assert esc(v) == v, (self.path, v)
                assert "\n" not in v, v
                s = self.n
                self.buf += self._enc(v)
                if k is not None:
                    (self.spans if k in TYPESET else self.decoys).append((s, self.n, k, v))
            else:
                self.buf += self._enc(esc(str(it)) if esc else str(it))
        return self

    def data(self):
        return bytes(self.buf)


GENERATORS = []


def kind(count):
    def deco(fn):
        GENERATORS.append((count, fn))
        return fn
    return deco


def T(label, v):
    return (label, v)


FILLER_OPS = ["Nightly batch finished within the maintenance window.", "No action required from the customer at this stage.",
              "Follow-up scheduled for next week.", "Thanks again for your patience while we looked into this.",
              "Please keep this message for your records.", "The attached summary reflects the latest figures.",
              "Let me know if anything looks off.", "We will update the ticket once the vendor responds.",
              "Reminder: the office will be closed on the public holiday.", "Coffee machine on the 3rd floor is fixed, finally."]


# ============================================================================================ logs
UA_DESKTOP = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.95 Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15",
              "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.160 Safari/537.36 Edg/121.0.2277.128",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
              "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36",
              "curl/8.5.0", "python-requests/2.31.0", "Googlebot/2.1 (+http://www.google.com/bot.html)"]
APPS = ["NorthgateMobile", "CedarlineMyChart", "QuillSync", "TidemarkDriver"]


def ua_item(plus=False):
    """user agent; sometimes a native app UA carrying an IP-like 4-part version (decoy)"""
    if chance(0.18):
        app = ch(APPS)
        tail = ch([f" (iPhone; iOS 17.{R.randint(0, 4)}; Scale/3.00)", f" (Android 14; Pixel 8)", " CFNetwork/1490.0.4 Darwin/23.2.0"])
        if plus:
            tail = tail.replace(" ", "+")
        return [f"{app}/", ("version", version4()), tail]
    u = ch(UA_DESKTOP)
    return [u.replace(" ", "+") if plus else u]


def url_email(p, enc=None):
    e = p.email
    enc = chance(0.4) if enc is None else enc
    return (EM, e.replace("@", "%40") if enc else e)


def query_item(kind_, p, loc):
    """returns items for a query string value of a given kind"""
    if kind_ == "email":
        return [ch(["email=", "user_email=", "login=", "e="]), url_email(p), ch(["", "&src=nav", "&returnUrl=%2Fdashboard", f"&t={hexs(16)}"])]
    if kind_ == "phone":
        ph = re.sub(r"[^\d+]", "", p.phone)
        if ph.startswith("+"):
            ph = ch(["%2B" + ph[1:], ph[1:]])
        return [ch(["phone=", "mobile=", "msisdn=", "tel="]), (PH, ph), ch(["", "&channel=sms", "&lang=" + loc])]
    if kind_ == "dob":
        return [ch(["dob=", "birthDate=", "date_of_birth="]), (DOB, fmt_date(p.dob, "iso")), f"&zip={digits(5)}"]
    if kind_ == "geo":
        la, lo = geo(loc)
        return ["lat=", ("geo_coordinate", la), "&lng=", ("geo_coordinate", lo), f"&radius={R.randint(1, 50)}km"]
    if kind_ == "order":
        return ["order=", ("order_id", order_id().replace("#", "")), "&step=confirm"]
    if kind_ == "ts":
        return ["_=", ("epoch_ms", epoch_ms())]
    if kind_ == "ver":
        return ["v=", ("version", version4()), "&platform=", ch(["ios", "android", "win"])]
    if kind_ == "test":
        return ["email=", ("test_value", example_email()), "&synthetic=1"]
    if kind_ == "mrn":
        return ["mrn=", (MRN, mrn()), "&view=summary"]
    if kind_ == "card":
        return ["cardnumber=", (CC, card(style="plain")), f"&exp={R.randint(1, 12):02d}{R.randint(25, 30)}&cvv={digits(3)}"]
    if kind_ == "cardbad":
        return ["cardnumber=", ("card_bad_luhn", card_bad(style="plain")), f"&exp={R.randint(1, 12):02d}{R.randint(25, 30)}&err=invalid_number"]
    if kind_ == "testcard":
        return ["cardnumber=", ("test_value", test_card(style="plain")), f"&exp=1230&cvv=123"]
    if kind_ == "ean":
        return ["gtin=", ("ean13", ean13()), "&qty=", str(R.randint(1, 4))]
    raise KeyError(kind_)


class Clock:
    def __init__(self, y, m, d, h=0):
        self.t = ((d - 1) * 24 + h) * 3600 + R.randint(0, 600)
        self.y, self.m = y, m

    def tick(self, lo=1, hi=90):
        self.t += R.randint(lo, hi)
        return self

    def parts(self):
        d, rem = divmod(self.t, 86400)
        return self.y, self.m, d + 1, rem // 3600, rem % 3600 // 60, rem % 60

    def iis(self):
        y, m, d, hh, mm, ss = self.parts()
        return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}"

    def clf(self, tz="+0000"):
        y, m, d, hh, mm, ss = self.parts()
        return f"{d:02d}/{MON_EN[m - 1][:3]}/{y}:{hh:02d}:{mm:02d}:{ss:02d} {tz}"

    def syslog(self):
        y, m, d, hh, mm, ss = self.parts()
        return f"{MON_EN[m - 1][:3]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d}"

    def iso(self, frac=3):
        y, m, d, hh, mm, ss = self.parts()
        f = f".{digits(frac)}" if frac else ""
        return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}{f}Z"

    def fix(self):
        y, m, d, hh, mm, ss = self.parts()
        return f"{y}{m:02d}{d:02d}-{hh:02d}:{mm:02d}:{ss:02d}.{digits(3)}"


WEB_HOSTS = [("portal.northgatecu.org", "us"), ("mychart.cedarlinehealth.org", "us"), ("sklep.lipowydom.pl", "pl"),
             ("loja.ribeiramar.pt", "pt"), ("reservas.hostalcatedral.es", "es"), ("prenota.trattoriadelponte.it", "it"),
             ("mijn.fietsenmakerij.nl", "nl"), ("billing.quillandslate.com", "uk")]
PATHS_PLAIN = ["/", "/login", "/static/css/site.min.css", "/static/js/app.bundle.js", "/favicon.ico", "/api/v2/session", "/health",
               "/account/overview", "/images/logo.svg", "/api/v2/notifications", "/robots.txt", "/help/faq", "/cart", "/wp-login.php"]
PATHS_Q = {"email": ["/account/lookup", "/newsletter/subscribe", "/password/reset", "/api/v2/users/find"],
           "phone": ["/api/v1/otp/send", "/account/verify-phone", "/callback/request"], "dob": ["/api/v2/identity/verify", "/patient/lookup"],
           "geo": ["/stores/nearby", "/api/v1/track"], "order": ["/checkout/confirm", "/orders/status"], "ts": ["/api/v2/poll", "/sockjs/info"],
           "ver": ["/api/v1/app/config", "/update/check"], "test": ["/newsletter/subscribe", "/account/lookup"], "mrn": ["/patient/chart", "/api/fhir/Patient"],
           "card": ["/legacy/pay.php", "/pay/submit.asp"], "testcard": ["/legacy/pay.php"], "cardbad": ["/legacy/pay.php", "/pay/submit.asp"], "ean": ["/api/v1/catalog/item"]}
Q_WEIGHTS = ["email"] * 5 + ["phone"] * 3 + ["dob"] * 2 + ["geo"] * 2 + ["order"] * 2 + ["ts"] * 2 + ["ver"] * 2 + ["test", "mrn", "card", "testcard", "cardbad", "ean"]


@kind(10)
def iis_log(i):
    gz = i in (3, 8)
    day = 3 + i
    d = Doc(f"weblogs/iis/W3SVC{R.randint(1, 4)}/u_ex2503{day:02d}.log" + (".gz" if gz else ""), crlf=True)
    host, loc = ch(WEB_HOSTS)
    sip = private_ipv4()
    clk = Clock(2025, 3, day)
    d.w("#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: ", clk.iis(), "\n")
    d.w("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n")
    lb = private_ipv4()
    people = [Person(loc) for _ in range(12)]
    for _ in range(R.randint(70, 150)):
        clk.tick(1, 240)
        if chance(0.08):
            d.w(clk.iis(), " ", (IP, sip), " GET /health - 443 - ", (IP, lb), " ELB-HealthChecker/2.0 - 200 0 0 ", str(R.randint(0, 4)), "\n")
            continue
        p = ch(people)
        q = ["-"]
        stem = ch(PATHS_PLAIN)
        if chance(0.3):
            k = ch(Q_WEIGHTS)
            stem = ch(PATHS_Q[k])
            q = query_item(k, p, loc)
        user = "-"
        if chance(0.12):
            user = [(EM, p.work_email(host.split(".", 1)[1]))] if chance(0.5) else [f"CORP\\{fold(p.first[0] + p.last).lower().replace(' ', '')}"]
        d.w(clk.iis(), " ", (IP, sip), " ", ch(["GET", "GET", "GET", "POST"]), " ", stem, " ", q, " 443 ", user, " ", (IP, any_ip(0.2, 0.1)), " ",
            ua_item(plus=True), " ", ch(["-", f"https://{host}/", f"https://{host}/account/overview", "https://www.google.com/"]), " ",
            ch(["200"] * 8 + ["302", "304", "404", "500", "401"]), " 0 ", ch(["0", "0", "0", "64", "1236"]), " ", str(R.randint(1, 2400)), "\n")
    return d


@kind(10)
def access_log(i):
    nginx = i % 2 == 1
    host, loc = ch(WEB_HOSTS)
    d = Doc(f"weblogs/{'nginx' if nginx else 'apache2'}/{host.split('.')[1]}_access.log.{i}" + (".gz" if i == 4 else ""))
    clk = Clock(2025, R.randint(1, 3), R.randint(1, 27))
    tz = {"us": "-0500", "pl": "+0100", "pt": "+0000", "es": "+0100", "it": "+0100", "nl": "+0100", "uk": "+0000"}[loc]
    people = [Person(loc) for _ in range(15)]
    proxy = private_ipv4()
    for _ in range(R.randint(90, 180)):
        clk.tick(1, 120)
        p = ch(people)
        path = [ch(PATHS_PLAIN)]
        if chance(0.3):
            k = ch(Q_WEIGHTS)
            path = [ch(PATHS_Q[k]), "?", query_item(k, p, loc)]
        ruser = "-"
        if chance(0.05):
            ruser = (EM, p.email)
        cip = any_ip(0.15, 0.05)
        d.w((IP, proxy) if nginx and chance(0.5) else (IP, cip), " - ", ruser, " [", clk.clf(tz), "] \"", ch(["GET", "GET", "GET", "POST", "HEAD"]), " ", path,
            " HTTP/", ch(["1.1", "1.1", "2.0"]), "\" ", ch(["200"] * 9 + ["301", "302", "404", "403", "499", "502"]), " ", str(R.randint(0, 90000)),
            " \"", ch(["-", f"https://{host}/", f"https://{host}/cart", "https://www.bing.com/"]), "\" \"", ua_item(), "\"")
        if nginx:
            xff = "-" if chance(0.3) else [(IP, cip)] + ([", ", (IP, private_ipv4())] if chance(0.3) else [])
            d.w(" \"", xff, "\" rt=", f"{R.random() * 2:.3f}", " uct=\"0.000\"")
        d.w("\n")
    return d


SYSLOG_NOISE = ["systemd[1]: Started Session {n} of user deploy.", "CRON[{n}]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)",
                "systemd[1]: logrotate.service: Deactivated successfully.", "kernel: [{n}.{m}] e1000e: eth0 NIC Link is Up 1000 Mbps Full Duplex",
                "systemd-resolved[{n}]: Clock change detected. Flushing caches.", "chronyd[{n}]: Selected source 2.pool.ntp.org",
                "rsyslogd: [origin software=\"rsyslogd\" swVersion=\"8.2112.0\"] rsyslogd was HUPed", "snapd[{n}]: storehelpers.go:769: cannot refresh: snap has no updates available",
                "kernel: [{n}.{m}] audit: type=1400 audit: apparmor=\"STATUS\" operation=\"profile_replace\" name=\"/usr/bin/man\""]


@kind(8)
def syslog(i):
    rfc5424 = i % 3 == 2
    d = Doc(f"syslog/{ch(['bastion', 'mail', 'gw', 'edge'])}{i:02d}/{'messages' if i % 2 else 'syslog'}" + (".gz" if i == 5 else ""))
    clk = Clock(2025, 2, R.randint(1, 26))
    host = ch(["bastion-01", "mx2", "edge-gw", "vpn-a", "dhcp01", "app-07"])
    corp = ch(["quillandslate.com", "tidemarkfreight.com", "northgatecu.org"])
    staff = [Person(ch(["us", "uk", "pl", "nl"])) for _ in range(8)]
    for _ in range(R.randint(110, 220)):
        clk.tick(1, 200)
        if rfc5424:
            d.w(f"<{ch([13, 30, 38, 86, 4])}>1 ", clk.iso(6), f" {host} ")
        else:
            d.w(clk.syslog(), f" {host} ")
        k = R.randrange(14)
        pid = R.randint(300, 65000)
        p = ch(staff)
        if k == 0:
            d.w(f"sshd[{pid}]: Accepted publickey for {ch(['deploy', 'ansible', 'git', 'ubuntu'])} from ", (IP, any_ip(0.35, 0.3)), f" port {R.randint(1024, 65535)} ssh2: ED25519 SHA256:{base64.b64encode(R.randbytes(32)).decode()[:43]}\n")
        elif k == 1:
            d.w(f"sshd[{pid}]: Failed password for invalid user {ch(['admin', 'oracle', 'test', 'user', 'pi', 'support'])} from ", (IP, public_ipv4()), f" port {R.randint(1024, 65535)} ssh2\n")
        elif k == 2:
            d.w(f"postfix/smtp[{pid}]: {qid()}: to=<", (EM, ch(staff).email if chance(0.5) else Person(ch(["pl", "pt", "es", "it", "nl", "us"])).email), ">, relay=",
                ch(["mx.wp.pl", "gmail-smtp-in.l.google.com", "mx1.sapo.pt", "mx.libero.it", "mx.ziggo.nl"]), "[", (IP, public_ipv4()), f"]:25, delay={R.random() * 3:.2f}, delays=0.01/0/0.4/0.3, dsn=2.0.0, status=sent (250 2.0.0 OK)\n")
        elif k == 3:
            d.w(f"postfix/qmgr[{pid}]: {qid()}: from=<", (EM, p.work_email(corp)), f">, size={R.randint(900, 90000)}, nrcpt={R.randint(1, 3)} (queue active)\n")
        elif k == 4:
            d.w(f"postfix/smtpd[{pid}]: connect from unknown[", (IP, public_ipv4()), "]\n")
        elif k == 5:
            d.w(f"dhcpd[{pid}]: DHCPACK on ", (IP, private_ipv4()), " to ", ("mac_address", mac()), f" ({ch(['android-' + hexs(8), 'DESKTOP-' + alnum(7), 'iPad', 'printer-3f', 'HP' + hexs(6, True)])}) via eth1\n")
        elif k == 6:
            d.w("kernel: [UFW BLOCK] IN=eth0 OUT= MAC=", ("mac_address", mac() + ":" + mac() + ":08:00"), " SRC=", (IP, public_ipv4()), " DST=", (IP, private_ipv4()),
                f" LEN=60 TOS=0x00 PREC=0x00 TTL={R.randint(40, 120)} ID={R.randint(1, 65000)} DF PROTO=TCP SPT={R.randint(1024, 65535)} DPT={ch([22, 23, 445, 3389, 8080])} WINDOW=64240 RES=0x00 SYN URGP=0\n")
        elif k == 7:
            d.w(f"audit[{pid}]: USER_LOGIN pid={pid} uid=0 auid=", ("audit_unset_id", "4294967295"), " ses=", ("audit_unset_id", "4294967295"), " msg='op=login acct=\"root\" exe=\"/usr/sbin/sshd\" hostname=? addr=", (IP, public_ipv4()),
                " terminal=sshd res=failed' (audit(", ("epoch_seconds", epoch_s() + "." + digits(3)), f":{R.randint(100, 9999)}))\n")
        elif k == 8:
            d.w(f"openvpn[{pid}]: ", (IP, public_ipv4()), f":{R.randint(1024, 65535)} [", (EM, p.work_email(corp)), "] Peer Connection Initiated with [AF_INET]", (IP, public_ipv4()), "\n")
        elif k == 9:
            d.w(f"named[{pid}]: client @0x7f{hexs(9)} ", (IP, any_ip(0.3, 0.5)), f"#{R.randint(1024, 65535)} ({ch(['api.github.com', 'wp.pl', 'cdn.jsdelivr.net'])}): query: {ch(['api.github.com', 'wp.pl'])} IN A + (", (IP, private_ipv4()), ")\n")
        elif k == 10 and chance(0.4):
            d.w(f"ModemManager[{pid}]: <info>  [modem0] 3GPP registration state changed (searching -> home); IMEI ", ("imei", imei()), "\n")
        elif k == 11 and chance(0.3):
            d.w(f"unattended-upgrade[{pid}]: Packages that will be upgraded: openssh-server openssh-client (fixes ", ("cve_id", cve()), ", ", ("cve_id", cve()), ")\n")
        elif k == 12 and chance(0.3):
            d.w(f"dockerd[{pid}]: time=\"{clk.iso(9)}\" level=info msg=\"image pulled\" image=registry.internal/app:", ("version", version4()), " digest=sha256:", ("sha256", hexs(64)), "\n")
        else:
            d.w(ch(SYSLOG_NOISE).format(n=R.randint(100, 30000), m=digits(6)), "\n")
    return d


def qid():
    return ch("ABCDEF") + hexs(9, True)


def sid():
    return f"S-1-5-21-{R.randint(1000000000, 4294967295)}-{R.randint(1000000000, 4294967295)}-{R.randint(100000000, 4294967295)}-{R.randint(1000, 9999)}"


@kind(6)
def win_events(i):
    d = Doc(f"winevents/Security_{ch(['DC01', 'DC02', 'FS01', 'RDS03'])}_{i}.xml", crlf=True, bom=i % 3 == 0)
    clk = Clock(2025, 3, R.randint(1, 26))
    corp = ch(["quillandslate.com", "tidemarkfreight.com", "northgatecu.org", "cedarlinehealth.org"])
    dom = corp.split(".")[0][:9].upper()
    staff = [Person(ch(["us", "us", "uk", "nl", "pl"])) for _ in range(10)]
    d.w('<?xml version="1.0" encoding="utf-8"?>\n<Events>\n')
    rec = R.randint(1000000, 9000000)
    for _ in range(R.randint(30, 70)):
        clk.tick(5, 900)
        rec += R.randint(1, 40)
        ev = ch([4624, 4624, 4624, 4625, 4625, 4720, 4738, 5156, 4776])
        p = ch(staff)
        sam = (fold(p.first[0] + p.last).lower().replace(" ", "").replace("'", ""))[:20]
        d.w('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}"/>',
            f"<EventID>{ev}</EventID><Version>2</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords>",
            f'<TimeCreated SystemTime="{clk.iso(7)}"/><EventRecordID>{rec}</EventRecordID><Correlation/><Execution ProcessID="{R.randint(600, 900)}" ThreadID="{R.randint(1000, 9000)}"/>',
            f"<Channel>Security</Channel><Computer>DC01.corp.{corp}</Computer><Security/></System><EventData>")
        if ev in (4624, 4625):
            d.w('<Data Name="SubjectUserSid">S-1-5-18</Data><Data Name="TargetUserSid">', ("windows_sid", sid()), f'</Data><Data Name="TargetUserName">{sam}</Data>',
                f'<Data Name="TargetDomainName">{dom}</Data><Data Name="LogonType">{ch([2, 3, 3, 10])}</Data><Data Name="WorkstationName">{ch(["WS-", "LT-"])}{digits(4)}</Data>',
                '<Data Name="IpAddress">', (IP, public_ipv4() if ev == 4625 else any_ip(0.2, 0.7)), f'</Data><Data Name="IpPort">{R.randint(1024, 65535)}</Data>')
        elif ev in (4720, 4738):
            d.w('<Data Name="TargetUserName">', sam, '</Data><Data Name="TargetSid">', ("windows_sid", sid()), '</Data><Data Name="SamAccountName">', sam,
                '</Data><Data Name="DisplayName">', (NAME, p.name), '</Data><Data Name="UserPrincipalName">', (EM, p.work_email(corp)),
                '</Data><Data Name="HomeDirectory">-</Data><Data Name="PasswordLastSet">%%1794</Data><Data Name="PrimaryGroupId">513</Data>')
        elif ev == 5156:
            d.w(f'<Data Name="ProcessID">{R.randint(1000, 9000)}</Data><Data Name="Application">\\device\\harddiskvolume3\\windows\\system32\\svchost.exe</Data><Data Name="Direction">%%14593</Data>',
                '<Data Name="SourceAddress">', (IP, private_ipv4()), f'</Data><Data Name="SourcePort">{R.randint(1024, 65535)}</Data><Data Name="DestAddress">', (IP, any_ip(0.2, 0.2)),
                f'</Data><Data Name="DestPort">{ch([443, 53, 389, 445])}</Data><Data Name="Protocol">6</Data>')
        else:
            d.w(f'<Data Name="PackageName">MICROSOFT_AUTHENTICATION_PACKAGE_V1_0</Data><Data Name="TargetUserName">{sam}</Data><Data Name="Workstation">WS-{digits(4)}</Data><Data Name="Status">0x0</Data>')
        d.w("</EventData></Event>\n")
    d.w("</Events>\n")
    return d


def flat(items):
    out = []
    for it in items:
        if isinstance(it, list):
            out.extend(flat(it))
        elif it is not None:
            out.append(it)
    return out


def plain(items):
    return "".join(x if isinstance(x, str) else x[1] for x in flat(items))


# =========================================================================================== DICOM
HOSP_US = [("Cedarline Regional Medical Center", "CRMC", "1140 Harmon Ridge Rd", "Flagstaff, AZ 86001", "cedarlinehealth.org"),
           ("Prairie Wind Orthopedic & Imaging", "PWOI", "2270 Bluestem Pkwy", "Sioux Falls, SD 57108", "prairiewindortho.com"),
           ("St. Brigid Community Hospital", "SBCH", "85 Lantern Hill Road", "Burlington, VT 05401", "stbrigidvt.org"),
           ("Tamarack Valley Imaging Center", "TVIC", "4410 Canyon View Dr, Suite 120", "Reno, NV 89523", "tamarackimaging.com")]
HOSP_UK = [("Kingsmead University Hospitals NHS Trust", "KUH", "14 Infirmary Square", "Leicester LE1 5WW", "kingsmead.nhs.uk"),
           ("Fernhill General Hospital", "FGH", "210 Uttoxeter Road", "Derby DE22 3NE", "fernhill.nhs.uk")]
STUDIES = [("CT", "CT CHEST W/O CONTRAST", "CTImageStorage"), ("MR", "MRI BRAIN W/WO CONTRAST", "MRImageStorage"),
           ("CR", "XR CHEST 2 VIEWS", "ComputedRadiographyImageStorage"), ("US", "US ABDOMEN COMPLETE", "UltrasoundImageStorage"),
           ("DX", "XR KNEE 3 VIEWS RIGHT", "DigitalXRayImagePresentationStorage"), ("MG", "MAMMO SCREENING BILATERAL", "DigitalMammographyXRayImagePresentationStorage")]


def dicom_uid(root=None):
    root = root or ch(["1.2.840.113619.2.55.3", "1.3.12.2.1107.5.1.4", "1.2.392.200036.9116.2.6.1.48", "1.2.826.0.1.3680043.8.498"])
    return f"{root}.{R.randint(100000, 9999999)}.{R.randint(100, 999)}.{epoch_s()}.{R.randint(1, 999)}"


def dcm(d, tag, vr, items, name, vm=1, ind=""):
    items = flat(items if isinstance(items, list) else [items])
    txt = plain(items)
    if not txt:
        d.w(f"{ind}({tag}) {vr} (no value available)", " " * 20, f"#   0, 0 {name}\n")
        return
    n = len(txt.encode())
    n += n % 2
    d.w(f"{ind}({tag}) {vr} [", items, "]", " " * max(1, 38 - len(txt) - len(ind)), f"# {n:3d}, {vm} {name}\n")


@kind(16)
def dicom_dump(i):
    uk = i % 8 in (3, 5, 7)
    loc = "uk" if uk else "us"
    hosp = ch(HOSP_UK if uk else HOSP_US)
    p = Person(loc, y0=1932, y1=2015)
    mod, desc, sop = ch(STUDIES)
    if mod == "MG":
        p.sex = "F"
    d = Doc(f"imaging/{hosp[1].lower()}/{mod}_{R.randint(100000, 999999)}_hdr.txt")
    study_uid, series_uid = dicom_uid(), dicom_uid()
    sdate = rand_date(2024, 2025)
    refdoc, tech = Person("us" if not uk else "uk"), Person("us" if not uk else "uk")
    pid = mrn() if not uk else f"{hosp[1][0]}{digits(7)}"
    acc = f"A{sdate[0]}{sdate[1]:02d}{sdate[2]:02d}-{digits(4)}"
    utf8 = not p.name.isascii()
    ninst = R.randint(1, 3)
    for k in range(ninst):
        d.w(f"# dcmdump -M IM{k + 1:04d}.dcm\n\n# Dicom-File-Format\n\n# Dicom-Meta-Information-Header\n# Used TransferSyntax: Little Endian Explicit\n")
        d.w("(0002,0000) UL 196                                      #   4, 1 FileMetaInformationGroupLength\n",
            "(0002,0001) OB 00\\01                                    #   2, 1 FileMetaInformationVersion\n")
        d.w(f"(0002,0002) UI ={sop}", " " * max(1, 40 - len(sop)), f"#  26, 1 MediaStorageSOPClassUID\n")
        inst = dicom_uid()
        dcm(d, "0002,0003", "UI", [("dicom_uid", inst)], "MediaStorageSOPInstanceUID")
        d.w("(0002,0010) UI =LittleEndianExplicit                    #  20, 1 TransferSyntaxUID\n",
            "(0002,0012) UI [1.2.276.0.7230010.3.0.3.6.8]            #  28, 1 ImplementationClassUID\n",
            "(0002,0013) SH [OFFIS_DCMTK_368]                        #  16, 1 ImplementationVersionName\n\n# Dicom-Data-Set\n# Used TransferSyntax: Little Endian Explicit\n")
        dcm(d, "0008,0005", "CS", "ISO_IR 192" if utf8 else "ISO_IR 100", "SpecificCharacterSet")
        dcm(d, "0008,0008", "CS", "ORIGINAL\\PRIMARY\\AXIAL", "ImageType", 3)
        d.w(f"(0008,0016) UI ={sop}", " " * max(1, 40 - len(sop)), f"#  26, 1 SOPClassUID\n")
        dcm(d, "0008,0018", "UI", [("dicom_uid", inst)], "SOPInstanceUID")
        dcm(d, "0008,0020", "DA", [("date_of_service", fmt_date(sdate, "compact"))], "StudyDate")
        dcm(d, "0008,0030", "TM", f"{R.randint(7, 19):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}.000", "StudyTime")
        dcm(d, "0008,0050", "SH", [("accession_number", acc)], "AccessionNumber")
        dcm(d, "0008,0060", "CS", mod, "Modality")
        dcm(d, "0008,0070", "LO", ch(["GE MEDICAL SYSTEMS", "SIEMENS", "Philips", "FUJIFILM Corporation", "Canon Medical Systems"]), "Manufacturer")
        dcm(d, "0008,0080", "LO", hosp[0], "InstitutionName")
        if chance(0.6):
            dcm(d, "0008,0081", "ST", [(ADDR, hosp[2]), ", " + hosp[3]] if any(c.isdigit() for c in hosp[2]) else hosp[2] + ", " + hosp[3], "InstitutionAddress")
        dcm(d, "0008,0090", "PN", [(NAME, refdoc.dicom(False))], "ReferringPhysicianName")
        dcm(d, "0008,1010", "SH", f"{mod}{R.randint(1, 4):02d}", "StationName")
        dcm(d, "0008,1030", "LO", desc, "StudyDescription")
        if chance(0.5):
            dcm(d, "0008,1048", "PN", [(NAME, Person(loc).dicom(False))], "PhysiciansOfRecord")
        dcm(d, "0008,1070", "PN", [(NAME, tech.dicom(False))], "OperatorsName")
        if k == 0 and chance(0.7):
            c, meaning = icd()
            d.w("(0008,1084) SQ (Sequence with explicit length #=1)      # 120, 1 AdmittingDiagnosesCodeSequence\n",
                "  (fffe,e000) na (Item with explicit length #=3)          # 112, 1 Item\n")
            dcm(d, "0008,0100", "SH", [(ICD, c)], "CodeValue", ind="    ")
            dcm(d, "0008,0102", "SH", [("coding_scheme_designator", ch(["I10", "I10", "ICD10CM"]))], "CodingSchemeDesignator", ind="    ")
            dcm(d, "0008,0104", "LO", meaning[:64], "CodeMeaning", ind="    ")
            d.w("  (fffe,e00d) na (ItemDelimitationItem for re-encoding)  #   0, 0 ItemDelimitationItem\n",
                "(fffe,e0dd) na (SequenceDelimitationItem for re-encod.) #   0, 0 SequenceDelimitationItem\n")
        dcm(d, "0010,0010", "PN", [(NAME, p.dicom())], "PatientName")
        dcm(d, "0010,0020", "LO", [(MRN, pid)], "PatientID")
        dcm(d, "0010,0021", "LO", hosp[1], "IssuerOfPatientID")
        dcm(d, "0010,0030", "DA", [(DOB, fmt_date(p.dob, "compact"))], "PatientBirthDate")
        dcm(d, "0010,0040", "CS", p.sex, "PatientSex")
        if uk:
            d.w("(0010,1002) SQ (Sequence with explicit length #=1)      #  34, 1 OtherPatientIDsSequence\n",
                "  (fffe,e000) na (Item with explicit length #=2)          #  26, 1 Item\n")
            dcm(d, "0010,0020", "LO", [(NHS, nhs("plain"))], "PatientID", ind="    ")
            dcm(d, "0010,0021", "LO", "NHS", "IssuerOfPatientID", ind="    ")
            d.w("  (fffe,e00d) na (ItemDelimitationItem for re-encoding)  #   0, 0 ItemDelimitationItem\n",
                "(fffe,e0dd) na (SequenceDelimitationItem for re-encod.) #   0, 0 SequenceDelimitationItem\n")
        elif chance(0.3):
            dcm(d, "0010,1000", "LO", [(MRN, mrn())], "OtherPatientIDs")
        age = sdate[0] - p.dob[0]
        dcm(d, "0010,1010", "AS", f"{age:03d}Y", "PatientAge")
        dcm(d, "0010,1030", "DS", str(R.randint(45, 120)), "PatientWeight")
        if chance(0.55):
            dcm(d, "0010,1040", "LO", [(ADDR, fold(p.street).upper()), ", " + fold(p.city).upper()], "PatientAddress")
        if chance(0.5):
            dcm(d, "0010,2154", "SH", [(PH, re.sub(r"[^\d+]", "", p.phone) if chance(0.5) else p.phone)], "PatientTelephoneNumbers")
        if chance(0.5):
            c1, _ = icd()
            dcm(d, "0010,21b0", "LT", [ch(["Hx ", "h/o ", "PMH: "]), (ICD, c1), ch([", smoker", "; prior study outside", ". r/o pneumonia", ""])], "AdditionalPatientHistory")
        dcm(d, "0018,1000", "LO", [("device_serial", f"{R.randint(10000, 99999)}{alnum(3)}")], "DeviceSerialNumber")
        dcm(d, "0018,1020", "LO", [("version", version4())], "SoftwareVersions")
        dcm(d, "0020,000d", "UI", [("dicom_uid", study_uid)], "StudyInstanceUID")
        dcm(d, "0020,000e", "UI", [("dicom_uid", series_uid)], "SeriesInstanceUID")
        dcm(d, "0020,0010", "SH", str(R.randint(1000, 9999)), "StudyID")
        dcm(d, "0020,0013", "IS", str(k + 1), "InstanceNumber")
        if chance(0.6):
            dcm(d, "0032,1032", "PN", [(NAME, refdoc.dicom(False))], "RequestingPhysician")
        dcm(d, "0040,0244", "DA", [("date_of_service", fmt_date(sdate, "compact"))], "PerformedProcedureStepStartDate")
        d.w("(7fe0,0010) OW 0000\\0000\\0000\\0000\\0000\\0000\\0000\\0000... # 524288, 1 PixelData\n\n")
    return d


# ========================================================================================== GEDCOM
GED_PLACES = {"pl": ["Tarnów, Małopolskie, Polska", "Nowy Sącz, Małopolskie, Polska", "Łomża, Podlaskie, Polska"],
              "it": ["Avellino, Campania, Italia", "Caltanissetta, Sicilia, Italia", "Udine, Friuli, Italia"],
              "pt": ["Viseu, Portugal", "Ponta Delgada, Açores, Portugal", "Braga, Portugal"],
              "nl": ["Zierikzee, Zeeland, Nederland", "Leeuwarden, Friesland, Nederland", "Deventer, Overijssel, Nederland"],
              "en": ["Cork, Ireland", "Liverpool, Lancashire, England", "Dundee, Angus, Scotland"],
              "us": ["Fresno, California, USA", "Erie, Pennsylvania, USA", "Akron, Ohio, USA", "Duluth, Minnesota, USA"]}


def ged_name(d, p, lvl=1):
    d.w(f"{lvl} NAME ", (NAME, f"{p.first} /{p.last}/"), "\n", f"{lvl + 1} GIVN ", (NAME, p.first), "\n", f"{lvl + 1} SURN ", (NAME, p.last), "\n")


@kind(8)
def gedcom(i):
    origin = ["pl", "it", "pt", "nl", "en", "pl", "it", "nl"][i]
    fam = ch(LAST[origin])
    fam_m = fam[0] if isinstance(fam, tuple) else fam
    d = Doc(f"genealogy/{fold(fam_m).lower().replace(' ', '_').replace(chr(39), '')}_tree_{i}.ged", crlf=i % 2 == 0)
    sub = Person(ch(["us", "us", "uk", "nl", "pl"]))
    d.w("0 HEAD\n1 SOUR ", ch(["RootsMagic", "GRAMPS", "FTM", "PAF"]), "\n2 VERS ", f"{R.randint(5, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}", "\n1 DATE ",
        ("file_export_date", fmt_date(rand_date(2024, 2025), "gedcom")), "\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n1 SUBM @U1@\n")
    d.w("0 @U1@ SUBM\n")
    ged_name(d, sub)
    d.w("1 ADDR ", (ADDR, sub.street), "\n2 CONT ", sub.city, "\n1 PHON ", (PH, sub.phone), "\n1 EMAIL ", (EM, sub.email), "\n")
    indis = []
    n = R.randint(8, 16)
    for k in range(n):
        born = rand_date(1880 + k * 4, 1900 + k * 6)
        p = Person("us", origin=origin if k < n // 2 else ch([origin, "en"]))
        if isinstance(fam, tuple):
            p.last = fam[0] if p.sex == "M" else fam[1]
        elif k % 3 != 2:
            p.last = fam
        p.dob = born
        indis.append(p)
        d.w(f"0 @I{k + 1}@ INDI\n")
        ged_name(d, p)
        d.w(f"1 SEX {p.sex}\n1 BIRT\n2 DATE ", (DOB, fmt_date(born, "gedcom")), "\n2 PLAC ", ch(GED_PLACES.get(origin, GED_PLACES["en"]) + GED_PLACES["us"]), "\n")
        if chance(0.4):
            d.w("1 CHR\n2 DATE ", ("baptism_date", fmt_date((born[0], born[1], min(born[2] + R.randint(3, 12), 28)), "gedcom")), "\n2 PLAC St. Mary's Church\n")
        dead = born[0] < 1950 or chance(0.3)
        if dead:
            dd = rand_date(max(born[0] + 30, 1940), 2024)
            d.w("1 DEAT\n2 DATE ", ("death_date", fmt_date(dd, "gedcom")), "\n")
            if chance(0.5):
                d.w("1 BURI\n2 DATE ", ("burial_date", fmt_date((dd[0], dd[1], min(dd[2] + 3, 28)), "gedcom")), "\n2 PLAC ", ch(["Holy Cross Cemetery", "Calvary Cemetery", "Oakwood Cemetery"]), "\n")
            if born[0] > 1890 and chance(0.5):
                d.w("1 SSN ", (SSN, ssn("dash")), "\n")
        if chance(0.35):
            d.w("1 RESI\n2 ADDR ", (ADDR, street_line("us")), "\n3 CITY ", ch(US_CITIES)[0], "\n3 CTRY USA\n")
        if chance(0.3):
            d.w(f"1 OCCU {ch(['Machinist', 'Seamstress', 'Farmer', 'Schoolteacher', 'Railroad clerk', 'Nurse', 'Baker'])}\n")
        if chance(0.25):
            d.w("1 NATU\n2 DATE ", ("naturalization_date", fmt_date(rand_date(born[0] + 20, born[0] + 45), "gedcom")), "\n")
        if chance(0.2):
            d.w("1 NOTE Family story: the farm cooperative was born out of the 1931 drought; founded ", ("non_birth_date", fmt_date(rand_date(1925, 1935), "gedcom")), ".\n")
        d.w("1 CHAN\n2 DATE ", ("record_change_date", fmt_date(rand_date(2019, 2025), "gedcom")), f"\n3 TIME {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}\n")
    for k in range(0, len(indis) - 1, 3):
        d.w(f"0 @F{k // 3 + 1}@ FAM\n1 HUSB @I{k + 1}@\n1 WIFE @I{k + 2}@\n")
        if k + 3 <= len(indis):
            d.w(f"1 CHIL @I{k + 3}@\n")
        d.w("1 MARR\n2 DATE ", ("marriage_date", fmt_date(rand_date(1900 + k * 4, 1925 + k * 6), "gedcom")), "\n")
    d.w("0 TRLR\n")
    return d


# ====================================================================================== iCalendar
CORPS = [("Quill & Slate Ltd", "quillandslate.com", "uk"), ("Tidemark Freight LLC", "tidemarkfreight.com", "us"),
         ("Northgate Credit Union", "northgatecu.org", "us"), ("Vectorhaus B.V.", "vectorhaus.nl", "nl"),
         ("Lipowy Dom Sp. z o.o.", "lipowydom.pl", "pl"), ("Ribeira Mar Lda.", "ribeiramar.pt", "pt"),
         ("Bluequarry Analytics Inc.", "bluequarry.io", "us"), ("Trattoria del Ponte S.r.l.", "trattoriadelponte.it", "it")]


def ics_line(d, items, width=75):
    cur = 0
    for it in flat(items):
        if isinstance(it, str):
            s = it
            while s:
                room = width - cur
                if room <= 0:
                    d.w("\n ")
                    cur = 1
                    continue
                take = s[:room]
                while len(take.encode()) > room:
                    take = take[:-1]
                d.w(take)
                cur += len(take.encode())
                s = s[len(take):]
        else:
            L = len(it[1].encode())
            if cur + L > width and cur > 1:
                d.w("\n ")
                cur = 1
            d.w(it)
            cur += L
    d.w("\n")


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def ics_ts(ymd, h=None, m=0):
    return f"{ymd[0]}{ymd[1]:02d}{ymd[2]:02d}T{(h if h is not None else R.randint(8, 17)):02d}{m:02d}00Z"


@kind(8)
def ics_invite(i):
    corp, dom, loc = ch(CORPS)
    d = Doc(f"calendar/{ch(['invite', 'meeting', 'appointment'])}_{i:02d}.ics", crlf=True)
    d.w("BEGIN:VCALENDAR\n", ch(["PRODID:-//Google Inc//Google Calendar 70.9054//EN\n", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\n",
                                 "PRODID:-//Apple Inc.//macOS 14.3//EN\n"]), "VERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n")
    for _ in range(R.randint(1, 4)):
        day = rand_date(2025, 2025)
        h = R.randint(7, 16)
        kind_ = ch(["meeting", "interview", "clinic", "advisor", "showing"])
        org = Person(loc)
        d.w("BEGIN:VEVENT\n", f"DTSTART:{ics_ts(day, h)}\nDTEND:{ics_ts(day, h, 30)}\nDTSTAMP:{ics_ts(day, 6)}\n")
        ics_line(d, ["ORGANIZER;CN=", (NAME, org.name), ":mailto:", (EM, org.work_email(dom))])
        uidv = f"{alnum(26, string.ascii_lowercase + string.digits)}@google.com" if chance(0.5) else f"040000008200E00074C5B7101A82E008{hexs(40, True)}"
        ics_line(d, ["UID:", ("ical_uid", uidv)])
        atts = [Person(ch([loc, loc, "us", "uk", "es", "pl"])) for _ in range(R.randint(1, 5))]
        for a in atts:
            em = a.work_email(dom) if chance(0.5) else a.email
            if chance(0.2):
                cn = [(EM, em)]
            else:
                cn = ['"', (NAME, a.lastfirst()), '"'] if chance(0.25) else [(NAME, a.name)]
            ics_line(d, ["ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=", ch(["REQ-PARTICIPANT", "OPT-PARTICIPANT"]), ";PARTSTAT=", ch(["NEEDS-ACTION", "ACCEPTED", "TENTATIVE"]),
                         ";RSVP=TRUE;CN=", cn, ";X-NUM-GUESTS=0:mailto:", (EM, em)])
        if kind_ == "interview":
            cand = Person(ch(["us", "uk", "pt", "it"]))
            summ = ["SUMMARY:Interview - ", (NAME, cand.name), " (", ch(["Senior Analyst", "Data Engineer", "Payroll Specialist"]), ")"]
            desc = ["DESCRIPTION:Candidate: ", (NAME, cand.name), "\\nPhone: ", (PH, cand.phone), "\\nCV attached in Greenhouse. Panel: ",
                    (NAME, atts[0].first), "\\, ", (NAME, org.first), ".\\nJoin: https://meet.google.com/", alnum(3, string.ascii_lowercase), "-",
                    alnum(4, string.ascii_lowercase), "-", alnum(3, string.ascii_lowercase)]
            locn = ["LOCATION:Google Meet"]
        elif kind_ == "clinic":
            pt = Person("us")
            doc = clinician("us")
            summ = ["SUMMARY:Follow-up: ", (NAME, pt.lastfirst()), " w/ Dr. ", (NAME, doc.last)]
            c, _ = icd()
            desc = ["DESCRIPTION:Pt ", (NAME, pt.name), " (MRN ", (MRN, mrn()), "\\, DOB ", (DOB, fmt_date(pt.dob, "us")), ")\\nReason: f/u ", (ICD, c),
                    "\\nCallback ", (PH, pt.phone), "\\nPlease arrive 15 min early."]
            hs = ch(HOSP_US)
            locn = ["LOCATION:", ics_esc(hs[0]), "\\, ", (ADDR, hs[2].replace(",", "\\,")) if "," not in hs[2] else ics_esc(hs[2]), "\\, ", ics_esc(hs[3])]
        elif kind_ == "advisor":
            cl = Person(loc if loc in ("us", "uk") else "us")
            summ = ["SUMMARY:Account review - ", (NAME, cl.name)]
            desc = ["DESCRIPTION:Member ", (NAME, cl.name), " wants to consolidate savings. Member no. ", ("member_number", digits(7)),
                    "\\nBest number: ", (PH, cl.phone), "\\nEmail: ", (EM, cl.email)]
            locn = ["LOCATION:Branch office - ", (ADDR, street_line("us")), "\\, ", ics_esc(city_line("us"))]
        elif kind_ == "showing":
            buyer = Person("us")
            st = street_line("us")
            summ = ["SUMMARY:Showing ", (ADDR, ics_esc(st)) if ics_esc(st) == st else ("listing_ref", f"MLS {digits(8)}"), " - buyer ", (NAME, buyer.last)]
            desc = ["DESCRIPTION:Lockbox code ", ("lockbox_code", digits(4)), ". Buyer cell ", (PH, buyer.phone), ". Pre-approval letter on file."]
            locn = ["LOCATION:", (ADDR, ics_esc(st)) if ics_esc(st) == st else "see MLS"]
        else:
            summ = ["SUMMARY:", ch(["Q2 planning", "Vendor onboarding sync", "Payroll cutover", "Weekly ops review", "Incident review ", ])]
            desc = ["DESCRIPTION:Hi all\\,\\n\\nAgenda in the doc. Dial-in: ", (PH, phone(loc)), " PIN ", f"{digits(3)} {digits(3)} {digits(2)}#",
                    "\\nNotes from last time: ", ch(["budget approved", "cutover moved", "no blockers"]), "\\n\\n-- ", (NAME, org.first)]
            if chance(0.3):
                desc += ["\\nSample record for the demo: ", ("test_value", example_email())]
            locn = ["LOCATION:", ch(["Conference Room 4B", "Teams", "Zoom", "Boardroom (2nd floor)"])]
        ics_line(d, summ)
        ics_line(d, desc)
        ics_line(d, locn)
        d.w(f"SEQUENCE:{R.randint(0, 3)}\nSTATUS:CONFIRMED\nTRANSP:OPAQUE\n")
        if chance(0.5):
            d.w("BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:Reminder\nTRIGGER:-P0DT0H15M0S\nEND:VALARM\n")
        d.w("END:VEVENT\n")
    d.w("END:VCALENDAR\n")
    return d


# ============================================================================================= mbox
def msgid(dom=None):
    dom = dom or ch(["mail.gmail.com", "PR3P191MB1234.EURP191.PROD.OUTLOOK.COM", "smtp.wp.pl", "mx.sapo.pt", "BY5PR11MB4180.namprd11.prod.outlook.com"])
    return f"<{('CA' + alnum(20, string.ascii_letters + string.digits + '+_')) if 'gmail' in dom else hexs(8) + '.' + hexs(12)}@{dom}>"


def weekday(ymd):
    import datetime
    return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][datetime.date(*ymd).weekday()]


def rfc2822(ymd, h=None):
    y, m, dd = ymd
    return f"{weekday(ymd)}, {dd} {MON_EN[m - 1][:3]} {y} {h if h is not None else R.randint(7, 22):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} {ch(['+0000', '+0100', '-0500', '-0800'])}"


def mbox_from_date(ymd):
    y, m, dd = ymd
    return f"{weekday(ymd)} {MON_EN[m - 1][:3]} {dd:2d} {R.randint(7, 22):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} {y}"


def signature(p, corp, dom, loc):
    lines = [["-- "], [(NAME, p.name), " | ", ch(["People Operations", "Accounts Payable", "Customer Care", "Practice Manager", "Tax Associate", "Office Manager"])]]
    lines.append([corp])
    if chance(0.7):
        lines.append([(ADDR, street_line(loc if loc in ("us", "uk", "pl", "pt", "es", "it", "nl") else "us")), ", ", city_line(loc if loc != "br" else "pt")])
    lines.append([ch(["T ", "Tel: ", "Phone: ", "o: "]), (PH, phone(loc))] + ([ch([" | M ", " | cell: ", " / mob. "]), (PH, phone(loc))] if chance(0.5) else []))
    if chance(0.5):
        lines.append([(EM, p.work_email(dom))])
    if chance(0.4):
        lines += [[""], ["CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain"],
                  ["information that is privileged or confidential. If you received it in error please delete it."]]
    return lines


def body_onboarding(emp, hr):
    st, dl = drivers_license(ch(["CA", "NY", "FL", "IL", "NJ", "WA", "MI", "PA", "TX"]))
    ab, ac = aba(), bank_account()
    L = [["Hi ", (NAME, hr.first), ","], [""], ["Here is the info for the onboarding packet, sorry for the delay."], [""],
         ["Legal name: ", (NAME, emp.name_mi)], ["Date of birth: ", (DOB, fmt_date(emp.dob, ch(["us", "long_en", "us_short"])))],
         ["SSN: ", (SSN, ssn())] if chance(0.8) else ["ITIN (no SSN yet): ", (ITIN, itin())],
         ["Home address: ", (ADDR, emp.street), ", ", emp.city], ["Cell: ", (PH, emp.phone)], [""]]
    if chance(0.5):
        L += [["For the I-9 I'll bring my ", STATE_NAMES[st], " driver's license (", (DL, dl), ") and my passport, no. ", (PASS, passport()), "."]]
    else:
        L += [["For the I-9: US passport ", (PASS, passport()), ", expires ", ("document_expiry_date", other_date("us", 2027, 2034)), "."]]
    L += [[""], ["Direct deposit - ", ch(["Chase", "Wells Fargo", "Northgate Credit Union", "US Bank", "PNC"]), " checking, routing ", (ABA, ab), ", account ", (ACCT, ac), "."],
          ["Voided check attached (check no. ", ("check_number", str(R.randint(1001, 4999))), ")."], [""], ["Thanks!"], [(NAME, emp.first)]]
    return L


def body_vendor(vend, ap, corp):
    cc = ch(["PL", "PT", "ES", "IT", "NL", "DE", "FR", "BE"])
    ib = iban_raw(cc)
    L = [["Dear ", ch(["Accounts Payable team", (NAME, ap.name)]), ","], [""],
         ["Please note that our bank details have changed with effect from ", ("effective_date", other_date("uk", 2025, 2025)), "."],
         ["Kindly update your vendor master before paying invoice ", ("invoice_id", invoice_id()), " and ", ("invoice_id", invoice_id()), "."], [""],
         ["  Beneficiary: ", corp], ["  IBAN: ", (IBAN, fmt_iban(ib))], ["  BIC/SWIFT: ", (BIC, bic(iban_value=ib))], [""]]
    if chance(0.4):
        L += [["(the old account ", (IBAN, fmt_iban(iban_raw(cc))), " will be closed at month end)"]]
    if chance(0.4):
        L += [["Our previous remittance advice had a typo - ", ("iban_bad_checksum", iban_bad(cc)), " is NOT valid, please ignore it."]]
    if chance(0.5):
        L += [["Our W-9 is attached; federal EIN ", (EIN, ein()), "."]]
    L += [[""], ["For verification call ", (NAME, vend.name), " on ", (PH, vend.phone), " (do not use numbers from the e-mail footer of unknown senders)."], [""], ["Kind regards,"]]
    return L


def body_referral(pt, doc_from, doc_to):
    c1, d1 = icd()
    c2, d2 = icd()
    if pt.loc == "uk":
        return [["Dear Dr ", (NAME, doc_to.last), ","], [""],
                ["Re: ", (NAME, pt.name), ", DOB ", (DOB, fmt_date(pt.dob, "eu")), ", NHS no. ", (NHS, nhs())] + ([", hospital no. ", (MRN, f"K{digits(7)}")] if chance(0.5) else []),
                ["Thank you for seeing this patient with ", d1.lower(), " (", (ICD, c1), "). Bloods from ", ("date_of_service", other_date("uk", 2025, 2025)), " attached."],
                ["Home address: ", (ADDR, pt.street), ", ", pt.city, "; mobile ", (PH, pt.phone), "."], [""], ["Kind regards,"], ["Dr ", (NAME, doc_from.name)],
                ["GP, Riverside Medical Practice"], [""], ["Correction: the NHS number quoted in our previous letter (", ("nhs_bad_checksum", nhs_bad()), ") was mistyped."]]
    L = [["Dr. ", (NAME, doc_to.last), ","], [""],
         ["Referring ", (NAME, pt.name), " (DOB ", (DOB, fmt_date(pt.dob, "us")), ", MRN ", (MRN, mrn()), ") for evaluation."],
         ["Problem list: ", (ICD, c1), " ", d1.lower(), "; ", (ICD, c2), " ", d2.lower(), "."],
         ["Last visit ", ("date_of_service", other_date("us", 2025, 2025)), ", labs attached. Patient prefers calls at ", (PH, pt.phone), "."],
         ["Insurance: Medicare, MBI ", (MBI, mbi())] if chance(0.5) else ["Insurance: commercial, member ID ", ("member_id", f"{alnum(3, string.ascii_uppercase)}{digits(9)}")],
         [""], ["Thanks,"], [(NAME, doc_from.name), ", MD  NPI ", (NPI, doc_from.npi)] + ([" DEA ", (DEA, doc_from.dea)] if chance(0.5) else [])]
    return L


def body_order(cust, shop):
    isb = isbn13()
    L = [[f"Hi ", (NAME, cust.first), ","], [""], ["Good news - your order ", ("order_id", order_id()), " from ", shop, " has shipped!"], [""],
         ["  1 x Hardcover, ISBN ", ("isbn13", isb)], ["  1 x Ceramic mug, EAN ", ("ean13", ean13())],
         ["  Paid with card ending ", ("masked_card", f"**** **** **** {digits(4)}")], [""],
         ["Ship to:"], ["  ", (NAME, cust.name)], ["  ", (ADDR, cust.street)], ["  ", cust.city], [""],
         ["UPS tracking: ", ("ups_tracking", ups_1z())], ["Questions? Reply to this e-mail or call ", ("test_value", fictional_phone()) if chance(0.3) else (PH, phone("us")), "."]]
    return L


def body_security(user, corp):
    la, lo = geo(ch(["pl", "nl", "us", "pt"]))
    L = [["Hello ", (NAME, user.first), ","], [""], ["We noticed a new sign-in to your ", corp, " account."], [""],
         ["  IP address: ", (IP, any_ip(0.3, 0))], ["  Approx. location: ", ("geo_coordinate", la), ", ", ("geo_coordinate", lo)],
         ["  Device: ", ch(["Chrome on Windows", "Safari on iPhone", "Firefox on Linux"]), ", app build ", ("version", version4())], [""],
         ["If this was you, no action is needed. Otherwise reset your password."],
         ["This release also patches ", ("cve_id", cve()), "."]]
    return L


def body_tax(cl, preparer):
    dep = Person("us", y0=2008, y1=2020)
    L = [["Hi ", (NAME, preparer.first), ","], [""], ["Answers to your questionnaire:"],
         ["- Me: ", (NAME, cl.name), ", SSN ", (SSN, ssn())], ["- Spouse: ", (NAME, Person("us").first), ", ITIN ", (ITIN, itin())],
         ["- Dependent: ", (NAME, dep.first), " born ", (DOB, fmt_date(dep.dob, "us")), ", SSN ", (SSN, ssn())],
         ["- Employer EIN from my W-2: ", (EIN, ein())], ["- Refund by direct deposit: routing ", (ABA, aba()), " / acct ", (ACCT, bank_account())],
         ["- New address since June: ", (ADDR, cl.street)], [""], ["I tried the portal with your sample login ", ("test_value", example_email()), " but it bounced."], [""], ["Thanks, ", (NAME, cl.first)]]
    return L


@kind(12)
def mbox(i):
    corp, dom, loc = ch(CORPS)
    d = Doc(f"mail/{fold(ch(['inbox', 'archive', 'hr', 'ap', 'clinic', 'support']))}_{i:02d}.mbox" + (".gz" if i == 7 else ""))
    for _ in range(R.randint(4, 9)):
        typ = ch(["onboarding", "vendor", "referral", "order", "security", "tax", "onboarding", "vendor"])
        a = Person(loc if loc in ("us", "uk") else ch([loc, "us"]))
        b = Person(loc if loc in ("us", "uk") else ch([loc, "us"]))
        if typ == "onboarding":
            a, b = Person("us"), Person("us")
            body, subj = body_onboarding(a, b), "onboarding paperwork + direct deposit"
        elif typ == "vendor":
            body, subj = body_vendor(a, b, ch(CORPS)[0]), "Change of bank details / Zmiana rachunku"
        elif typ == "referral":
            rl = "uk" if chance(0.4) else "us"
            a, b = clinician(rl), clinician(rl)
            body, subj = body_referral(Person(rl, y0=1930, y1=2000), a, b), "Referral"
        elif typ == "order":
            body, subj = body_order(b, ch(["Copperleaf Books", "Hearthstone Goods"])), "Your order has shipped"
        elif typ == "security":
            body, subj = body_security(b, corp), "New sign-in to your account"
        else:
            a, b = Person("us"), Person("us")
            body, subj = body_tax(a, b), "tax questionnaire"
        day = rand_date(2025, 2025)
        ae = a.email if typ in ("onboarding", "tax") else a.work_email(dom)
        be = b.work_email(dom) if typ in ("onboarding", "tax") else b.email
        thread = [(a, ae, b, be, body, subj)]
        if chance(0.6):
            reply = [["Thanks ", (NAME, a.first), ", got it. One question below."], [""],
                     ["On ", rfc2822(day), ", ", (NAME, a.name), " <", (EM, ae), "> wrote:"]] + [["> "] + ln if ln != [""] else [">"] for ln in body]
            thread.append((b, be, a, ae, reply + [[""]] + signature(b, corp, dom, loc), "Re: " + subj))
        for frm, fe, to, te, bd, sj in thread:
            d.w("From ", (EM, fe), " ", mbox_from_date(day), "\n")
            d.w("Return-Path: <", (EM, fe), ">\n")
            d.w("Received: from ", ch(["mail-ed1-f54.google.com", "mail-wr1-f41.google.com", "smtpo.poczta.interia.pl", "EUR05-AM6-obe.outbound.protection.outlook.com"]),
                " (", ch(["mail-ed1-f54.google.com", "unknown"]), " [", (IP, public_ipv4()), "])\n        by mx.", dom, " (Postfix) with ESMTPS id ", qid(), "\n        for <", (EM, te), ">; ", rfc2822(day), "\n")
            if chance(0.3):
                d.w("X-Originating-IP: [", (IP, any_ip(0.2, 0.3)), "]\n")
            d.w("Message-ID: ", ("message_id", msgid()), "\nDate: ", rfc2822(day), "\n")
            d.w("From: ", (NAME, frm.name), " <", (EM, fe), ">\n")
            d.w("To: ", ['"', (NAME, to.lastfirst()), '"'] if chance(0.3) else (NAME, to.name), " <", (EM, te), ">\n")
            if chance(0.3):
                cc = Person(loc if loc in ("us", "uk") else "us")
                d.w("Cc: ", (EM, cc.work_email(dom)), "\n")
            d.w("Subject: ", sj, "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n")
            for ln in bd:
                d.w(ln, "\n")
            if not sj.startswith("Re:"):
                d.w("\n")
                for ln in signature(frm, corp, dom, loc):
                    d.w(ln, "\n")
            d.w("\n")
    return d


# ============================================================================================== FIX
SOH = "\x01"
BANK_NAMES_US = ["JPMORGAN CHASE BANK NA", "WELLS FARGO BANK NA", "US BANK NA", "PNC BANK NA", "NORTHGATE CREDIT UNION", "FIFTH THIRD BANK"]


def lei():
    base = alnum(4, string.digits + string.ascii_uppercase[:6]) + "00" + alnum(12)
    n = int("".join(str(int(c, 36)) for c in base + "00"))
    return base + f"{98 - n % 97:02d}"


def fix_write(d, fields, delim, clk, seq, sender, target):
    """fields: list of (tag, items). Header 8/9/35/49/56/34/52 and trailer 10 are computed (SOH for length/checksum)."""
    msgtype = fields[0]
    rest = fields[1:]
    hdr = [("35", msgtype), ("49", sender), ("56", target), ("34", str(seq)), ("52", clk.fix())]
    allf = hdr + rest
    body = "".join(f"{t}={plain(flat(v if isinstance(v, list) else [v]))}{SOH}" for t, v in allf)
    blen = len(body.encode())
    head = f"8=FIX.4.4{SOH}9={blen}{SOH}"
    cks = sum((head + body).encode()) % 256
    d.w(f"8=FIX.4.4{delim}9={blen}{delim}")
    for t, v in allf:
        d.w(f"{t}=", v if isinstance(v, list) else [v], delim)
    d.w(f"10={cks:03d}{delim}")


@kind(8)
def fix_log(i):
    delim = SOH if i % 2 == 0 else "|"
    d = Doc(f"trading/fix/{ch(['BROKERX', 'NGCU-OMS', 'QSLATE'])}-{ch(['EXCHY', 'PRIME1', 'CUSTODY'])}.{'messages' if delim == SOH else 'pretty'}.{i}.log")
    clk = Clock(2025, R.randint(1, 3), R.randint(1, 27), 8)
    sender, target = ch(["BROKERX", "NGCUOMS", "QSLATE"]), ch(["EXCHY", "PRIMEONE", "CUSTODYA"])
    seq = R.randint(1, 500)
    d.w(clk.fix(), f": Session FIX.4.4:{sender}->{target} schedule is daily, 07:00:00-UTC - 22:00:00-UTC\n")
    d.w(clk.fix(), ": Connecting to ", (IP, private_ipv4() if chance(0.5) else public_ipv4()), f" on port {R.randint(9000, 9999)}\n")
    d.w(clk.fix(), ": Initiated logon request\n")
    for _ in range(R.randint(25, 60)):
        clk.tick(1, 300)
        seq += 1
        k = R.randrange(10)
        d.w(clk.fix(), ": ")
        if k < 4:
            f = ["D", ("1", [("brokerage_account", f"{digits(8, True)}")]), ("11", [("order_id", f"CL{digits(10)}")]), ("21", "1"),
                 ("38", str(R.randint(1, 50) * 100)), ("40", "2"), ("44", f"{R.uniform(5, 900):.2f}"), ("54", ch("12")),
                 ("55", ch(["AAPL", "MSFT", "ASML", "PKN", "EDP", "ENI", "SAN", "INGA"])), ("59", "0"), ("60", clk.fix()),
                 ("453", "2"), ("448", [(BIC, bic())]), ("447", "B"), ("452", "1"), ("448", [("lei", lei())]), ("447", "N"), ("452", "3")]
        elif k < 7:
            f = ["8", ("37", [("order_id", f"O{digits(9)}")]), ("11", [("order_id", f"CL{digits(10)}")]), ("17", f"E{hexs(12, True)}"), ("150", "F"),
                 ("39", ch("12")), ("55", ch(["AAPL", "MSFT", "ASML"])), ("54", "1"), ("38", "500"), ("32", "200"), ("31", f"{R.uniform(5, 900):.2f}"),
                 ("14", "200"), ("151", "300"), ("6", f"{R.uniform(5, 900):.4f}"), ("60", clk.fix())]
        elif k < 9:
            us = chance(0.5)
            p = Person("us" if us else ch(["pl", "pt", "es", "it", "nl"]))
            if us:
                dist = [("498", ch(BANK_NAMES_US)), ("499", [(ABA, aba())]), ("500", [(ACCT, bank_account())]), ("502", [(NAME, p.name.upper())])]
            else:
                ib = iban_raw({"pl": "PL", "pt": "PT", "es": "ES", "it": "IT", "nl": "NL"}[p.loc])
                dist = [("498", ch(["BANK POLSKA KASA OPIEKI", "CAIXA GERAL DE DEPOSITOS", "CAIXABANK", "UNICREDIT", "ING BANK NV"])),
                        ("499", [(BIC, bic(iban_value=ib))]), ("500", [(IBAN, ib)]), ("502", [(NAME, fold(p.name).upper())])]
            f = ["o", ("513", f"REG{digits(7)}"), ("514", "0"), ("1", [("brokerage_account", digits(8, True))]), ("493", "Individual"), ("473", "1"),
                 ("509", [(NAME, p.name)]), ("511", [(EM, p.email)]), ("474", [(ADDR, p.street), ", " + p.city]), ("522", "1"),
                 ("486", [(DOB, fmt_date(p.dob, "compact"))]), ("475", "US" if us else p.loc.upper())]
            if us:
                f += [("539", "1"), ("524", [(SSN, ssn("plain"))] if chance(0.7) else [(ITIN, itin("plain"))]), ("525", "6"), ("538", "24")]
            f += [("510", "1"), ("477", "1"), ("512", "100"), ("478", "USD" if us else "EUR")] + dist
            if chance(0.3):
                f += [("58", ["Client called from ", (PH, p.phone), " to confirm; ops contact ", (NAME, Person("us").first)])]
        else:
            f = ["0"]
        fix_write(d, f, delim, clk, seq, sender, target)
        d.w("\n")
    d.w(clk.tick().fix(), ": Received logout request\n", clk.fix(), ": Disconnecting\n")
    return d


# ============================================================================================ MT940
def mt_wrap(d, items, width=65):
    cur = 0
    for it in flat(items):
        s = it if isinstance(it, str) else None
        if s is None:
            L = len(it[1])
            if cur + L > width and cur > 0:
                d.w("\n")
                cur = 0
            d.w(it)
            cur += L
            continue
        while s:
            room = width - cur
            if room <= 0:
                d.w("\n")
                cur = 0
                continue
            d.w(s[:room])
            cur += len(s[:room])
            s = s[room:]
    d.w("\n")


def mt_amount(x):
    return f"{x:.2f}".replace(".", ",")


@kind(10)
def mt940(i):
    variant = ["nl", "nl", "pl", "pt", "es", "it", "de", "us", "us", "pl_tilde"][i]
    glued = variant in ("de", "pl_tilde")
    d = Doc(f"banking/mt940/{variant}_stmt_{i:02d}.sta", crlf=True, glued_ok=glued)
    cc = {"nl": "NL", "pl": "PL", "pt": "PT", "es": "ES", "it": "IT", "de": "DE", "us": "US", "pl_tilde": "PL"}[variant]
    own_iban = iban_raw(cc) if cc != "US" else None
    own_bic = bic(cc, own_iban) if own_iban else bic("US")
    for st in range(R.randint(1, 3)):
        if glued:
            d.w("{1:F01", (BIC, own_bic[:8]), "AXXX", digits(10), "}{2:O940", digits(10), "N}{4:\n")
        d.w(":20:", f"940S{digits(6)}", "\n")
        if own_iban:
            d.w(":25:", (IBAN, own_iban) if variant != "de" else [(BIC, own_bic[:8]), "/", ("de_account_number", digits(10, True))], "\n")
        else:
            d.w(":25:", (ACCT, bank_account()), "\n")
        bal = R.uniform(1000, 90000)
        cur = "USD" if cc == "US" else ("PLN" if cc == "PL" else "EUR")
        y, m, dd = rand_date(2025, 2025)
        d.w(f":28C:{R.randint(1, 300):05d}/{st + 1}\n:60F:C{y % 100:02d}{m:02d}{dd:02d}{cur}{mt_amount(bal)}\n")
        for _ in range(R.randint(6, 16)):
            amt = R.uniform(5, 4000)
            dc = ch("CD")
            bal += amt if dc == "C" else -amt
            d.w(f":61:{y % 100:02d}{m:02d}{dd:02d}{m:02d}{dd:02d}{dc}{mt_amount(amt)}N{ch(['TRF', 'MSC', 'CHK', 'DDT'])}NONREF//", ("bank_reference", digits(12)), "\n:86:")
            p = Person({"nl": "nl", "pl": "pl", "pt": "pt", "es": "es", "it": "it", "de": "nl", "us": "us", "pl_tilde": "pl"}[variant])
            if variant == "nl":
                ib = iban_raw(ch(["NL", "NL", "BE", "DE"]))
                mt_wrap(d, ["/TRTP/SEPA OVERBOEKING/IBAN/", (IBAN, ib), "/BIC/", (BIC, bic(iban_value=ib)), "/NAME/", (NAME, p.name),
                            "/REMI/USTD//", ch(["Factuur ", "Huur ", "Termijn "]), ("invoice_id", invoice_id()), "/EREF/NOTPROVIDED"])
            elif variant == "pl":
                ib = iban_raw("PL")
                mt_wrap(d, ["PRZELEW PRZYCHODZĄCY ", (NAME, fold(p.name).upper()), " ", (ADDR, fold(p.street).upper()), " RACHUNEK ", (IBAN, fmt_iban(ib, True)),
                            " TYTUŁEM ", ("invoice_id", invoice_id())])
            elif variant == "pl_tilde":
                ib = iban_raw("PL")
                d.w(f"{ch(['020', '034', '152'])}~00{ch(['VE02', 'IBCP', 'PZ01'])}~20", ("invoice_id", invoice_id()), "~21~22~23~24~25~30", ("pl_bank_sort_code", ib[4:12]), "~31", ("non_us_account_number", ib[12:]),
                    "~32", (NAME, fold(p.first).upper()), "~33", (NAME, fold(p.last).upper()), "~38", (IBAN, ib), "~62", (ADDR, fold(p.street).upper()), "~63~60\n")
            elif variant == "pt":
                ib = iban_raw("PT")
                mt_wrap(d, ["TRF DE ", (NAME, p.name.upper()), " IBAN ", (IBAN, fmt_iban(ib, False)), " REF ", ch(["RENDA ", "QUOTA ", "FATURA "]), ("invoice_id", invoice_id())])
            elif variant == "es":
                ib = iban_raw("ES")
                mt_wrap(d, ["TRANSFERENCIA DE ", (NAME, p.name.upper()), ", CONCEPTO ", ch(["ALQUILER ", "RECIBO ", "FACTURA "]), ("invoice_id", invoice_id()), " CUENTA ORDENANTE ", (IBAN, fmt_iban(ib, True))])
            elif variant == "it":
                ib = iban_raw("IT")
                mt_wrap(d, ["BONIFICO A VOSTRO FAVORE DA: ", (NAME, p.name.upper()), " IBAN ORD. ", (IBAN, ib), " CAUS. ", ch(["SALDO FATTURA ", "AFFITTO "]), ("invoice_id", invoice_id())])
            elif variant == "de":
                ib = iban_raw("DE")
                d.w(f"{ch(['166', '152', '105'])}?00SEPA-UEBERWEISUNG?100931?20EREF+NOTPROVIDED?21SVWZ+Rechnung ", ("invoice_id", invoice_id()), "?30", (BIC, bic("DE")),
                    "?31", (IBAN, ib), "?32", (NAME, fold(p.name)) if len(fold(p.name)) <= 27 else (NAME, fold(p.last)), "?34997\n")
            else:
                mt_wrap(d, ["ORIG CO NAME:", ch(["GUSTO", "ADP PAYROLL", "IRS TREAS 310", "VENMO", "ZELLE"]), " ORIG ID:", ("ach_company_id", "9" + digits(9)),
                            " DESC DATE:", f"{y % 100:02d}{m:02d}{dd:02d}", " CO ENTRY DESCR:", ch(["PAYROLL", "TAX REF", "CASHOUT"]), " SEC:PPD TRACE#:",
                            ("ach_trace_number", digits(15)), " IND NAME:", (NAME, fold(p.name).upper()) if len(p.name) <= 22 else (NAME, fold(p.last).upper())])
        d.w(f":62F:C{y % 100:02d}{m:02d}{dd:02d}{cur}{mt_amount(abs(bal))}\n")
        if glued:
            d.w("-}\n")
    return d


# ======================================================================================= COBOL
def cobol_field(kind_, p, ctx):
    if kind_ == "custno":
        return None, digits(8)
    if kind_ == "last":
        return NAME, fold(p.last).upper()
    if kind_ == "first":
        return NAME, fold(p.first).upper()
    if kind_ == "mi":
        return None, p.mi
    if kind_ == "ssn":
        return SSN, ssn("plain")
    if kind_ == "tin":
        return ctx["tin"]
    if kind_ == "dlst":
        return None, ctx["dl"][0]
    if kind_ == "dl":
        return DL, ctx["dl"][1].replace(" ", "")
    if kind_ == "tintype":
        return None, ctx["tintype"]
    if kind_ == "dob":
        return DOB, fmt_date(p.dob, "compact")
    if kind_ == "addr":
        return ADDR, fold(p.street).upper().replace(".", "")
    if kind_ == "city":
        return None, p.cuscity[0].upper()
    if kind_ == "st":
        return None, p.cuscity[1]
    if kind_ == "zip":
        return None, p.cuscity[2] + digits(2)
    if kind_ == "phone":
        return PH, re.sub(r"\D", "", p.phone)[-10:]
    if kind_ == "opendate":
        return "account_open_date", fmt_date(rand_date(1995, 2024), "compact")
    if kind_ == "hiredate":
        return "hire_date", fmt_date(rand_date(min(p.dob[0] + 18, 2024), 2025), "compact")
    if kind_ == "bal":
        return "zoned_decimal_amount", digits(10) + ch("{ABCDEFGHI}JKLMNOPQR")
    if kind_ == "status":
        return None, ch("AAAACD")
    if kind_ == "empid":
        return None, "E" + digits(5)
    if kind_ == "ach_name":
        return NAME, fold(f"{p.last} {p.first}").upper()
    if kind_ == "aba":
        return ABA, aba()
    if kind_ == "acct":
        return ACCT, bank_account()
    if kind_ == "accttype":
        return None, ch(["22", "32"])
    if kind_ == "pay":
        return "zero_padded_amount", f"{R.randint(40000, 900000):09d}"
    if kind_ == "vendid":
        return None, "V" + digits(6)
    if kind_ == "vendname":
        return ctx["vendname"]
    if kind_ == "pan":
        return ctx["pan"]
    if kind_ == "exp":
        return "card_expiry", f"{R.randint(1, 12):02d}{R.randint(25, 30)}"
    if kind_ == "emboss":
        return NAME, fold(p.name).upper()
    if kind_ == "limit":
        return "zero_padded_amount", f"{R.randint(5, 250) * 100:09d}"
    raise KeyError(kind_)


COBOL_LAYOUTS = {
    "CUSTMAST": [("CM-CUST-NO", "9(08)", 8, "custno"), ("CM-LAST-NAME", "X(20)", 20, "last"), ("CM-FIRST-NAME", "X(15)", 15, "first"),
                 ("CM-MID-INIT", "X(01)", 1, "mi"), ("CM-SSN", "9(09)", 9, "ssn"), ("CM-BIRTH-DATE", "9(08)", 8, "dob"),
                 ("CM-ADDR-LINE-1", "X(34)", 34, "addr"), ("CM-CITY", "X(16)", 16, "city"), ("CM-STATE", "X(02)", 2, "st"), ("CM-ZIP", "9(05)", 5, "zip"),
                 ("CM-HOME-PHONE", "9(10)", 10, "phone"), ("CM-DL-STATE", "X(02)", 2, "dlst"), ("CM-DL-NUMBER", "X(16)", 16, "dl"), ("CM-OPEN-DATE", "9(08)", 8, "opendate"), ("CM-CUR-BAL", "S9(9)V99", 11, "bal"), ("CM-STATUS", "X(01)", 1, "status")],
    "PAYACH": [("PA-EMP-ID", "X(06)", 6, "empid"), ("PA-INDV-NAME", "X(24)", 24, "ach_name"), ("PA-TIN-TYPE", "X(01)", 1, "tintype"), ("PA-TIN", "9(09)", 9, "tin"),
               ("PA-BIRTH-DATE", "9(08)", 8, "dob"), ("PA-HIRE-DATE", "9(08)", 8, "hiredate"), ("PA-RDFI-ROUTING", "9(09)", 9, "aba"),
               ("PA-DFI-ACCT", "X(17)", 17, "acct"), ("PA-TRAN-CODE", "9(02)", 2, "accttype"), ("PA-NET-PAY", "9(7)V99", 9, "pay")],
    "VEND1099": [("VM-VEND-ID", "X(07)", 7, "vendid"), ("VM-VEND-NAME", "X(30)", 30, "vendname"), ("VM-TIN-TYPE", "X(01)", 1, "tintype"), ("VM-TIN", "9(09)", 9, "tin"),
                 ("VM-REMIT-ADDR", "X(34)", 34, "addr"), ("VM-CITY", "X(16)", 16, "city"), ("VM-STATE", "X(02)", 2, "st"), ("VM-ZIP", "9(05)", 5, "zip"),
                 ("VM-PHONE", "9(10)", 10, "phone"), ("VM-RDFI-ROUTING", "9(09)", 9, "aba"), ("VM-DFI-ACCT", "X(17)", 17, "acct")],
    "CARDMAST": [("CD-PAN", "X(19)", 19, "pan"), ("CD-EXPIRY", "9(04)", 4, "exp"), ("CD-EMBOSS-NAME", "X(26)", 26, "emboss"), ("CD-CR-LIMIT", "9(09)", 9, "limit"),
                 ("CD-BILL-ADDR", "X(34)", 34, "addr"), ("CD-ZIP", "9(05)", 5, "zip"), ("CD-PHONE", "9(10)", 10, "phone"), ("CD-STATUS", "X(01)", 1, "status")],
}


@kind(8)
def cobol_extract(i):
    layout = ["CUSTMAST", "PAYACH", "VEND1099", "CARDMAST", "CUSTMAST", "PAYACH", "VEND1099", "CARDMAST"][i]
    fields = COBOL_LAYOUTS[layout]
    d = Doc(f"mainframe/{layout}.D25{R.randint(100, 365)}.{'G' + digits(4) + 'V00'}.txt")
    lrecl = sum(w + 1 for _, _, w, _ in fields) - 1
    d.w("      *================================================================*\n",
        f"      * {layout:8s} - {'EXTRACT FOR DATA LAKE LOAD':40s}         *\n",
        f"      *   LRECL={lrecl:<4d} RECFM=FB   FIELDS SEPARATED BY 1-BYTE FILLER     *\n",
        "      *================================================================*\n",
        f"       01  {layout[:2]}-RECORD.\n")
    for nm, pic, w, _ in fields:
        d.w(f"           05  {nm:22s} PIC {pic}.\n           05  FILLER                 PIC X(01).\n")
    d.w("      *----------------------------------------------------------------*\n")
    n = R.randint(40, 90)
    for _ in range(n):
        p = Person("us")
        while p.cuscity is None:
            p = Person("us")
        ctx = {"dl": drivers_license()}
        if chance(0.15):
            ctx["tintype"] = "I"
            ctx["tin"] = (ITIN, itin("plain"))
        else:
            ctx["tintype"] = "S"
            ctx["tin"] = (SSN, ssn("plain"))
        if layout == "VEND1099":
            if chance(0.5):
                ctx["vendname"] = (None, ch(["TIDEMARK FREIGHT LLC", "BLUEQUARRY ANALYTICS INC", "COPPER KETTLE CATERING", "IRONWOOD HVAC SERVICES", "HARMON RIDGE PLUMBING CO"]))
                ctx["tintype"], ctx["tin"] = "E", (EIN, ein(dash=False))
            else:
                ctx["vendname"] = (NAME, fold(p.name).upper())
        if layout == "CARDMAST":
            ctx["pan"] = ("test_value", test_card("plain")) if chance(0.07) else ("card_bad_luhn", card_bad("plain")) if chance(0.07) else (CC, card_raw())
        recs = []
        for nm, pic, w, k in fields:
            lab, v = cobol_field(k, p, ctx)
            if len(v) > w:
                v = v[:w].rstrip()
                if lab == ADDR and not any(c.isdigit() for c in v):
                    lab = None
            recs.append((lab, v, w, pic.startswith("9") or pic.startswith("S")))
        for j, (lab, v, w, num) in enumerate(recs):
            pad = " " * (w - len(v))
            if num and not lab:
                v = v.rjust(w, "0")
                pad = ""
            d.w((lab, v) if lab else v, pad)
            if j < len(recs) - 1:
                d.w(" ")
        d.w("\n")
    d.w(f"TRL{n:08d} HASH ", ("batch_hash_total", digits(15, True)), "\n")
    return d


# ====================================================================================== PDF text
def words_of(items):
    out, cur = [], []
    for it in flat(items):
        if isinstance(it, str):
            parts = it.split(" ")
            for j, pt in enumerate(parts):
                if pt:
                    cur.append(pt)
                if j < len(parts) - 1 and cur:
                    out.append(cur)
                    cur = []
        else:
            cur.append(it)
    if cur:
        out.append(cur)
    return out


LIG = [("fi", "\ufb01"), ("fl", "\ufb02"), ("ff", "\ufb00")]


def ligate(s):
    for a, b in LIG:
        if a in s and chance(0.5):
            s = s.replace(a, b)
    return s


def para(d, items, width=78, hyph=0.5, lig=0.0, indent="", noise=None):
    """wrap a paragraph; spans are never split; long plain words may be hyphenated across lines"""
    line_len = len(indent)
    d.w(indent)
    first = True
    for wd in words_of(items):
        wl = len(plain(wd))
        if not first and line_len + 1 + wl > width:
            if len(wd) == 1 and isinstance(wd[0], str) and wl > 7 and chance(hyph) and width - line_len - 2 >= 3:
                cut = max(3, min(width - line_len - 2, wl - 3))
                s = wd[0]
                d.w(" ", s[:cut], "-\n", indent)
                wd = [s[cut:]]
                line_len = len(indent)
                first = True
                wl = len(s) - cut
            else:
                d.w("\n", indent)
                line_len = len(indent)
                first = True
        if not first:
            d.w(" ")
            line_len += 1
        for it in wd:
            if isinstance(it, str):
                if lig and chance(lig):
                    it = ligate(it)
                if noise:
                    it = noise(it)
            d.w(it)
        line_len += wl
        first = False
    d.w("\n")


def page_break(d, page, total, header):
    d.w("\n", " " * R.randint(30, 40), f"Page {page} of {total}\n\f")
    d.w(header)


def cols(d, left, right, width=44):
    d.w(left, " " * max(2, width - len(plain(flat(left)))), right, "\n")


@kind(30)
def pdf_text(i):
    k = ["msn", "discharge", "uk_letter", "bank", "pdmp", "aco"][i % 6]
    ext = ch([".txt", ".pdf.txt", "_pdftotext.txt"])
    if k == "msn":
        p = Person("us", y0=1935, y1=1959)
        d = Doc(f"pdftext/medicare/MSN_{fold(p.last).replace(' ', '')}_{i:02d}{ext}")
        mb = mbi(True)
        hdr = ["Medicare Summary Notice for Part B (Medical Insurance)", " " * 6, ("document_date", other_date("us", 2025, 2025, "long_en")), "\n"]
        d.w(hdr, "\n", (NAME, p.name.upper()), "\n", (ADDR, p.street.upper()), "\n", p.city.upper(), "\n\n")
        cols(d, ["Medicare Number: ", ("masked_mbi", "XXXX-XX" + mb[7:])], ["Customer Service Information"])
        cols(d, ["This notice is for ", (NAME, p.name), " and"], ["Ask questions: 1-800-MEDICARE"])
        cols(d, ["the dates ", ("claim_period_date", other_date("us", 2025, 2025, "us")), "-", ("claim_period_date", other_date("us", 2025, 2025, "us"))], ["(", (PH, "1-800-633-4227"), ")"])
        d.w("\n")
        para(d, ["THE AMOUNT YOU MAY BE BILLED for these claims is shown in the table. Your provider's claim was processed and the beneficiary liability is calculated under the",
                 " Medicare fee schedule; if you have a supplemental policy, ﬁle a copy of this notice with them."], lig=0.5)
        pages = R.randint(2, 3)
        for pg in range(2, pages + 1):
            page_break(d, pg - 1, pages, ["Page header: ", (NAME, p.name), "   Medicare Number ", (MBI, mb) if chance(0.5) else ("masked_mbi", "XXXX-XX" + mb[7:]), "\n\n"])
            for _ in range(R.randint(2, 4)):
                doc = clinician("us")
                c, desc = icd()
                cols(d, ["Claim number ", ("claim_number", digits(13, True))], ["Provider NPI ", (NPI, doc.npi)], 40)
                cols(d, ["Service date ", ("date_of_service", other_date("us", 2025, 2025, "us"))], [(NAME, f"{doc.first} {doc.last}"), ", MD"], 40)
                d.w(f"    99214  Office/outpatient visit est      ${R.randint(90, 300)}.00   ${R.randint(40, 120)}.{digits(2)}   ${R.randint(5, 40)}.{digits(2)}\n")
                d.w("    Dx: ", (ICD, c), "  ", desc[:50], "\n\n")
        d.w("\nIf you have questions, call ", (NAME, p.first), "'s plan at ", (PH, "1-800-633-4227"), " or visit medicare.gov.\n")
    elif k == "discharge":
        p = Person("us", y0=1930, y1=2004)
        att = clinician("us")
        hs = ch(HOSP_US)
        m = mrn()
        d = Doc(f"pdftext/discharge/{hs[1]}_DC_{m}{ext}")
        hdr = [hs[0].upper(), "\n", "DISCHARGE SUMMARY", " " * 20, "Patient: ", (NAME, p.lastfirst(True)), "  MRN: ", (MRN, m), "  DOB: ", (DOB, fmt_date(p.dob, "us")), "\n",
               "-" * 78, "\n"]
        d.w(hdr)
        adm = rand_date(2024, 2025)
        cols(d, ["Admission date: ", ("admission_date", fmt_date(adm, "us"))], ["Discharge date: ", ("discharge_date", fmt_date((adm[0], adm[1], min(adm[2] + R.randint(1, 6), 28)), "us"))])
        cols(d, ["Attending: ", (NAME, att.name), ", MD"], ["NPI: ", (NPI, att.npi)])
        cols(d, ["Address: ", (ADDR, p.street)], [p.city])
        cols(d, ["Phone: ", (PH, p.phone)], ["Emergency contact: ", (NAME, Person("us").name)])
        cols(d, ["Payer: ", "Medicare Part A/B" if p.dob[0] < 1960 or chance(0.3) else "Commercial PPO"],
             ["MBI: ", (MBI, mbi())] if p.dob[0] < 1960 or chance(0.3) else ["Member ID: ", ("member_id", f"{alnum(3, string.ascii_uppercase)}{digits(9)}")])
        d.w("\nPRINCIPAL DIAGNOSIS\n")
        c, desc = icd()
        d.w("  ", (ICD, c), " - ", desc, "\n\nSECONDARY DIAGNOSES\n")
        for _ in range(R.randint(1, 3)):
            c, desc = icd()
            d.w("  ", (ICD, c), " - ", desc, "\n")
        d.w("\nHOSPITAL COURSE\n")
        para(d, ["The patient is a ", str(2025 - p.dob[0]), "-year-old ", "woman" if p.sex == "F" else "man", " who presented to the emergency department with progressive shortness of breath and",
                 " intermittent chest discomfort. Initial evaluation demonstrated hemodynamic stability; the cardiology service was consulted and recommended conservative management. ",
                 "Symptoms improved with diuresis and supplemental oxygen which was subsequently weaned to room air. Physical therapy evaluated the patient prior to discharge."], width=76, hyph=0.7, lig=0.3)
        page_break(d, 1, 2, hdr)
        d.w("DISCHARGE MEDICATIONS\n  metoprolol succinate 25 mg PO daily\n  furosemide 20 mg PO daily\n")
        if chance(0.7):
            d.w("  oxycodone 5 mg PO q6h PRN pain, #12 (no refills) - prescriber DEA ", (DEA, att.dea), "\n")
        d.w("\nFOLLOW-UP\n")
        para(d, ["Follow up with primary care (Dr. ", (NAME, Person("us").last), ") within 7 days. Call ", (PH, phone("us")), " with questions; the clinic is located at ",
                 (ADDR, street_line("us")), ". Results pending at discharge will be forwarded."], width=76, hyph=0.5)
        d.w("\nElectronically signed by ", (NAME, att.name), ", MD on ", ("signature_date", other_date("us", 2025, 2025)), "\n")
    elif k == "aco":
        d = Doc(f"pdftext/aco/beneficiary_alignment_Q{R.randint(1, 4)}_{i:02d}{ext}")
        org = ch(HOSP_US)
        hdr = [f"{org[0]} ACO  -  Quarterly Beneficiary Alignment Report (CCLF)", "\n", "Prepared ", ("report_date", other_date("us", 2025, 2025)),
               "    Contact: ", (NAME, Person("us").name), "  ", (PH, phone("us")), "\n", "-" * 100, "\n",
               "MBI            Beneficiary Name            DOB         Sex  Assigned PCP (NPI)           Last Visit   HCC\n", "-" * 100, "\n"]
        d.w(hdr)
        rows = R.randint(9, 16)
        for j in range(rows):
            p = Person("us", y0=1932, y1=1959)
            pcp = clinician("us")
            nm = p.lastfirst(True)[:26]
            pn = f"{fold(pcp.last).upper()[:12]} ({pcp.npi})"
            d.w((MBI, mbi(False)), "    ", (NAME, nm), " " * max(2, 28 - len(nm)), (DOB, fmt_date(p.dob, "us")), "  ", p.sex, "    ",
                (NAME, fold(pcp.last).upper()[:12]), " (", (NPI, pcp.npi), ")", " " * max(2, 29 - len(pn)), ("date_of_service", other_date("us", 2025, 2025, "us")), "   ", (ICD, icd()[0]), "\n")
            if j == rows // 2 and chance(0.5):
                page_break(d, 1, 2, hdr)
        d.w("\nBeneficiaries who opted out of data sharing are suppressed. Questions: ", (EM, f"aco.analytics@{org[4]}"), "\n")
    elif k == "pdmp":
        p = Person("us", y0=1950, y1=2000)
        d = Doc(f"pdftext/pdmp/PDMP_report_{R.randint(100000, 999999)}{ext}")
        hdr = ["PRESCRIPTION DRUG MONITORING PROGRAM - PATIENT REPORT", " " * 8, "Requested ", ("report_date", other_date("us", 2025, 2025)), "\n",
               "Patient: ", (NAME, p.lastfirst(True)), "   DOB: ", (DOB, fmt_date(p.dob, "us")), "   Sex: ", p.sex, "\n", "Address: ", (ADDR, p.street.upper()), ", ", p.city.upper(), "\n", "=" * 96, "\n"]
        d.w(hdr)
        d.w("Filled      Written     Drug                          Qty  Days  Prescriber            DEA         Pharmacy NPI\n")
        rows = R.randint(6, 12)
        docs = [clinician("us") for _ in range(3)]
        for j in range(rows):
            doc = ch(docs)
            nm = f"{fold(doc.last).upper()[:10]}, {fold(doc.first).upper()[:1]}"
            wr = rand_date(2024, 2025)
            fl = (wr[0], wr[1], min(28, wr[2] + R.randint(0, 6)))
            d.w(("fill_date", fmt_date(fl, "us")), "  ", ("date_written", fmt_date(wr, "us")), "  ",
                ch(["OXYCODONE HCL 5 MG TAB      ", "HYDROCODONE-APAP 10-325 MG  ", "ALPRAZOLAM 1 MG TAB         ", "AMPHETAMINE SALTS 20 MG     ", "TRAMADOL HCL 50 MG TAB      "]),
                f"  {R.randint(10, 120):3d}  {R.randint(5, 30):4d}  ", (NAME, nm), " " * max(2, 22 - len(nm)), (DEA, doc.dea), "   ", (NPI, npi()), "\n")
            if j == rows // 2 and chance(0.6):
                page_break(d, 1, 2, hdr)
        d.w("\nPrescriber contact on file: Dr. ", (NAME, docs[0].name), ", DEA ", (DEA, docs[0].dea), ", tel ", (PH, phone("us")), "\n")
        d.w("Flags: >= 3 prescribers in 90 days. Data as of ", ("report_date", other_date("us", 2025, 2025)), ". Not for redisclosure.\n")
    elif k == "uk_letter":
        p = Person("uk", y0=1935, y1=2005)
        hs = ch(HOSP_UK)
        gp = Person("uk")
        cons = Person("uk")
        hn = f"{hs[1][0]}{digits(7)}"
        d = Doc(f"pdftext/nhs/clinic_letter_{hn}{ext}")
        d.w(hs[0], "\n", "Department of ", ch(["Respiratory Medicine", "Cardiology", "Diabetes & Endocrinology", "Rheumatology"]), "\n", (ADDR, hs[2]), ", ", hs[3], "\n\n")
        cols(d, ["Dr ", (NAME, gp.name)], ["Clinic date: ", ("date_of_service", other_date("uk", 2025, 2025))], 48)
        surg = street_line("uk")
        cols(d, [ch(["The Surgery", "Riverside Medical Practice", "Parkview Health Centre"])], ["Typed: ", ("document_date", other_date("uk", 2025, 2025))], 48)
        d.w((ADDR, surg), "\n", city_line("uk"), "\n\n")
        d.w("Dear Dr ", (NAME, gp.last), "\n\n")
        nhsv = nhs()
        d.w("Re: ", (NAME, p.name), ", DOB ", (DOB, fmt_date(p.dob, ch(["eu", "eu_dot", "dmy_en"]))), "\n    NHS Number: ", (NHS, nhsv), "   Hospital No: ", (MRN, hn), "\n    ",
            (ADDR, p.street), ", ", p.city, "\n\n")
        c, desc = icd()
        d.w("Diagnosis: ", desc, " (ICD-10 ", (ICD, c), ")\n\n")
        para(d, ["I reviewed ", ch(["Mrs ", "Mr ", "Ms "]), (NAME, p.last), " in clinic today. ", "Since the last appointment the symptoms have been reasonably well controlled, ",
                 "although there were two exacerbations over the winter requiring oral steroids. Spirometry today was unchanged from previous and inhaler technique was satisfactory. ",
                 "We discussed the options and agreed to continue the current treatment with a review in six months."], width=80, hyph=0.6, lig=0.4)
        d.w("\n")
        para(d, ["I would be grateful if you could arrange a repeat full blood count in the surgery. If there are any concerns the patient can contact the specialist nurse on ",
                 (PH, phone("uk")), "."], width=80, hyph=0.6)
        page_break(d, 1, 2, [hs[0], "   ", (NAME, p.name), "   NHS No. ", (NHS, nhs_fmt_again(nhsv)), "   DOB ", (DOB, fmt_date(p.dob, "eu")), "\n\n"])
        d.w("Medication: ", ch(["salbutamol 100mcg inhaler PRN", "metformin 500mg BD", "ramipril 5mg OD"]), "\nFollow-up: ", ("appointment_date", other_date("uk", 2025, 2026)), "\n")
        d.w("\nYours sincerely\n\n\n", (NAME, cons.name), "\nConsultant Physician\n\ncc: ", (NAME, p.name), ", ", (ADDR, p.street), "\n")
    else:
        p = Person("us")
        d = Doc(f"pdftext/banking/account_opening_{i:02d}{ext}")
        hdr = ["NORTHGATE CREDIT UNION", " " * 30, "Membership & Account Agreement\n", "=" * 78, "\n"]
        d.w(hdr)
        cols(d, ["Member name: ", (NAME, p.name_mi)], ["Member since: ", ("account_open_date", other_date("us", 2018, 2025))])
        cols(d, ["Date of birth: ", (DOB, fmt_date(p.dob, "us"))], ["SSN: ", ("masked_ssn", f"***-**-{digits(4)}")])
        cols(d, ["Mailing address: ", (ADDR, p.street)], [p.city])
        cols(d, ["Primary phone: ", (PH, p.phone)], ["E-mail: ", (EM, p.email)])
        st, dl = drivers_license()
        cols(d, ["ID verified: ", STATE_NAMES[st], " DL ", (DL, dl)], ["Issued: ", ("document_issue_date", other_date("us", 2018, 2024))])
        d.w("\nACCOUNTS OPENED\n")
        rt = aba()
        for _ in range(R.randint(1, 3)):
            d.w(f"  {ch(['Share Savings', 'Share Draft Checking', 'Money Market', 'Share Certificate 12mo'])}".ljust(34), "Acct # ", (ACCT, bank_account()), "   Routing ", (ABA, rt), "\n")
        d.w("\n")
        para(d, ["By signing below you agree to the terms of this Agreement, including the Funds Availability Policy and the Electronic Fund Transfers disclosure. ",
                 "Dividends are calculated by the daily balance method. Joint owner: ", (NAME, Person("us").name), ". Beneﬁciary on ﬁle: ", (NAME, Person("us").name), "."], width=78, hyph=0.6, lig=0.4)
        page_break(d, 1, 2, hdr)
        para(d, ["Overdraft protection transfers from savings are limited to six per month. Card issued: Visa debit ending ", ("masked_card", digits(4)),
                 ". Test transaction performed with ", ("test_value", test_card()), " during branch system check."], width=78, hyph=0.6)
    return d


# ===================================================================================== OCR forms
OCR_MAP = {"O": "0", "o": "0", "l": "1", "I": "l", "S": "5", "B": "8", "e": "c", "i": "í", "a": "à", ".": ",", ":": ";", "g": "q", "h": "b", "m": "rn", "n": "ri"}


def ocr_noise(p=0.03):
    def f(s):
        out = []
        for c in s:
            if c in OCR_MAP and R.random() < p:
                out.append(OCR_MAP[c])
            else:
                out.append(c)
        return "".join(out)
    return f


def ow(d, noise, *items):
    """write items, noise applied to plain strings only"""
    for it in flat(list(items)):
        d.w(noise(it) if isinstance(it, str) else it)


@kind(27)
def ocr_form(i):
    k = ["w9", "cms1500", "w9", "cms1500", "auto", "rental", "cheque", "w9", "cms1500", "auto", "rental", "cheque", "w9", "cms1500", "rental", "cms1500", "auto", "w9",
         "rx", "rx", "rx", "rx", "rx", "gms1", "gms1", "gms1", "gms1"][i]
    nz = ocr_noise(ch([0.01, 0.03, 0.05]))
    d = Doc(f"ocr/{k}/scan_{R.randint(10000, 99999)}_{i:02d}.txt")
    d.w(f"[OCR engine=tesseract 5.3.{R.randint(0, 4)} conf={R.randint(61, 94)}% page=1]\n")
    if k == "w9":
        p = Person("us")
        biz = chance(0.4)
        ow(d, nz, "Form W-9  (Rev. March 2024)   Request for Taxpayer Identification Number and Certification\n", "Department of the Treasury  Internal Revenue Service\n\n",
           "1 Name of entity/individual. An entry is required.\n   ", (NAME, p.name), "\n",
           "2 Business name/disregarded entity name, if different from above\n   ", ch(["Whitetail Landscaping LLC", "Copper Kettle Catering", "Bluestem Consulting"]) if biz else "", "\n",
           "3a Check the appropriate box for federal tax classification\n   [", "X" if not biz else " ", "] Individual/sole proprietor   [", "X" if biz else " ", "] LLC  Tax class. (C=C corp, S=S corp, P=Partnership) ", "P" if biz else "", "\n",
           "5 Address (number, street, and apt. or suite no.)\n   ", (ADDR, p.street), "\n", "6 City, state, and ZIP code\n   ", p.city, "\n\n",
           "Part I  Taxpayer Identification Number (TIN)\n", "Social security number\n   ")
        if biz:
            ow(d, nz, "[   ]-[  ]-[    ]\nor\nEmployer identification number\n   ", (EIN, ein()), "\n\n")
        elif chance(0.2):
            ow(d, nz, (ITIN, itin(ch(["dash", "space"]))), "   (ITIN)\n\n")
        else:
            ow(d, nz, (SSN, ssn(ch(["dash", "dash", "space"]))), "\n\n")
        ow(d, nz, "Part II  Certification\nUnder penalties of perjury, I certify that the number shown on this form is my correct taxpayer identification number.\n\n",
           "Sign Here   Signature of U.S. person ", (NAME, p.name), "      Date ", ("signature_date", other_date("us", 2025, 2025)), "\n")
    elif k == "cms1500":
        p = Person("us", y0=1935, y1=1960)
        doc = clinician("us")
        ow(d, nz, "HEALTH INSURANCE CLAIM FORM\nAPPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12\n\n",
           "1. MEDICARE [X]  MEDICAID [ ]  TRICARE [ ]          1a. INSURED'S I.D. NUMBER   ", (MBI, mbi(False)), "\n",
           "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)   ", (NAME, f"{fold(p.last).upper()}, {fold(p.first).upper()}, {p.mi}"), "\n",
           "3. PATIENT'S BIRTH DATE  MM DD YY   ", (DOB, fmt_date(p.dob, "mdy_sp")), "   SEX M[", "X" if p.sex == "M" else " ", "] F[", "X" if p.sex == "F" else " ", "]\n",
           "5. PATIENT'S ADDRESS (No., Street)   ", (ADDR, fold(p.street).upper()), "\n", "   CITY ", p.cuscity[0].upper(), "   STATE ", p.cuscity[1], "   ZIP CODE ", p.cuscity[2] + digits(2),
           "   TELEPHONE (Include Area Code) ", (PH, phone("us", p.cuscity[3], "paren")), "\n",
           "11. INSURED'S POLICY GROUP OR FECA NUMBER  NONE\n", "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE  SIGNATURE ON FILE   DATE ", ("signature_date", other_date("us", 2025, 2025, "us")), "\n",
           "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY   ICD Ind. 0\n   ")
        for j in range(R.randint(1, 4)):
            c, _ = icd(dotless=chance(0.7))
            ow(d, nz, f"{'ABCD'[j]}. ", (ICD, c), "     ")
        ow(d, nz, "\n24. A. DATE(S) OF SERVICE   B.POS  D.CPT/HCPCS   F.$ CHARGES   J.RENDERING PROVIDER ID. #\n")
        for _ in range(R.randint(1, 3)):
            ow(d, nz, "    ", ("date_of_service", other_date("us", 2025, 2025, "us_2y")), "    11     ", ch(["99213", "99214", "93000", "80053", "36415"]), f"       {R.randint(25, 400)} 00     NPI ", (NPI, doc.npi), "\n")
        ow(d, nz, "25. FEDERAL TAX I.D. NUMBER   SSN [ ] EIN [X]   ", (EIN, ein(dash=chance(0.5))), "      26. PATIENT'S ACCOUNT NO.  ", ("patient_account_number", f"{digits(6)}-{digits(2)}"), "\n",
           "31. SIGNATURE OF PHYSICIAN OR SUPPLIER   ", (NAME, f"{doc.first} {doc.last}"), " MD\n",
           "32. SERVICE FACILITY LOCATION INFORMATION   ", ch(HOSP_US)[0].upper(), "\n", "33. BILLING PROVIDER INFO & PH #   ", (PH, phone("us", style="paren")), "\n",
           "    ", (ADDR, street_line("us").upper()), "\n", "    a. NPI ", (NPI, npi()), "\n")
    elif k == "rx":
        doc = clinician("us")
        clinic = ch(HOSP_US)
        ow(d, nz, clinic[0].upper(), "\n", (ADDR, clinic[2]) if clinic[2][0].isdigit() else clinic[2], ", ", clinic[3], "   Tel ", (PH, phone("us", style="paren")), "   Fax ", (PH, phone("us", style="paren")), "\n",
           "Prescriber: ", (NAME, doc.name), ", ", ch(["MD", "DO"]), "   NPI ", (NPI, doc.npi), "   DEA# ", (DEA, doc.dea), "\n", "-" * 70, "\n")
        for _ in range(R.randint(1, 3)):
            p = Person("us")
            ow(d, nz, "Patient: ", (NAME, p.name), "      DOB: ", (DOB, fmt_date(p.dob, ch(["us", "us_short"]))), "\n", "Address: ", (ADDR, p.street), ", ", p.city, "\n",
               "Rx: ", ch(["Hydrocodone/APAP 5/325 mg", "Methylphenidate ER 18 mg", "Lorazepam 0.5 mg", "Tramadol 50 mg"]), "   Disp: #", str(R.randint(10, 60)), "   Refills: 0\n",
               "Sig: ", ch(["1 tab PO q6h PRN pain", "1 tab PO qAM", "1 tab PO BID PRN anxiety"]), "\n", "Dx: ", (ICD, icd()[0]), "    Date written: ", ("date_written", other_date("us", 2025, 2025, "us")), "\n",
               "Substitution permitted [X]   Dispense as written [ ]\n", "Signature: ", (NAME, doc.name), "\n", "-" * 70, "\n")
    elif k == "gms1":
        ow(d, nz, "GMS1  Family Doctor Services Registration\n", "Please complete in BLOCK CAPITALS and tick as appropriate\n\n")
        fam = R.randint(1, 3)
        for _ in range(fam):
            p = Person("uk", y0=1940, y1=2022)
            ow(d, nz, "PATIENT'S DETAILS\n", "Surname  ", (NAME, fold(p.last).upper()), "      First names  ", (NAME, fold(p.first).upper()), "\n",
               "Date of birth  ", (DOB, fmt_date(p.dob, ch(["eu", "eu_dot"]))), "     NHS No.  ", (NHS, nhs()), "\n",
               "Home address  ", (ADDR, p.street.upper()), "\n", "               ", p.city.upper(), "\n", "Telephone  ", (PH, p.phone), "\n",
               "Previous GP  Dr ", (NAME, Person("uk").last), ", ", (ADDR, street_line("uk")), "\n", "Date of arrival in UK (if from abroad)  ", ("arrival_date", other_date("uk", 2010, 2024)), "\n\n")
        ow(d, nz, "Signature  ", "[signed]", "     Date  ", ("signature_date", other_date("uk", 2025, 2025)), "\n")
    elif k == "auto":
        p = Person("us")
        st, dl = drivers_license()
        la, lo = geo("us")
        ow(d, nz, "AUTOMOBILE LOSS NOTICE  (ACORD 2)\n", "POLICY NUMBER  ", ("policy_number", f"PA{digits(9)}"), "     DATE OF LOSS ", ("date_of_loss", other_date("us", 2025, 2025, "us")), "\n\n",
           "INSURED   NAME ", (NAME, p.name), "\n", "          ADDRESS ", (ADDR, p.street), "  ", p.city, "\n", "          PHONE (CELL) ", (PH, p.phone), "   E-MAIL ", (EM, p.email), "\n",
           "          DATE OF BIRTH ", (DOB, fmt_date(p.dob, "us")), "\n\n",
           "DRIVER   SAME AS INSURED [X]   DRIVER'S LICENSE # ", (DL, dl), "   STATE ", st, "\n\n",
           "VEHICLE  YEAR ", str(R.randint(2008, 2024)), "  MAKE ", ch(["HONDA", "FORD", "TOYOTA", "SUBARU"]), "  V.I.N. ", ("vin", vin()), "  PLATE ", ("license_plate", alnum(3) + digits(4)), "\n\n",
           "LOCATION OF LOSS  GPS ", ("geo_coordinate", la), ", ", ("geo_coordinate", lo), "  (phone app)\n",
           "OTHER PARTY  NAME ", (NAME, Person("us").name), "   PHONE ", (PH, phone("us")), "   INS. CO. ", ch(["Prairie Mutual", "Keystone Casualty"]), "\n",
           "REMARKS  Insured was born and raised in the area; vehicle was rear-ended at low speed. Tow to ", ch(["Hickory Knoll Auto Body", "Twin Oaks Collision"]), ".\n")
    elif k == "rental":
        p = Person("us")
        st, dl = drivers_license()
        ow(d, nz, "RENTAL APPLICATION - ", ch(["Quail Hollow Apartments", "Ironwood Lofts", "Sandpiper Court"]), "\n\n",
           "Applicant Full Name: ", (NAME, p.name_mi), "    Date of Birth: ", (DOB, fmt_date(p.dob, ch(["us", "us_short"]))), "\n",
           "Social Security #: ", (SSN, ssn()), "    Driver's License #/State: ", (DL, dl), " / ", st, "\n",
           "Present Address: ", (ADDR, p.street), "   City/State/Zip: ", p.city, "\n",
           "How long? ", str(R.randint(1, 9)), " yrs   Landlord: ", (NAME, Person("us").name), "   Landlord Phone: ", (PH, phone("us")), "\n",
           "Previous Address: ", (ADDR, street_line("us")), "\n",
           "Cell Phone: ", (PH, p.phone), "    Email: ", (EM, p.email), "\n",
           "Employer: ", ch(["Tidemark Freight", "Cedarline Health", "Self-employed"]), "   Monthly income: $", str(R.randint(28, 95) * 100), "\n",
           "Emergency contact: ", (NAME, Person("us").name), "  ", (PH, phone("us")), "\n",
           "Pets: ", ch(["none", "1 cat", "dog (30 lb)"]), "   Move-in date requested: ", ("move_in_date", other_date("us", 2025, 2025)), "\n\n",
           "I authorize verification of the information provided, including credit and background checks.\n",
           "Signature: ", (NAME, p.name), "   Date: ", ("signature_date", other_date("us", 2025, 2025)), "\n")
    else:
        p = Person("us")
        payee = Person("us")
        ow(d, nz, (NAME, p.name.upper()), "\n", (ADDR, p.street.upper()), "\n", p.city.upper(), "                                   ", str(R.randint(1001, 4999)), "\n\n",
           "                                              DATE ", ("check_date", other_date("us", 2025, 2025, "us")), "\n",
           "PAY TO THE\nORDER OF  ", (NAME, payee.name), "                          $ ", str(R.randint(50, 3000)), ".00\n",
           ch(["Twelve hundred", "Eight hundred fifty", "Two thousand"]), " and 00/100 ------------------------- DOLLARS\n\n",
           ch(["NORTHGATE CREDIT UNION", "FIRST PRAIRIE BANK"]), "\n", "MEMO ", ch(["rent Apt 4B", "deposit", "invoice 2291"]), "               ", (NAME, p.name), "\n\n")
        d.w("\u2446", (ABA, aba()), "\u2446 ", (ACCT, bank_account()), "\u2448 ", str(R.randint(1001, 4999)), "\n")
        d.w("\n[OCR note: MICR line read with E-13B font; transit symbol \u2446, on-us symbol \u2448]\n")
    return d


# ========================================================================================= SRT
def srt_ts(t):
    ms = int(t * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def call_script(k):
    """list of (speaker, items) for a support call"""
    if k == "card":
        p, ag = Person("us"), Person("us")
        c = card()
        return "Northgate Credit Union card services", [
            ("AGENT", ["Thank you for calling Northgate Credit Union, my name is ", (NAME, ag.first), ". Who am I speaking with?"]),
            ("CALLER", ["Hi, yeah, this is ", (NAME, p.name), "."]),
            ("AGENT", ["Thanks. For verification can I get your date of birth?"]),
            ("CALLER", ["Sure, it's ", (DOB, fmt_date(p.dob, ch(["spoken", "long_en", "us"]))), "."]),
            ("AGENT", ["And the last four of your social?"]),
            ("CALLER", [("ssn_last4", digits(4)), "."]),
            ("AGENT", ["Perfect. What's going on today?"]),
            ("CALLER", ["There's a charge I don't recognize, about three hundred dollars, on the card ending... hold on, the full number is ", (CC, c), "."]),
            ("AGENT", ["Okay, I see it. The merchant is an online electronics store, order ", ("order_id", order_id()), "."]),
            ("CALLER", ["Never heard of them. Can you send the new card to ", (ADDR, p.street), "? I moved."]),
            ("AGENT", ["Sure. And the best callback number?"]),
            ("CALLER", [(PH, p.phone), ", that's my cell."]),
            ("AGENT", ["Got it. I've blocked the old card; the dispute reference is ", ("case_number", f"DSP-{digits(8)}"), "."]),
            ("CALLER", ["Thanks ", (NAME, ag.first), "."]),
        ]
    if k == "medicare":
        p, ag = Person("us", y0=1935, y1=1959), Person("us")
        doc = clinician("us")
        return "Medicare Advantage member services", [
            ("REP", ["Thank you for calling, this is ", (NAME, ag.first), ". Can I have the member's Medicare number?"]),
            ("MEMBER", ["It's ", (MBI, mbi()), ". I'm calling for my mother, ", (NAME, p.name), "."]),
            ("REP", ["Thank you. And her date of birth?"]),
            ("MEMBER", [(DOB, fmt_date(p.dob, ch(["spoken", "us"]))), "."]),
            ("REP", ["I see a claim from ", ("date_of_service", other_date("us", 2025, 2025, "long_en")), " that was denied. Which provider?"]),
            ("MEMBER", ["Dr. ", (NAME, doc.last), " at the heart clinic. The office said their NPI is ", (NPI, doc.npi), "."]),
            ("REP", ["Got it. The diagnosis on the claim was ", (ICD, icd()[0]), ", which needs a prior authorization."]),
            ("MEMBER", ["Can you mail the letter to ", (ADDR, p.street), "? She doesn't do e-mail."]),
            ("REP", ["Yes. Your reference number is ", ("case_number", f"{digits(4)}-{digits(6)}"), "."]),
        ]
    if k == "tax":
        p, ag = Person("us"), Person("us")
        return "tax preparation follow-up", [
            ("PREPARER", ["Hi, it's ", (NAME, ag.first), " from the tax office, returning your call."]),
            ("CLIENT", ["Hi. I got a letter from the IRS saying my ITIN expired. The number is ", (ITIN, itin()), "."]),
            ("PREPARER", ["Okay. And your husband's SSN is still ", (SSN, ssn()), "?"]),
            ("CLIENT", ["Yes. And the business EIN is ", (EIN, ein()), "."]),
            ("PREPARER", ["For the refund, same account? Routing ", (ABA, aba()), ", account ", (ACCT, bank_account()), "?"]),
            ("CLIENT", ["Yes, same. My new e-mail is ", (EM, p.email), "."]),
            ("PREPARER", ["I'll send the W-7 to ", (ADDR, p.street), ". My direct line is ", (PH, phone("us")), "."]),
        ]
    if k == "pharmacy":
        pt, ph_, doc = Person("us"), Person("us"), clinician("us")
        return "pharmacy call to prescriber office", [
            ("PHARMACIST", ["Hi, this is ", (NAME, ph_.name), " at Twin Oaks Pharmacy. I'm calling about a controlled prescription."]),
            ("OFFICE", ["Which patient?"]),
            ("PHARMACIST", [(NAME, pt.name), ", date of birth ", (DOB, fmt_date(pt.dob, "us")), "."]),
            ("OFFICE", ["Okay, I have the chart."]),
            ("PHARMACIST", ["The DEA number on the script, ", ("dea_bad_checksum", dea_bad(doc.last)), ", doesn't validate. Can you confirm it?"]),
            ("OFFICE", ["Dr. ", (NAME, doc.last), "'s DEA is ", (DEA, doc.dea), ", and the NPI is ", (NPI, doc.npi), "."]),
            ("PHARMACIST", ["Thanks, that one checks out. Fax is ", (PH, phone("us")), " if you need it."]),
        ]
    if k == "nhs111":
        p, ag = Person("uk", sex="M", y0=2008, y1=2021), Person("uk")
        return "NHS 111 call transcript", [
            ("CALL HANDLER", ["NHS 111, you're speaking to ", (NAME, ag.first), ". Is the patient with you?"]),
            ("CALLER", ["Yes, it's my son. His name is ", (NAME, p.name), "."]),
            ("CALL HANDLER", ["What's his date of birth?"]),
            ("CALLER", [(DOB, fmt_date(p.dob, ch(["spoken_uk", "dmy_en", "eu"]))), "."]),
            ("CALL HANDLER", ["Do you have his NHS number?"]),
            ("CALLER", ["It's ", (NHS, nhs()), "."]),
            ("CALL HANDLER", ["And the address where you are now?"]),
            ("CALLER", [(ADDR, p.street), ", ", p.city, "."]),
            ("CALL HANDLER", ["And a number we can call back on?"]),
            ("CALLER", [(PH, p.phone), "."]),
            ("CALL HANDLER", ["Thank you. Which GP surgery is he registered with?"]),
            ("CALLER", ["Dr ", (NAME, Person("uk").last), " at Riverside Medical Practice."]),
        ]
    if k == "rental":
        p, ag = Person(ch(["us", "uk", "pt", "nl"])), Person("us")
        st, dl = drivers_license()
        intl = p.loc != "us"
        return "car rental reservation desk", [
            ("AGENT", ["Welcome back to Prairie Wind Car Rental, ", (NAME, ag.first), " speaking."]),
            ("CUSTOMER", ["Hi, I have a reservation under ", (NAME, p.last), ". Confirmation ", ("reservation_code", alnum(6)), "."]),
            ("AGENT", ["I see it. I'll need the driver's license number."]),
            ("CUSTOMER", ["I'm visiting, so I'll use my passport."] if intl else ["It's ", STATE_NAMES[st], ", number ", (DL, dl), "."]),
            ("AGENT", ["Okay."] if intl else ["Thanks. And does your partner want to be added? I'd need their passport number too."]),
            ("CUSTOMER", ["No, just me."] if intl else ["Sure, it's a US passport, ", (PASS, passport()), "."]),
            ("AGENT", ["The car's VIN is ", ("vin", vin()), ", it's in bay 12. Mileage at pickup ", str(R.randint(10000, 60000)), "."]),
            ("CUSTOMER", ["And the card on file is my Amex, ", (CC, card(brand="amex")), "."]),
            ("AGENT", ["Perfect, and we'll text ", (PH, p.phone), " when it's ready."]),
        ]
    p, ag = Person(ch(["us", "uk"])), Person("us")
    return "ISP technical support", [
        ("TECH", ["Hi, this is ", (NAME, ag.first), " with technical support. Can I have the account holder's name?"]),
        ("CUSTOMER", [(NAME, p.name), "."]),
        ("TECH", ["Thanks. What IP address does your router show on the status page?"]),
        ("CUSTOMER", ["It says WAN address ", (IP, public_ipv4()), ", and the gateway is ", (IP, private_ipv4()), "."]),
        ("TECH", ["And the firmware version?"]),
        ("CUSTOMER", ["Version ", ("version", version4()), "."]),
        ("TECH", ["That's old. What's the MAC address on the sticker?"]),
        ("CUSTOMER", [("mac_address", mac(ch([":", "-"])).upper()), "."]),
        ("TECH", ["Your phone's IMEI, if you're using the hotspot backup?"]),
        ("CUSTOMER", [("imei", imei()), "."]),
        ("TECH", ["Great. I'll e-mail the steps to ", (EM, p.email), ". Our test line is ", ("test_value", fictional_phone()), "."]),
    ]


@kind(15)
def srt_transcript(i):
    k = ["card", "medicare", "tax", "pharmacy", "nhs111", "rental", "isp", "card", "medicare", "nhs111", "rental", "tax", "pharmacy", "nhs111", "medicare"][i]
    title, lines = call_script(k)
    d = Doc(f"transcripts/call_{R.randint(100000, 999999)}_{k}.srt", crlf=chance(0.5))
    t = R.uniform(0.5, 2)
    n = 1
    d.w(f"{n}\n{srt_ts(t)} --> {srt_ts(t + 2.5)}\n[Recording: {title}. This call may be monitored.]\n\n")
    t += 2.5
    filler = ["Mm-hmm.", "Okay.", "One moment please.", "[hold music]", "Sorry, can you repeat that?", "Uh, let me check.", "Yeah.", "[typing]"]
    for spk, items in lines:
        if chance(0.4):
            n += 1
            t += R.uniform(0.5, 3)
            d.w(f"{n}\n{srt_ts(t)} --> {srt_ts(t + 1.2)}\n{ch(filler)}\n\n")
            t += 1.2
        n += 1
        t += R.uniform(1, 4)
        dur = R.uniform(2, 6)
        d.w(f"{n}\n{srt_ts(t)} --> {srt_ts(t + dur)}\n", ch([f"{spk}: ", f"[{spk.title()}] ", f"- "]), items, "\n\n")
        t += dur
    return d


# ==================================================================================== SMS backup
def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


SMS_BODIES = {
    "pl": [lambda p, me: ["Hej, tu ", (NAME, p.first), "! Mój nowy mail: ", (EM, p.email)],
           lambda p, me: ["Twój kod BLIK: ", ("otp_code", digits(6)), ". Nie podawaj go nikomu."],
           lambda p, me: ["Przelej proszę na ", (IBAN, iban("PL", True)), ", tytuł: zrzutka na prezent"],
           lambda p, me: ["Paczka ", ("ups_tracking", ups_1z()), " zostanie doręczona jutro."],
           lambda p, me: ["Urodziny mamy: ", (DOB, fmt_date(rand_date(1950, 1965), "eu_dot")), " - nie zapomnij!"],
           lambda p, me: ["Jestem tu: ", ("geo_coordinate", geo("pl")[0]), ",", ("geo_coordinate", geo("pl")[1])],
           lambda p, me: ["ok, będę o 18"], lambda p, me: ["Dzięki!"]],
    "pt": [lambda p, me: ["Olá, sou a ", (NAME, p.first), ". A minha morada nova é ", (ADDR, street_line("pt"))],
           lambda p, me: ["O seu código de verificação é ", ("otp_code", digits(6))],
           lambda p, me: ["Transfere para o IBAN ", (IBAN, iban("PT", True)), " pf"],
           lambda p, me: ["Parabéns! Nasceu a ", (NAME, Person("pt").first), " hoje às 4h, 3,2 kg"],
           lambda p, me: ["tá bem, até logo"], lambda p, me: ["Obrigado!"]],
    "us": [lambda p, me: ["Hey it's ", (NAME, p.first), ", new number, save it: ", (PH, p.phone)],
           lambda p, me: ["Your Northgate CU verification code is ", ("otp_code", digits(6)), ". Don't share it."],
           lambda p, me: ["Reminder: appt w/ Dr. ", (NAME, Person("us").last), " on ", ("appointment_date", other_date("us", 2025, 2025, "us_short")), " 2:15pm. Reply C to confirm"],
           lambda p, me: ["UPS: Your package ", ("ups_tracking", ups_1z()), " is out for delivery."],
           lambda p, me: ["Mom's passport # is ", (PASS, passport()), ", her DOB is ", (DOB, fmt_date(rand_date(1950, 1965), "us_short")), " for the form"],
           lambda p, me: ["Can you venmo me for the tickets? My email there is ", (EM, p.email)],
           lambda p, me: ["Our new address: ", (ADDR, street_line("us")), " - come by Saturday!"],
           lambda p, me: ["RECALL NOTICE: your vehicle VIN ", ("vin", vin()), " is subject to a safety recall. Call your dealer."],
           lambda p, me: ["lol ok"], lambda p, me: ["on my way"], lambda p, me: ["Happy birthday!! 🎂"]],
}


@kind(8)
def sms_backup(i):
    loc = ["pl", "pt", "us", "us", "pl", "pt", "us", "us"][i]
    d = Doc(f"mobile/sms-{ch(['20250304', '20250211', '20241130'])}{digits(6)}_{i}.xml")
    contacts = [Person(loc) for _ in range(6)]
    n = R.randint(25, 60)
    d.w("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore v10.20.002 on ", other_date("eu", 2025, 2025, "eu"), " 10:15:32-->\n",
        f'<smses count="{n}" backup_set="', ("uuid", uuid4()), '" backup_date="', ("epoch_ms", epoch_ms()), '" type="full">\n')
    smsc = phone(loc, style="e164") if loc == "us" else re.sub(r"[^\d+]", "", phone(loc))
    for _ in range(n):
        p = ch(contacts)
        typ = ch(["1", "1", "2"])
        addr = re.sub(r"[^\d+]", "", p.phone) if chance(0.6) else p.phone
        body = ch(SMS_BODIES[loc])(p, None)
        ts = epoch_ms()
        d.w('  <sms protocol="0" address="', (PH, addr), '" date="', ("epoch_ms", ts), f'" type="{typ}" subject="null" body="')
        d.w(body, esc=xesc)
        d.w('" toa="null" sc_toa="null" service_center="', [(PH, smsc)] if typ == "1" else "null", f'" read="1" status="-1" locked="0" date_sent="',
            ("epoch_ms", str(int(ts) - R.randint(1000, 9000))) if typ == "1" else "0", '" sub_id="1" readable_date="', other_date(loc, 2025, 2025), f' {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}" contact_name="',
            [(NAME, p.name)] if chance(0.8) else "(Unknown)", '" />\n')
    d.w("</smses>\n")
    return d


# ===================================================================================== Jupyter
def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def nb_strlist(d, lines, ind):
    """JSON array of strings; each line is a list of items; all but the last get a trailing \\n"""
    d.w("[")
    for j, ln in enumerate(lines):
        d.w("\n" + ind + ' "')
        d.w(ln, esc=jesc)
        d.w("\\n" if j < len(lines) - 1 else "", '"', "," if j < len(lines) - 1 else "")
    d.w("\n" + ind + "]")


def nb_cell(d, kind_, src, outputs=None, count=None, last=False):
    d.w('  {\n   "cell_type": "', kind_, '",\n')
    if kind_ == "code":
        d.w(f'   "execution_count": {count},\n')
    d.w('   "metadata": {},\n')
    if kind_ == "code":
        d.w('   "outputs": [')
        for j, (otype, payload) in enumerate(outputs or []):
            d.w("\n    {\n")
            if otype == "stream":
                d.w('     "name": "stdout",\n     "output_type": "stream",\n     "text": ')
                nb_strlist(d, payload, "     ")
                d.w("\n")
            else:
                plain_lines, html_lines = payload
                d.w('     "data": {\n      "text/html": ')
                nb_strlist(d, html_lines, "      ")
                d.w(',\n      "text/plain": ')
                nb_strlist(d, plain_lines, "      ")
                d.w(f'\n     }},\n     "execution_count": {count},\n     "metadata": {{}},\n     "output_type": "execute_result"\n')
            d.w("    }" + ("," if j < len(outputs) - 1 else ""))
        d.w("\n   ],\n" if outputs else "],\n")
    d.w('   "source": ')
    nb_strlist(d, src, "   ")
    d.w("\n  }" + ("" if last else ",") + "\n")


def df_outputs(cols_, rows):
    """pandas-like text/plain and text/html reprs; rows are lists of items (str or tuple)"""
    widths = [max(len(c), *(len(plain([r[j]])) for r in rows)) for j, c in enumerate(cols_)]
    pl = [["    " + "  ".join(c.rjust(w) for c, w in zip(cols_, widths))]]
    for ri, r in enumerate(rows):
        ln = [str(ri).ljust(4)]
        for j, (v, w) in enumerate(zip(r, widths)):
            ln += [" " * (w - len(plain([v])) + (2 if j else 0)), v]
        pl.append(ln)
    pl.append([""])
    pl.append([f"[{len(rows)} rows x {len(cols_)} columns]"])
    html = [['<div>'], ['<table border="1" class="dataframe">'], ['  <thead>'], ['    <tr style="text-align: right;">'], ['      <th></th>']]
    html += [[f"      <th>{c}</th>"] for c in cols_] + [["    </tr>"], ["  </thead>"], ["  <tbody>"]]
    for ri, r in enumerate(rows):
        html += [["    <tr>"], [f"      <th>{ri}</th>"]] + [["      <td>", v, "</td>"] for v in r] + [["    </tr>"]]
    html += [["  </tbody>"], ["</table>"], ["</div>"]]
    return pl, html


@kind(10)
def notebook(i):
    topic = ["churn", "logs", "claims", "products", "churn", "logs", "claims", "kyc", "waitlist", "waitlist"][i]
    d = Doc(f"notebooks/{ch(['analysis', 'scratch', 'eda'])}_{topic}_{i:02d}.ipynb")
    d.w('{\n "cells": [\n')
    nb_cell(d, "markdown", [[f"# {topic.title()} exploration"], [""], ["Pulled from the warehouse snapshot; **do not share outside the team**."]])
    nb_cell(d, "code", [["import pandas as pd"], ["pd.set_option('display.max_columns', 20)"]], [], 1)
    if topic in ("churn", "kyc"):
        people = [Person(ch(["us", "us", "uk", "es", "pl"])) for _ in range(R.randint(5, 8))]
        cols_ = ["customer_id", "full_name", "email", "phone", "dob", "state"] if topic == "churn" else ["kyc_id", "name", "email", "dob", "iban", "risk"]
        rows = []
        for p in people:
            if topic == "churn":
                rows.append([digits(7), (NAME, p.name), (EM, p.email), (PH, p.phone), (DOB, fmt_date(p.dob, "iso")), ch(["MN", "MT", "NC", "CA", "NY"])])
            else:
                rows.append([f"K{digits(6)}", (NAME, p.name), (EM, p.email), (DOB, fmt_date(p.dob, "iso")), (IBAN, iban_raw(ch(["ES", "PL", "PT", "IT", "NL"]))), ch(["low", "med", "high"])])
        nb_cell(d, "code", [[f"df = pd.read_parquet('s3://lake-raw/{topic}/snapshot=2025-03-01/')"], ["df.head(", str(len(rows)), ")"]], [("result", df_outputs(cols_, rows))], 2)
        nb_cell(d, "code", [["# sanity check the validators with known test values"], ["assert is_valid_card('", ("test_value", test_card("plain")), "')"],
                            ["assert is_valid_email('", ("test_value", example_email()), "')"]], [], 3)
        outl = [["rows: ", str(R.randint(10000, 90000)), "  null dob: ", str(R.randint(0, 40))], ["sample bad record: ", (NAME, people[0].name), " ssn=", (SSN, ssn())]]
        nb_cell(d, "code", [["print(f\"rows: {len(df)}  null dob: {df.dob.isna().sum()}\")"], ["print('sample bad record:', bad.iloc[0].full_name, 'ssn=' + bad.iloc[0].ssn)"]], [("stream", outl)], 4, last=True)
    elif topic == "waitlist":
        rows = []
        for _ in range(R.randint(5, 8)):
            p = Person("uk", y0=1935, y1=2015)
            rows.append([(NHS, nhs("plain")), (NAME, p.name), (DOB, fmt_date(p.dob, "iso")), (ADDR, p.street), ("referral_date", other_date("uk", 2024, 2025, "iso")), str(R.randint(3, 70))])
        nb_cell(d, "code", [["wl = pd.read_csv('rtt_waitlist_extract.csv', dtype={'nhs_number': str})"], ["wl.sort_values('weeks_waiting', ascending=False).head(", str(len(rows)), ")"]],
                [("result", df_outputs(["nhs_number", "patient_name", "dob", "address_line1", "referral_date", "weeks_waiting"], rows))], 2)
        nb_cell(d, "code", [["# check the validator on a known-bad number"], ["nhs_ok('", ("nhs_bad_checksum", nhs_bad().replace(" ", "")), "')"]],
                [("stream", [["False"]])], 3, last=True)
    elif topic == "logs":
        ips = [any_ip(0.2, 0.2) for _ in range(6)]
        outl = [["top talkers:"]] + [[(IP, x), "\t", str(R.randint(100, 90000))] for x in ips] + [["build under test: ", ("version", version4())],
                                                                                              ["first seen: ", ("epoch_ms", epoch_ms())], ["export uploaded, ETag ", ("s3_etag", s3_etag())]]
        nb_cell(d, "code", [["logs = spark.read.json('s3://lake-raw/edge-logs/2025/03/')"], ["for ip, n in logs.groupBy('client_ip').count().orderBy('count', ascending=False).take(6):"],
                            ["    print(ip, n, sep='\\t')"]], [("stream", outl)], 2)
        nb_cell(d, "code", [["# customer complained about blocked access from home"], ["blocked = logs.filter(logs.client_ip == '", (IP, ips[0]), "')"], ["blocked.count()"]],
                [("stream", [[str(R.randint(10, 900))]])], 3, last=True)
    elif topic == "claims":
        rows = []
        for _ in range(R.randint(5, 8)):
            p = Person("us", y0=1935, y1=1960)
            rows.append([f"CLM{digits(8)}", (MBI, mbi(False)), (NAME, p.lastfirst()), (ICD, icd()[0]), (NPI, npi()), ("date_of_service", other_date("us", 2025, 2025, "iso"))])
        nb_cell(d, "code", [["claims = pd.read_csv('claims_2025q1.csv', dtype=str)"], ["claims.sample(", str(len(rows)), ", random_state=7)"]],
                [("result", df_outputs(["claim_id", "mbi", "patient", "dx1", "rendering_npi", "dos"], rows))], 2)
        nb_cell(d, "code", [["claims.groupby('dx1').size().sort_values().tail(3)"]],
                [("stream", [["dx1"]] + [[(ICD, icd()[0]), "    ", str(R.randint(100, 999))] for _ in range(3)])], 3, last=True)
    else:
        rows = [[f"SKU-{digits(5)}", ("ean13", ean13()), ("isbn13", isbn13(False)) if chance(0.5) else "NaN", f"{R.uniform(2, 90):.2f}", ("upc_a", upc())] for _ in range(R.randint(5, 8))]
        nb_cell(d, "code", [["products = pd.read_parquet('catalog.parquet')"], ["products.head(", str(len(rows)), ")"]], [("result", df_outputs(["sku", "ean", "isbn", "price", "upc"], rows))], 2)
        nb_cell(d, "code", [["# supplier contact for the feed"], ["SUPPLIER_CONTACT = '", (EM, Person("nl").email), "'"]], [], 3, last=True)
    d.w(' ],\n "metadata": {\n  "kernelspec": {\n   "display_name": "Python 3 (ipykernel)",\n   "language": "python",\n   "name": "python3"\n  },\n',
        '  "language_info": {\n   "name": "python",\n   "version": "3.11.7"\n  }\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n')
    return d


# =================================================================================== Terraform
def tf_attr(d, key, items, ind, last=False):
    d.w(f'{ind}"{key}": ', items, "" if last else ",", "\n")


def jq(items):
    return ['"', items, '"']


@kind(6)
def terraform_state(i):
    d = Doc(f"infra/terraform/{ch(['prod', 'staging', 'shared'])}-{ch(['network', 'platform', 'data'])}-{i}.tfstate" + (".gz" if i == 2 else ""))
    acct = aws_account()
    region = ch(["eu-west-1", "eu-central-1", "us-east-2", "us-west-2"])
    owners = [Person(ch(["us", "uk", "nl", "pl"])) for _ in range(4)]
    dom = ch(["quillandslate.com", "bluequarry.io", "tidemarkfreight.com"])
    d.w('{\n  "version": 4,\n  "terraform_version": "1.7.', str(R.randint(0, 5)), '",\n  "serial": ', str(R.randint(10, 900)), ',\n  "lineage": "', ("uuid", uuid4()), '",\n')
    bastion_ip = public_ipv4()
    d.w('  "outputs": {\n    "bastion_public_ip": {\n      "value": "', (IP, bastion_ip), '",\n      "type": "string"\n    },\n    "db_endpoint": {\n      "value": "prod-db.c', alnum(10, string.ascii_lowercase + string.digits),
        f'.{region}.rds.amazonaws.com:5432",\n      "type": "string"\n    }}\n  }},\n  "resources": [\n')
    res = []
    for j in range(R.randint(4, 7)):
        res.append(ch(["aws_instance", "aws_iam_user", "aws_s3_object", "pagerduty_user", "aws_route53_record", "aws_instance"]))
    for j, rt in enumerate(res):
        o = ch(owners)
        d.w('    {\n      "mode": "managed",\n      "type": "', rt, f'",\n      "name": "{rt.split("_")[-1]}_{j}",\n      "provider": "provider[\\"registry.terraform.io/hashicorp/{rt.split("_")[0]}\\"]",\n',
            '      "instances": [\n        {\n          "schema_version": 1,\n          "attributes": {\n')
        ind = "            "
        if rt == "aws_instance":
            iid = "i-0" + hexs(16)
            tf_attr(d, "arn", jq(["arn:aws:ec2:", region, ":", ("aws_account_id", acct), ":instance/", iid]), ind)
            tf_attr(d, "id", jq(iid), ind)
            tf_attr(d, "instance_type", jq(ch(["t3.medium", "m6i.large", "c7g.xlarge"])), ind)
            tf_attr(d, "private_ip", jq((IP, private_ipv4())), ind)
            tf_attr(d, "public_ip", jq((IP, bastion_ip if j == 0 else public_ipv4())) if chance(0.6) else jq(""), ind)
            tf_attr(d, "ipv6_addresses", ["[", jq((IP, ipv6())), "]"] if chance(0.3) else "[]", ind)
            d.w(ind, '"tags": {\n', ind, '  "Name": "', ch(["bastion", "worker", "etl", "api"]), '",\n', ind, '  "Owner": "', (EM, o.work_email(dom)), '",\n', ind, '  "CostCenter": "CC-', digits(4), '"\n', ind, "}\n")
        elif rt == "aws_iam_user":
            un = fold(o.first.lower() + "." + o.last.lower()).replace(" ", "").replace("'", "")
            tf_attr(d, "arn", jq(["arn:aws:iam::", ("aws_account_id", acct), ":user/", un]), ind)
            tf_attr(d, "name", jq(un), ind)
            tf_attr(d, "unique_id", jq("AIDA" + alnum(17)), ind)
            d.w(ind, '"tags": {\n', ind, '  "FullName": "', (NAME, o.name), '",\n', ind, '  "Email": "', (EM, o.work_email(dom)), '",\n', ind, '  "Team": "data-platform"\n', ind, "}\n")
        elif rt == "aws_s3_object":
            tf_attr(d, "bucket", jq(f"lake-raw-{acct[-4:]}"), ind)
            tf_attr(d, "key", jq(f"exports/customers_{other_date('us', 2025, 2025, 'compact')}.csv.gz"), ind)
            tf_attr(d, "etag", jq(("s3_etag", s3_etag())), ind)
            tf_attr(d, "version_id", jq(alnum(32, string.ascii_letters + string.digits)), ind, last=True)
        elif rt == "pagerduty_user":
            tf_attr(d, "name", jq((NAME, o.name)), ind)
            tf_attr(d, "email", jq((EM, o.work_email(dom))), ind)
            tf_attr(d, "role", jq("user"), ind)
            tf_attr(d, "contact_phone", jq((PH, re.sub(r"[^\d]", "", o.phone)[-10:] if o.loc == "us" else re.sub(r"[^\d+]", "", o.phone))), ind)
            tf_attr(d, "time_zone", jq(ch(["Europe/Amsterdam", "America/Chicago", "Europe/Warsaw"])), ind, last=True)
        else:
            tf_attr(d, "name", jq(f"{ch(['vpn', 'sftp', 'api'])}.{dom}"), ind)
            tf_attr(d, "type", jq("A"), ind)
            tf_attr(d, "ttl", "300", ind)
            tf_attr(d, "records", ["[", jq((IP, public_ipv4())), "]"], ind, last=True)
        d.w('          },\n          "sensitive_attributes": [],\n          "private": "', base64.b64encode(R.randbytes(30)).decode(), '"\n        }\n      ]\n    }', "," if j < len(res) - 1 else "", "\n")
    d.w("  ],\n  \"check_results\": null\n}\n")
    return d


# ========================================================================================= K8s
@kind(8)
def k8s_yaml(i):
    d = Doc(f"infra/k8s/{ch(['payments', 'crm', 'clinical', 'notifications'])}/{ch(['secret', 'configmap', 'deploy'])}-{i}.yaml")
    ns = ch(["payments", "crm", "clinical", "notifications"])
    dom = ch(["quillandslate.com", "bluequarry.io", "cedarlinehealth.org"])
    on = Person(ch(["us", "nl", "pl", "uk"]))
    for doc_i in range(R.randint(1, 3)):
        if doc_i:
            d.w("---\n")
        kind_ = ch(["Secret", "Secret", "ConfigMap", "Deployment"])
        d.w("apiVersion: ", "apps/v1" if kind_ == "Deployment" else "v1", "\nkind: ", kind_, "\nmetadata:\n  name: ", ch(["billing-api", "crm-sync", "hl7-bridge", "mailer"]), "-", kind_.lower(),
            "\n  namespace: ", ns, "\n  uid: ", ("uuid", uuid4()), "\n  resourceVersion: \"", ("k8s_resource_version", str(R.randint(1000000, 99999999))), "\"\n",
            "  creationTimestamp: \"", other_date("us", 2024, 2025, "iso"), "T", f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00Z\"\n",
            "  annotations:\n    owner: \"", (NAME, on.name), " <", (EM, on.work_email(dom)), ">\"\n")
        if kind_ == "Secret":
            ib = iban_raw(ch(["NL", "PL", "ES"]))
            sftp = private_ipv4()
            sup = Person("us")
            d.w("    kubectl.kubernetes.io/last-applied-configuration: |\n      ")
            d.w('{"apiVersion":"v1","kind":"Secret","metadata":{"name":"billing-api-secret","namespace":"', ns, '"},"stringData":{"PAYOUT_IBAN":"', (IBAN, ib), '","SFTP_HOST":"', (IP, sftp),
                '","SUPPORT_CONTACT":"', (EM, sup.work_email(dom)), '"},"type":"Opaque"}\n')
            d.w("type: Opaque\ndata:\n")
            for key in ("DB_PASSWORD", "SMTP_PASSWORD", "API_TOKEN"):
                d.w(f"  {key}: ", base64.b64encode(R.randbytes(R.randint(12, 30))).decode(), "\n")
            d.w("stringData:\n  PAYOUT_IBAN: \"", (IBAN, ib), "\"\n  PAYOUT_BIC: \"", (BIC, bic(iban_value=ib)), "\"\n  SFTP_HOST: \"", (IP, sftp), "\"\n  SUPPORT_CONTACT: \"",
                (EM, sup.work_email(dom)), "\"\n")
            if chance(0.5):
                d.w("  STRIPE_TEST_CARD: \"", ("test_value", test_card("plain")), "\"\n")
        elif kind_ == "ConfigMap":
            d.w("data:\n  ONCALL_PRIMARY: \"", (NAME, Person("us").name), "\"\n  ONCALL_PHONE: \"", (PH, phone("us", style="e164")), "\"\n  ALLOWED_SOURCE_IPS: \"",
                (IP, public_ipv4()), ",", (IP, public_ipv4()), "\"\n  APP_VERSION: \"", ("version", version4()), "\"\n  LAST_EXPORT_ETAG: \"", ("s3_etag", s3_etag()), "\"\n  LOG_LEVEL: info\n")
        else:
            d.w("spec:\n  replicas: ", str(R.randint(1, 4)), "\n  template:\n    spec:\n      hostAliases:\n      - ip: \"", (IP, private_ipv4()), "\"\n        hostnames: [\"legacy-db\"]\n",
                "      containers:\n      - name: app\n        image: registry.", dom, "/app:", ("version", version4()), "\n        env:\n        - name: ADMIN_EMAIL\n          value: \"",
                (EM, on.work_email(dom)), "\"\n        - name: GIT_SHA\n          value: \"", ("git_sha", git_sha()), "\"\n")
    return d


# ================================================================================ EU letters/forms
INTL = {
    "es": dict(co=["Seguros Levante S.A.", "Banco Cantábrico", "Clínica San Rafael", "Gimnasio Atalaya"], form="SOLICITUD DE ALTA DE CLIENTE", cust="Nº de cliente",
               first="Nombre", last="Apellidos", full="Nombre y apellidos", dob="Fecha de nacimiento", natid=("DNI/NIE", dni_es, "es_dni"), addr="Domicilio",
               city="C.P. y localidad", phone="Teléfono móvil", email="Correo electrónico", iban="IBAN para domiciliación", bic="BIC",
               consent="Autorizo el tratamiento de mis datos personales conforme al Reglamento (UE) 2016/679 y a la política de privacidad de la entidad.",
               place="En {city}, a", sign="Firma del titular", hosp="Hospital Universitario Virgen de la Vega", report="INFORME DE ALTA HOSPITALARIA",
               patient="Paciente", mrn="NHC", admit="Fecha de ingreso", disch="Fecha de alta", dx="Diagnóstico principal", icdl="CIE-10", doctor="Médica responsable",
               lic=("Nº colegiado", lambda: digits(9, True), "medical_license_number"), contact="Teléfono de contacto", born_f="nacida el", born_m="nacido el",
               course="Paciente que ingresa por cuadro de disnea progresiva y fiebre de tres días de evolución. Se inicia antibioterapia empírica con buena respuesta clínica. Se decide alta a domicilio con seguimiento por su médico de atención primaria.",
               dear="Estimada Sra.", dear_m="Estimado Sr.", letter="Le comunicamos que su solicitud ha sido aprobada. Según nuestros registros, usted figura como titular",
               org_born=("La asociación nació el", "non_birth_date"), age="años"),
    "pt": dict(co=["Seguros Atlântico", "Caixa Ribeira", "Clínica do Bonfim", "Ginásio Alvorada"], form="FICHA DE INSCRIÇÃO DE CLIENTE", cust="N.º de cliente",
               first="Nome próprio", last="Apelidos", full="Nome completo", dob="Data de nascimento", natid=("NIF", nif_pt, "pt_nif"), addr="Morada",
               city="Código postal / Localidade", phone="Telemóvel", email="E-mail", iban="IBAN", bic="BIC/SWIFT",
               consent="Autorizo o tratamento dos meus dados pessoais nos termos do RGPD, para as finalidades indicadas na presente ficha.",
               place="{city},", sign="Assinatura", hosp="Hospital de Santo António dos Capuchos", report="NOTA DE ALTA", patient="Utente", mrn="N.º de processo",
               admit="Data de admissão", disch="Data de alta", dx="Diagnóstico principal", icdl="CID-10", doctor="Médico assistente",
               lic=("Cédula profissional", lambda: digits(5, True), "medical_license_number"), contact="Contacto", born_f="nascida em", born_m="nascido em",
               course="Utente admitido por dispneia e febre com três dias de evolução. Iniciou antibioterapia empírica com boa resposta. Alta para o domicílio com seguimento pelo médico de família.",
               dear="Exma. Sra.", dear_m="Exmo. Sr.", letter="Informamos que o seu pedido foi aprovado. De acordo com os nossos registos, é titular",
               org_born=("A empresa nasceu em", "non_birth_date"), age="anos"),
    "br": dict(co=["Seguradora Paulista", "Banco Ipiranga", "Clínica Vila Madalena"], form="CADASTRO DE CLIENTE", cust="Código do cliente",
               first="Nome", last="Sobrenome", full="Nome completo", dob="Data de nascimento", natid=("CPF", cpf_br, "br_cpf"), addr="Endereço",
               city="CEP / Cidade - UF", phone="Celular", email="E-mail", iban="IBAN (conta internacional)", bic="SWIFT",
               consent="Declaro que as informações acima são verdadeiras e autorizo o tratamento dos meus dados conforme a LGPD (Lei 13.709/2018).",
               place="{city},", sign="Assinatura", hosp="Hospital Santa Clara", report="RESUMO DE ALTA", patient="Paciente", mrn="Prontuário nº",
               admit="Data de internação", disch="Data da alta", dx="Diagnóstico principal", icdl="CID-10", doctor="Médica responsável",
               lic=("CRM-SP", lambda: digits(6, True), "medical_license_number"), contact="Telefone", born_f="nascida em", born_m="nascido em",
               course="Paciente internado com quadro de dispneia e febre há três dias. Iniciada antibioticoterapia empírica com boa evolução. Alta hospitalar com acompanhamento ambulatorial.",
               dear="Prezada Sra.", dear_m="Prezado Sr.", letter="Informamos que seu cadastro foi aprovado. Segundo nossos registros, o(a) titular é",
               org_born=("A cooperativa nasceu em", "non_birth_date"), age="anos"),
    "it": dict(co=["Assicurazioni Lagunari", "Banca del Monferrato", "Poliambulatorio San Luca", "Palestra Olimpia"], form="MODULO DI ADESIONE", cust="Codice cliente",
               first="Nome", last="Cognome", full="Nome e cognome", dob="Data di nascita", natid=("Codice fiscale", None, "it_codice_fiscale"), addr="Indirizzo di residenza",
               city="CAP e comune", phone="Cellulare", email="Indirizzo e-mail", iban="IBAN per l'addebito", bic="BIC",
               consent="Acconsento al trattamento dei dati personali ai sensi del Regolamento UE 2016/679 (GDPR) per le finalità indicate nell'informativa.",
               place="{city}, lì", sign="Firma", hosp="Azienda Ospedaliera San Gerardo", report="LETTERA DI DIMISSIONE", patient="Paziente", mrn="N. cartella clinica",
               admit="Data di ricovero", disch="Data di dimissione", dx="Diagnosi principale", icdl="ICD-10", doctor="Medico dimettente",
               lic=("Iscr. Ordine dei Medici n.", lambda: digits(5, True), "medical_license_number"), contact="Recapito telefonico", born_f="nata il", born_m="nato il",
               course="Paziente ricoverato per dispnea ingravescente e febbre da tre giorni. Avviata terapia antibiotica empirica con buona risposta clinica. Dimesso a domicilio con follow-up presso il medico curante.",
               dear="Gentile Sig.ra", dear_m="Gentile Sig.", letter="Le comunichiamo che la Sua richiesta è stata accolta. Dai nostri archivi risulta intestatario",
               org_born=("L'associazione è nata il", "non_birth_date"), age="anni"),
    "nl": dict(co=["Verzekeringen Zuid-Holland", "Spaarbank Veluwe", "Huisartsenpraktijk De Linde", "Sportschool Olympia"], form="INSCHRIJFFORMULIER", cust="Klantnummer",
               first="Voornaam", last="Achternaam", full="Naam", dob="Geboortedatum", natid=("BSN", bsn, "nl_bsn"), addr="Adres",
               city="Postcode en woonplaats", phone="Telefoonnummer", email="E-mailadres", iban="IBAN", bic="BIC",
               consent="Ik geef toestemming voor de verwerking van mijn persoonsgegevens volgens de AVG en het privacybeleid.",
               place="{city},", sign="Handtekening", hosp="Ziekenhuis Rijnstate-Oost", report="ONTSLAGBRIEF", patient="Patiënt", mrn="Patiëntnummer",
               admit="Opnamedatum", disch="Ontslagdatum", dx="Hoofddiagnose", icdl="ICD-10", doctor="Behandelend arts",
               lic=("BIG-nummer", lambda: digits(11, True), "medical_license_number"), contact="Telefoon", born_f="geboren op", born_m="geboren op",
               course="Patiënt werd opgenomen wegens toenemende kortademigheid en koorts sinds drie dagen. Gestart met empirische antibiotica met goede klinische respons. Ontslag naar huis met controle bij de huisarts.",
               dear="Geachte mevrouw", dear_m="Geachte heer", letter="Hierbij bevestigen wij dat uw aanvraag is goedgekeurd. Volgens onze gegevens staat het contract op naam van",
               org_born=("De stichting is ontstaan op", "non_birth_date"), age="jaar"),
    "pl": dict(co=["Towarzystwo Ubezpieczeń Wisła", "Bank Spółdzielczy w Rzeszowie", "Przychodnia Zdrowie", "Klub Fitness Tytan"], form="FORMULARZ ZGŁOSZENIOWY", cust="Nr klienta",
               first="Imię", last="Nazwisko", full="Imię i nazwisko", dob="Data urodzenia", natid=("PESEL", None, "pl_pesel"), addr="Adres zamieszkania",
               city="Kod pocztowy i miejscowość", phone="Telefon komórkowy", email="Adres e-mail", iban="Numer rachunku (IBAN)", bic="Kod BIC/SWIFT",
               consent="Wyrażam zgodę na przetwarzanie moich danych osobowych zgodnie z RODO w celach wskazanych w klauzuli informacyjnej.",
               place="{city}, dnia", sign="Podpis", hosp="Szpital Wojewódzki im. Jana Pawła II", report="KARTA INFORMACYJNA LECZENIA SZPITALNEGO", patient="Pacjent", mrn="Nr historii choroby",
               admit="Data przyjęcia", disch="Data wypisu", dx="Rozpoznanie główne", icdl="ICD-10", doctor="Lekarz prowadzący",
               lic=("Nr prawa wykonywania zawodu", lambda: digits(7, True), "medical_license_number"), contact="Telefon kontaktowy", born_f="urodzona", born_m="urodzony",
               course="Pacjent przyjęty z powodu narastającej duszności i gorączki od trzech dni. Włączono empiryczną antybiotykoterapię z dobrą odpowiedzią kliniczną. Wypisany do domu z zaleceniem kontroli u lekarza rodzinnego.",
               dear="Szanowna Pani", dear_m="Szanowny Panie", letter="Uprzejmie informujemy, że Pani/Pana wniosek został rozpatrzony pozytywnie. Według naszych danych posiadaczem umowy jest",
               org_born=("Fundacja narodziła się", "non_birth_date"), age="lat"),
}
ICD9_IT = ["486", "428.0", "250.00", "401.9", "493.90", "574.20"]
IBAN_CC_OF = {"es": "ES", "pt": "PT", "br": "BR", "it": "IT", "nl": "NL", "pl": "PL"}
CITY_NAME = lambda line: re.sub(r"^[\d\- ]+|[A-Z]{2} ", "", line.split(" - ")[0]).strip()


@kind(32)
def eu_document(i):
    lang = ["es", "pt", "it", "nl", "pl", "br"][i % 6]
    sub = ["form", "clinical", "letter", "form", "clinical", "form"][(i // 6) % 6]
    L = INTL[lang]
    loc = lang
    enc = "cp1252" if (lang in ("es", "pt") and i // 6 == 3) else "utf-8"
    ext = ch([".txt", ".txt", ".md"])
    d = Doc(f"intl/{lang}/{sub}_{i:02d}{ext}", enc=enc, crlf=enc == "cp1252")
    p = Person(loc)
    dob_style = ch(LOC_DATE_STYLES[loc])
    if sub == "form":
        co = ch(L["co"])
        d.w(co, "\n", L["form"], "\n", "=" * len(L["form"]), "\n\n", L["cust"], ": ", ("customer_number", digits(8)), "\n\n")
        if chance(0.5) or lang == "it":
            d.w(L["last"], ": ", (NAME, p.last), "\n", L["first"], ": ", (NAME, p.first), "\n")
        else:
            d.w(L["full"], ": ", (NAME, p.name), "\n")
        d.w(L["dob"], ": ", (DOB, fmt_date(p.dob, dob_style)), "\n")
        lab, fn, dk = L["natid"]
        val = fn() if fn else (codice_fiscale(p) if lang == "it" else pesel(p.dob, p.sex))
        d.w(lab, ": ", (dk, val), "\n")
        d.w(L["addr"], ": ", (ADDR, p.street), "\n", L["city"], ": ", p.city, "\n", L["phone"], ": ", (PH, p.phone), "\n", L["email"], ": ", (EM, p.email), "\n")
        ib = iban_raw(IBAN_CC_OF[lang])
        d.w(L["iban"], ": ", (IBAN, fmt_iban(ib)), "\n", L["bic"], ": ", (BIC, bic(iban_value=ib)), "\n")
        if chance(0.3):
            d.w("(", {"es": "IBAN anterior", "pt": "IBAN anterior", "br": "IBAN anterior", "it": "IBAN precedente", "nl": "oud IBAN", "pl": "poprzedni IBAN"}[lang], ": ", ("iban_bad_checksum", iban_bad(IBAN_CC_OF[lang])), " - ", {"es": "rechazado", "pt": "rejeitado", "br": "rejeitado", "it": "respinto", "nl": "afgewezen", "pl": "odrzucony"}[lang], ")\n")
        d.w("\n")
        para(d, [L["consent"]], width=90, hyph=0)
        d.w("\n", L["place"].format(city=CITY_NAME(p.city)), " ", ("signature_date", other_date(loc, 2025, 2025)), "\n", L["sign"], ": ", (NAME, p.name), "\n")
        if chance(0.4):
            d.w("\n", {"es": "Ejemplo de cumplimentación", "pt": "Exemplo de preenchimento", "br": "Exemplo", "it": "Esempio", "nl": "Voorbeeld", "pl": "Przykład"}[lang], ": ", ("test_value", example_email()), "\n")
    elif sub == "clinical":
        doc = Person(loc)
        adm = rand_date(2024, 2025)
        d.w(L["hosp"], "\n", L["report"], "\n\n", L["patient"], ": ", (NAME, p.name), "    ", L["mrn"], ": ", (MRN, mrn(ch([0, 1, 4, 5]))), "\n",
            L["dob"], ": ", (DOB, fmt_date(p.dob, dob_style)), f" ({2025 - p.dob[0]} {L['age']})", "    ", L["natid"][0], ": ",
            (L["natid"][2], L["natid"][1]() if L["natid"][1] else (codice_fiscale(p) if lang == "it" else pesel(p.dob, p.sex))), "\n",
            L["admit"], ": ", ("admission_date", fmt_date(adm, dob_style)), "    ", L["disch"], ": ", ("discharge_date", fmt_date((adm[0], adm[1], min(adm[2] + R.randint(2, 9), 28)), dob_style)), "\n\n")
        c, names = ch(ICD10_WHO)
        d.w(L["dx"], ": ", names[lang if lang != "br" else "pt"], " (", L["icdl"], ": ", (ICD, c), ")\n")
        if lang == "it":
            d.w("Codice ICD-9-CM (SDO): ", ("icd9_code", ch(ICD9_IT)), "\n")
        c2, names2 = ch(ICD10_WHO)
        if c2 != c:
            d.w("  + ", names2[lang if lang != "br" else "pt"], " ", (ICD, c2), "\n")
        d.w("\n")
        para(d, [L["course"]], width=88, hyph=0.4)
        lab, fn, dk = L["lic"]
        d.w("\n", L["doctor"], ": ", ch(["Dr. ", "Dra. ", "Dott. ", "dr ", "Dr "]), (NAME, doc.name), " (", lab, " ", (dk, fn()), ")\n", L["contact"], ": ", (PH, phone(loc)), "\n")
    else:
        co = ch(L["co"])
        d.w(co, "\n", (ADDR, street_line(loc)), "\n", city_line(loc), "\n\n", " " * 40, (NAME, p.name), "\n", " " * 40, (ADDR, p.street), "\n", " " * 40, p.city, "\n\n",
            " " * 40, L["place"].format(city=CITY_NAME(city_line(loc))), " ", ("letter_date", other_date(loc, 2025, 2025)), "\n\n")
        d.w(L["dear"] if p.sex == "F" else L["dear_m"], " ", (NAME, p.last), ",\n\n")
        para(d, [L["letter"], " ", (NAME, p.name), ", ", L["born_f"] if p.sex == "F" else L["born_m"], " ", (DOB, fmt_date(p.dob, ch(["es", "eu"]) if lang == "es" else lang if lang in ("pt", "it", "nl", "pl") else "pt")),
                 ", ", L["addr"].lower(), " ", (ADDR, p.street), ". ", L["org_born"][0], " ", (L["org_born"][1], other_date(loc, 1995, 2015, lang if lang in ("es", "pt", "it", "nl", "pl") else "pt")), "."], width=84, hyph=0.3)
        d.w("\n", L["contact"], ": ", (PH, phone(loc)), " / ", (EM, {"es": "clientes", "pt": "apoio", "br": "atendimento", "it": "servizio.clienti", "nl": "klantenservice", "pl": "obsluga"}[lang] + "@" + fold(co.split()[0].lower()) + {"es": ".es", "pt": ".pt", "br": ".com.br", "it": ".it", "nl": ".nl", "pl": ".pl"}[lang]), "\n\n")
        if chance(0.5):
            d.w(ch(["Ref.", "Rif.", "Nr ref."]), " ", ("invoice_id", invoice_id()), "\n")
    return d


# ============================================================================================ ZPL
@kind(8)
def zpl_labels(i):
    k = ["wristband", "pharmacy", "wristband", "pharmacy", "shipping", "wristband", "pharmacy", "brewery"][i]
    d = Doc(f"labels/zpl/{k}_{R.randint(1000, 9999)}_{i}.zpl", glued_ok=True)
    for _ in range(R.randint(3, 8)):
        d.w("^XA\n^CI28\n")
        if k == "wristband":
            p = Person("us", y0=1930, y1=2024)
            m = mrn()
            doc = Person("us")
            d.w("^FX patient wristband - printed from ADT^FS\n^FO40,20^A0R,36,36^FD", (NAME, p.lastfirst(True)), "^FS\n",
                "^FO90,20^A0R,26,26^FDDOB: ", (DOB, fmt_date(p.dob, "us")), f"  {p.sex}  Age {2025 - p.dob[0]}^FS\n",
                "^FO120,20^A0R,26,26^FDMRN: ", (MRN, m), "  Adm: ", ("admission_date", other_date("us", 2025, 2025, "us")), "^FS\n",
                "^FO150,20^A0R,22,22^FDAttn: ", (NAME, doc.last), ", ", (NAME, doc.first), "  Rm ", f"{R.randint(1, 6)}W-{R.randint(1, 40)}", "^FS\n",
                "^FO40,600^BY2^BCR,70,N,N,N^FD", (MRN, m), "^FS\n", "^FO40,900^BQN,2,4^FDQA,", (MRN, m), "|", (DOB, fmt_date(p.dob, "compact")), "^FS\n")
        elif k == "pharmacy":
            p = Person("us")
            doc = clinician("us")
            ctrl = chance(0.8)
            d.w("^FX Rx label ", ("rx_number", f"RX{digits(7)}"), " prescriber NPI ", (NPI, doc.npi), " DEA ", (DEA, doc.dea) if ctrl else "n/a", "^FS\n",
                "^FO20,20^A0N,30,30^FDTWIN OAKS PHARMACY  ", (PH, phone("us", style="paren")), "^FS\n", "^FO20,60^A0N,24,24^FD", (ADDR, street_line("us").upper()), "^FS\n",
                "^FO20,110^A0N,34,34^FD", (NAME, p.name.upper()), "^FS\n", "^FO20,150^A0N,24,24^FD", (ADDR, p.street.upper()), "^FS\n",
                "^FO20,190^A0N,28,28^FD", ch(["OXYCODONE 5MG TAB", "ALPRAZOLAM 0.5MG TAB", "ZOLPIDEM 10MG TAB"]) if ctrl else ch(["LISINOPRIL 10MG TAB", "METFORMIN 500MG TAB"]), "^FS\n",
                "^FO20,230^A0N,24,24^FDTAKE 1 TABLET BY MOUTH ", ch(["DAILY", "TWICE DAILY", "AT BEDTIME"]), "^FS\n",
                "^FO20,270^A0N,22,22^FDDR. ", (NAME, fold(doc.name).upper()), "  NDC ", ("ndc", f"{digits(5)}-{digits(4)}-{digits(2)}"), "^FS\n",
                "^FO20,300^A0N,22,22^FDFILLED ", ("fill_date", other_date("us", 2025, 2025, "us")), "  DISCARD AFTER ", ("expiry_date", other_date("us", 2026, 2026, "us")), "^FS\n",
                "^FO500,300^BY2^BCN,50,N^FD", ("rx_number", f"RX{digits(7)}"), "^FS\n")
        elif k == "shipping":
            p = Person("us")
            d.w("^FO20,20^A0N,24,24^FDSHIP TO:^FS\n^FO20,50^A0N,32,32^FD", (NAME, p.name.upper()), "^FS\n^FO20,90^A0N,28,28^FD", (ADDR, p.street.upper()), "^FS\n",
                "^FO20,125^A0N,28,28^FD", p.city.upper(), "^FS\n^FO20,160^A0N,24,24^FDTEL ", (PH, p.phone), "^FS\n",
                "^FO20,220^A0N,40,40^FDUPS GROUND^FS\n^FO20,270^A0N,30,30^FDTRACKING #: ", ("ups_tracking", ups_1z()), "^FS\n",
                "^FO20,320^BY3^BCN,120,N^FD", ("ups_tracking", ups_1z()), "^FS\n", "^FO20,460^A0N,22,22^FDREF: ", ("order_id", order_id()), "  EAN ", ("ean13", ean13()), "^FS\n")
        else:
            d.w("^FO20,20^A0N,40,40^FDCOPPER KETTLE BREWING CO^FS\n^FO20,70^A0N,28,28^FDHAZY IPA 6.8% ABV  16 FL OZ^FS\n",
                "^FO20,110^A0N,26,26^FDBORN ON: ", ("non_birth_date", other_date("us", 2025, 2025, "us")), "^FS\n",
                "^FO20,150^A0N,22,22^FDLOT ", ("lot_number", f"L{digits(5)}"), "  UPC ", ("upc_a", upc()), "^FS\n",
                "^FO20,190^BY2^BUN,70,Y,N^FD", ("upc_a", upc()), "^FS\n")
        d.w("^PQ1\n^XZ\n")
    return d


# ========================================================================================= git
@kind(6)
def git_log(i):
    d = Doc(f"repos/{ch(['billing-service', 'patient-portal', 'etl-jobs', 'crm-sync', 'mobile-api', 'ledger'])}_{i}.gitlog")
    devs = [Person(ch(["us", "pl", "nl", "pt", "it", "es"])) for _ in range(5)]
    dom = ch(["quillandslate.com", "bluequarry.io", "cedarlinehealth.org", "northgatecu.org"])
    for _ in range(R.randint(10, 22)):
        a = ch(devs)
        ae = a.work_email(dom) if chance(0.7) else f"{R.randint(1000000, 99999999)}+{fold(a.first).lower()}{a.last[:1].lower()}@users.noreply.github.com"
        day = rand_date(2024, 2025)
        d.w("commit ", ("git_sha", git_sha()), "\n")
        if chance(0.15):
            d.w("Merge: ", ("git_sha", git_sha(7)), " ", ("git_sha", git_sha(7)), "\n")
        d.w("Author: ", (NAME, a.name), " <", (EM, ae), ">\n", "Date:   ", weekday(day), f" {MON_EN[day[1] - 1][:3]} {day[2]} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} {day[0]} {ch(['+0100', '+0200', '-0500', '+0000'])}\n\n")
        msg = ch([["    Bump base image to ", ("version", version4())], ["    Fix IBAN normalisation for grouped input"], ["    Patch ", ("cve_id", cve()), " in xml parser"],
                  ["    Add retry to SFTP upload (host ", (IP, private_ipv4()), ")"], ["    Reported by ", (NAME, ch(devs).name), ": export truncates long street names"],
                  ["    Remove hard-coded customer fixture"], ["    The reconciliation module was born on ", ("non_birth_date", other_date("us", 2019, 2021, "iso")), " during hackweek; finally retire it"]])
        d.w(msg, "\n")
        if chance(0.4):
            r = ch(devs)
            d.w("\n    Reviewed-by: ", (NAME, r.name), " <", (EM, r.work_email(dom)), ">\n")
        if chance(0.3):
            d.w("    Signed-off-by: ", (NAME, a.name), " <", (EM, ae), ">\n")
        d.w("\n")
        if chance(0.45):
            fn = ch(["tests/fixtures/customers.json", "src/validate.py", "config/app.yaml", "seed/dev_seed.sql"])
            d.w(f"diff --git a/{fn} b/{fn}\nindex ", ("git_sha", git_sha(7)), "..", ("git_sha", git_sha(7)), f" 100644\n--- a/{fn}\n+++ b/{fn}\n@@ -{R.randint(1, 90)},7 +{R.randint(1, 90)},7 @@\n")
            if "fixtures" in fn or "seed" in fn:
                p = Person("us")
                leak = chance(0.5)
                d.w("-  {\"name\": \"", (NAME, p.name) if leak else ("test_value", "Jane Doe"), "\", \"email\": \"", (EM, p.email) if leak else ("test_value", example_email()), "\", \"ssn\": \"",
                    (SSN, ssn()) if leak else ("test_value", "123-45-6789"), "\", \"card\": \"", (CC, card()) if leak else ("test_value", test_card()), "\"},\n",
                    "+  {\"name\": \"", ("test_value", "Jane Doe"), "\", \"email\": \"", ("test_value", example_email()), "\", \"ssn\": \"", ("test_value", "123-45-6789"), "\", \"card\": \"", ("test_value", test_card()), "\"},\n")
            elif "validate" in fn:
                d.w("-    if not luhn(number):\n+    if not number.isdigit() or not luhn(number):\n", "     # e.g. ", ("card_bad_luhn", card_bad()), " must be rejected\n")
            else:
                d.w("-  image_tag: ", ("version", version4()), "\n+  image_tag: ", ("version", version4()), "\n   support_email: ", (EM, f"support@{dom}"), "\n")
            d.w("\n")
    return d


# ===================================================================================== self-check
def _dg(v):
    return re.sub(r"[ \-.]", "", v)


def _ip_ok(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    doc = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    return not any(a in n for n in doc if n.version == a.version) and not a.is_loopback and not a.is_unspecified


ICD_ALL = {c for c, _ in ICD10} | {c.replace(".", "") for c, _ in ICD10} | {c for c, _ in ICD10_WHO}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
BRAND_OK = lambda s: (s[0] == "4" and len(s) in (13, 16, 19)) or (s[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(s[:4]) <= 2720) and len(s) == 16 \
    or s[:2] in ("34", "37") and len(s) == 15 or (s.startswith(("6011", "65")) or 644 <= int(s[:3]) <= 649) and len(s) == 16 \
    or 3528 <= int(s[:4]) <= 3589 and len(s) == 16 or s[:2] in ("36", "38", "30") and len(s) == 14

VALIDATORS = {
    CC: lambda v: (lambda s: s.isdigit() and luhn_ok(s) and BRAND_OK(s) and s not in TEST_CARDS)(_dg(v)),
    IBAN: lambda v: iban_valid(v) and IBAN_FMT[v[:2]][0] == len(v.replace(" ", "")) and (v.count(" ") == 0 or re.fullmatch(r"(\w{4} )+\w{1,4}", v)),
    ABA: aba_valid,
    ACCT: lambda v: v.isdigit() and 6 <= len(v) <= 17,
    NPI: npi_valid,
    DEA: lambda v: dea_valid(v),
    NHS: nhs_valid,
    MBI: mbi_valid,
    SSN: lambda v: (lambda s: bool(re.fullmatch(r"\d{9}", s)) and s[:3] not in ("000", "666") and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000"
                    and s not in ("123456789", "078051120", "219099999"))(v.replace("-", "").replace(" ", "")),
    ITIN: lambda v: (lambda s: bool(re.fullmatch(r"9\d{8}", s)) and int(s[3:5]) in ITIN_GROUPS)(v.replace("-", "").replace(" ", "")),
    EIN: lambda v: bool(re.fullmatch(r"\d{2}-?\d{7}", v)) and int(v[:2]) in EIN_PFX,
    EM: lambda v: EMAIL_RE.fullmatch(v) is not None and "example." not in v,
    PH: lambda v: "555-01" not in v and "555 01" not in v and sum(c.isdigit() for c in v) >= 9,
    IP: _ip_ok,
    BIC: lambda v: re.fullmatch(r"[A-Z]{4}(PL|PT|ES|IT|NL|DE|FR|BE|GB|IE|BR|CH|AT|LU|US)[A-Z0-9]{2}([A-Z0-9]{3})?", v) is not None,
    ICD: lambda v: v in ICD_ALL,
    NAME: lambda v: v == v.strip() and len(v) > 1 and not re.match(r"(Dr|Mr|Mrs|Ms|Sr|Sra|Dhr|Mevr|Pan|Pani|Sig)\.?\s", v) and not v.endswith(("MD", "M.D.")),
    ADDR: lambda v: v == v.strip() and any(c.isdigit() for c in v),
    DOB: lambda v: any(c.isdigit() for c in v),
    MRN: lambda v: bool(re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{4,14}", v)),
    PASS: lambda v: bool(re.fullmatch(r"[A-Z]?\d{8,9}", v)),
    DL: lambda v: bool(re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{5,18}", v)),
}
TEST_SSNS = {"123-45-6789", "078-05-1120", "219-09-9999", "Jane Doe", "John Doe"}
DECOY_VALIDATORS = {
    "card_bad_luhn": lambda v: not luhn_ok(_dg(v)),
    "iban_bad_checksum": lambda v: not iban_valid(v),
    "routing_bad_checksum": lambda v: not aba_valid(v),
    "npi_bad_checksum": lambda v: not npi_valid(v),
    "nhs_bad_checksum": lambda v: not nhs_valid(v),
    "dea_bad_checksum": lambda v: not dea_valid(v),
    "imei": lambda v: len(v) == 15 and luhn_ok(v),
    "ean13": lambda v: len(v) == 13 and ean_check(v[:12]) == v[12],
    "upc_a": lambda v: len(v) == 12 and upc_check(v[:11]) == v[11],
    "isbn13": lambda v: (lambda s: len(s) == 13 and ean_check(s[:12]) == s[12])(v.replace("-", "")),
    "ups_tracking": lambda v: v.startswith("1Z") and len(v) == 18 and ups_check(v[2:17]) == v[17],
    "vin": lambda v: len(v) == 17 and vin_check(v) == v[8],
    "test_value": lambda v: _dg(v) in TEST_CARDS or "example." in v or "555-01" in v or "555 01" in v or v in TEST_SSNS,
    "nl_bsn": bsn_valid,
    "mac_address": lambda v: bool(re.fullmatch(r"([0-9a-fA-F]{2}[:-]){5,13}[0-9a-fA-F]{2}", v)),
}

LEAK_RES = [
    ("email", EMAIL_RE),
    ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("ipv6", re.compile(r"(?<![0-9A-Za-z:])(?:[0-9a-f]{1,4}:){2,7}:?[0-9a-f]{1,4}(?![0-9A-Za-z:])")),
    ("ssn_shape", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
    ("card_luhn", re.compile(r"(?<![\w.-])\d(?:[ -]?\d){12,18}(?![\w-])")),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")),
    ("nine_ten_digits", re.compile(r"(?<![\w.-])\d{9,10}(?![\w-])")),
]


def leak_hits(data, covered, enc):
    text = data.decode(enc)
    boff = [0]
    for c in text:
        boff.append(boff[-1] + len(c.encode(enc)))
    out = []
    for name, rx in LEAK_RES:
        for m in rx.finditer(text):
            s, e, v = boff[m.start()], boff[m.end()], m.group(0)
            if name == "ipv4" and not all(int(x) <= 255 for x in v.split(".")):
                continue
            if name == "ipv6" and (v.count(":") < 3 or ("::" not in v and re.fullmatch(r"[\d:]+", v))):
                continue
            if name == "card_luhn" and not luhn_ok(_dg(v)):
                continue
            if name == "iban" and not iban_valid(v):
                continue
            if any(a < e and s < b for a, b in covered):
                continue
            out.append((name, v))
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        sys.exit(3)
    out = args[0]
    if os.path.isdir(os.path.join(out, "files")):
        shutil.rmtree(os.path.join(out, "files"))
    os.makedirs(os.path.join(out, "files"))
    docs = []
    for count, fn in GENERATORS:
        for i in range(count):
            docs.append(fn(i))
    truth, decoys, seen, total = [], [], set(), 0
    for d in docs:
        assert d.path not in seen, d.path
        seen.add(d.path)
        p = os.path.join(out, "files", d.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        data = d.data()
        with open(p, "wb") as fh:
            fh.write(gzip.compress(data, compresslevel=6, mtime=0) if d.path.endswith(".gz") else data)
        total += len(data)
        for s, e, t, v in sorted(d.spans):
            truth.append({"file": d.path, "start": s, "end": e, "type": t, "_v": v})
        for s, e, k, v in sorted(d.decoys):
            decoys.append({"file": d.path, "start": s, "end": e, "kind": k, "_v": v})

    # ---- self-check
    errors, leaks, samples = 0, Counter(), {}
    by_file = {}
    for r in truth + decoys:
        by_file.setdefault(r["file"], []).append(r)

    def err(msg):
        nonlocal errors
        errors += 1
        if errors < 60:
            print(msg, file=sys.stderr)

    for d in docs:
        raw = open(os.path.join(out, "files", d.path), "rb").read()
        data = gzip.decompress(raw) if d.path.endswith(".gz") else raw
        if data != d.data():
            err(f"file content differs from builder: {d.path}")
        recs = by_file.get(d.path, [])
        ts = sorted((r["start"], r["end"]) for r in recs if "type" in r)
        for a, b in zip(ts, ts[1:]):
            if b[0] < a[1]:
                err(f"overlapping truth in {d.path}: {a} {b}")
        ds = sorted((r["start"], r["end"]) for r in recs if "kind" in r)
        for a, b in zip(ds, ds[1:]):
            if b[0] < a[1]:
                err(f"overlapping decoys in {d.path}: {a} {b}")
        for r in recs:
            got = data[r["start"]:r["end"]].decode(d.enc, "replace")
            if got != r["_v"] or not got or got != got.strip():
                err(f"span mismatch {d.path} {r['start']}:{r['end']} {got!r} != {r['_v']!r}")
            if "type" in r and r["type"] in VALIDATORS and not VALIDATORS[r["type"]](r["_v"]):
                err(f"invalid {r['type']} {r['_v']!r} in {d.path}")
            if "kind" in r:
                if r["kind"] in DECOY_VALIDATORS and not DECOY_VALIDATORS[r["kind"]](r["_v"]):
                    err(f"decoy {r['kind']} {r['_v']!r} in {d.path} fails its shape check")
                if any(a < r["end"] and r["start"] < b for a, b in ts):
                    err(f"decoy overlaps truth in {d.path}: {r}")
            s, e = r["start"], r["end"]
            if not d.glued_ok and ((s > 0 and data[s - 1:s].isalnum()) or (e < len(data) and data[e:e + 1].isalnum())):
                err(f"span glued to neighbouring text in {d.path}: {data[max(0, s - 10):e + 10]!r}")
        for name, v in leak_hits(data, [(r["start"], r["end"]) for r in recs], d.enc):
            leaks[name] += 1
            samples.setdefault(name, []).append((d.path, v))

    per_type = Counter(t["type"] for t in truth)
    per_kind = Counter(x["kind"] for x in decoys)
    with open(os.path.join(out, "truth.jsonl"), "w") as fh:
        for t in truth:
            fh.write(json.dumps({k: t[k] for k in ("file", "start", "end", "type")}) + "\n")
    with open(os.path.join(out, "decoys.jsonl"), "w") as fh:
        for x in decoys:
            fh.write(json.dumps({k: x[k] for k in ("file", "start", "end", "kind")}) + "\n")
    open(os.path.join(out, "columns_truth.jsonl"), "w").close()
    stats = {"preset": "heldout-h", "seed": SEED, "text_files": len(docs), "text_bytes": total, "entities": len(truth),
             "decoys": len(decoys), "columns": 0, "per_type": dict(sorted(per_type.items())),
             "decoy_kinds": dict(sorted(per_kind.items()))}
    with open(os.path.join(out, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)
    # stats.json must agree with truth.jsonl / decoys.jsonl as written
    re_t = Counter(json.loads(l)["type"] for l in open(os.path.join(out, "truth.jsonl")))
    re_d = Counter(json.loads(l)["kind"] for l in open(os.path.join(out, "decoys.jsonl")))
    st = json.load(open(os.path.join(out, "stats.json")))
    if st["per_type"] != dict(re_t) or st["entities"] != sum(re_t.values()) or st["decoy_kinds"] != dict(re_d):
        err("stats.json disagrees with truth.jsonl / decoys.jsonl")
    print(json.dumps(stats, indent=1))
    thin = [t for t in ALL_TYPES if per_type[t] < 40]
    if thin:
        print(f"WARNING: under-represented types: {thin}", file=sys.stderr)
    for name, n in sorted(leaks.items()):
        print(f"unlabelled look-alike {name}: {n}, e.g. {samples[name][:5]}", file=sys.stderr)
        errors += n
    if errors:
        print(f"self-check FAILED: {errors} error(s)", file=sys.stderr)
        sys.exit(1)
    print(f"self-check ok: {len(truth)} spans, {len(decoys)} decoys in {len(docs)} files, {total} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()

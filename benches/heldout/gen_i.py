#!/usr/bin/env python3
"""Held-out corpus I: a labelled, generated data-lake sample for datareach accuracy checks.

Written BLIND to the detection rules by a helper session: nothing under classifiers/, src/, tests/ was read,
nor gen_a..gen_h beyond the module docstring of gen_h (layout / labelling conventions). The dev corpus was
looked at for layout and truth format only (README, score.py, stats.json, a few jsonl lines). Pools,
phrasing, checksum code and document kinds are new.

Document kinds (all new relative to A-H):
  mail/       multipart .eml messages; the text/plain part is 7bit-safe quoted-printable (identity-encoded,
              labelled) or 8bit French; HTML alternative parts carry no values; base64 attachments are
              opaque binary and carry no labels
  har/        HAR 1.2 archives (query strings, urlencoded + JSON form posts, response bodies, serverIPAddress)
  cloud/      AWS CloudTrail record files and Azure activity-log exports (callerIpAddress, claims)
  net/        VPC flow logs (v2 and custom v5 field order) - IPs, plus account ids / ENIs / epochs as decoys
  mesh/       Envoy / Istio sidecar access logs (text and JSON format), one .gz
  chat/       WhatsApp (US and EU date styles), Microsoft Teams JSON exports, Discord JSON exports
  tickets/    Zendesk JSON, Jira CSV, ServiceNow incident JSON exports
  disputes/   Stripe dispute JSON lines and PayPal resolution-centre CSV
  bank/       BAI2 files, ISO 20022 camt.053 XML, Fedwire-style tag messages
  lending/    URLA 1003 mortgage application text dumps
  hr/         I-9 section 1/2 text, W-4 text, background-check reports, offer letters
  insurance/  ACORD-style FNOL notices
  claims/     UB-04 text dumps (dotless ICD-10 codes)
  rx/         NCPDP SCRIPT NewRx XML and pharmacy label print text
  edi/        X12 834 enrollment files
  clinic/     lab requisitions, immunization records, home-health visit notes, school nurse logs
  wiki/       Confluence / Notion markdown exports (runbooks with on-call tables, incident pages)
  code/       Python / Java / Go test fixtures mixing real-looking values and well-known test values
  intl/       French and German letters / forms (non-ASCII; one German file is cp1252-encoded)
  lake/       CSV / TSV / JSON-lines tables: column truth only, no span truth

Labelling conventions:
- PERSON_NAME: real person names without titles/credentials ("Dr.", "RN", "MD" excluded). "Last, First"
  and "LAST*FIRST" (X12 NM1 is split: last and first are separate spans) ... each contiguous name is one
  span; a given name alone or surname alone in clear person position is labelled. Usernames, e-mail
  local parts, company / product / street / facility names are not names.
- STREET_ADDRESS: the street line only (number + street + unit), never city / postcode / country.
- DATE_OF_BIRTH: birth dates only; other dates near them are decoys "non_birth_date".
- IP_ADDRESS: every IPv4 / IPv6 host address (private included), without port. Version strings are
  decoys "version". Documentation ranges are not used.
- EMAIL_ADDRESS: every non-example address. PHONE_NUMBER: the number incl. country code / parentheses,
  without extension.
- US_BANK_ACCOUNT_NUMBER / MEDICAL_RECORD_NUMBER / US_PASSPORT / US_DRIVERS_LICENSE / US_EIN: only where
  the document says what the value is (keyword, field name, record layout such as BAI2 03 / Fedwire
  {4200}). Routing numbers are labelled where they are routing numbers.
- ICD10_CODE: dotted and dotless (UB-04, X12) ICD-10-CM codes; ICD-9 codes are decoys.
- Test values (4111 1111 1111 1111 & co, example.com/org/net, 555-01xx phones, 123-45-6789, 078-05-1120,
  "John Doe"/"Jane Doe") are decoys "test_value".
- Foreign national ids (other than UK NHS), masked values, order ids, UUIDs, hashes, epoch timestamps,
  tracking / invoice / policy / claim numbers, SKUs, AWS account ids are decoys with a descriptive kind.
- Nothing inside base64 is labelled.

usage: python3 benches/heldout/gen_i.py OUT_DIR

Writes OUT_DIR/files/..., OUT_DIR/truth.jsonl {"file","start","end","type"}, OUT_DIR/decoys.jsonl
{"file","start","end","kind"}, OUT_DIR/columns_truth.jsonl {"file","column","types"} and OUT_DIR/stats.json.
Offsets are byte offsets into the file as stored (decompressed stream for .gz), end exclusive.
Deterministic (SEED). Self-checks: every span re-read from disk equals its value, checksums validate
(and bad-checksum decoys fail), no overlaps, stats match truth, no unlabelled e-mail / SSN-shaped /
Luhn-valid card-shaped / IBAN-shaped look-alikes.
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
from collections import Counter

SEED = 4417
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


def p(x):
    return R.random() < x


def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def up(n, al=string.ascii_uppercase):
    return "".join(R.choice(al) for _ in range(n))


def uuid():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class V:
    """A labelled value (truth span)."""
    __slots__ = ("s", "t")

    def __init__(self, s, t):
        assert t in TYPESET, t
        self.s, self.t = s, t


class D:
    """A decoy value."""
    __slots__ = ("s", "k")

    def __init__(self, s, k):
        self.s, self.k = s, k


def sval(x):
    return x.s if isinstance(x, (V, D)) else x


# ------------------------------------------------------------------------------------------ documents
DOCS = []


class Doc:
    def __init__(self, path, enc="utf-8", gz=False):
        self.path, self.enc, self.gz = path, enc, gz
        self.buf = bytearray()
        self.spans, self.decoys = [], []
        DOCS.append(self)

    def __call__(self, *items):
        for it in items:
            if isinstance(it, V):
                b = it.s.encode(self.enc)
                self.spans.append((len(self.buf), len(self.buf) + len(b), it.t, it.s))
                self.buf += b
            elif isinstance(it, D):
                b = it.s.encode(self.enc)
                self.decoys.append((len(self.buf), len(self.buf) + len(b), it.k, it.s))
                self.buf += b
            elif isinstance(it, (list, tuple)):
                self(*it)
            elif it is None:
                pass
            else:
                self.buf += str(it).encode(self.enc)
        return self

    def ln(self, *items):
        self(*items)
        self.buf += "\n".encode(self.enc)
        return self


def jstr(doc, x):
    """Emit a JSON string whose content is x (str, V, D or list of those)."""
    items = x if isinstance(x, list) else [x]
    doc('"')
    for it in items:
        s = sval(it)
        esc = json.dumps(s, ensure_ascii=False)[1:-1]
        if isinstance(it, (V, D)):
            assert esc == s, ("value changes under JSON escaping", s)
            doc(it)
        else:
            doc(esc)
    doc('"')


def is_str_like(x):
    return isinstance(x, (str, V, D)) or (isinstance(x, list) and x and all(isinstance(i, (str, V, D)) for i in x)
                                          and any(isinstance(i, (V, D)) for i in x))


def jdump(doc, obj, indent=None, level=0):
    """JSON serializer that keeps track of V/D spans. Rich strings are lists of str/V/D marked with R_."""
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (level + 1))
    pad0 = "" if indent is None else " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(obj, Rich):
        jstr(doc, obj.items)
    elif isinstance(obj, (str, V, D)):
        jstr(doc, obj)
    elif isinstance(obj, bool) or obj is None or isinstance(obj, (int, float)):
        doc(json.dumps(obj))
    elif isinstance(obj, dict):
        if not obj:
            doc("{}")
            return
        doc("{" + nl)
        for i, (k, v) in enumerate(obj.items()):
            doc(pad)
            jstr(doc, k)
            doc(": ")
            jdump(doc, v, indent, level + 1)
            if i < len(obj) - 1:
                doc(sep)
            doc(nl)
        doc(pad0 + "}")
    elif isinstance(obj, list):
        if not obj:
            doc("[]")
            return
        doc("[" + nl)
        for i, v in enumerate(obj):
            doc(pad)
            jdump(doc, v, indent, level + 1)
            if i < len(obj) - 1:
                doc(sep)
            doc(nl)
        doc(pad0 + "]")
    else:
        raise TypeError(type(obj))


class Rich:
    def __init__(self, *items):
        self.items = [i for i in items if i is not None and i != ""]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml(doc, tag, val, pad=""):
    """<tag>val</tag> with val a str/V/D (must be XML-safe if V/D)."""
    if isinstance(val, (V, D)):
        assert xesc(val.s) == val.s
        doc(pad, f"<{tag}>", val, f"</{tag}>\n")
    else:
        doc(pad, f"<{tag}>{xesc(val)}</{tag}>\n")


def csv_cell(doc, x, delim=","):
    s = sval(x) if not isinstance(x, list) else "".join(sval(i) for i in x)
    if any(c in s for c in (delim, '"', "\n")):
        doc('"')
        for it in (x if isinstance(x, list) else [x]):
            if isinstance(it, (V, D)):
                assert '"' not in it.s
                doc(it)
            else:
                doc(it.replace('"', '""'))
        doc('"')
    else:
        doc(x)


def csv_row(doc, cells, delim=",", eol="\n"):
    for i, c in enumerate(cells):
        if i:
            doc(delim)
        csv_cell(doc, c, delim)
    doc(eol)


# ------------------------------------------------------------------------------------------ checksums
def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN.get(s[:2], -1) and iban_mod(s) == 1


def aba_ok(s):
    d = [int(c) for c in s]
    if len(d) != 9:
        return False
    pre = int(s[:2])
    if not (0 <= pre <= 12 or 21 <= pre <= 32 or 61 <= pre <= 72 or pre == 80):
        return False
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def npi_ok(s):
    return len(s) == 10 and s[0] in "12" and luhn_ok("80840" + s)


DEA_FIRST = "ABCDEFGHJKLMPRSTUX"


def dea_ok(s):
    if len(s) != 9 or s[0] not in DEA_FIRST or not (s[1].isalpha() or s[1] == "9") or not s[2:].isdigit():
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def nhs_ok(s):
    s = s.replace(" ", "").replace("-", "")
    if len(s) != 10 or not s.isdigit():
        return False
    tot = sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1)))
    chk = 11 - tot % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(s[9])


def ssn_ok(s):
    s = s.replace("-", "").replace(" ", "")
    a, g, n = s[:3], s[3:5], s[5:]
    return len(s) == 9 and s.isdigit() and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def itin_ok(s):
    s = s.replace("-", "").replace(" ", "")
    return len(s) == 9 and s.isdigit() and s[0] == "9" and int(s[3:5]) in ITIN_GROUPS


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    cls = ["C", "A", "N", "D", "A", "N", "D", "A", "A", "D", "D"]
    for c, k in zip(s, cls):
        if k == "C" and c not in "123456789":
            return False
        if k == "D" and c not in "0123456789":
            return False
        if k == "A" and c not in MBI_L:
            return False
        if k == "N" and c not in MBI_AN:
            return False
    return True


def ip_ok(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


EIN_PREFIXES = ("01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 "
                "40 41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 "
                "73 74 75 76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99").split()


def ein_ok(s):
    s = s.replace("-", "")
    return len(s) == 9 and s.isdigit() and s[:2] in EIN_PREFIXES


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not luhn_ok(d):
        return False
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(d[:4]) <= 3589:
        return n == 16
    if d[:2] in ("36", "38") or 300 <= int(d[:3]) <= 305:
        return n == 14
    return False


VALIDATORS = {CC: card_ok, IBAN: iban_ok, ABA: aba_ok, NPI: npi_ok, DEA: dea_ok, NHS: nhs_ok, SSN: ssn_ok,
              ITIN: itin_ok, MBI: mbi_ok, IP: ip_ok, EIN: ein_ok}


# ------------------------------------------------------------------------------------------ pools
FIRST = ("Adaeze Aidan Alejandra Alistair Amara Anders Anjali Annika Arjun Astrid Beatriz Benedikt Bianca Bronwyn "
         "Caleb Camille Carmen Cedric Chiara Colm Constance Dagny Damaris Dashiell Delphine Desmond Dominika "
         "Eamon Ebony Eleni Elias Emeka Esperanza Estelle Ezra Fatima Felipe Fenna Fiona Florian Gareth Gemma "
         "Giulia Graham Greta Hamid Hannelore Harriet Hector Hiroshi Ilse Imogen Ingrid Isidro Ivana Jamal "
         "Jasmine Joaquin Jolene Josefa Jude Kalani Kasimir Keisha Kenji Kiran Lachlan Lavinia Leander Leonie "
         "Lorcan Lucinda Magnus Maite Malcolm Marisol Matthias Maeve Mehmet Mireille Moses Nadia Nikolai Noor "
         "Octavia Odessa Oluwaseun Orla Osvaldo Pallavi Perpetua Quentin Rafferty Ramona Rashida Reuben Rosalind "
         "Rowan Saoirse Sebastian Severin Shauna Sigrid Soledad Stellan Tabitha Tamsin Thaddeus Theodora Tobias "
         "Ulrike Valentina Viktor Wendell Winona Xiomara Yusuf Zainab Zeke Brandon Kayla Tyrone Darnell Shelby "
         "Dustin Brittany Marcus LaToya Cody Megan Travis Krystal Heather Wesley Tamika Gloria Dolores Earl Vernon").split()
LAST = ("Abernathy Achterberg Adeyemi Albrecht Alcantara Ambrose Ashworth Balogun Barraclough Beaumont Bergqvist "
        "Blackwood Bocanegra Brannigan Brightwater Castellanos Chakraborty Chesterfield Cifuentes Coughlan Dalgleish "
        "Delacroix Drummond Dziedzic Eastwood Ekwueme Engstrom Esposito Fairbanks Farquhar Featherstone Fonseca "
        "Gallagher Garrido Gottlieb Greenhalgh Gunawardena Halvorsen Hargreaves Hashemi Holloway Ibarra Iwasaki "
        "Jablonski Jorgensen Kaczmarek Kavanagh Kowalczyk Lachance Lindqvist Llewellyn Lockhart Maguire Marchetti "
        "Mbeki McAllister Mendelsohn Montgomery Nakamura Nwachukwu Oduya Okafor Oyelaran Pacheco Pemberton "
        "Pettigrew Quintero Radcliffe Ramaswamy Reinholt Rosenthal Saavedra Schuyler Sedgwick Sorensen Spalding "
        "Stavros Sutherland Tanaka Thibodeaux Trevino Umeh Vandermeer Villanueva Wainwright Whitfield Wojcik "
        "Yamamoto Zeller Zuniga Boudreaux Kimura Haddad Novak Petrov Castillo Henning Ferreira Dumont Lindgren "
        "Moreau Fischer Brennan Okonkwo Pritchard Varga Szabo Hughes Tran Nguyen Patel Goldberg Romero").split()
FIRST_FR = "Amélie Benoît Céline Clément Éloïse Étienne Gaëlle Hélène Jérôme Léa Loïc Maëlle Noémie Rémi Thérèse Zoé".split()
LAST_FR = "Lefèvre Bérard Chevalier Duchêne Faure Gauthier Lécuyer Mercier Pelletier Rousseau Thénardier Vasseur".split()
FIRST_DE = "Jürgen Jörg Bärbel Günter Käthe Björn Sören Uwe Dörte Ludger Anneliese Friederike".split()
LAST_DE = "Müller Schäfer Köhler Weiß Groß Hölzl Brückner Krämer Schröder Vogt Lübke Dreßler".split()

STREETS = ("Maple Oakridge Juniper Willow Creek Harborview Sycamore Aspen Ridge Millbrook Fairmont Linden Chestnut "
           "Magnolia Kingsley Birchwood Cobblestone Pinecrest Westbrook Briarcliff Larkspur Hawthorne Riverside "
           "Sagebrush Tamarack Cypress Foxhall Meadowlark Quarry Stonebridge Wexford Beacon Orchard Granite "
           "Bluebonnet Canterbury Dogwood Ellsworth Glenhaven Holloway Ironwood Jefferson Lakeshore Morningside").split()
SUFFIX = "St Street Ave Avenue Rd Road Blvd Dr Drive Ln Lane Ct Way Pl Terrace Pkwy Cir".split()
UNITS = ["Apt 4B", "Apt 12", "Unit 305", "Suite 210", "#7", "Apt. 3C", "Ste 1400", "Unit B", "Fl 2", "Apt 1102"]
CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tacoma", "WA", "984"), ("Boise", "ID", "837"),
          ("Madison", "WI", "537"), ("Richmond", "VA", "232"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"),
          ("Albany", "NY", "122"), ("Fresno", "CA", "937"), ("Savannah", "GA", "314"), ("Omaha", "NE", "681"),
          ("Plano", "TX", "750"), ("Tampa", "FL", "336"), ("Denver", "CO", "802"), ("Trenton", "NJ", "086"),
          ("Lansing", "MI", "489"), ("Eugene", "OR", "974"), ("Reno", "NV", "895"), ("Worcester", "MA", "016"),
          ("Knoxville", "TN", "379"), ("Scranton", "PA", "185"), ("Duluth", "MN", "558"), ("Mobile", "AL", "366")]
MAIL_DOM = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com", "aol.com", "comcast.net",
            "fastmail.com", "gmx.de", "orange.fr", "btinternet.com", "verizon.net", "me.com"]
ORG_DOM = ["northwind-health.org", "bluepeak-lending.com", "harborview-clinic.org", "tallgrass-insurance.com",
           "corvid-logistics.io", "meridianbank.com", "ashgrove-pharmacy.com", "pinecrest-isd.org", "quillfeather.co",
           "lumenta.ai", "stonebridge-hr.com", "redfern-labs.net", "ostara-payments.com", "kestrel-mortgage.com"]
COMPANIES = ["Northwind Health Partners", "Bluepeak Lending LLC", "Harborview Clinic", "Tallgrass Mutual Insurance",
             "Corvid Logistics Inc", "Meridian Community Bank", "Ashgrove Pharmacy", "Quillfeather Studio",
             "Lumenta Analytics", "Stonebridge Staffing Group", "Redfern Laboratories", "Ostara Payments",
             "Kestrel Mortgage Co", "Pinecrest Home Health", "Garnet Ridge Orthopedics"]
STATES = "AL AZ CA CO FL GA ID IL MA MI MN NC NE NJ NV NY OH OR PA TN TX VA WA WI".split()

ICD_CODES = ("E11.9 E11.65 E78.5 I10 I25.10 J45.909 J44.9 J06.9 J18.9 K21.9 M54.50 F41.1 F32.9 F32.A E66.9 E03.9 "
             "N39.0 R51.9 R10.9 R05.9 Z00.00 Z23 Z79.4 I48.91 I50.9 N18.30 G43.909 G47.33 K57.30 K58.9 L40.0 "
             "M17.11 M25.561 M81.0 S93.401A S52.501A S06.0X0A T78.40XA O24.419 O80 Z34.81 R73.03 E55.9 D64.9 "
             "D50.9 H52.4 J30.9 J02.9 J01.90 B34.9 A09 U07.1 Z87.891 F17.210 F10.20 F90.0 F84.0 G40.909 G89.29 "
             "M62.830 R26.81 R42 R53.83 I63.9 I21.9 C50.911 C34.90 C61 Z51.11 E87.1 E86.0 N17.9 K80.20 K35.80 "
             "L03.115 L89.152 Z99.2 Z95.1 H10.9 E10.9 E11.22 I11.0 J20.9 M79.605 R06.02 R11.2 S83.511A Z13.220 "
             "Z71.3 Z30.011 N94.6 L70.0 L20.9 H66.90 H65.92 R50.9 R21 Z28.3 Z20.822 J10.1 F43.10 G35").split()
ICD_DESC = {"E11.9": "Type 2 diabetes mellitus without complications", "I10": "Essential (primary) hypertension",
            "J45.909": "Unspecified asthma, uncomplicated", "F41.1": "Generalized anxiety disorder",
            "M54.50": "Low back pain, unspecified", "E78.5": "Hyperlipidemia, unspecified",
            "J06.9": "Acute upper respiratory infection, unspecified", "K21.9": "GERD without esophagitis",
            "Z23": "Encounter for immunization", "Z00.00": "General adult medical exam w/o abnormal findings"}
ICD9 = ["250.00", "401.9", "272.4", "493.90", "530.81", "724.2", "311", "300.02", "V70.0", "786.2"]
DRUGS = ["metformin 500 mg tablet", "lisinopril 10 mg tablet", "atorvastatin 20 mg tablet", "amoxicillin 500 mg capsule",
         "sertraline 50 mg tablet", "albuterol HFA 90 mcg/actuation", "omeprazole 20 mg DR capsule",
         "levothyroxine 75 mcg tablet", "amlodipine 5 mg tablet", "gabapentin 300 mg capsule",
         "hydrocodone/APAP 5-325 mg tablet", "montelukast 10 mg tablet", "prednisone 20 mg tablet"]
COUNTRIES_BIC = ["US", "GB", "DE", "FR", "NL", "ES", "IT", "CH", "BE", "IE", "SE", "AT", "PL", "PT", "CA", "JP", "SG", "AU"]
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "IE": 22,
            "PL": 28, "PT": 25, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "LU": 20}
IBAN_ALPHA = {"GB": 4, "NL": 4, "IE": 4}  # leading bank letters
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
      "okhttp/4.12.0", "curl/8.5.0", "python-requests/2.31.0", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"]


# ------------------------------------------------------------------------------------------ generators
def first():
    return ch(FIRST)


def last():
    return ch(LAST)


def fullname():
    f, l = first(), last()
    if p(0.15):
        return f"{f} {up(1)}. {l}"
    return f"{f} {l}"


def email_for(f, l, dom=None):
    dom = dom or ch(MAIL_DOM)
    f, l = f.lower().replace("'", ""), l.lower().replace("'", "")
    pat = R.randrange(7)
    loc = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:3]}{R.randrange(10, 99)}", f"{l}.{f[0]}", f"{f}_{l}{R.randrange(1970, 2004)}",
           f"{f}{R.randrange(100, 999)}", f"{f[0]}.{l}"][pat]
    return f"{loc}@{dom}"


def email():
    return email_for(first(), last())


def role_email():
    return f"{ch(['billing', 'support', 'hr', 'payroll', 'claims', 'intake', 'ap', 'records', 'noc', 'privacy'])}@{ch(ORG_DOM)}"


def area_code():
    while True:
        a = f"{R.randrange(2, 10)}{R.randrange(0, 9)}{R.randrange(0, 10)}"
        if a[1:] != "11" and a not in ("555", "800", "888", "877", "866", "900"):
            return a


def exch():
    while True:
        e = f"{R.randrange(2, 10)}{dg(2)}"
        if e[1:] != "11" and e != "555":
            return e


def phone(style=None):
    a, e, n = area_code(), exch(), dg(4)
    style = R.randrange(7) if style is None else style
    return [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}", f"+1-{a}-{e}-{n}",
            f"1 ({a}) {e}-{n}", f"({a}) {e}-{n}"][style]


def phone_e164():
    return f"+1{area_code()}{exch()}{dg(4)}"


def phone_intl(cc):
    if cc == "FR":
        return f"+33 {R.randrange(1, 8)} {dg(2)} {dg(2)} {dg(2)} {dg(2)}" if p(0.5) else f"0{R.randrange(1, 8)} {dg(2)} {dg(2)} {dg(2)} {dg(2)}"
    if cc == "DE":
        return f"+49 {ch(['30', '40', '89', '221', '69', '711'])} {dg(7)}" if p(0.5) else f"0{ch(['30', '40', '89', '221'])} {dg(3)} {dg(4)}"
    if cc == "GB":
        return f"+44 {ch(['20', '161', '121', '113', '131'])} {dg(3)} {dg(4)}" if p(0.5) else f"07{dg(3)} {dg(6)}"
    return phone()


def ssn(sep="-"):
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    g, s = R.randrange(1, 100), R.randrange(1, 10000)
    v = f"{a:03d}{sep}{g:02d}{sep}{s:04d}"
    if v.replace(sep, "") in ("123456789", "078051120", "219099999"):
        return ssn(sep)
    return v


def ssn_bad():
    k = R.randrange(3)
    if k == 0:
        return f"{ch(['000', '666', str(R.randrange(900, 1000))])}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}", "ssn_bad_area"
    if k == 1:
        return f"{R.randrange(1, 666):03d}-00-{R.randrange(1, 10000):04d}", "ssn_bad_group"
    return f"{R.randrange(1, 666):03d}-{R.randrange(1, 100):02d}-0000", "ssn_bad_serial"


def itin(sep="-"):
    return f"9{dg(2)}{sep}{ch(ITIN_GROUPS):02d}{sep}{dg(4)}"


def street():
    n = str(R.randrange(1, 9999)) if p(0.8) else str(R.randrange(10000, 99999))
    s = f"{n} {ch(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NW '])}{ch(STREETS)} {ch(SUFFIX)}"
    if p(0.3):
        s += (", " if p(0.5) else " ") + ch(UNITS)
    return s


def city():
    c, st, z = ch(CITIES)
    return c, st, z + dg(2)


MONTHS = "January February March April May June July August September October November December".split()
MON3 = [m[:3] for m in MONTHS]


def rdate(y0=1935, y1=2008):
    return R.randrange(y0, y1 + 1), R.randrange(1, 13), R.randrange(1, 29)


def fmt_date(t, style=None):
    y, m, d = t
    style = R.randrange(7) if style is None else style
    return [f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y}", f"{MONTHS[m-1]} {d}, {y}",
            f"{d:02d} {MON3[m-1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{MON3[m-1]} {d}, {y}"][style]


def dob(style=None):
    return fmt_date(rdate(), style)


def other_date(style=None):
    return fmt_date(rdate(2019, 2025), style)


def ipv4(private=None):
    while True:
        if private or (private is None and p(0.3)):
            k = R.randrange(3)
            s = [f"10.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}",
                 f"172.{R.randrange(16, 32)}.{R.randrange(256)}.{R.randrange(1, 255)}",
                 f"192.168.{R.randrange(256)}.{R.randrange(1, 255)}"][k]
            return s
        a = R.randrange(1, 224)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}"


def ipv6():
    pre = ch(["2600:1f18", "2a02:c7f", "2607:f8b0", "2a01:4f8", "2001:470", "2406:da00", "2620:10d", "2a00:1450"])
    groups = [f"{R.randrange(0, 65536):x}" for _ in range(R.randrange(3, 7))]
    if len(groups) == 6:
        s = pre + ":" + ":".join(groups)
    else:
        s = pre + ":" + ":".join(groups[:2]) + "::" + ":".join(groups[2:])
    return str(ipaddress.ip_address(s)) if p(0.7) else s


def ip_any():
    return ipv6() if p(0.15) else ipv4()


def passport():
    return dg(9) if p(0.6) else f"{ch('ACEFGHJKLMNPRSTUVWXZ')}{dg(8)}"


DL_FMT = {"CA": lambda: up(1) + dg(7), "NY": lambda: f"{dg(3)} {dg(3)} {dg(3)}", "TX": lambda: dg(8),
          "FL": lambda: f"{up(1)}{dg(3)}-{dg(3)}-{dg(2)}-{dg(3)}-{dg(1)}", "IL": lambda: f"{up(1)}{dg(3)}-{dg(4)}-{dg(4)}",
          "WA": lambda: "WDL" + up(6, string.ascii_uppercase + string.digits), "PA": lambda: dg(8),
          "OH": lambda: up(2) + dg(6), "MI": lambda: f"{up(1)} {dg(3)} {dg(3)} {dg(3)} {dg(3)}",
          "NJ": lambda: f"{up(1)}{dg(4)} {dg(5)} {dg(5)}", "AZ": lambda: up(1) + dg(8), "MA": lambda: "S" + dg(8),
          "CO": lambda: f"{dg(2)}-{dg(3)}-{dg(4)}", "GA": lambda: dg(9), "WI": lambda: f"{up(1)}{dg(3)}-{dg(4)}-{dg(4)}-{dg(2)}"}


def dlic(state=None):
    state = state or ch(list(DL_FMT))
    return state, DL_FMT[state]()


def npi():
    body = ch("12") + dg(8)
    full = luhn_complete("80840" + body)
    return full[5:]


def dea(lastname="X"):
    f = ch(DEA_FIRST)
    s = lastname[0].upper() if lastname[0].isalpha() else "9"
    d = [R.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f + s + "".join(map(str, d)) + str(c)


def mbi(dash=False):
    s = (ch("123456789") + ch(MBI_L) + ch(MBI_AN) + ch("0123456789") + ch(MBI_L) + ch(MBI_AN) + ch("0123456789")
         + ch(MBI_L) + ch(MBI_L) + dg(2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dash else s


def mrn(style=None):
    style = R.randrange(6) if style is None else style
    return [dg(8), "MR" + dg(7), f"{dg(3)}-{dg(2)}-{dg(2)}", "E" + dg(9), dg(10), f"HV{dg(6)}"][style]


def icd(dot=True):
    c = ch(ICD_CODES)
    return c if dot else c.replace(".", "")


def nhs(style=None):
    while True:
        b = dg(9)
        tot = sum(int(c) * w for c, w in zip(b, range(10, 1, -1)))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        s = b + str(chk)
        style = R.randrange(3) if style is None else style
        return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][style]


def nhs_bad():
    while True:
        s = dg(10)
        if not nhs_ok(s):
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def card(brand=None, fmt=None):
    brand = brand or ch(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb", "diners"])
    if brand == "visa":
        while True:
            body = "4" + dg(14)
            if not body.startswith(("4111", "4242", "4000", "4012")):
                break
        n = luhn_complete(body)
    elif brand == "mc":
        n = luhn_complete(str(R.randrange(51, 56)) + dg(13))
    elif brand == "mc2":
        n = luhn_complete(str(R.randrange(2221, 2721)) + dg(11))
    elif brand == "amex":
        n = luhn_complete(ch(["34", "37"]) + dg(12))
    elif brand == "disc":
        n = luhn_complete(ch(["6011", "65" + dg(2)]) + dg(11))
    elif brand == "jcb":
        n = luhn_complete(str(R.randrange(3528, 3590)) + dg(11))
    else:
        n = luhn_complete("36" + dg(11))
    fmt = R.randrange(3) if fmt is None else fmt
    if fmt == 0:
        return n
    sep = " " if fmt == 1 else "-"
    if len(n) == 15:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    if len(n) == 14:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def card_bad():
    while True:
        n = "4" + dg(15) if p(0.5) else "5" + str(R.randrange(1, 6)) + dg(14)
        if not luhn_ok(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def iban(cc=None, spaced=None):
    cc = cc or ch(list(IBAN_LEN))
    n = IBAN_LEN[cc] - 4
    la = IBAN_ALPHA.get(cc, 0)
    if cc == "IT":
        bban = up(1) + dg(10) + dg(12)
    else:
        bban = up(la) + dg(n - la)
    chk = 98 - iban_mod(cc + "00" + bban)
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    spaced = p(0.5) if spaced is None else spaced
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_bad():
    s = iban(spaced=False)
    while True:
        c = f"{R.randrange(2, 99):02d}"
        t = s[:2] + c + s[4:]
        if not iban_ok(t):
            return t


ABA_PRE = [f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))]


def aba():
    while True:
        s = ch(ABA_PRE) + dg(6)
        d = [int(c) for c in s]
        part = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - part % 10) % 10
        s += str(c)
        if aba_ok(s):
            return s


def aba_bad():
    while True:
        s = ch(ABA_PRE) + dg(7)
        if not aba_ok(s):
            return s


def acct():
    return dg(R.choice([8, 9, 10, 10, 11, 12]))


def bic(cc=None):
    cc = cc or ch(COUNTRIES_BIC)
    loc = ch(["2X", "33", "MM", "FF", "22", "NY", "3N", "LL", "PP", "2A"])
    s = up(4) + cc + loc
    if p(0.35):
        s += ch(["XXX", "100", "NYC", "LDN", "B01", "HAM"])
    return s


def ein(sep="-"):
    return ch(EIN_PREFIXES) + sep + dg(7)


# decoy generators
def order_id():
    return ch([f"ORD-{dg(7)}", f"SO{dg(8)}", f"#{dg(6)}", f"PO-{dg(4)}-{dg(5)}", f"{up(3)}-{dg(6)}"])


def tracking():
    return ch([f"1Z{up(3, string.ascii_uppercase + string.digits)}{dg(3)}{dg(10)}", f"9400{dg(18)}", f"{dg(12)}"])


def epoch_ms():
    return str(R.randrange(1577836800000, 1735689600000))


def sha(n=40):
    return hx(n)


def version():
    return f"{R.randrange(1, 15)}.{R.randrange(0, 20)}.{R.randrange(0, 40)}.{R.randrange(0, 300)}"


def masked_card():
    return ch(["************", "**** **** **** ", "XXXX-XXXX-XXXX-", "xxxx"]) + dg(4)


def policy_no():
    return ch([f"POL-{dg(8)}", f"{up(3)}{dg(7)}", f"HO-{dg(3)}-{dg(6)}", f"PA{dg(9)}"])


def claim_no():
    return ch([f"CLM-{dg(9)}", f"{dg(2)}-{dg(6)}-{up(2)}", f"C{dg(10)}"])


def invoice_no():
    return ch([f"INV-{dg(6)}", f"{R.randrange(2021, 2026)}-{dg(5)}", f"F{dg(8)}"])


def sku():
    return ch([f"SKU-{up(3)}-{dg(4)}", f"{up(2)}{dg(5)}-{up(1)}", f"{dg(3)}-{dg(3)}-{dg(3)}"])


TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "378282246310005",
              "4111111111111111", "4242424242424242", "6011111111111117", "5105105105105100"]
TEST_SSN = ["123-45-6789", "078-05-1120", "219-09-9999"]


def test_email():
    return f"{ch(['jdoe', 'test', 'user', 'alice', 'bob', 'demo', 'qa'])}@{ch(['example.com', 'example.org', 'example.net'])}"


def test_phone():
    return f"({area_code()}) 555-01{dg(2)}" if p(0.5) else f"{area_code()}-555-01{dg(2)}"


def asc(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s.replace("ß", "ss")).encode("ascii", "ignore").decode()


class Person:
    def __init__(self, locale="US"):
        if locale == "FR":
            self.first, self.last = ch(FIRST_FR), ch(LAST_FR)
        elif locale == "DE":
            self.first, self.last = ch(FIRST_DE), ch(LAST_DE)
        else:
            self.first, self.last = first(), last()
        self.mi = up(1)
        self.name = f"{self.first} {self.last}"
        self.dobt = rdate()
        self.email = email_for(asc(self.first), asc(self.last))
        self.phone = phone()
        self.street = street()
        self.city, self.state, self.zip = city()
        self.ssn = ssn()

    def dob(self, style=None):
        return fmt_date(self.dobt, style)


# ------------------------------------------------------------------------------------------ kinds
def rfc_date():
    y, m, d = rdate(2023, 2025)
    return f"{ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {d} {MON3[m-1]} {y} {R.randrange(7, 19):02d}:{R.randrange(60):02d}:{R.randrange(60):02d} {ch(['-0500', '-0400', '+0000', '-0700', '+0100'])}"


def qp_safe(lines):
    for l in lines:
        assert len(l.encode()) <= 76 and "=" not in l and all(ord(c) < 127 for c in l), l


def gen_mail(i):
    d = Doc(f"mail/msg_{i:04d}.eml")
    a, b = Person(), Person()
    org = ch(ORG_DOM)
    b_email = email_for(b.first, b.last, org)
    bnd = "----=_Part_" + dg(6) + "_" + dg(9) + "." + epoch_ms()
    d("Return-Path: <", V(a.email, EM), ">\n")
    d("Received: from mail-", hx(6), ".", ch(MAIL_DOM), " (mail-", hx(6), " [", V(ipv4(False), IP), "])\n")
    d("\tby mx", R.randrange(1, 9), ".", org, " with ESMTPS id ", D(hx(16), "queue_id"), "\n")
    d("\tfor <", V(b_email, EM), ">; ", rfc_date(), "\n")
    d("From: \"", V(a.name, NAME), "\" <", V(a.email, EM), ">\n")
    d("To: ", V(b.name, NAME), " <", V(b_email, EM), ">\n")
    if p(0.4):
        d("Cc: ", V(role_email(), EM), "\n")
    topic = R.randrange(4)
    subj = ["Updated direct deposit details", "Re: lease application - documents", "Fwd: insurance card + claim",
            "Reimbursement request"][topic]
    d(f"Subject: {subj}\nDate: {rfc_date()}\nMessage-ID: <", D(uuid(), "uuid"), f"@{ch(MAIL_DOM)}>\nMIME-Version: 1.0\n")
    d(f"Content-Type: multipart/mixed; boundary=\"{bnd}\"\n\n")
    d(f"--{bnd}\nContent-Type: multipart/alternative; boundary=\"alt-{bnd}\"\n\n--alt-{bnd}\n")
    d("Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: quoted-printable\n\n")
    body = []  # list of lines (lists of items)
    body.append([f"Hi {b.first},"])
    body.append([])
    if topic == 0:
        body.append(["Please switch my paycheck deposit to the new account below"])
        body.append(["starting with the next pay period."])
        body.append([])
        body.append(["  Bank: ", ch(["Meridian Community Bank", "First Prairie CU", "Harbor Savings"])])
        body.append(["  Routing number: ", V(aba(), ABA)])
        body.append(["  Account number: ", V(acct(), ACCT), " (checking)"])
        body.append(["  Employee ID: ", D("E" + dg(6), "employee_id")])
        body.append([])
        body.append(["My SSN for the payroll record is ", V(ssn(), SSN), "."])
    elif topic == 1:
        body.append(["Attached are the documents for the unit. Current address is"])
        body.append([V(a.street, ADDR), f", {a.city}, {a.state} {a.zip}."])
        body.append(["Date of birth ", V(a.dob(), DOB), ", driver's license ", a.state if a.state in DL_FMT else "CA", " ",
                     V(dlic(a.state if a.state in DL_FMT else "CA")[1], DL), "."])
        body.append(["Move-in date would be ", D(other_date(), "non_birth_date"), "."])
        body.append(["Reference: ", V(b.first, NAME), " can call my landlord"])
        body.append([V(fullname(), NAME), " at ", V(phone(), PH), "."])
    elif topic == 2:
        body.append(["Forwarding the card photo. Member ID is ", V(mbi(), MBI), " (Medicare)."])
        body.append(["Claim no ", D(claim_no(), "claim_no"), ", date of service ", D(other_date(), "non_birth_date"), "."])
        body.append(["Diagnosis on the EOB was ", V(icd(), ICD), "; provider NPI ", V(npi(), NPI), "."])
        body.append(["DOB ", V(a.dob(1), DOB), ", cell ", V(a.phone, PH), "."])
    else:
        body.append(["Receipt total $", f"{R.randrange(20, 900)}.{dg(2)}", " charged to my card ending ", D(masked_card(), "masked_card"), "."])
        body.append(["If you need the full number for the chargeback it is"])
        body.append([V(card(fmt=1), CC), ", exp ", f"{R.randrange(1, 13):02d}/{R.randrange(26, 31)}", "."])
        body.append(["Invoice ", D(invoice_no(), "invoice_no"), ", order ", D(order_id(), "order_id"), "."])
    body.append([])
    body.append(["Thanks,"])
    body.append([V(a.first, NAME)])
    body.append([V(a.phone, PH)])
    if p(0.3):
        body.append([])
        body.append(["> On ", rfc_date()[:16], ", ", V(b.name, NAME), " wrote:"])
        body.append(["> Please send it to"])
        body.append(["> ", V(b_email, EM), " or the shared box"])
        body.append(["> (never to ", D(test_email(), "test_value"), ", that is our demo tenant)."])
    qp_safe(["".join(sval(x) for x in l) for l in body])
    for l in body:
        d.ln(*l)
    d(f"\n--alt-{bnd}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n")
    d("<html><body style=3D\"font-family:Arial\"><p>This message contains a plain-text version.</p>=\n<p>Sent from my phone</p></body></html>\n")
    d(f"--alt-{bnd}--\n\n--{bnd}\n")
    fn = ch(["scan.png", "IMG_" + dg(4) + ".png", "card_front.png"])
    d(f"Content-Type: image/png; name=\"{fn}\"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"{fn}\"\n\n")
    blob = b"\x89PNG\r\n\x1a\n" + bytes(R.randrange(256) for _ in range(R.randrange(600, 2400)))
    b64 = base64.b64encode(blob).decode()
    for k in range(0, len(b64), 76):
        d(b64[k:k + 76], "\n")
    d(f"--{bnd}--\n")


def gen_mail_fr(i):
    d = Doc(f"mail/msg_fr_{i:04d}.eml")
    a = Person("FR")
    org = ch(ORG_DOM)
    ag = Person("FR")
    ag_email = email_for(asc(ag.first), asc(ag.last), org)
    d("From: =?UTF-8?Q?Service_cr=C3=A9dit?= <", V(ag_email, EM), ">\n")
    d("To: <", V(a.email, EM), ">\nSubject: =?UTF-8?Q?Votre_dossier_de_pr=C3=AAt?=\nDate: ", rfc_date(), "\nMIME-Version: 1.0\n")
    d("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
    d("Bonjour ", V(f"{a.first} {a.last}", NAME), ",\n\n")
    d("Nous accusons réception de votre dossier. Pour finaliser le prélèvement, merci de vérifier les\ncoordonnées suivantes :\n\n")
    d("  Titulaire : ", V(f"{a.first} {a.last}", NAME), "\n")
    d("  Adresse : ", V(f"{R.randrange(1, 120)} {ch(['rue', 'avenue', 'boulevard', 'allée'])} {ch(['des Lilas', 'Victor-Hugo', 'de la République', 'Émile-Zola', 'du Général-Leclerc'])}", ADDR),
      f", {R.randrange(10, 96)}{dg(3)} {ch(['Lyon', 'Nantes', 'Rennes', 'Lille', 'Besançon', 'Orléans'])}\n")
    d("  Né(e) le : ", V(a.dob(5).replace(".", "/"), DOB), "\n")
    d("  IBAN : ", V(iban("FR", True), IBAN), "\n  BIC : ", V(bic("FR"), BIC), "\n")
    d("  N° de sécurité sociale : ", D(f"{ch('12')} {dg(2)} {dg(2)} {dg(2)} {dg(3)} {dg(3)} {dg(2)}", "fr_insee"), "\n")
    d("  Téléphone : ", V(phone_intl("FR"), PH), "\n")
    d("  Référence mandat : ", D(f"RUM-{dg(10)}", "mandate_ref"), "\n\n")
    d("La date de signature du contrat est le ", D(other_date(5).replace(".", "/"), "non_birth_date"), ".\n\n")
    d("Cordialement,\n", V(f"{ag.first} {ag.last}", NAME), "\nService clients – ", ch(COMPANIES), "\n", V(phone_intl("FR"), PH), "\n")


def iso_ts(y0=2024, y1=2025):
    y, m, dd = rdate(y0, y1)
    return f"{y}-{m:02d}-{dd:02d}T{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{dg(3)}Z"


def pct(s):
    return s.replace("@", "%40").replace(" ", "%20").replace("+", "%2B").replace("(", "%28").replace(")", "%29")


JS_WORDS = ("function return var let const this null undefined true false new typeof instanceof if else for while "
            "switch case break default try catch finally throw map filter reduce forEach push splice slice concat "
            "length prototype call apply bind Object Array Promise then resolve reject async await render props "
            "state setState useEffect useState dispatch action payload reducer store module exports require").split()


def minjs():
    """PII-free minified-looking JavaScript (bulk, realistic non-sensitive bytes)."""
    out = [f"/*! app bundle {hx(8)} */"]
    for _ in range(R.randrange(60, 220)):
        v = "".join(R.choice(string.ascii_letters) for _ in range(R.randrange(1, 3)))
        out.append(f"{ch(JS_WORDS)} {v}=function({ch('abcdefg')},{ch('hijklmn')}){{{ch(JS_WORDS)} {v}.{ch(JS_WORDS)}({R.randrange(0, 999)})"
                   f"&&{ch(JS_WORDS)}[{R.randrange(0, 64)}]}};")
    return "".join(out)


def gen_har(i):
    d = Doc(f"har/session_{i:03d}.har")
    host = ch(["portal.kestrel-mortgage.com", "members.tallgrass-insurance.com", "app.ostara-payments.com",
               "mychart.harborview-clinic.org", "careers.stonebridge-hr.com"])
    entries = []
    for k in range(R.randrange(14, 26)):
        P = Person()
        kind = R.randrange(6)
        qs, post, resp, method, path = [], None, None, "GET", "/"
        srv = ipv4(False) if p(0.85) else ipv6()
        hdrs = [{"name": "Host", "value": host}, {"name": "User-Agent", "value": ch(UA)},
                {"name": "Accept", "value": "application/json, text/plain, */*"},
                {"name": "X-Request-Id", "value": D(uuid(), "uuid")}]
        if p(0.5):
            hdrs.append({"name": "X-Forwarded-For", "value": Rich(V(ipv4(False), IP), ", ", V(ipv4(True), IP))})
        if kind == 0:
            path = "/api/v2/members/search"
            em = P.email
            qs = [{"name": "email", "value": V(pct(em), EM)}, {"name": "dob", "value": V(P.dob(1), DOB)},
                  {"name": "_", "value": D(epoch_ms(), "epoch_ms")}]
            url = Rich(f"https://{host}{path}?email=", V(pct(em), EM), "&dob=", V(P.dob(1), DOB), "&_=", D(epoch_ms(), "epoch_ms"))
            resp = Rich('{"results":[{"memberId":"', D("M" + dg(9), "member_id"), '","name":"', V(P.name, NAME),
                        '","dob":"', V(P.dob(1), DOB), '","phone":"', V(P.phone, PH), '"}],"total":1}')
        elif kind == 1:
            method, path = "POST", "/apply/step-2"
            url = f"https://{host}{path}"
            post = {"mimeType": "application/x-www-form-urlencoded",
                    "params": [{"name": "first_name", "value": V(P.first, NAME)}, {"name": "last_name", "value": V(P.last, NAME)},
                               {"name": "ssn", "value": V(P.ssn, SSN)}, {"name": "birth_date", "value": V(P.dob(1), DOB)},
                               {"name": "co_applicant_itin", "value": V(itin(), ITIN) if p(0.5) else ""},
                               {"name": "address1", "value": V(P.street, ADDR)}, {"name": "zip", "value": P.zip},
                               {"name": "csrf_token", "value": D(hx(32), "csrf_token")}],
                    "text": Rich("first_name=", V(P.first, NAME), "&last_name=", V(P.last, NAME), "&ssn=", V(P.ssn, SSN),
                                 "&birth_date=", V(P.dob(1), DOB))}
            resp = Rich('{"ok":true,"applicationId":"', D(uuid(), "uuid"), '"}')
        elif kind == 2:
            method, path = "POST", "/api/payments/methods"
            url = f"https://{host}{path}"
            post = {"mimeType": "application/json",
                    "text": Rich('{"type":"ach","routing":"', V(aba(), ABA), '","account":"', V(acct(), ACCT),
                                 '","holder":"', V(P.name, NAME), '","nickname":"', ch(["Checking", "Joint", "Rent"]), '"}')}
            resp = Rich('{"id":"pm_', hx(24), '","last4":"', dg(4), '","status":"verified"}')
        elif kind == 3:
            path = "/static/js/app." + hx(8) + ".js"
            url = Rich(f"https://{host}{path}?v=", D(version(), "version"))
            resp = minjs()
        elif kind == 4:
            method, path = "POST", "/api/v1/cards/tokenize"
            url = f"https://{host}{path}"
            cc = card(fmt=0)
            post = {"mimeType": "application/json",
                    "text": Rich('{"pan":"', V(cc, CC), '","exp":"', f"{R.randrange(1, 13):02d}{R.randrange(26, 31)}",
                                 '","zip":"', P.zip, '","email":"', V(P.email, EM), '"}')}
            resp = Rich('{"token":"tok_', hx(20), '","masked":"', D(masked_card(), "masked_card"), '"}')
        else:
            path = "/api/v1/profile"
            url = f"https://{host}{path}"
            resp = Rich('{"user":{"id":', str(R.randrange(10000, 999999)), ',"displayName":"', V(P.name, NAME),
                        '","email":"', V(P.email, EM), '","mobile":"', V(phone_e164(), PH), '","address":{"line1":"',
                        V(P.street, ADDR), '","city":"', P.city, '","state":"', P.state, '","postalCode":"', P.zip,
                        '"},"lastLoginIp":"', V(ip_any(), IP), '","createdAt":"', D(iso_ts(2019, 2023), "non_birth_date"), '"}}')
        req = {"method": method, "url": url, "httpVersion": "HTTP/2", "cookies": [
            {"name": "session", "value": D(hx(40), "session_id")}], "headers": hdrs, "queryString": qs,
            "headersSize": -1, "bodySize": 0 if post is None else R.randrange(80, 900)}
        if post:
            req["postData"] = post
        content = {"size": R.randrange(40, 5000), "mimeType": "application/json" if resp else "application/javascript"}
        if resp:
            content["text"] = resp
        entries.append({"startedDateTime": iso_ts(), "time": round(R.uniform(5, 900), 3), "request": req,
                        "response": {"status": ch([200, 200, 201, 304, 400]), "statusText": "", "httpVersion": "HTTP/2",
                                     "headers": [{"name": "content-type", "value": content["mimeType"]},
                                                 {"name": "x-amzn-trace-id", "value": "Root=1-" + hx(8) + "-" + hx(24)}],
                                     "cookies": [], "content": content, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "connect": -1, "send": 0.1,
                                                 "wait": round(R.uniform(5, 800), 2), "receive": 0.6, "ssl": -1},
                        "serverIPAddress": V(srv, IP), "connection": str(R.randrange(400, 90000))})
    log = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": iso_ts(), "id": "page_1", "title": f"https://{host}/", "pageTimings": {}}],
                   "entries": entries}}
    jdump(d, log, indent=2)
    d("\n")


def gen_cloudtrail(i):
    d = Doc(f"cloud/cloudtrail_{i:03d}.json")
    acct_id = dg(12)
    recs = []
    for k in range(R.randrange(20, 40)):
        P = Person()
        user = f"{P.first.lower()}.{P.last.lower()}"
        ev = ch(["ConsoleLogin", "GetObject", "PutObject", "AdminCreateUser", "AssumeRoleWithSAML", "UpdateUserAttributes", "CreateAccessKey"])
        src = ipv4(False) if p(0.85) else ipv6()
        r = {"eventVersion": "1.09",
             "userIdentity": {"type": "IAMUser" if p(0.5) else "AssumedRole", "principalId": "AIDA" + up(17, string.ascii_uppercase + string.digits),
                              "arn": Rich(f"arn:aws:iam::", D(acct_id, "aws_account_id"), f":user/{user}"),
                              "accountId": D(acct_id, "aws_account_id"), "userName": user},
             "eventTime": iso_ts()[:19] + "Z", "eventSource": "cognito-idp.amazonaws.com" if "User" in ev else "s3.amazonaws.com",
             "eventName": ev, "awsRegion": ch(["us-east-1", "us-west-2", "eu-west-1"]), "sourceIPAddress": V(src, IP),
             "userAgent": ch(UA), "requestParameters": None, "responseElements": None,
             "requestID": D(uuid(), "uuid"), "eventID": D(uuid(), "uuid"), "readOnly": ev.startswith("Get"),
             "eventType": "AwsApiCall", "managementEvent": True, "recipientAccountId": D(acct_id, "aws_account_id")}
        if ev in ("AdminCreateUser", "UpdateUserAttributes"):
            Q = Person()
            r["requestParameters"] = {"userPoolId": "us-east-1_" + up(9, string.ascii_letters + string.digits),
                                      "username": Q.email.split("@")[0] + dg(2),
                                      "userAttributes": [{"name": "email", "value": V(Q.email, EM)},
                                                         {"name": "phone_number", "value": V(phone_e164(), PH)},
                                                         {"name": "given_name", "value": V(Q.first, NAME)},
                                                         {"name": "family_name", "value": V(Q.last, NAME)},
                                                         {"name": "birthdate", "value": V(Q.dob(1), DOB)}]}
        elif ev in ("GetObject", "PutObject"):
            r["requestParameters"] = {"bucketName": ch(["claims-intake-prod", "hr-docs-archive", "kyc-uploads"]),
                                      "key": Rich(f"uploads/{dg(4)}/", D(uuid(), "uuid"), ".pdf")}
            r["additionalEventData"] = {"bytesTransferredIn": R.randrange(0, 90000), "x-amz-id-2": hx(40)}
        elif ev == "ConsoleLogin":
            r["responseElements"] = {"ConsoleLogin": ch(["Success", "Failure"])}
            r["additionalEventData"] = {"MFAUsed": ch(["Yes", "No"]), "LoginTo": "https://console.aws.amazon.com/"}
        elif ev == "AssumeRoleWithSAML":
            r["requestParameters"] = {"roleArn": Rich("arn:aws:iam::", D(acct_id, "aws_account_id"), ":role/SSO-Admin"),
                                      "principalArn": Rich("arn:aws:iam::", D(acct_id, "aws_account_id"), ":saml-provider/Okta")}
            r["responseElements"] = {"subject": V(P.email, EM), "subjectType": "persistent", "audience": "https://signin.aws.amazon.com/saml"}
        recs.append(r)
    jdump(d, {"Records": recs}, indent=None if p(0.5) else 2)
    d("\n")


def gen_azure(i):
    d = Doc(f"cloud/azure_activity_{i:03d}.json")
    out = []
    sub = uuid()
    for k in range(R.randrange(15, 30)):
        P = Person()
        upn = email_for(P.first, P.last, ch(ORG_DOM))
        out.append({"time": iso_ts(), "resourceId": Rich("/SUBSCRIPTIONS/", D(sub.upper(), "uuid"), "/RESOURCEGROUPS/RG-PROD/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/KV-CLAIMS"),
                    "operationName": ch(["MICROSOFT.KEYVAULT/VAULTS/SECRETS/READ/ACTION", "MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION",
                                         "MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE"]),
                    "category": "Administrative", "resultType": ch(["Success", "Start", "Failure"]),
                    "callerIpAddress": V(ip_any(), IP), "correlationId": D(uuid(), "uuid"),
                    "identity": {"authorization": {"scope": "/subscriptions/" + sub, "action": "Microsoft.Authorization/roleAssignments/write"},
                                 "claims": {"name": V(P.name, NAME), "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn": V(upn, EM),
                                            "ipaddr": V(ipv4(False), IP), "oid": D(uuid(), "uuid"),
                                            "appid": D(uuid(), "uuid")}},
                    "level": "Information", "properties": {"statusCode": "OK", "serviceRequestId": None,
                                                           "message": Rich("Role assignment granted by ", V(P.name, NAME))}})
    jdump(d, {"value": out}, indent=2)
    d("\n")


def gen_vpcflow(i, gz=False):
    d = Doc(f"net/vpcflow_{i:03d}.log" + (".gz" if gz else ""), gz=gz)
    acct_id = dg(12)
    custom = p(0.4)
    if custom:
        d("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status vpc-id pkt-srcaddr pkt-dstaddr\n")
    else:
        d("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n")
    eni = ["eni-" + hx(17) for _ in range(5)]
    hosts = [ipv4(True) for _ in range(12)]
    t = R.randrange(1700000000, 1730000000)
    for k in range(R.randrange(150, 260)):
        s = ch(hosts) if p(0.5) else ipv4()
        dd = ch(hosts) if s not in hosts or p(0.3) else ipv4(False)
        if p(0.05):
            d("2 ", D(acct_id, "aws_account_id"), f" {ch(eni)} - - - - - - - ", D(str(t), "epoch"), " ", str(t + 60), " - NODATA\n")
        else:
            d("5 " if custom else "2 ", D(acct_id, "aws_account_id"), f" {ch(eni)} ", V(s, IP), " ", V(dd, IP),
              f" {R.randrange(1024, 65535)} {ch([443, 80, 22, 5432, 3306, 53, 123, 8443])} {ch([6, 6, 17])} {R.randrange(1, 400)} {R.randrange(40, 900000)} ",
              D(str(t), "epoch"), f" {t + R.randrange(1, 60)} {ch(['ACCEPT', 'ACCEPT', 'REJECT'])} OK")
            if custom:
                d(f" vpc-{hx(17)} ", V(s, IP), " ", V(dd, IP))
            d("\n")
        t += R.randrange(0, 5)


def gen_envoy(i, gz=False):
    d = Doc(f"mesh/envoy_{i:03d}.log" + (".gz" if gz else ""), gz=gz)
    js = p(0.35)
    svc = ch(["patient-api", "billing-svc", "identity", "claims-gateway"])
    for k in range(R.randrange(70, 140)):
        P = Person()
        ts = iso_ts()
        path_kind = R.randrange(8)
        if path_kind == 0:
            path = ["/v1/patients/lookup?mrn=", V(mrn(0), MRN), "&dob=", V(P.dob(1), DOB)]
        elif path_kind == 1:
            path = ["/v1/users?email=", V(pct(P.email), EM)]
        elif path_kind == 2:
            path = ["/v1/verify/phone?number=", V(pct(phone_e164()), PH)]
        elif path_kind == 3:
            path = ["/healthz"]
        elif path_kind == 4:
            path = ["/v1/orders/", D(order_id().replace("#", ""), "order_id")]
        else:
            path = [f"/v1/{ch(['claims', 'invoices', 'sessions', 'documents'])}/", D(uuid(), "uuid")]
        xff = V(ipv4(False), IP)
        up_ip = V(ipv4(True), IP)
        rid = D(uuid(), "uuid")
        meth = ch(["GET", "GET", "POST", "PUT"])
        code = ch([200, 200, 200, 204, 404, 503])
        if js:
            d('{"start_time":"', ts, '","method":"', meth, '","path":"', path, '","protocol":"HTTP/1.1","response_code":', str(code),
              ',"response_flags":"-","bytes_received":', str(R.randrange(0, 3000)), ',"bytes_sent":', str(R.randrange(0, 90000)),
              ',"duration":', str(R.randrange(1, 900)), ',"x_forwarded_for":"', xff, '","user_agent":"', ch(UA),
              '","request_id":"', rid, '","authority":"', svc, '.prod.svc.cluster.local","upstream_host":"', up_ip, f':{ch([8080, 9000, 3000])}",',
              '"downstream_remote_address":"', V(ipv4(True), IP), f':{R.randrange(30000, 60000)}"', "}\n")
        else:
            d(f"[{ts}] \"{meth} ", path, f" HTTP/1.1\" {code} - via_upstream - \"-\" {R.randrange(0, 3000)} {R.randrange(0, 90000)} {R.randrange(1, 900)} {R.randrange(1, 900)} \"",
              xff, f"\" \"{ch(UA)}\" \"", rid, f"\" \"{svc}.prod.svc.cluster.local\" \"", up_ip, f":{ch([8080, 9000, 3000])}\" outbound|8080||{svc}.prod.svc.cluster.local ",
              V(ipv4(True), IP), f":{R.randrange(30000, 60000)} ", V(ipv4(True), IP), f":8080 ", V(ipv4(True), IP), f":{R.randrange(30000, 60000)} - default\n")


def chat_msg(speaker, other, tz="US"):
    """Return a list of items for one chat message body."""
    k = R.randrange(16)
    if k == 0:
        return ["my new cell is ", V(phone(), PH), " btw"]
    if k == 1:
        return ["send it to ", V(email(), EM), " not my work one"]
    if k == 2:
        return ["ok the routing # is ", V(aba(), ABA), " and acct ", V(acct(), ACCT)]
    if k == 3:
        return ["moved to ", V(street(), ADDR), " last week, update the insurance pls"]
    if k == 4:
        return ["@", V(other.first, NAME), " can you cover my shift on ", D(other_date(2), "non_birth_date"), "?"]
    if k == 5:
        return ["the portal wants my ssn again?? it's ", V(ssn(), SSN), " right"]
    if k == 6:
        return ["tracking number ", D(tracking(), "tracking"), " says out for delivery"]
    if k == 7:
        return ["happy birthday!! born ", V(dob(3), DOB), " means you're officially old 🎂"]
    if k == 8:
        return ["card got declined, use the amex ", V(card("amex", 1), CC)]
    if k == 9:
        return ["lol ok"]
    if k == 10:
        return ["ask ", V(fullname(), NAME), " from accounting, she has the ein ", V(ein(), EIN)]
    if k == 11:
        return ["test card for the sandbox is ", D(ch(TEST_CARDS), "test_value"), " don't use real ones"]
    if k == 12:
        return ["server is ", V(ipv4(True), IP), " if you need to ssh in"]
    if k == 13:
        return ["👍"] if p(0.6) else ["for the tax guy: my ITIN is ", V(itin(), ITIN)]
    if k == 14:
        return ["his passport number is ", V(passport(), PASS), " expires ", D(other_date(0), "non_birth_date")]
    return ["call me at ", V(phone(), PH), " after 5"]


def gen_whatsapp(i):
    d = Doc(f"chat/whatsapp_{i:03d}.txt")
    eu = p(0.4)
    people = [Person() for _ in range(R.randrange(2, 5))]
    y = R.choice([2023, 2024])
    if eu:
        d(f"{R.randrange(1, 28):02d}/{R.randrange(1, 13):02d}/{y}, 09:{R.randrange(10, 59)} - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n")
    for k in range(R.randrange(60, 150)):
        sp = ch(people)
        ot = ch(people)
        m, dd = R.randrange(1, 13), R.randrange(1, 29)
        hh, mm = R.randrange(0, 24), R.randrange(60)
        if eu:
            d(f"{dd:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d} - ", V(sp.name, NAME), ": ", chat_msg(sp, ot), "\n")
        else:
            d(f"[{m}/{dd}/{str(y)[2:]}, {(hh % 12) or 12}:{mm:02d}:{R.randrange(60):02d} {'AM' if hh < 12 else 'PM'}] ", V(sp.name, NAME), ": ", chat_msg(sp, ot), "\n")
        if p(0.03):
            d(f"{m}/{dd}/{str(y)[2:]}, {hh}:{mm:02d} - ", V(sp.name, NAME), " added ", V(phone("+1"[0:0] and 3 or 3), PH), "\n")


def gen_teams(i):
    d = Doc(f"chat/teams_export_{i:03d}.json")
    people = [Person() for _ in range(R.randrange(3, 7))]
    dom = ch(ORG_DOM)
    msgs = []
    for k in range(R.randrange(40, 90)):
        sp, ot = ch(people), ch(people)
        body = chat_msg(sp, ot)
        msgs.append({"id": D(epoch_ms(), "epoch_ms"), "messageType": "message", "createdDateTime": iso_ts(),
                     "from": {"user": {"id": D(uuid(), "uuid"), "displayName": V(sp.name, NAME),
                                       "userIdentityType": "aadUser", "email": V(email_for(sp.first, sp.last, dom), EM)}},
                     "body": {"contentType": "html", "content": Rich("<p>", *body, "</p>")},
                     "attachments": [], "mentions": [], "reactions": []})
    jdump(d, {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A" + hx(32) + "%40thread.v2')/messages",
              "value": msgs}, indent=2)
    d("\n")


def gen_discord(i):
    d = Doc(f"chat/discord_{i:03d}.json")
    people = [Person() for _ in range(R.randrange(3, 8))]
    handles = {id(pp): pp.first.lower() + ch(["_", ".", ""]) + ch(["gg", "xo", "99", "dev", "42", ""]) for pp in people}
    msgs = []
    for k in range(R.randrange(50, 110)):
        sp, ot = ch(people), ch(people)
        msgs.append({"id": str(R.randrange(10**17, 10**18)), "type": "Default", "timestamp": iso_ts()[:-1] + "+00:00",
                     "timestampEdited": None, "isPinned": False, "content": Rich(*chat_msg(sp, ot)),
                     "author": {"id": str(R.randrange(10**17, 10**18)), "name": handles[id(sp)], "discriminator": "0000",
                                "nickname": V(sp.first, NAME) if p(0.5) else handles[id(sp)], "isBot": False},
                     "attachments": [], "embeds": [], "reactions": []})
    jdump(d, {"guild": {"id": str(R.randrange(10**17, 10**18)), "name": ch(["Tenant Union 4B", "Warehouse Crew", "Study Group"])},
              "channel": {"id": str(R.randrange(10**17, 10**18)), "type": "GuildTextChat", "name": "general"},
              "dateRange": {"after": None, "before": None}, "messages": msgs, "messageCount": len(msgs)}, indent=2)
    d("\n")


def ticket_text(P):
    """A customer-written ticket description (list of items)."""
    k = R.randrange(9)
    if k == 0:
        return ["Hi, I was charged twice on card ", V(card(fmt=1), CC), ". My account email is ", V(P.email, EM),
                ". Please refund order ", D(order_id(), "order_id"), ". ", V(P.first, NAME)]
    if k == 1:
        return ["Need to update my address to ", V(P.street, ADDR), f", {P.city}, {P.state} {P.zip}. Phone ", V(P.phone, PH), "."]
    if k == 2:
        return ["Verification failed. Name on file ", V(P.name, NAME), ", DOB ", V(P.dob(0), DOB), ", last login from ", V(ip_any(), IP), "."]
    if k == 3:
        return ["Our payroll import rejected employee ", V(P.name, NAME), " SSN ", V(P.ssn, SSN), " - company EIN ", V(ein(), EIN), "."]
    if k == 4:
        return ["App crashes on v", D(version(), "version"), " when uploading. Request id ", D(uuid(), "uuid"), "."]
    if k == 5:
        return ["Wire didn't arrive. Sent to IBAN ", V(iban(), IBAN), " BIC ", V(bic(), BIC), " on ", D(other_date(1), "non_birth_date"), "."]
    if k == 6:
        return ["ITIN holder, can't file: ITIN ", V(itin(), ITIN), ". Call back ", V(phone(), PH), " ext. ", str(R.randrange(100, 999)), "."]
    if k == 7:
        st, num = dlic()
        return ["Rental counter rejected my license: ", st, " driver's license ", V(num, DL), ", DOB ", V(P.dob(1), DOB), "."]
    return ["Refund to bank: routing ", V(aba(), ABA), ", checking account ", V(acct(), ACCT), ". Thanks, ", V(P.name, NAME)]


def gen_zendesk(i):
    d = Doc(f"tickets/zendesk_{i:03d}.json")
    tickets = []
    for k in range(R.randrange(20, 40)):
        P, A = Person(), Person()
        tickets.append({"id": R.randrange(100000, 999999), "url": f"https://ostara.zendesk.com/api/v2/tickets/{R.randrange(100000, 999999)}.json",
                        "created_at": iso_ts()[:19] + "Z", "subject": ch(["Refund", "Account locked", "Address change", "Payroll error", "Wire status"]),
                        "description": Rich(*ticket_text(P)), "priority": ch(["low", "normal", "high", "urgent"]), "status": ch(["open", "pending", "solved"]),
                        "requester": {"name": V(P.name, NAME), "email": V(P.email, EM), "phone": V(P.phone, PH) if p(0.5) else None},
                        "assignee": {"name": V(A.name, NAME), "email": V(email_for(A.first, A.last, "ostara-payments.com"), EM)},
                        "tags": ["billing", ch(["vip", "chargeback", "kyc", "payroll"])],
                        "custom_fields": [{"id": 360001234567, "value": D(order_id(), "order_id")},
                                          {"id": 360009876543, "value": D(sku(), "sku")}],
                        "via": {"channel": ch(["email", "web", "api"]), "source": {"from": {"address": V(P.email, EM)}}},
                        "comments": [{"author": V(A.first, NAME), "public": True,
                                      "body": Rich("Thanks ", V(P.first, NAME), ", we've opened case ", D(claim_no(), "case_no"), ".")}]})
    jdump(d, {"tickets": tickets, "next_page": None, "count": len(tickets)}, indent=2)
    d("\n")


def gen_jira(i):
    d = Doc(f"tickets/jira_export_{i:03d}.csv")
    csv_row(d, ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Reporter", "Assignee", "Created", "Description", "Custom field (Customer Email)", "Labels"])
    for k in range(R.randrange(40, 80)):
        P, A, Q = Person(), Person(), Person()
        desc = ticket_text(Q) + [" Reported by ", V(P.name, NAME), "."]
        csv_row(d, [ch(["Customer data mismatch", "PII in logs", "Failed ACH", "Bug: DOB parser", "Escalation"]),
                    f"SUP-{R.randrange(1000, 9999)}", str(R.randrange(10000, 99999)), ch(["Bug", "Task", "Incident"]),
                    ch(["Open", "In Progress", "Done"]), V(P.name, NAME), V(A.name, NAME),
                    f"{R.randrange(1, 29):02d}/{MON3[R.randrange(12)]}/{R.randrange(23, 26)} {R.randrange(1, 13)}:{R.randrange(60):02d} PM",
                    desc, V(Q.email, EM), ch(["pii", "payments", "backend", ""])])


def gen_servicenow(i):
    d = Doc(f"tickets/servicenow_incidents_{i:03d}.json")
    recs = []
    for k in range(R.randrange(20, 40)):
        P, A = Person(), Person()
        host_ip = ipv4(True)
        recs.append({"number": f"INC{dg(7)}", "sys_id": D(hx(32), "sys_id"), "short_description": ch(["VPN drop", "Laptop stolen", "Badge access", "EHR login"]),
                     "caller_id": {"display_value": V(P.name, NAME), "link": "https://northwind.service-now.com/api/now/table/sys_user/" + hx(32)},
                     "u_callback_number": V(P.phone, PH), "u_caller_email": V(P.email, EM),
                     "cmdb_ci": {"display_value": f"WKS-{dg(5)}"}, "u_ip_address": V(host_ip, IP),
                     "description": Rich("User ", V(P.first, NAME), " reports laptop ", f"WKS-{dg(5)}", " (", V(host_ip, IP),
                                         ") lost at airport. Laptop contained export with patient MRN ", V(mrn(1), MRN), " and DOB ",
                                         V(dob(1), DOB), ". Filed police report ", D(f"PR-{dg(8)}", "report_no"), "."),
                     "assigned_to": {"display_value": V(A.name, NAME)}, "opened_at": iso_ts()[:19].replace("T", " "),
                     "work_notes": Rich("Spoke with ", V(P.first, NAME), " at ", V(P.phone, PH), "; remote wipe queued. CI build ",
                                        D(version(), "version"))})
    jdump(d, {"result": recs}, indent=2)
    d("\n")


def gen_stripe(i):
    d = Doc(f"disputes/stripe_disputes_{i:03d}.jsonl")
    for k in range(R.randrange(40, 80)):
        P = Person()
        obj = {"id": "dp_" + up(24, string.ascii_letters + string.digits), "object": "dispute", "amount": R.randrange(500, 90000),
               "currency": "usd", "created": int(epoch_ms()) // 1000, "reason": ch(["fraudulent", "product_not_received", "duplicate", "credit_not_processed"]),
               "status": ch(["needs_response", "under_review", "won", "lost"]),
               "charge": "ch_" + up(24, string.ascii_letters + string.digits),
               "payment_method_details": {"card": {"brand": ch(["visa", "mastercard", "amex"]), "last4": dg(4), "fingerprint": up(16, string.ascii_letters)}},
               "evidence": {"customer_name": V(P.name, NAME), "customer_email_address": V(P.email, EM),
                            "customer_purchase_ip": V(ip_any(), IP),
                            "billing_address": Rich(V(P.street, ADDR), f", {P.city}, {P.state} {P.zip}"),
                            "shipping_tracking_number": D(tracking(), "tracking"),
                            "uncategorized_text": Rich("Customer called from ", V(P.phone, PH), " and confirmed delivery to ", V(P.street, ADDR), ".")
                            if p(0.5) else None,
                            "receipt": D("file_" + up(24, string.ascii_letters + string.digits), "file_id")},
               "metadata": {"order_id": D(order_id(), "order_id"), "sku": D(sku(), "sku")}}
        jdump(d, obj)
        d("\n")


def gen_paypal(i):
    d = Doc(f"disputes/paypal_cases_{i:03d}.csv")
    csv_row(d, ["Case ID", "Case Type", "Transaction ID", "Buyer Name", "Buyer Email", "Buyer Phone", "Shipping Address", "Amount", "Reason", "Notes", "Filed"], eol="\r\n")
    for k in range(R.randrange(60, 120)):
        P = Person()
        note = ch([["Buyer says item not received; tracking ", D(tracking(), "tracking")],
                   ["Seller refunded via card ", D(masked_card(), "masked_card")],
                   ["Buyer alt contact ", V(email(), EM)],
                   ["Escalated by ", V(fullname(), NAME)], [""]])
        csv_row(d, [f"PP-D-{dg(5)}", ch(["Chargeback", "Dispute", "Claim"]), D(up(17, string.ascii_uppercase + string.digits), "txn_id"),
                    V(P.name, NAME), V(P.email, EM), V(P.phone, PH), [V(P.street, ADDR), f", {P.city}, {P.state} {P.zip}"],
                    f"{R.randrange(5, 900)}.{dg(2)} USD", ch(["INR", "SNAD", "Unauthorized"]), note,
                    D(other_date(0), "non_birth_date")], eol="\r\n")


def gen_bai2(i):
    d = Doc(f"bank/bai2_{i:03d}.bai")
    bank_aba = aba()
    y, m, dd = rdate(2024, 2025)
    dt = f"{str(y)[2:]}{m:02d}{dd:02d}"
    d("01,", V(bank_aba, ABA), ",", D(dg(9), "originator_id"), f",{dt},0615,{R.randrange(1, 99)},,,2/\n")
    nrec = 0
    for g in range(R.randrange(1, 3)):
        d("02,", D(dg(9), "ultimate_receiver_id"), ",", V(bank_aba, ABA), f",1,{dt},,USD,2/\n")
        for a in range(R.randrange(4, 10)):
            d("03,", V(acct(), ACCT), f",USD,010,{R.randrange(10**5, 10**9)},,,015,{R.randrange(10**5, 10**9)},,/\n")
            for t in range(R.randrange(5, 20)):
                P = Person()
                code = ch(["165", "175", "195", "275", "475", "495", "699"])
                d(f"16,{code},{R.randrange(100, 10**7)},0,", D(dg(10), "bank_ref"), ",", D(order_id().replace("#", "").replace(",", ""), "customer_ref"), ",")
                k = R.randrange(4)
                if k == 0:
                    d("ACH CREDIT ", ch(COMPANIES).upper().replace(",", ""), " PAYROLL ", V(P.name.upper(), NAME), "/\n")
                elif k == 1:
                    d("WIRE IN ORG=", V(P.name.upper(), NAME), " OBI=INV ", D(invoice_no(), "invoice_no"), "/\n88,BNF ACCT ", V(acct(), ACCT), " ORIG BANK ABA ", V(aba(), ABA), "/\n")
                elif k == 2:
                    d("CHECK PAID SERIAL ", D(dg(6), "check_no"), "/\n")
                else:
                    d("ZBA TRANSFER/\n")
                nrec += 1
            d(f"49,{R.randrange(10**6, 10**9)},{nrec + 2}/\n")
        d(f"98,{R.randrange(10**6, 10**9)},1,{nrec + 4}/\n")
    d(f"99,{R.randrange(10**6, 10**9)},1,{nrec + 6}/\n")


def gen_camt053(i):
    d = Doc(f"bank/camt053_{i:03d}.xml")
    cc = ch(["DE", "FR", "NL", "BE", "AT", "ES", "IT", "IE"])
    own = iban(cc, False)
    d('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">\n <BkToCstmrStmt>\n')
    d("  <GrpHdr>\n   <MsgId>", D("STMT" + dg(14), "msg_id"), "</MsgId>\n   <CreDtTm>", iso_ts()[:19], "</CreDtTm>\n  </GrpHdr>\n")
    d("  <Stmt>\n   <Id>", D(dg(16), "stmt_id"), "</Id>\n   <Acct>\n    <Id><IBAN>", V(own, IBAN), "</IBAN></Id>\n    <Ccy>EUR</Ccy>\n")
    d("    <Ownr><Nm>", ch(COMPANIES), "</Nm></Ownr>\n    <Svcr><FinInstnId><BICFI>", V(bic(cc), BIC), "</BICFI></FinInstnId></Svcr>\n   </Acct>\n")
    for k in range(R.randrange(25, 60)):
        P = Person(ch(["US", "FR", "DE"]))
        cdt = p(0.5)
        d("   <Ntry>\n    <Amt Ccy=\"EUR\">", f"{R.randrange(5, 20000)}.{dg(2)}", "</Amt>\n    <CdtDbtInd>", "CRDT" if cdt else "DBIT", "</CdtDbtInd>\n")
        d("    <BookgDt><Dt>", D(fmt_date(rdate(2024, 2025), 1), "non_birth_date"), "</Dt></BookgDt>\n")
        d("    <AcctSvcrRef>", D(dg(18), "bank_ref"), "</AcctSvcrRef>\n    <NtryDtls><TxDtls>\n")
        d("     <Refs><EndToEndId>", D("E2E-" + hx(12).upper(), "end_to_end_id"), "</EndToEndId></Refs>\n     <RltdPties>\n")
        role = "Dbtr" if cdt else "Cdtr"
        d(f"      <{role}><Pty><Nm>", V(P.name, NAME), "</Nm>")
        if p(0.6):
            d("<PstlAdr><AdrLine>", V(f"{ch(['Hauptstraße', 'Rue de Rivoli', 'Keizersgracht', 'Calle Mayor', 'Via Roma'])} {R.randrange(1, 200)}", ADDR),
              f"</AdrLine><AdrLine>{dg(5)} {ch(['Berlin', 'Paris', 'Amsterdam', 'Madrid', 'Roma'])}</AdrLine></PstlAdr>")
        d(f"</Pty></{role}>\n      <{role}Acct><Id><IBAN>", V(iban(None, False), IBAN), f"</IBAN></Id></{role}Acct>\n     </RltdPties>\n")
        d("     <RltdAgts><", role, "Agt><FinInstnId><BICFI>", V(bic(), BIC), "</BICFI></FinInstnId></", role, "Agt></RltdAgts>\n")
        d("     <RmtInf><Ustrd>", ch([["Rechnung ", D(invoice_no(), "invoice_no")], ["Miete ", MONTHS[R.randrange(12)]], ["Order ", D(order_id(), "order_id")]]), "</Ustrd></RmtInf>\n")
        d("    </TxDtls></NtryDtls>\n   </Ntry>\n")
    d("  </Stmt>\n </BkToCstmrStmt>\n</Document>\n")


def gen_fedwire(i):
    d = Doc(f"bank/fedwire_{i:03d}.txt")
    for k in range(R.randrange(20, 45)):
        S, B = Person(), Person()
        c1, s1, z1 = city()
        d("{1500}30", D("FT" + dg(6), "imad_seq"), " P\n{1510}1000\n{1520}", D(f"{R.randrange(2024, 2026)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}{up(4)}{dg(8)}", "imad"), "\n")
        d("{2000}", f"{R.randrange(1000, 10**9):012d}", "\n{3100}", V(aba(), ABA), f"{ch(['FIRST PRAIRIE', 'MERIDIAN CMTY BK', 'HARBOR SVGS'])}*\n")
        d("{3400}", V(aba(), ABA), f"{ch(['CAPSTONE NATL', 'LAKELAND TRUST', 'GRANITE STATE BK'])}*\n{{3600}}CTR\n")
        d("{4200}D", V(acct(), ACCT), "*", V(B.name.upper(), NAME), "*", V(B.street.upper(), ADDR), f"*{B.city.upper()} {B.state} {B.zip}*\n")
        d("{5000}D", V(acct(), ACCT), "*", V(S.name.upper(), NAME), "*", V(S.street.upper(), ADDR), f"*{S.city.upper()} {S.state}*\n")
        d("{6000}", ch([["INV ", D(invoice_no(), "invoice_no")], ["CLOSING ESCROW ", D("ESC" + dg(7), "escrow_no")], ["TUITION"]]), "*\n")
        if p(0.4):
            d("{6100}", "TAX ID ", V(ein(), EIN), "*\n")
        d("\n")


def gen_urla(i):
    d = Doc(f"lending/urla_1003_{i:04d}.txt")
    B, C = Person(), Person()
    C.last = B.last if p(0.5) else C.last
    C.name = f"{C.first} {C.last}"
    lo = Person()
    d("Uniform Residential Loan Application\nFreddie Mac Form 65 • Fannie Mae Form 1003  Effective 1/2021\n")
    d("Loan No. ", D(f"{dg(10)}", "loan_no"), "   Agency Case No. ", D(f"{dg(3)}-{dg(7)}", "case_no"), "\n\n")
    d("Section 1: Borrower Information\n1a. Personal Information\n")
    d("Name (First, Middle, Last, Suffix): ", V(f"{B.first} {B.mi}. {B.last}", NAME), "\n")
    d("Social Security Number: ", V(B.ssn, SSN), " (or Individual Taxpayer Identification Number)\n")
    d("Date of Birth (mm/dd/yyyy): ", V(B.dob(0), DOB), "    Citizenship: [X] U.S. Citizen\n")
    d("Type of Credit: [X] I am applying for joint credit. Total Number of Borrowers: 2\n")
    d("  Co-borrower name: ", V(C.name, NAME), "   ITIN: ", V(itin(), ITIN), "   DOB: ", V(C.dob(0), DOB), "\n")
    d("Marital Status: [X] Married   Dependents: ", str(R.randrange(0, 4)), "  Ages: ", f"{R.randrange(2, 17)}, {R.randrange(2, 17)}", "\n")
    d("Contact Information\n  Home Phone: ", V(B.phone, PH), "\n  Cell Phone: ", V(phone(), PH), "\n")
    d("  Work Phone: ", V(phone(0), PH), "  Ext. ", str(R.randrange(100, 9999)), "\n  Email: ", V(B.email, EM), "\n")
    d("Current Address\n  Street: ", V(B.street, ADDR), "\n  City: ", B.city, "  State: ", B.state, "  ZIP: ", B.zip, "  Country: USA\n")
    d("  How Long at Current Address? ", str(R.randrange(1, 15)), " Years ", str(R.randrange(0, 12)), " Months  Housing [X] Rent ($",
      str(R.randrange(900, 3500)), "/month)\n")
    d("Former Address\n  Street: ", V(street(), ADDR), "\n  City: ", city()[0], "\n\n")
    d("1b. Current Employment/Self-Employment and Income\n  Employer or Business Name: ", ch(COMPANIES), "   Phone: ", V(phone(), PH), "\n")
    d("  Street: ", V(street(), ADDR), "\n  Position or Title: ", ch(["Nurse Manager", "Warehouse Lead", "Software Engineer", "Teacher"]),
      "   Start Date: ", D(other_date(0), "non_birth_date"), "\n  Employer EIN (for verification): ", V(ein(), EIN), "\n")
    d("  Gross Monthly Income  Base $", f"{R.randrange(3000, 15000):,}.00", "  Overtime $", str(R.randrange(0, 900)), "\n\n")
    d("Section 2: Financial Information — Assets and Liabilities\n2a. Assets — Bank, Retirement, and Other Accounts\n")
    d("Account Type   Financial Institution            Account Number        Cash or Market Value\n")
    for k in range(R.randrange(2, 5)):
        d(f"{ch(['Checking', 'Savings', '401(k)', 'Money Market']):<15}{ch(['Meridian Community Bank', 'First Prairie CU', 'Lakeland Trust', 'Fidelity']):<33}",
          V(acct(), ACCT), " " * R.randrange(4, 10), f"$ {R.randrange(1000, 90000):,}.00\n")
    d("2c. Liabilities — Credit Cards, Other Debts, and Leases\n")
    for k in range(R.randrange(1, 4)):
        d(f"Revolving  {ch(['Capital One', 'Discover', 'Chase', 'Synchrony'])}  Account Number ", D(masked_card(), "masked_card"),
          f"  Unpaid Balance $ {R.randrange(100, 9000):,}  Monthly Payment $ {R.randrange(25, 400)}\n")
    d("\nSection 4: Loan and Property Information\n  Property Address: ", V(street(), ADDR), ", ", city()[0], "\n")
    d("  Loan Amount $", f"{R.randrange(150, 900) * 1000:,}", "  Loan Purpose [X] Purchase\n\n")
    d("Section 7: Military Service — [ ] Did you (or your deceased spouse) ever serve?\n\n")
    d("Section 9: Loan Originator Information\n  Loan Originator Organization Name: Kestrel Mortgage Co\n")
    d("  Address: ", V(street(), ADDR), "\n  Loan Originator Organization NMLSR ID#: ", D(dg(6), "nmls_id"), "\n")
    d("  Loan Originator Name: ", V(lo.name, NAME), "\n  Loan Originator NMLSR ID#: ", D(dg(7), "nmls_id"), "\n")
    d("  Email: ", V(email_for(lo.first, lo.last, "kestrel-mortgage.com"), EM), "   Phone: ", V(phone(), PH), "\n")
    d("  Signature date: ", D(other_date(0), "non_birth_date"), "\n")
    d("\nDemographic information collected by face-to-face interview. Borrower ID shown: passport ", V(passport(), PASS),
      ", expiration ", D(other_date(0), "non_birth_date"), ".\n" + "-" * 90 + "\n")


def gen_i9(i):
    d = Doc(f"hr/i9_{i:04d}.txt")
    P = Person()
    E = Person()
    d("Employment Eligibility Verification\nDepartment of Homeland Security\nU.S. Citizenship and Immigration Services\nUSCIS Form I-9  OMB No. 1615-0047  Expires ",
      D(other_date(0), "non_birth_date"), "\n\nSection 1. Employee Information and Attestation\n")
    d("Last Name (Family Name): ", V(P.last, NAME), "    First Name (Given Name): ", V(P.first, NAME), "    Middle Initial: ", P.mi, "\n")
    d("Other Last Names Used (if any): ", V(last(), NAME) if p(0.3) else "N/A", "\n")
    d("Address (Street Number and Name): ", V(P.street, ADDR), "   City or Town: ", P.city, "   State: ", P.state, "   ZIP Code: ", P.zip, "\n")
    d("Date of Birth (mm/dd/yyyy): ", V(P.dob(0), DOB), "   U.S. Social Security Number: ", V(P.ssn, SSN), "\n")
    d("Employee's E-mail Address: ", V(P.email, EM), "   Employee's Telephone Number: ", V(P.phone, PH), "\n")
    d("[X] 1. A citizen of the United States\n")
    d("Signature of Employee: /s/ ", V(P.name, NAME), "   Today's Date: ", D(other_date(0), "non_birth_date"), "\n\n")
    d("Section 2. Employer Review and Verification\n")
    if p(0.5):
        d("List A  Document Title: U.S. Passport   Issuing Authority: U.S. Department of State\n  Document Number: ", V(passport(), PASS),
          "   Expiration Date: ", D(other_date(0), "non_birth_date"), "\n")
    else:
        st, num = dlic()
        d("List B  Document Title: Driver's License   Issuing Authority: ", st, "\n  Document Number: ", V(num, DL),
          "   Expiration Date: ", D(other_date(0), "non_birth_date"), "\n")
        d("List C  Document Title: Social Security Card   Document Number: ", V(P.ssn, SSN), "\n")
    d("First Day of Employment: ", D(other_date(0), "non_birth_date"), "\n")
    d("Last Name, First Name and Title of Employer or Authorized Representative: ", V(f"{E.last}, {E.first}", NAME), ", HR Generalist\n")
    d("Employer's Business or Organization Name: ", ch(COMPANIES), "\nEmployer's Business Address: ", V(street(), ADDR), "\n")
    d("E-Verify case number: ", D(f"{dg(13)}{up(2)}", "everify_case"), "\n")


def gen_w4(i):
    d = Doc(f"hr/w4_{i:04d}.txt")
    P = Person()
    d(f"Form W-4 ({R.randrange(2023, 2026)})  Employee's Withholding Certificate  OMB No. 1545-0074\n")
    d("Step 1: Enter Personal Information\n(a) First name and middle initial: ", V(f"{P.first} {P.mi}.", NAME), "   Last name: ", V(P.last, NAME), "\n")
    d("    Address: ", V(P.street, ADDR), "\n    City or town, state, and ZIP code: ", f"{P.city}, {P.state} {P.zip}", "\n")
    d("(b) Social security number: ", V(ssn(" ") if p(0.3) else P.ssn, SSN), "\n")
    d("(c) [X] ", ch(["Single or Married filing separately", "Married filing jointly", "Head of household"]), "\n")
    d("Step 3: Claim Dependents  $", str(R.randrange(0, 4) * 2000), "\nStep 4(c) Extra withholding $", str(R.randrange(0, 200)), "\n")
    d("Step 5: Employee's signature ", V(P.name, NAME), "  Date ", D(other_date(0), "non_birth_date"), "\n")
    d("Employers Only: Employer's name and address ", ch(COMPANIES), ", ", V(street(), ADDR), "   First date of employment ",
      D(other_date(0), "non_birth_date"), "   Employer identification number (EIN) ", V(ein(), EIN), "\n")


def gen_background(i):
    d = Doc(f"hr/background_check_{i:04d}.txt")
    P = Person()
    st, num = dlic()
    d("CONSUMER REPORT — EMPLOYMENT SCREENING\nPrepared by: Verity Screening Services  Report ID: ", D(f"VS-{dg(9)}", "report_no"),
      "\nOrder date: ", D(other_date(0), "non_birth_date"), "   Completed: ", D(other_date(0), "non_birth_date"), "\n\n")
    d("SUBJECT\n  Name: ", V(f"{P.last.upper()}, {P.first.upper()} {P.mi}", NAME), "\n  AKA: ", V(f"{P.first} {last()}", NAME), "\n")
    d("  DOB: ", V(P.dob(0), DOB), "   SSN: ", V(P.ssn, SSN), "   DL#: ", V(num, DL), f" ({st})\n")
    d("  Current address: ", V(P.street, ADDR), f", {P.city}, {P.state} {P.zip}\n")
    d("\nADDRESS HISTORY (from SSN trace)\n")
    for k in range(R.randrange(2, 5)):
        c = city()
        d("  ", V(street(), ADDR), f", {c[0]}, {c[1]} {c[2]}   reported {R.randrange(2005, 2024)}-{R.randrange(2005, 2025)}\n")
    d("\nCRIMINAL SEARCHES\n")
    for k in range(R.randrange(1, 4)):
        d(f"  {ch(['County', 'Statewide', 'Federal'])} — {ch(['Maricopa', 'Cook', 'Travis', 'King', 'Franklin'])}  RESULT: {ch(['CLEAR', 'CLEAR', 'RECORD FOUND'])}\n")
        d("    Case no. ", D(f"{R.randrange(2000, 2024)}-CR-{dg(6)}", "case_no"), "  Filing date ", D(other_date(0), "non_birth_date"), "\n")
    d("\nEMPLOYMENT VERIFICATION\n  ", ch(COMPANIES), " — verified by ", V(fullname(), NAME), " (", V(phone(), PH), ")\n")
    d("  Employer FEIN on W-2: ", V(ein(), EIN), "\n")
    d("\nMOTOR VEHICLE RECORD\n  License ", V(num, DL), " status VALID, class C, expires ", D(other_date(0), "non_birth_date"), "\n")
    d("\nThis report was requested by ", V(role_email(), EM), ". Disputes: call ", V(f"(800) {exch()}-{dg(4)}", PH), ".\n")


def gen_offer(i):
    d = Doc(f"hr/offer_letter_{i:04d}.txt")
    P, M = Person(), Person()
    co = ch(COMPANIES)
    d(D(other_date(3), "non_birth_date"), "\n\n", V(P.name, NAME), "\n", V(P.street, ADDR), f"\n{P.city}, {P.state} {P.zip}\n\n")
    d("Dear ", V(P.first, NAME), ",\n\n")
    d(f"On behalf of {co}, I am delighted to offer you the position of {ch(['Senior Analyst', 'Staff Nurse', 'Account Executive', 'Data Engineer'])}, ")
    d(f"reporting to ", V(M.name, NAME), f". Your anticipated start date is ", D(other_date(3), "non_birth_date"),
      f", and your annual base salary will be ${R.randrange(55, 190) * 1000:,}.\n\n")
    d("To complete onboarding, please bring the documents listed on the I-9 and confirm the details we have on file:\n")
    d("  Date of birth: ", V(P.dob(3), DOB), "\n  Personal email: ", V(P.email, EM), "\n  Mobile: ", V(P.phone, PH), "\n")
    d("  Direct deposit — routing ", V(aba(), ABA), ", account ", V(acct(), ACCT), "\n\n")
    d("This offer is contingent on a background check. If you have questions, contact ", V(M.first, NAME), " at ",
      V(email_for(M.first, M.last, ch(ORG_DOM)), EM), " or ", V(phone(), PH), ".\n\n")
    d("Sincerely,\n\n", V(fullname(), NAME), "\nVP, People Operations\n", co, "\n")


def gen_fnol(i):
    d = Doc(f"insurance/fnol_{i:04d}.txt")
    P, O, A = Person(), Person(), Person()
    st, num = dlic()
    d("ACORD 2 (2016/10)  AUTOMOBILE LOSS NOTICE\n")
    d("DATE (MM/DD/YYYY): ", D(other_date(0), "non_birth_date"), "\nAGENCY: Tallgrass Mutual Insurance — Producer ", V(A.name, NAME),
      "  PHONE (A/C, No, Ext): ", V(phone(0), PH), "  E-MAIL: ", V(email_for(A.first, A.last, "tallgrass-insurance.com"), EM), "\n")
    d("POLICY NUMBER: ", D(policy_no(), "policy_no"), "   NAIC CODE: ", D(dg(5), "naic_code"), "   CLAIM #: ", D(claim_no(), "claim_no"), "\n")
    d("DATE OF LOSS AND TIME: ", D(other_date(0), "non_birth_date"), f" {R.randrange(1, 12)}:{R.randrange(60):02d} PM\n\n")
    d("INSURED\n  NAME OF INSURED (First, Middle, Last): ", V(f"{P.first} {P.mi} {P.last}", NAME), "\n")
    d("  INSURED'S MAILING ADDRESS: ", V(P.street, ADDR), f", {P.city}, {P.state} {P.zip}\n")
    d("  DATE OF BIRTH: ", V(P.dob(0), DOB), "   FEIN (if applicable): ", V(ein(), EIN) if p(0.3) else "", "\n")
    d("  PRIMARY PHONE #: [X] HOME ", V(P.phone, PH), "   SECONDARY PHONE #: [X] CELL ", V(phone(), PH), "\n")
    d("  PRIMARY E-MAIL ADDRESS: ", V(P.email, EM), "\n\n")
    d("DRIVER\n  NAME: ", V(P.name, NAME), "   DRIVER'S LICENSE #: ", V(num, DL), f"   STATE: {st}\n")
    d("  DATE OF BIRTH: ", V(P.dob(0), DOB), "\n\nVEHICLE\n  VIN: ", D(up(3, "123456789JKLMNPRSTUVWXYZ") + up(14, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), "vin"),
      f"  YEAR: {R.randrange(2008, 2025)}  MAKE: {ch(['Honda', 'Ford', 'Toyota', 'Subaru'])}  PLATE #: ", D(up(3) + dg(4), "plate"), "\n\n")
    d("OTHER VEHICLE / PROPERTY DAMAGED\n  OWNER'S NAME & ADDRESS: ", V(O.name, NAME), ", ", V(O.street, ADDR), f", {O.city}, {O.state}\n")
    d("  PHONE: ", V(O.phone, PH), "   OTHER INSURER POLICY #: ", D(policy_no(), "policy_no"), "\n\n")
    d("INJURED\n  NAME & ADDRESS: ", V(O.first, NAME), " (passenger) — transported to Harborview Clinic ED\n")
    d("  AGE: ", str(R.randrange(18, 80)), "  EXTENT OF INJURY: ", ch(["whiplash", "laceration left forearm", "none reported"]), "\n\n")
    d("DESCRIPTION OF ACCIDENT: Insured states the other driver (", V(O.name, NAME), ") ran the light at ",
      ch(["Maple Ave", "the Route 9 on-ramp", "5th and Main"]), ". Police report ", D(f"{up(2)}{dg(8)}", "report_no"), ".\n")
    d("REPORTED BY: ", V(P.first, NAME), "  REPORTED TO: ", V(A.first, NAME), "\n" + "=" * 72 + "\n")


def gen_ub04(i):
    d = Doc(f"claims/ub04_{i:04d}.txt")
    for c in range(R.randrange(4, 9)):
        P = Person()
        atn = Person()
        medicare = p(0.5)
        d("UB-04 CMS-1450 — text extract\n")
        d("FL01 ", ch(COMPANIES[0:1] + ["Garnet Ridge Orthopedics", "Harborview Clinic"]), " | ", V(street(), ADDR), " | ", city()[0], " | ", V(phone(), PH), "\n")
        d("FL03a PAT CNTL #: ", D(f"PCN{dg(8)}", "patient_control_no"), "\nFL03b MED REC #: ", V(mrn(), MRN), "\n")
        d("FL04 TYPE OF BILL: 0", ch(["111", "131", "831"]), "\nFL05 FED TAX NO: ", V(ein(), EIN), "\n")
        d("FL06 STATEMENT COVERS PERIOD FROM: ", D(other_date(0).replace("/", ""), "non_birth_date"), " THROUGH: ", D(other_date(0).replace("/", ""), "non_birth_date"), "\n")
        d("FL08b PATIENT NAME: ", V(f"{P.last.upper()}, {P.first.upper()} {P.mi}", NAME), "\n")
        d("FL09a PATIENT ADDRESS: ", V(P.street.upper(), ADDR), f"  FL09b {P.city.upper()}  FL09c {P.state}  FL09d {P.zip}\n")
        d("FL10 BIRTHDATE: ", V(P.dob(0).replace("/", ""), DOB), "  FL11 SEX: ", ch("MF"), "  FL12 ADMISSION DATE: ", D(other_date(0).replace("/", ""), "non_birth_date"), "\n")
        for ln in range(R.randrange(2, 6)):
            d(f"FL42 {ch(['0450', '0300', '0320', '0636', '0250'])}  FL43 {ch(['EMERGENCY ROOM', 'LAB', 'DX X-RAY', 'DRUGS/DETAIL CODE'])}  FL44 ",
              f"{dg(5)}  FL46 {R.randrange(1, 4)}  FL47 {R.randrange(50, 9000)}.{dg(2)}\n")
        d("FL50 PAYER NAME: ", "MEDICARE PART A" if medicare else ch(["TALLGRASS MUTUAL", "BLUE PEAK HMO"]), "\n")
        d("FL56 NPI: ", V(npi(), NPI), "\nFL58 INSURED'S NAME: ", V(f"{P.last.upper()}, {P.first.upper()}", NAME), "\n")
        d("FL60 INSURED'S UNIQUE ID: ", V(mbi(), MBI) if medicare else D(f"{up(3)}{dg(9)}", "member_id"), "\n")
        d("FL62 INSURANCE GROUP NO: ", D(dg(6), "group_no"), "\n")
        d("FL67 PRIN DX: ", V(icd(False), ICD), "   FL67A-Q OTHER DX: ", *[x for _ in range(R.randrange(1, 5)) for x in (V(icd(False), ICD), " ")], "\n")
        d("FL69 ADMIT DX: ", V(icd(False), ICD), "   FL70 PATIENT REASON DX: ", V(icd(False), ICD), "\n")
        d("FL76 ATTENDING NPI: ", V(npi(), NPI), "  LAST: ", V(atn.last.upper(), NAME), "  FIRST: ", V(atn.first.upper(), NAME), "\n")
        d("FL80 REMARKS: ", ch([["PRIOR AUTH ", D(f"PA{dg(9)}", "auth_no")], ["ICD-9 HISTORICAL ", D(ch(ICD9), "icd9")], ["NONE"]]), "\n")
        d("-" * 78 + "\n")


def gen_ncpdp(i):
    d = Doc(f"rx/newrx_{i:04d}.xml")
    d('<?xml version="1.0" encoding="UTF-8"?>\n<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715">\n')
    d(" <Header>\n  <To Qualifier=\"P\">", D(dg(7), "ncpdp_id"), "</To>\n  <From Qualifier=\"C\">", D(hx(16), "spi"), "</From>\n  <MessageID>", D(hx(32), "message_id"),
      "</MessageID>\n  <SentTime>", iso_ts(), "</SentTime>\n </Header>\n <Body>\n  <NewRx>\n")
    P, Dr = Person(), Person()
    d("   <Patient><HumanPatient>\n    <Identification><MedicalRecordIdentificationNumberEHR>", V(mrn(0), MRN),
      "</MedicalRecordIdentificationNumberEHR></Identification>\n")
    d("    <Name><LastName>", V(P.last, NAME), "</LastName><FirstName>", V(P.first, NAME), "</FirstName></Name>\n")
    d("    <Gender>", ch("MF"), "</Gender>\n    <DateOfBirth><Date>", V(P.dob(1), DOB), "</Date></DateOfBirth>\n")
    d("    <Address><AddressLine1>", V(P.street, ADDR), f"</AddressLine1><City>{P.city}</City><StateProvince>{P.state}</StateProvince><PostalCode>{P.zip}</PostalCode><CountryCode>US</CountryCode></Address>\n")
    d("    <CommunicationNumbers><PrimaryTelephone><Number>", V(re.sub(r"\D", "", P.phone)[-10:], PH), "</Number></PrimaryTelephone>",
      "<ElectronicMail>", V(P.email, EM), "</ElectronicMail></CommunicationNumbers>\n   </HumanPatient></Patient>\n")
    d("   <Pharmacy><Identification><NCPDPID>", D(dg(7), "ncpdp_id"), "</NCPDPID><NPI>", V(npi(), NPI), "</NPI></Identification>\n")
    d("    <BusinessName>Ashgrove Pharmacy #", str(R.randrange(10, 400)), "</BusinessName><Address><AddressLine1>", V(street(), ADDR), "</AddressLine1></Address>\n")
    d("    <CommunicationNumbers><PrimaryTelephone><Number>", V(re.sub(r"\D", "", phone())[-10:], PH), "</Number></PrimaryTelephone></CommunicationNumbers></Pharmacy>\n")
    d("   <Prescriber><NonVeterinarian>\n    <Identification><NPI>", V(npi(), NPI), "</NPI><DEANumber>", V(dea(Dr.last), DEA), "</DEANumber></Identification>\n")
    d("    <Name><LastName>", V(Dr.last, NAME), "</LastName><FirstName>", V(Dr.first, NAME), "</FirstName></Name>\n")
    d("    <Address><AddressLine1>", V(street(), ADDR), "</AddressLine1></Address>\n    <CommunicationNumbers><PrimaryTelephone><Number>",
      V(re.sub(r"\D", "", phone())[-10:], PH), "</Number></PrimaryTelephone></CommunicationNumbers>\n   </NonVeterinarian></Prescriber>\n")
    d("   <MedicationPrescribed>\n    <DrugDescription>", ch(DRUGS), "</DrugDescription>\n    <DrugCoded><ProductCode><Code>", D(f"{dg(5)}{dg(4)}{dg(2)}", "ndc"),
      "</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>\n")
    d("    <Quantity><Value>", str(R.randrange(10, 90)), "</Value></Quantity>\n    <WrittenDate><Date>", D(other_date(1), "non_birth_date"), "</Date></WrittenDate>\n")
    d("    <Diagnosis><ClinicalInformationQualifier>1</ClinicalInformationQualifier><Primary><Code>", V(icd(False), ICD),
      "</Code><Qualifier>ABF</Qualifier><Description>", xesc(ICD_DESC.get("E11.9")), "</Description></Primary></Diagnosis>\n")
    d("    <Sig><SigText>Take 1 tablet by mouth ", ch(["daily", "twice daily", "at bedtime"]), "</SigText></Sig>\n   </MedicationPrescribed>\n  </NewRx>\n </Body>\n</Message>\n")


def gen_rxlabel(i):
    d = Doc(f"rx/pharmacy_labels_{i:03d}.txt")
    for k in range(R.randrange(20, 50)):
        P, Dr = Person(), Person()
        d("*" * 44 + "\nASHGROVE PHARMACY #", str(R.randrange(10, 400)), "   ", V(phone(0), PH), "\n", V(street().upper(), ADDR), "\n")
        d("Rx# ", D(dg(7), "rx_no"), "   Date Filled: ", D(other_date(0), "non_birth_date"), "\n")
        d(V(P.name.upper(), NAME), "\n", V(P.street.upper(), ADDR), "\nDOB: ", V(P.dob(0), DOB), "\n\n")
        d(ch(DRUGS).upper(), "\nTAKE ONE TABLET BY MOUTH ", ch(["DAILY", "TWICE DAILY", "EVERY 8 HOURS AS NEEDED"]), "\n")
        d("QTY: ", str(R.randrange(10, 90)), "   REFILLS: ", str(R.randrange(0, 5)), "   DISCARD AFTER: ", D(other_date(0), "non_birth_date"), "\n")
        d("Dr. ", V(f"{Dr.first[0]}. {Dr.last}", NAME), "   DEA ", V(dea(Dr.last), DEA), "   NPI ", V(npi(), NPI), "\n")
        d("NDC ", D(f"{dg(5)}-{dg(4)}-{dg(2)}", "ndc"), "  Lot ", D(up(2) + dg(5), "lot_no"), "\n")


def gen_834(i):
    d = Doc(f"edi/x12_834_{i:03d}.edi")
    nl = "~\n" if p(0.6) else "~"
    y, m, dd = rdate(2024, 2025)
    d(f"ISA*00*          *00*          *ZZ*{up(15, string.ascii_uppercase + ' ')}*ZZ*{up(15, string.ascii_uppercase + ' ')}*{str(y)[2:]}{m:02d}{dd:02d}*1200*^*00501*{dg(9)}*0*P*:", nl)
    d(f"GS*BE*SENDER*RECEIVER*{y}{m:02d}{dd:02d}*1200*{R.randrange(1, 9999)}*X*005010X220A1", nl)
    d("ST*834*0001*005010X220A1", nl, "BGN*00*", D(dg(10), "reference_no"), f"*{y}{m:02d}{dd:02d}*1200****2", nl)
    d("N1*P5*", ch(COMPANIES).upper(), "*FI*", V(ein("").replace("-", ""), EIN), nl, "N1*IN*TALLGRASS MUTUAL*FI*", V(ein(""), EIN), nl)
    for k in range(R.randrange(20, 50)):
        P = Person()
        sub = p(0.6)
        d(f"INS*{'Y' if sub else 'N'}*{'18' if sub else ch(['01', '19'])}*021*28*A***FT", nl)
        d("REF*0F*", V(P.ssn.replace("-", ""), SSN), nl)
        d("REF*1L*", D(dg(8), "group_policy_no"), nl)
        d("DTP*356*D8*", D(f"{y}{m:02d}01", "non_birth_date"), nl)
        d("NM1*IL*1*", V(P.last.upper(), NAME), "*", V(P.first.upper(), NAME), f"*{P.mi}***34*", V(P.ssn.replace("-", ""), SSN), nl)
        d("PER*IP**HP*", V(re.sub(r"\D", "", P.phone)[-10:], PH), "*EM*", V(P.email, EM), nl)
        d("N3*", V(P.street.upper().replace(",", ""), ADDR), nl, f"N4*{P.city.upper()}*{P.state}*{P.zip}", nl)
        d("DMG*D8*", V(f"{P.dobt[0]}{P.dobt[1]:02d}{P.dobt[2]:02d}", DOB), f"*{ch('MF')}*{ch('MIU')}", nl)
        d("HD*021**HLT*", ch(["PPO1500", "HDHP3000", "HMO-GOLD"]), "*", ch(["EMP", "ESP", "FAM"]), nl)
        d("DTP*348*D8*", D(f"{y}{m:02d}01", "non_birth_date"), nl)
        if p(0.3):
            d("LX*1", nl, "NM1*P3*1*", V(last().upper(), NAME), "*", V(first().upper(), NAME), "****XX*", V(npi(), NPI), nl)
    d("SE*", str(R.randrange(100, 900)), "*0001", nl, "GE*1*", str(R.randrange(1, 9999)), nl, "IEA*1*", dg(9), nl)


def clinic_hdr(d, P, title):
    d(title, "\n", "=" * len(title), "\n")
    d("Patient: ", V(P.name, NAME), "    DOB: ", V(P.dob(0), DOB), "    MRN: ", V(mrn(), MRN), "\n")


def gen_labreq(i):
    d = Doc(f"clinic/lab_requisition_{i:04d}.txt")
    P, Dr = Person(), Person()
    clinic_hdr(d, P, "REDFERN LABORATORIES — TEST REQUISITION")
    d("Address: ", V(P.street, ADDR), f", {P.city}, {P.state} {P.zip}   Phone: ", V(P.phone, PH), "\n")
    d("Ordering provider: ", V(f"{Dr.first} {Dr.last}", NAME), ", MD   NPI: ", V(npi(), NPI), "   Fax: ", V(phone(0), PH), "\n")
    d("Collection date/time: ", D(other_date(0), "non_birth_date"), " 07:45   Specimen ID: ", D(f"SP{dg(10)}", "specimen_id"), "\n")
    d("Bill to: [X] Insurance   Payer: ", ch(["Medicare", "Tallgrass Mutual", "Medicaid"]), "   Member ID: ",
      V(mbi(), MBI) if p(0.5) else D(f"{up(3)}{dg(9)}", "member_id"), "\n")
    d("Guarantor: ", V(fullname(), NAME), "   Guarantor SSN: ", V(ssn(), SSN), "\n\n")
    d("ICD-10 diagnosis codes (required):  ")
    for k in range(R.randrange(1, 5)):
        d(V(icd(), ICD), "  ")
    d("\nTests: [X] CMP (", D(dg(5), "cpt_code"), ")  [X] Lipid panel  [ ] A1c  [X] TSH\n")
    d("Fasting: ", ch(["Y", "N"]), "   Barcode: ", D(dg(12), "barcode"), "\n" + "-" * 60 + "\n")


def gen_immunization(i):
    d = Doc(f"clinic/immunization_record_{i:04d}.txt")
    P = Person()
    par = Person()
    d("CERTIFICATE OF IMMUNIZATION — STATE IMMUNIZATION INFORMATION SYSTEM\n\n")
    d("Child's name: ", V(P.name, NAME), "   Date of birth: ", V(fmt_date(rdate(2008, 2022), 0), DOB), "   Sex: ", ch("MF"), "\n")
    d("Parent/Guardian: ", V(par.name, NAME), "   Phone: ", V(par.phone, PH), "\n")
    d("Address: ", V(par.street, ADDR), f", {par.city}, {par.state}\n")
    d("Registry ID: ", D(dg(9), "registry_id"), "\n\n")
    d(f"{'Vaccine':<22}{'Date given':<14}{'Lot':<12}{'Provider'}\n")
    for k in range(R.randrange(6, 16)):
        d(f"{ch(['DTaP', 'IPV', 'MMR', 'Varicella', 'Hep B', 'Hib', 'PCV15', 'Tdap', 'HPV', 'MenACWY', 'Influenza', 'COVID-19']):<22}",
          D(other_date(0), "non_birth_date"), "    ", D(up(2) + dg(4), "lot_no"), "    ", V(fullname(), NAME), "\n")
    d("\nICD-10 encounter code: ", V("Z23", ICD), "\nCertified by: ", V(fullname(), NAME), ", RN  NPI ", V(npi(), NPI), "\n")


def gen_homehealth(i):
    d = Doc(f"clinic/home_health_visit_{i:04d}.txt")
    P, N = Person(), Person()
    d("Pinecrest Home Health — Skilled Nursing Visit Note\n")
    d("Patient: ", V(P.name, NAME), "   MBI: ", V(mbi(p(0.3)), MBI), "   DOB: ", V(P.dob(3), DOB), "\n")
    d("Home address: ", V(P.street, ADDR), f", {P.city}   Gate code {dg(4)}\n")
    d("Visit date: ", D(other_date(3), "non_birth_date"), "   Time in 09:", str(R.randrange(10, 59)), "  Time out 10:", str(R.randrange(10, 59)), "\n")
    d("Clinician: ", V(N.name, NAME), ", RN\n")
    d("S: Pt states she slept poorly; daughter ", V(first(), NAME), " present during visit. Daughter's cell ", V(phone(), PH), ".\n")
    d("O: BP ", f"{R.randrange(100, 170)}/{R.randrange(60, 100)}", ", HR ", str(R.randrange(55, 110)), ", SpO2 ", str(R.randrange(90, 100)), "%. Wound to L heel measured ",
      f"{R.randrange(1, 5)}.{R.randrange(10)} x {R.randrange(1, 5)}.{R.randrange(10)} cm.\n")
    d("A: ", V(icd(), ICD), " — ", ch(["pressure ulcer healing", "CHF stable", "DM2 uncontrolled", "post-op recovery on track"]), "; secondary ", V(icd(), ICD), "\n")
    d("P: Continue plan of care; next visit ", D(other_date(3), "non_birth_date"), ". Notified Dr. ", V(last(), NAME), " (NPI ", V(npi(), NPI), ") by phone.\n")
    d("Signed electronically by ", V(N.name, NAME), ", RN  ", D(iso_ts(), "timestamp"), "\n\n")


def gen_schoolnurse(i):
    d = Doc(f"clinic/school_nurse_log_{i:03d}.txt")
    d("PINECREST ISD — HEALTH OFFICE DAILY LOG\nCampus: ", ch(["Lincoln Elementary", "Westbrook Middle", "Sagebrush High"]), "   Nurse: ",
      V(fullname(), NAME), "\n\n")
    for k in range(R.randrange(40, 90)):
        S, Pa = Person(), Person()
        S.last = Pa.last
        d(f"{R.randrange(7, 15):02d}:{R.randrange(60):02d}  ", V(f"{S.last}, {S.first}", NAME), f" (gr {R.randrange(1, 12)})  DOB ", V(fmt_date(rdate(2008, 2018), 2), DOB),
          "  ", ch(["headache", "stomach ache", "inhaler use", "glucose check", "playground scrape", "nosebleed", "fever 100.9"]),
          ". ")
        k2 = R.randrange(5)
        if k2 == 0:
            d("Called mom ", V(Pa.first, NAME), " at ", V(Pa.phone, PH), ", picked up.")
        elif k2 == 1:
            d("Dx on file ", V(icd(), ICD), "; meds per IHP.")
        elif k2 == 2:
            d("Returned to class.")
        elif k2 == 3:
            d("Emergency contact ", V(Pa.name, NAME), " ", V(Pa.phone, PH), " — no answer, left VM.")
        else:
            d("Parent email ", V(Pa.email, EM), " notified via portal.")
        d("\n")


def gen_wiki(i):
    d = Doc(f"wiki/{ch(['confluence', 'notion'])}_page_{i:03d}.md")
    k = i % 3
    if k == 0:
        d("# On-call runbook — Claims Gateway\n\n> Last updated by ", V(fullname(), NAME), " on ", D(other_date(1), "non_birth_date"), "\n\n")
        d("## Escalation roster\n\n| Name | Role | Mobile | Email | Laptop IP |\n|---|---|---|---|---|\n")
        for r in range(R.randrange(6, 14)):
            P = Person()
            d("| ", V(P.name, NAME), " | ", ch(["Primary", "Secondary", "Manager", "DBA"]), " | ", V(P.phone, PH), " | ",
              V(email_for(P.first, P.last, "northwind-health.org"), EM), " | ", V(ipv4(True), IP), " |\n")
        d("\n## Hosts\n\n```\n")
        for r in range(R.randrange(5, 12)):
            d(f"claims-db-{r:02d}   ", V(ipv4(True), IP), f"   postgres {ch(['14.11', '15.6', '16.2'])}   agent ", D(version(), "version"), "\n")
        d("```\n\nNever paste real patient data here. For demos use ", D(test_email(), "test_value"), " and SSN ", D(ch(TEST_SSN), "test_value"), ".\n")
    elif k == 1:
        P = Person()
        d("# Incident INC-", dg(4), ": PHI exposed in debug log\n\n**Status:** Resolved  \n**Owner:** ", V(P.name, NAME), "  \n**Date:** ",
          D(other_date(1), "non_birth_date"), "\n\n## Summary\n\n")
        d("A debug flag in `patient-api` ", D(version(), "version"), " logged full request bodies. Affected records included:\n\n")
        for r in range(R.randrange(5, 15)):
            Q = Person()
            d("- ", V(Q.name, NAME), " — MRN ", V(mrn(), MRN), ", DOB ", V(Q.dob(1), DOB), ", NHS no. " if p(0.2) else ", MBI ")
            if d.buf.endswith(b"NHS no. "):
                d(V(nhs(), NHS))
            else:
                d(V(mbi(), MBI))
            d(", dx ", V(icd(), ICD), "\n")
        d("\n## Timeline\n\n")
        for r in range(R.randrange(4, 9)):
            d("- ", D(iso_ts()[:16], "timestamp"), " — ", ch([["alert fired from ", V(ipv4(True), IP)], ["rotated creds, ticket ", D(f"SEC-{dg(4)}", "ticket_no")],
                                                         ["notified privacy officer ", V(fullname(), NAME)], ["purged S3 objects ", D(uuid(), "uuid")]]), "\n")
        d("\n## Contacts\n\nPrivacy: ", V(role_email(), EM), " · ", V(phone(), PH), "\n")
    else:
        d("# Vendor payment setup\n\n| Vendor | EIN | Remit-to | ACH routing | Account | Contact |\n|---|---|---|---|---|---|\n")
        for r in range(R.randrange(8, 20)):
            P = Person()
            d("| ", ch(COMPANIES), " | ", V(ein(), EIN), " | ", V(street(), ADDR), " | ", V(aba(), ABA), " | ", V(acct(), ACCT), " | ",
              V(P.name, NAME), " <", V(email_for(P.first, P.last, ch(ORG_DOM)), EM), "> |\n")
        d("\nInternational vendors:\n\n")
        for r in range(R.randrange(3, 8)):
            d("* ", ch(["Lindqvist Design AB", "Moreau Conseil SARL", "Brückner GmbH", "Esposito S.r.l."]), ": IBAN ", V(iban(), IBAN), ", SWIFT ", V(bic(), BIC), "\n")
        d("\nRelease notes link: v", D(version(), "version"), "\n")


def gen_code(i):
    lang = ["py", "java", "go"][i % 3]
    if lang == "py":
        d = Doc(f"code/tests/test_fixtures_{i:03d}.py")
        d('"""Fixtures for the customer import pipeline."""\nimport pytest\n\nSTRIPE_TEST_CARD = "', D(ch(TEST_CARDS[:4]), "test_value"), '"\n')
        d('DEMO_SSN = "', D(ch(TEST_SSN), "test_value"), '"\nDEMO_EMAIL = "', D(test_email(), "test_value"), '"\n')
        d('BUILD = "', D(version(), "version"), '"\n\n# copied from prod ticket, TODO scrub\nREAL_ROWS = [\n')
        for r in range(R.randrange(15, 40)):
            P = Person()
            d('    {"name": "', V(P.name, NAME), '", "email": "', V(P.email, EM), '", "ssn": "', V(P.ssn, SSN), '", "dob": "', V(P.dob(1), DOB),
              '", "card": "', V(card(fmt=0), CC), '", "ip": "', V(ip_any(), IP), '", "order": "', D(order_id(), "order_id"), '", "ts": ', D(epoch_ms(), "epoch_ms"), '},\n')
        d("]\n\n\ndef test_placeholder_user():\n    user = make_user(name=\"", D(ch(["John Doe", "Jane Doe"]), "test_value"), "\", phone=\"", D(test_phone(), "test_value"), "\")\n    assert user.valid\n")
    elif lang == "java":
        d = Doc(f"code/src/test/java/com/ostara/PaymentFixtures{i:03d}.java")
        d("package com.ostara;\n\nimport java.util.List;\n\npublic final class PaymentFixtures {\n")
        d('    static final String SANDBOX_PAN = "', D(ch(TEST_CARDS), "test_value"), '";\n')
        d('    static final String SAMPLE_IBAN_BAD = "', D(iban_bad(), "iban_bad"), '";\n')
        d('    static final String BAD_ROUTING = "', D(aba_bad(), "routing_bad"), '";\n')
        d('    static final long CREATED = ', D(epoch_ms(), "epoch_ms"), 'L;\n\n    // captured from staging, contains live-looking data\n    static final List<Payee> PAYEES = List.of(\n')
        for r in range(R.randrange(15, 40)):
            P = Person()
            d('        new Payee("', V(P.name, NAME), '", "', V(iban(spaced=False), IBAN), '", "', V(bic(), BIC), '", "', V(aba(), ABA), '", "', V(acct(), ACCT),
              '" /* acct */, "', V(P.email, EM), '"),\n')
        d("        null);\n}\n")
    else:
        d = Doc(f"code/internal/fixtures/patients_{i:03d}_test.go")
        d("package fixtures\n\nimport \"testing\"\n\nconst appVersion = \"", D(version(), "version"), "\"\n\nvar patients = []Patient{\n")
        for r in range(R.randrange(15, 40)):
            P = Person()
            d('\t{Name: "', V(P.name, NAME), '", MRN: "', V(mrn(0), MRN), '", NPI: "', V(npi(), NPI), '", DEA: "', V(dea(last()), DEA), '", MBI: "', V(mbi(), MBI),
              '", ICD: "', V(icd(), ICD), '", NHS: "', V(nhs(1), NHS), '", DOB: "', V(P.dob(1), DOB), '"},\n')
        d("}\n\nfunc TestBadNHS(t *testing.T) {\n\tif validNHS(\"", D(nhs_bad(), "nhs_bad"), "\") {\n\t\tt.Fatal(\"expected invalid\")\n\t}\n")
        d("\tif validSSN(\"", D(ssn_bad()[0], "ssn_bad"), "\") {\n\t\tt.Fatal(\"expected invalid\")\n\t}\n\tif luhn(\"", D(card_bad(), "card_bad_luhn"), "\") {\n\t\tt.Fatal(\"x\")\n\t}\n}\n")


DE_STREETS = ["Lindenstraße", "Goethestraße", "Am Mühlbach", "Schillerplatz", "Königsallee", "Bahnhofstraße", "Weißdornweg"]


def gen_de(i, enc="utf-8"):
    d = Doc(f"intl/de_{['mietbescheinigung', 'lastschrift', 'arbeitgeber'][i % 3]}_{i:03d}.txt", enc=enc)
    P, V2 = Person("DE"), Person("DE")
    stadt = ch(["Köln", "München", "Düsseldorf", "Nürnberg", "Lübeck", "Göttingen"])
    addr = f"{ch(DE_STREETS)} {R.randrange(1, 140)}"
    d(V(f"{V2.first} {V2.last}", NAME), "\n", V(f"{ch(DE_STREETS)} {R.randrange(1, 140)}{ch(['', 'a', 'b'])}", ADDR), f"\n{dg(5)} {stadt}\n\n")
    d(stadt, ", den ", D(other_date(5), "non_birth_date"), "\n\n")
    k = i % 3
    if k == 0:
        d("Mietbescheinigung / Wohnungsgeberbestätigung nach § 19 BMG\n\n")
        d("Hiermit bestätige ich, dass Frau/Herr ", V(f"{P.first} {P.last}", NAME), ", geboren am ", V(P.dob(5), DOB), ",\n")
        d("seit dem ", D(other_date(5), "non_birth_date"), " die Wohnung ", V(addr, ADDR), f", {dg(5)} {stadt} bewohnt.\n")
        d("Die Miete wird monatlich auf das Konto IBAN ", V(iban("DE", True), IBAN), " (BIC ", V(bic("DE"), BIC), ") überwiesen.\n")
        d("Steuer-ID des Mieters: ", D(f"{dg(2)} {dg(3)} {dg(3)} {dg(3)}", "de_steuer_id"), "\n")
        d("Rückfragen bitte an ", V(email_for(asc(V2.first), asc(V2.last), "gmx.de"), EM), " oder ", V(phone_intl("DE"), PH), ".\n\nMit freundlichen Grüßen\n", V(V2.last, NAME), "\n")
    elif k == 1:
        d("SEPA-Lastschriftmandat\nGläubiger-Identifikationsnummer: ", D(f"DE{dg(2)}ZZZ{dg(11)}", "creditor_id"), "\nMandatsreferenz: ", D(f"M-{dg(8)}", "mandate_ref"), "\n\n")
        d("Kontoinhaber: ", V(f"{P.last}, {P.first}", NAME), "\nStraße und Hausnummer: ", V(addr, ADDR), f"\nPLZ und Ort: {dg(5)} {stadt}\n")
        d("IBAN: ", V(iban(ch(["DE", "AT"]), True), IBAN), "\nBIC: ", V(bic("DE"), BIC), "\nGeburtsdatum: ", V(P.dob(5), DOB), "\n")
        d("Telefon: ", V(phone_intl("DE"), PH), "\nUnterschrift: ", V(f"{P.first} {P.last}", NAME), "   Datum: ", D(other_date(5), "non_birth_date"), "\n")
    else:
        d("Arbeitgeberbescheinigung\n\nFrau ", V(f"{P.first} {P.last}", NAME), " (geb. ", V(P.dob(5), DOB), ") ist seit dem ",
          D(other_date(5), "non_birth_date"), " in unserem Unternehmen beschäftigt.\n")
        d("Sozialversicherungsnummer: ", D(f"{dg(2)} {dg(6)} {up(1)} {dg(3)}", "de_sv_nummer"), "\nPersonalnummer: ", D(dg(6), "employee_id"), "\n")
        d("Gehaltskonto: ", V(iban("DE", False), IBAN), "\nAnsprechpartnerin: ", V(f"{V2.first} {V2.last}", NAME), ", Tel. ", V(phone_intl("DE"), PH), "\n")


def gen_fr(i):
    d = Doc(f"intl/fr_attestation_{i:03d}.txt")
    P, S = Person("FR"), Person("FR")
    ville = ch(["Besançon", "Orléans", "Périgueux", "Nîmes", "Compiègne"])
    d(ch(COMPANIES), "\n", V(f"{R.randrange(1, 90)} rue {ch(['de la Paix', 'Émile-Zola', 'des Écoles', 'Saint-Exupéry'])}", ADDR), f"\n{dg(5)} {ville}\n")
    d("SIRET : ", D(dg(14), "fr_siret"), "\n\nATTESTATION D'EMPLOYEUR\n\n")
    d("Je soussigné(e) ", V(f"{S.first} {S.last}", NAME), ", directrice des ressources humaines, atteste que ", V(f"{P.first} {P.last}", NAME), ",\n")
    d("né(e) le ", V(P.dob(5).replace(".", "/"), DOB), " à ", ville, ", demeurant ", V(f"{R.randrange(1, 200)} avenue {ch(['Jean-Jaurès', 'Foch', 'de l’Europe'])}", ADDR),
      f", {dg(5)} {ville},\nest employé(e) depuis le ", D(other_date(5).replace(".", "/"), "non_birth_date"), " en CDI.\n\n")
    d("N° de sécurité sociale : ", D(f"{ch('12')} {dg(2)} {dg(2)} {dg(2)} {dg(3)} {dg(3)} {dg(2)}", "fr_insee"), "\n")
    d("Salaire versé sur le compte ", V(iban("FR", True), IBAN), " — BIC ", V(bic("FR"), BIC), "\n")
    d("Contact : ", V(email_for(asc(S.first), asc(S.last), ch(ORG_DOM)), EM), " — ", V(phone_intl("FR"), PH), "\n\nFait pour servir et valoir ce que de droit.\n")


def gb_addr():
    return f"{R.randrange(1, 220)} {ch(['Kingsway', 'Mill Lane', 'Church Road', 'Victoria Street', 'Station Road', 'Albert Terrace'])}" + (f", Flat {R.randrange(1, 30)}" if p(0.2) else "")


def gen_nhs111(i):
    d = Doc(f"clinic/nhs111_call_summary_{i:03d}.txt")
    P = Person()
    P.street = gb_addr()
    gp = Person()
    d("NHS 111 — Post Event Message (PEM)\nCase ref: ", D(f"{dg(4)}-{dg(4)}-{dg(4)}", "case_ref"), "   Call received: ", D(other_date(4), "non_birth_date"),
      f" {R.randrange(0, 24):02d}:{R.randrange(60):02d}\n\n")
    d("Patient name: ", V(P.name, NAME), "\nNHS Number: ", V(nhs(), NHS), " (verified via PDS)\nDate of birth: ", V(P.dob(4), DOB), "\n")
    d("Address: ", V(P.street, ADDR), f", {ch(['Leeds', 'Bristol', 'Norwich', 'Derby', 'Exeter'])} {up(2)}{R.randrange(1, 20)} {R.randrange(1, 9)}{up(2)}\n")
    d("Callback number: ", V(phone_intl("GB"), PH), "\nCaller: ", ch([["patient"], ["mother, ", V(first(), NAME)], ["partner, ", V(fullname(), NAME)]]), "\n")
    d("Registered GP: Dr ", V(gp.name, NAME), ", ", ch(["Riverside Surgery", "Abbey Medical Practice", "The Limes Health Centre"]), "\n\n")
    d("Pathways assessment: ", ch(["Chest pain", "Abdominal pain", "Rash", "Headache", "Cough"]), " — disposition: ",
      ch(["Speak to GP within 2 hours", "Attend ED within 1 hour", "Self care"]), "\n")
    d("Clinician notes: pt known ", V(icd(), ICD), ". Previous NHS no. on record ", D(nhs_bad(), "nhs_bad") if p(0.3) else "n/a", ".\n")
    d("Handled by: ", V(fullname(), NAME), " (health advisor), clinical review ", V(fullname(), NAME), "\n\n")


# ------------------------------------------------------------------------------------------ lake tables
TABLES = []  # (path, columns, rows, fmt, coltypes)


def add_table(path, cols, coltypes, rows, fmt):
    assert len(cols) == len(coltypes)
    for r in rows:
        assert len(r) == len(cols)
    TABLES.append((path, cols, rows, fmt, coltypes))


def free_note():
    """Free text holding several types; returns (text, types used)."""
    P = Person()
    k = R.randrange(5)
    if k == 0:
        return f"cust {P.name} called from {P.phone} re refund", {NAME, PH}
    if k == 1:
        return f"email bounced, new addr {P.email}", {EM}
    if k == 2:
        return f"moved to {P.street}, {P.city}", {ADDR}
    if k == 3:
        return f"ok per {P.first}", {NAME}
    return "no issue", set()


def gen_tables():
    # 1 customers.csv
    rows = []
    for k in range(R.randrange(800, 1500)):
        P = Person()
        rows.append([uuid(), P.name, P.email, P.phone, P.dob(R.randrange(3)), P.street, P.city, P.zip, iso_ts(), P.ssn])
    add_table("lake/customers.csv", ["customer_id", "full_name", "email", "phone", "dob", "street", "city", "zip", "created_at", "ssn"],
              [[], [NAME], [EM], [PH], [DOB], [ADDR], [], [], [], [SSN]], rows, "csv")
    # 2 patients.tsv
    rows = []
    for k in range(R.randrange(600, 1200)):
        P = Person()
        rows.append([mrn(0), f"{P.last}, {P.first}", P.dob(4), mbi(), npi(), icd(), other_date(1),
                     ch([f"pt's son {first()} will drive, cell {phone()}", f"fu w/ Dr {last()} re {icd()}", "stable", f"callback {phone()}"]),
                     str(R.randrange(1, 9))])
    add_table("lake/patients.tsv", ["pt_ident", "patient", "dob_text", "medicare_id", "attending", "dx", "visit_date", "notes", "acuity"],
              [[MRN], [NAME], [DOB], [MBI], [NPI], [ICD], [], [NAME, PH, ICD], []], rows, "tsv")
    # 3 payments.jsonl
    rows = []
    for k in range(R.randrange(1000, 2000)):
        rows.append([acct(), aba(), iban(spaced=p(0.3)), bic(), f"{R.randrange(1, 99999)}.{dg(2)}", order_id(), card(), int(epoch_ms()), ch(["USD", "EUR", "GBP"])])
    add_table("lake/payments.jsonl", ["acct", "aba", "iban", "bic", "amount", "order_ref", "pan", "ts", "ccy"],
              [[ACCT], [ABA], [IBAN], [BIC], [], [], [CC], [], []], rows, "jsonl")
    # 4 hr_roster.csv
    rows = []
    for k in range(R.randrange(300, 700)):
        P = Person()
        rows.append([f"E{dg(6)}", P.first, P.last, P.email if p(0.5) else P.phone, P.ssn if p(0.8) else itin(), ein(), other_date(1),
                     ch(["v" + version(), "", "remote", "badge " + dg(5)])])
    add_table("lake/hr_roster.csv", ["emp_no", "given", "surname", "contact", "tax_id", "employer_fein", "hire_date", "misc"],
              [[], [NAME], [NAME], [EM, PH], [SSN, ITIN], [EIN], [], []], rows, "csv")
    # 5 web_sessions.jsonl
    rows = []
    for k in range(R.randrange(1000, 2000)):
        rows.append([uuid(), ip_any(), ch(UA), email(), ch(["https://www.google.com/", "", "https://t.co/" + hx(8)]), sku(), iso_ts()])
    add_table("lake/web_sessions.jsonl", ["session", "client", "ua", "user", "referrer", "item", "seen_at"],
              [[], [IP], [], [EM], [], [], []], rows, "jsonl")
    # 6 claims.csv
    rows = []
    for k in range(R.randrange(500, 1000)):
        rows.append([claim_no(), mbi(p(0.2)), npi(), dea(last()), ";".join(icd(False) for _ in range(R.randrange(1, 4))), other_date(0),
                     f"{R.randrange(50, 9000)}.{dg(2)}", city()[2]])
    add_table("lake/claims.csv", ["claim_id", "member", "prov_npi", "prov_dea", "dx_codes", "dos", "billed", "zip"],
              [[], [MBI], [NPI], [DEA], [ICD], [], [], []], rows, "csv")
    # 7 uk_patients.tsv
    rows = []
    for k in range(R.randrange(300, 600)):
        rows.append([nhs(), first(), last(), f"{up(2)}{R.randrange(1, 20)} {R.randrange(1, 9)}{up(2)}", fmt_date(rdate(), 4), phone_intl("GB")])
    add_table("lake/uk_patients.tsv", ["nhs_number", "forename", "surname", "postcode", "birth", "gp_phone"],
              [[NHS], [NAME], [NAME], [], [DOB], [PH]], rows, "tsv")
    # 8 kyc.jsonl
    rows = []
    for k in range(R.randrange(300, 700)):
        P = Person()
        st, num = dlic()
        note, ts = free_note()
        rows.append([P.name, passport(), num, st, P.dob(1), P.street, note, sha(64)])
        NOTE_TYPES.update(ts)
    add_table("lake/kyc.jsonl", ["name", "passport_no", "dl_number", "dl_state", "dob", "address", "notes", "doc_hash"],
              [[NAME], [PASS], [DL], [], [DOB], [ADDR], sorted(NOTE_TYPES), []], rows, "jsonl")
    # 9 vendors.csv
    rows = []
    for k in range(R.randrange(200, 400)):
        P = Person()
        rows.append([ch(COMPANIES), ein(), street(), aba(), acct(), email_for(P.first, P.last, ch(ORG_DOM)), sku(), version()])
    add_table("lake/vendors.csv", ["vendor", "tin", "remit_to", "routing_no", "account_no", "ap_contact", "sku", "schema_version"],
              [[], [EIN], [ADDR], [ABA], [ACCT], [EM], [], []], rows, "csv")
    # 10 support_notes.csv
    rows = []
    seen = set()
    for k in range(R.randrange(400, 900)):
        P = Person()
        kk = R.randrange(4)
        body = [f"Customer {P.name} says card {card(fmt=1)} was double charged",
                f"IP {ipv4(False)} flagged; user {P.email}",
                f"verified ssn {P.ssn} and dob {P.dob(0)}",
                f"see order {order_id()} / tracking {tracking()}"][kk]
        seen |= [{NAME, CC}, {IP, EM}, {SSN, DOB}, set()][kk]
        rows.append([f"T-{dg(6)}", iso_ts(), body, ch(["P1", "P2", "P3"]), ch(["billing", "fraud", "shipping"])])
    add_table("lake/support_notes.csv", ["ticket", "created", "body", "priority", "tag"],
              [[], [], sorted(seen), [], []], rows, "csv")


NOTE_TYPES = set()


def write_tables(files_dir):
    import csv
    cols_truth = []
    for path, cols, rows, fmt, coltypes in TABLES:
        full = os.path.join(files_dir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", newline="", encoding="utf-8") as fh:
            if fmt in ("csv", "tsv"):
                w = csv.writer(fh, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
                w.writerow(cols)
                w.writerows(rows)
            else:
                for r in rows:
                    fh.write(json.dumps(dict(zip(cols, r))) + "\n")
        for c, t in zip(cols, coltypes):
            cols_truth.append({"file": path, "column": c, "types": sorted(set(t))})
    return cols_truth


# ------------------------------------------------------------------------------------------ main
BAD_KINDS = {"card_bad_luhn": lambda s: not luhn_ok(re.sub(r"\D", "", s)), "iban_bad": lambda s: not iban_ok(s),
             "routing_bad": lambda s: not aba_ok(s), "nhs_bad": lambda s: not nhs_ok(s), "ssn_bad": lambda s: not ssn_ok(s),
             "ssn_bad_area": lambda s: not ssn_ok(s), "ssn_bad_group": lambda s: not ssn_ok(s), "ssn_bad_serial": lambda s: not ssn_ok(s)}

RE_EMAIL = re.compile(rb"[A-Za-z0-9._+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RE_SSN = re.compile(rb"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
RE_CARD = re.compile(rb"(?<![\d-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?![\d-])")
RE_IBAN = re.compile(rb"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Z0-9])")


def generate():
    n = {"mail": 60, "mail_fr": 10, "har": 24, "cloudtrail": 10, "azure": 6, "vpc": 3, "envoy": 5, "whatsapp": 6, "teams": 4,
         "discord": 4, "zendesk": 4, "jira": 3, "snow": 3, "stripe": 3, "paypal": 3, "bai2": 6, "camt": 7, "fedwire": 5,
         "urla": 40, "i9": 40, "w4": 30, "bg": 30, "offer": 30, "fnol": 40, "ub04": 20, "ncpdp": 50, "rxlabel": 10, "834": 5,
         "labreq": 40, "imm": 30, "hh": 40, "nurse": 5, "wiki": 24, "code": 12, "de": 20, "fr": 16, "nhs111": 24}
    for i in range(n["mail"]):
        gen_mail(i)
    for i in range(n["mail_fr"]):
        gen_mail_fr(i)
    for i in range(n["har"]):
        gen_har(i)
    for i in range(n["cloudtrail"]):
        gen_cloudtrail(i)
    for i in range(n["azure"]):
        gen_azure(i)
    for i in range(n["vpc"]):
        gen_vpcflow(i, gz=(i == 3))
    for i in range(n["nhs111"]):
        gen_nhs111(i)
    for i in range(n["envoy"]):
        gen_envoy(i, gz=(i == 4))
    for i in range(n["whatsapp"]):
        gen_whatsapp(i)
    for i in range(n["teams"]):
        gen_teams(i)
    for i in range(n["discord"]):
        gen_discord(i)
    for i in range(n["zendesk"]):
        gen_zendesk(i)
    for i in range(n["jira"]):
        gen_jira(i)
    for i in range(n["snow"]):
        gen_servicenow(i)
    for i in range(n["stripe"]):
        gen_stripe(i)
    for i in range(n["paypal"]):
        gen_paypal(i)
    for i in range(n["bai2"]):
        gen_bai2(i)
    for i in range(n["camt"]):
        gen_camt053(i)
    for i in range(n["fedwire"]):
        gen_fedwire(i)
    for i in range(n["urla"]):
        gen_urla(i)
    for i in range(n["i9"]):
        gen_i9(i)
    for i in range(n["w4"]):
        gen_w4(i)
    for i in range(n["bg"]):
        gen_background(i)
    for i in range(n["offer"]):
        gen_offer(i)
    for i in range(n["fnol"]):
        gen_fnol(i)
    for i in range(n["ub04"]):
        gen_ub04(i)
    for i in range(n["ncpdp"]):
        gen_ncpdp(i)
    for i in range(n["rxlabel"]):
        gen_rxlabel(i)
    for i in range(n["834"]):
        gen_834(i)
    for i in range(n["labreq"]):
        gen_labreq(i)
    for i in range(n["imm"]):
        gen_immunization(i)
    for i in range(n["hh"]):
        gen_homehealth(i)
    for i in range(n["nurse"]):
        gen_schoolnurse(i)
    for i in range(n["wiki"]):
        gen_wiki(i)
    for i in range(n["code"]):
        gen_code(i)
    for i in range(n["de"]):
        gen_de(i, enc="cp1252" if i == 4 else "utf-8")
    for i in range(n["fr"]):
        gen_fr(i)
    gen_tables()


def check_doc(doc, data):
    errs = []
    ivs = [(s, e, "T", t, v) for s, e, t, v in doc.spans] + [(s, e, "D", k, v) for s, e, k, v in doc.decoys]
    for s, e, kind, t, v in ivs:
        if data[s:e].decode(doc.enc) != v:
            errs.append(f"{doc.path}: span mismatch {v!r}")
        if kind == "T" and t in VALIDATORS and not VALIDATORS[t](v):
            errs.append(f"{doc.path}: invalid {t} {v!r}")
        if kind == "T" and v.strip() != v or not v:
            errs.append(f"{doc.path}: untrimmed/empty {v!r}")
        if kind == "D" and t in BAD_KINDS and not BAD_KINDS[t](v):
            errs.append(f"{doc.path}: bad-kind decoy validates {v!r}")
    ivs.sort()
    for a, b in zip(ivs, ivs[1:]):
        if b[0] < a[1]:
            errs.append(f"{doc.path}: overlap {a[4]!r} {b[4]!r}")
    cov = sorted((s, e) for s, e, *_ in ivs)
    starts = [c[0] for c in cov]
    import bisect

    def covered(s, e):
        j = bisect.bisect_right(starts, e) - 1
        while j >= 0 and j >= bisect.bisect_right(starts, s) - 40:
            cs, ce = cov[j]
            if ce > s and cs < e:
                return True
            j -= 1
        return False

    for rx, ok in ((RE_EMAIL, lambda m: True), (RE_SSN, lambda m: True),
                   (RE_CARD, lambda m: card_ok(m.decode())), (RE_IBAN, lambda m: iban_ok(m.decode()))):
        for m in rx.finditer(data):
            if ok(m.group()) and not covered(m.start(), m.end()):
                errs.append(f"{doc.path}: unlabelled look-alike {m.group()!r}")
    return errs


def main():
    if len(sys.argv) != 2:
        print(__doc__.split("\n\n")[0])
        print("usage: python3 benches/heldout/gen_i.py OUT_DIR")
        sys.exit(2)
    out = sys.argv[1]
    files_dir = os.path.join(out, "files")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(files_dir)
    generate()
    truth, decoys, errs = [], [], []
    total = 0
    seen = set()
    for doc in DOCS:
        assert doc.path not in seen, doc.path
        seen.add(doc.path)
        full = os.path.join(files_dir, doc.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = bytes(doc.buf)
        if doc.gz:
            with gzip.GzipFile(full, "wb", mtime=0) as fh:
                fh.write(data)
        else:
            with open(full, "wb") as fh:
                fh.write(data)
        total += os.path.getsize(full)
        with open(full, "rb") as fh:
            raw = fh.read()
        if doc.gz:
            raw = gzip.decompress(raw)
        assert raw == data
        raw.decode(doc.enc)
        errs += check_doc(doc, raw)
        for s, e, t, v in doc.spans:
            truth.append({"file": doc.path, "start": s, "end": e, "type": t})
        for s, e, k, v in doc.decoys:
            decoys.append({"file": doc.path, "start": s, "end": e, "kind": k})
    if errs:
        for e in errs[:60]:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errs)} errors", file=sys.stderr)
        sys.exit(1)
    cols = write_tables(files_dir)
    with open(os.path.join(out, "truth.jsonl"), "w") as fh:
        for t in truth:
            fh.write(json.dumps(t) + "\n")
    with open(os.path.join(out, "decoys.jsonl"), "w") as fh:
        for t in decoys:
            fh.write(json.dumps(t) + "\n")
    with open(os.path.join(out, "columns_truth.jsonl"), "w") as fh:
        for c in cols:
            fh.write(json.dumps(c) + "\n")
    per = Counter(t["type"] for t in truth)
    stats = {"preset": "heldout-i", "seed": SEED, "text_files": len(DOCS), "text_bytes": total, "entities": len(truth),
             "decoys": len(decoys), "columns": len(cols), "per_type": {k: per[k] for k in sorted(per)}}
    with open(os.path.join(out, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)
    # stats re-check
    with open(os.path.join(out, "truth.jsonl")) as fh:
        again = Counter(json.loads(l)["type"] for l in fh)
    assert again == per and set(per) == TYPESET, (set(TYPESET) - set(per))
    print(json.dumps(stats, indent=1))
    print("decoy kinds:", dict(Counter(d["kind"] for d in decoys).most_common()))


if __name__ == "__main__":
    main()

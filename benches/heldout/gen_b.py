#!/usr/bin/env python3
"""Independent held-out corpus #2 for the PII/PHI/financial scanner.

Writes OUT/{files/**, truth.jsonl, decoys.jsonl, columns_truth.jsonl, stats.json} (OUT: the first argument,
by default /tmp/datareach-heldout/b),
in the format of /work/shared/eval/corpus-dev (byte offsets into UTF-8 files, end exclusive).

Documents are built as strings with inline markers  ⟦TYPE:value⟧ (truth) and ⟦~kind:value⟧ (decoy);
compile() strips the markers and records byte spans.  Everything else is noise.  After writing, every file
is re-read and validated (spans decode to their values, no overlaps, checksums, and no unlabelled valid
cards / SSNs / emails / public IPv4 / IBANs / labelled-value repeats).  Deterministic for a fixed SEED.
"""
import datetime as dt
import hashlib
import ipaddress
import json
import os
import re
import random
import shutil
import string
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 918273
N_DOCS_SCALE = 1
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/datareach-heldout/b"

TYPES = ["EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "US_ITIN", "PERSON_NAME", "STREET_ADDRESS",
         "DATE_OF_BIRTH", "IP_ADDRESS", "US_PASSPORT", "US_DRIVERS_LICENSE", "US_NPI", "US_DEA_NUMBER",
         "US_MBI", "MEDICAL_RECORD_NUMBER", "ICD10_CODE", "UK_NHS_NUMBER", "CREDIT_CARD_NUMBER", "IBAN_CODE",
         "US_BANK_ROUTING_NUMBER", "US_BANK_ACCOUNT_NUMBER", "SWIFT_BIC_CODE", "US_EIN"]

# ----------------------------------------------------------------------------------------------------------
# markers


def T(typ, v):
    assert typ in TYPES, typ
    v = str(v)
    assert "⟦" not in v and "⟧" not in v
    return f"⟦{typ}:{v}⟧"


def D(kind, v):
    return f"⟦~{kind}:{v}⟧"


def NM(v): return T("PERSON_NAME", v)
def EM(v): return T("EMAIL_ADDRESS", v)
def PH(v): return T("PHONE_NUMBER", v)
def AD(v): return T("STREET_ADDRESS", v)
def DB(v): return T("DATE_OF_BIRTH", v)
def IP(v): return T("IP_ADDRESS", v)


MARK = re.compile(r"⟦(~?)([A-Za-z0-9_]+):(.*?)⟧")


def compile_doc(marked):
    """-> (bytes, truth[(s,e,type,value)], decoys[(s,e,kind,value)])"""
    out = bytearray()
    truth, decoys = [], []
    pos = 0
    for m in MARK.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        val = m.group(3)
        s = len(out)
        out += val.encode("utf-8")
        e = len(out)
        assert e > s, m.group(0)
        (decoys if m.group(1) else truth).append((s, e, m.group(2), val))
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    assert "⟦" not in out.decode("utf-8") and "⟧" not in out.decode("utf-8"), "unbalanced marker"
    return bytes(out), truth, decoys

# ----------------------------------------------------------------------------------------------------------
# checksums / validators (used both to build values and to assert them)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c


def card_brand(d):
    n = len(d)
    if not d.isdigit() or n < 13:
        return None
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if 51 <= int(d[:2]) <= 55 and n == 16:
        return "mastercard"
    if 2221 <= int(d[:4]) <= 2720 and n == 16:
        return "mastercard"
    if d[:2] in ("34", "37") and n == 15:
        return "amex"
    if (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649) and n in (16, 19):
        return "discover"
    if 3528 <= int(d[:4]) <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (d[:2] in ("36", "38", "39") or 300 <= int(d[:3]) <= 305) and 14 <= n <= 19:
        return "diners"
    if d[:2] == "62" and 16 <= n <= 19:
        return "unionpay"
    return None


def card_valid(d):
    return card_brand(d) is not None and luhn_ok(d)


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "PL": 28, "SE": 24, "GB": 22, "NL": 18, "BE": 16, "IT": 27, "CH": 21,
            "AT": 20, "PT": 25, "BR": 29, "IE": 22, "DK": 18, "NO": 15, "FI": 18, "LU": 20, "CZ": 24}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(s):
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]] or not s[2:4].isdigit():
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_valid(s) and len(s) == IBAN_LEN[cc], s
    return s


ABA_PREFIX = [f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)) + [80]]


def aba_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def aba_valid(s):
    return aba_ok(s) and s[:2] in ABA_PREFIX


def npi_valid(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok("80840" + s)


def dea_valid(s):
    if not re.fullmatch(r"[A-Z][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def nhs_check(d9):
    t = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - t % 11
    return 0 if c == 11 else c  # 10 means invalid


def nhs_valid(s):
    s = s.replace(" ", "").replace("-", "")
    return len(s) == 10 and s.isdigit() and nhs_check(s[:9]) == int(s[9])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"  # letters allowed in an MBI (no S L O I B Z)


def mbi_valid(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    num, let, an = "0123456789", MBI_L, "0123456789" + MBI_L
    rules = ["123456789", let, an, num, let, an, num, let, let, num, num]
    return all(c in rule for c, rule in zip(s, rules))


def ssn_valid(s):
    d = re.sub(r"[ -]", "", s)
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and n != 0


def itin_valid(s):
    d = re.sub(r"[ -]", "", s)
    if len(d) != 9 or not d.isdigit() or d[0] != "9":
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


EIN_PREFIX = ("01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 40 41 "
              "42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 75 76 77 80 "
              "81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99").split()


def ein_valid(s):
    return bool(re.fullmatch(r"\d\d-\d{7}", s)) and s[:2] in EIN_PREFIX


def ip_public(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    if ip.version == 4:
        a = int(s.split(".")[0])
        return ip.is_global and not ip.is_multicast and not ip.is_reserved and 1 <= a <= 223
    return ip.is_global and not ip.is_multicast and not ipaddress.ip_address(s) in ipaddress.ip_network("2001:db8::/32")


ICD10 = [("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential (primary) hypertension"),
         ("J45.909", "Unspecified asthma, uncomplicated"), ("M54.50", "Low back pain, unspecified"),
         ("F41.1", "Generalized anxiety disorder"), ("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
         ("N39.0", "Urinary tract infection, site not specified"), ("E78.5", "Hyperlipidemia, unspecified"),
         ("Z79.4", "Long term (current) use of insulin"), ("I48.91", "Unspecified atrial fibrillation"),
         ("G47.33", "Obstructive sleep apnea"), ("J06.9", "Acute upper respiratory infection, unspecified"),
         ("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter"),
         ("O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled"),
         ("C50.911", "Malignant neoplasm of unspecified site of right female breast"),
         ("F32.A", "Depression, unspecified"), ("Z00.00", "Encounter for general adult medical examination"),
         ("E66.01", "Morbid (severe) obesity due to excess calories"), ("I25.10", "Atherosclerotic heart disease"),
         ("N18.30", "Chronic kidney disease, stage 3 unspecified"), ("J44.1", "COPD with (acute) exacerbation"),
         ("M17.11", "Unilateral primary osteoarthritis, right knee"), ("R07.89", "Other chest pain"),
         ("E03.9", "Hypothyroidism, unspecified"), ("L40.0", "Psoriasis vulgaris"), ("G43.909", "Migraine, unspecified"),
         ("K58.0", "Irritable bowel syndrome with diarrhea"), ("Z23", "Encounter for immunization"),
         ("T78.40XA", "Allergy, unspecified, initial encounter"), ("U07.1", "COVID-19"),
         ("E55.9", "Vitamin D deficiency, unspecified"), ("H40.11X1", "Primary open-angle glaucoma, mild stage"),
         ("B20", "Human immunodeficiency virus [HIV] disease"), ("F10.20", "Alcohol dependence, uncomplicated"),
         ("M79.7", "Fibromyalgia"), ("D50.9", "Iron deficiency anemia, unspecified")]
ICD_SET = {c for c, _ in ICD10}

# ----------------------------------------------------------------------------------------------------------
# people / places

NAMES = {
    "en": (["Emily", "James", "Olivia", "Ethan", "Hannah", "Connor", "Megan", "Tyler", "Brianna", "Garrett", "Whitney",
            "Dustin", "Courtney", "Marcus", "Tamsin", "Rowan"],
           ["Whitfield", "Callahan", "Pruitt", "Hargrove", "Ellsworth", "Brennan", "Ashby", "Merriweather", "Stroud",
            "Kowalczyk-Hale", "Thornbury", "Gallagher", "Pemberton", "Lockridge", "Danvers"]),
    "ie": (["Siobhán", "Ciarán", "Aoife", "Niamh", "Declan", "Pádraig"],
           ["O'Brien", "O'Sullivan", "McNamara", "Fitzgerald", "Ní Bhriain", "MacCarthy"]),
    "es": (["José Luis", "María Fernanda", "Alejandro", "Lucía", "Guillermo", "Ximena", "Iñigo", "Nuria"],
           ["García López", "Hernández", "de la Cruz", "Villanueva", "Ortega", "Quiñones", "Ibáñez", "Echeverría"]),
    "pt": (["João", "Ana Clara", "Thiago", "Luana", "Rafael", "Gabriela", "Conceição", "Vinícius"],
           ["da Silva", "Ferreira", "Albuquerque", "Gonçalves", "Nascimento", "Carvalho", "Magalhães", "dos Santos"]),
    "cn": (["Wei", "Xiaoming", "Mei Ling", "Jun", "Yan", "Haoran", "Zhiyuan"],
           ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Guo", "Xie"]),
    "in": (["Priya", "Arjun", "Ananya", "Vikram", "Sunita", "Rohan", "Lakshmi", "Siddharth"],
           ["Raman", "Venkataraman", "Chatterjee", "Iyer", "Reddy", "Banerjee", "Subramanian", "Kulkarni"]),
    "ar": (["Omar", "Layla", "Youssef", "Fatima", "Karim", "Noor", "Hamza"],
           ["Al-Masri", "Haddad", "El-Sayed", "Khoury", "Nasser", "Abdelrahman", "Saleh"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Tunde"],
           ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo"]),
    "vn": (["Minh", "Thuy", "Duc", "Linh", "Quang", "Phương"],
           ["Nguyen", "Tran", "Pham", "Le", "Vo", "Nguyễn", "Đặng"]),
    "kr": (["Ji-woo", "Seo-yeon", "Min-jun", "Hyun-woo", "Eun-ji"], ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"]),
    "jp": (["Haruto", "Yui", "Sota", "Aoi", "Kenji", "Naoko"],
           ["Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Inoue"]),
    "pl": (["Łukasz", "Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Zofia", "Grzegorz"],
           ["Wiśniewski", "Kowalczyk", "Zieliński", "Szymańska", "Wójcik", "Lewandowski", "Dąbrowska", "Nowak"]),
    "de": (["Jörg", "Annika", "Matthias", "Ute", "Lukas", "Friederike", "Jürgen", "Sabine"],
           ["Müller", "Schäfer", "Becker", "Hoffmann", "Weiß", "Krüger", "von Stein", "Schulze-Böhm"]),
    "fr": (["Aurélie", "Benoît", "Camille", "Étienne", "Océane", "Thibault", "Hélène", "Jean-Marc"],
           ["Lefèvre", "Dubois", "Moreau", "Girard", "Rousseau", "Fontaine", "Le Goff", "Chevalier"]),
    "se": (["Sven", "Ingrid", "Björn", "Astrid", "Linnéa", "Oskar", "Maja"],
           ["Lindqvist", "Åberg", "Johansson", "Bergström", "Sjöberg", "Nyström", "Ekström"]),
    "ru": (["Dmitri", "Svetlana", "Aleksandr", "Yekaterina", "Oksana"], ["Volkov", "Ivanova", "Sokolov", "Kuznetsova", "Morozov"]),
    "tr": (["Emre", "Zeynep", "Mehmet", "Elif", "Burak"], ["Yılmaz", "Demir", "Çelik", "Aydın", "Öztürk"]),
    "nl": (["Sanne", "Joris", "Femke", "Bram", "Maarten"], ["van der Berg", "de Vries", "Jansen", "van Dijk", "Bakker"]),
    "gh": (["Kwame", "Ama", "Kofi", "Abena", "Yaw"], ["Mensah", "Owusu", "Boateng", "Asante", "Appiah"]),
}
US_ORIGINS = ["en"] * 6 + ["ie", "es", "es", "cn", "in", "in", "ar", "ng", "vn", "kr", "jp", "pl", "ru", "tr", "gh", "pt", "de", "fr"]

US_STREETS = ["Maple Ave", "Oak Street", "W Randolph St", "Elm Ct", "Kingsbury Rd", "N Lamar Blvd", "Cedar Ridge Dr",
              "Old Mill Ln", "Peachtree St NE", "SE Hawthorne Blvd", "Commonwealth Ave", "Calle Sol", "Birchwood Terrace",
              "Martin Luther King Jr Way", "County Road 12", "Lakeshore Dr", "S Congress Ave", "Juniper Hollow",
              "E 86th St", "Mission St", "Aldine Bender Rd", "Quail Run Circle", "Harbor View Pkwy", "W Olive Ave",
              "Chestnut Hill Rd", "Bayou Bend Ct", "Sycamore Pl", "NW Glisan St", "Frontage Rd N", "Via Verde"]
US_UNITS = ["Apt 4B", "Apt. 12", "Suite 300", "Ste 210", "Unit 7", "#1402", "Fl 3", "Apt 2F", "Suite 1200", "Unit C",
            "Apt #305", "Rm 18"]
US_CITIES = [("Boston", "MA", "02116"), ("Chicago", "IL", "60607"), ("Austin", "TX", "78704"), ("Portland", "OR", "97214"),
             ("Atlanta", "GA", "30309"), ("Seattle", "WA", "98103"), ("Denver", "CO", "80205"), ("Phoenix", "AZ", "85013"),
             ("Raleigh", "NC", "27603"), ("Miami", "FL", "33133"), ("Minneapolis", "MN", "55408"), ("Houston", "TX", "77036"),
             ("Brooklyn", "NY", "11215"), ("Philadelphia", "PA", "19103"), ("Nashville", "TN", "37206"),
             ("San Jose", "CA", "95112"), ("Albuquerque", "NM", "87106"), ("Columbus", "OH", "43215"),
             ("Newark", "NJ", "07102"), ("Salt Lake City", "UT", "84102")]
US_AREA = [212, 646, 718, 617, 857, 415, 510, 312, 773, 713, 832, 206, 303, 404, 602, 919, 305, 503, 612, 215, 469,
           702, 512, 615, 801, 971, 347, 504, 414, 216]

PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me", "aol.com",
                    "fastmail.com", "comcast.net", "me.com"]
LOCALE_DOMAINS = {"de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
                  "es": ["telefonica.net", "yahoo.es", "gmail.com"], "pt": ["uol.com.br", "bol.com.br", "terra.com.br"],
                  "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"], "se": ["telia.com", "bredband.net", "spray.se"],
                  "uk": ["btinternet.com", "sky.com", "virginmedia.com"]}
ORG_DOMAINS = ["harborview-health.net", "lakeside-ortho.com", "brightwater-dental.com", "northgate-logistics.io",
               "pinecrest-pediatrics.org", "meridian-payroll.com", "kestrelsoft.dev", "atlas-freight.co",
               "bluefin-capital.com", "orchardmed.us", "cobaltridge.ai", "saltmarsh-labs.com", "tidewell-pharmacy.com",
               "greyfriars-accountancy.co.uk", "vantablue.eu", "helix-billing.com"]


def fold(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("ø", "o"), ("ı", "i"), ("đ", "d"), ("Đ", "D"), ("æ", "ae")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, r, origin=None, dob_range=(1932, 2012)):
        self.r = r
        self.origin = origin or r.choice(US_ORIGINS)
        fn, ln = NAMES[self.origin]
        self.first = r.choice(fn)
        self.last = r.choice(ln)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.2 else None
        self.dob = rdate(r, *dob_range)

    @property
    def full(self):
        return f"{self.first} {self.mi + '. ' if self.mi else ''}{self.last}"

    @property
    def fl(self):
        return f"{self.first} {self.last}"

    @property
    def rev(self):
        return f"{self.last}, {self.first}"

    def local(self):
        f, l = fold(self.first).lower().replace(" ", ""), fold(self.last).lower().replace(" ", "")
        f, l = re.sub(r"[^a-z-]", "", f), re.sub(r"[^a-z]", "", l)
        r = self.r
        return r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:1]}{r.randint(2, 99)}", f"{f}_{l}", f"{l}.{f}",
                         f"{f}.{l}{r.randint(70, 99)}", f"{f[0]}.{l}"])

    def email(self, domain=None):
        d = domain or self.r.choice(LOCALE_DOMAINS.get(self.origin, PERSONAL_DOMAINS) if self.r.random() < 0.5 else PERSONAL_DOMAINS)
        return f"{self.local()}@{d}"


def rdate(r, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


MON_EN = "January February March April May June July August September October November December".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MON_PT = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
MON_PL = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
MON_SV = "januari februari mars april maj juni juli augusti september oktober november december".split()


def fdate(d, style):
    m, y, day = d.month, d.year, d.day
    return {
        "iso": f"{y}-{m:02d}-{day:02d}", "us": f"{m:02d}/{day:02d}/{y}", "us_short": f"{m}/{day}/{y}",
        "us2y": f"{m}/{day}/{y % 100:02d}", "dot": f"{day:02d}.{m:02d}.{y}", "eu": f"{day:02d}/{m:02d}/{y}",
        "long_us": f"{MON_EN[m - 1]} {day}, {y}", "long_eu": f"{day} {MON_EN[m - 1]} {y}",
        "abbr": f"{day:02d}-{MON_EN[m - 1][:3]}-{y}", "abbr_sp": f"{day} {MON_EN[m - 1][:3]} {y}",
        "hl7": f"{y}{m:02d}{day:02d}", "de": f"{day}. {MON_DE[m - 1]} {y}", "fr": f"{day} {MON_FR[m - 1]} {y}",
        "es": f"{day} de {MON_ES[m - 1]} de {y}", "pt": f"{day} de {MON_PT[m - 1]} de {y}",
        "pl": f"{day} {MON_PL[m - 1]} {y}", "sv": f"{day} {MON_SV[m - 1]} {y}", "dash_us": f"{m:02d}-{day:02d}-{y}",
        "upper": f"{day:02d}{MON_EN[m - 1][:3].upper()}{y}",
    }[style]


US_DOB_STYLES = ["iso", "us", "us", "us_short", "us2y", "long_us", "abbr", "abbr_sp", "dash_us", "long_eu"]


def us_phone(r, style=None):
    a = r.choice(US_AREA)
    while True:
        ex = r.randint(201, 989)
        if ex % 100 != 11 and ex != 555 and ex // 100 not in (0, 1):
            break
    ln = r.randint(0, 9999)
    style = style or r.choice(["paren", "dash", "dot", "plus_sp", "plus_dash", "paren_nosp", "plus_paren"])
    return {"paren": f"({a}) {ex}-{ln:04d}", "dash": f"{a}-{ex}-{ln:04d}", "dot": f"{a}.{ex}.{ln:04d}",
            "plus_sp": f"+1 {a} {ex} {ln:04d}", "plus_dash": f"+1-{a}-{ex}-{ln:04d}", "paren_nosp": f"({a}){ex}-{ln:04d}",
            "plus_paren": f"+1 ({a}) {ex}-{ln:04d}", "bare": f"{a}{ex}{ln:04d}", "one": f"1-{a}-{ex}-{ln:04d}"}[style]


def intl_phone(r, loc):
    d = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    nz = lambda: str(r.randint(2, 9))
    if loc == "de":
        return r.choice([f"+49 30 {nz()}{d(3)} {d(4)}", f"0171 {nz()}{d(6)}", f"+49 (0)89 {nz()}{d(6)}", f"0221 {nz()}{d(2)} {d(2)} {d(2)}",
                         f"+49 151 {nz()}{d(7)}"])
    if loc == "fr":
        return r.choice([f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
                         f"+33 (0)7 {d(2)} {d(2)} {d(2)} {d(2)}"])
    if loc == "es":
        return r.choice([f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {nz()}{d(2)} {d(2)} {d(2)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"])
    if loc == "pt":
        return r.choice([f"+55 11 9{nz()}{d(3)}-{d(4)}", f"(21) 9{nz()}{d(3)}-{d(4)}", f"+55 (31) {nz()}{d(3)}-{d(4)}"])
    if loc == "pl":
        return r.choice([f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}", f"22 {nz()}{d(2)} {d(2)} {d(2)}", f"{r.choice('5678')}{d(2)}-{d(3)}-{d(3)}"])
    if loc == "se":
        return r.choice([f"+46 70 {nz()}{d(2)} {d(2)} {d(2)}", f"08-{nz()}{d(2)} {d(2)} {d(2)}",
                         f"073-{nz()}{d(2)} {d(2)} {d(2)}"])
    if loc == "uk":
        while True:
            p = r.choice([f"+44 20 {r.choice('378')}{d(3)} {d(4)}", f"07{r.choice('1345789')}{d(2)} {nz()}{d(5)}",
                          f"0161 {nz()}{d(2)} {d(4)}", f"+44 7{r.choice('1345789')}{d(2)} {nz()}{d(5)}"])
            if "7946 0" not in p and "7700 900" not in p:
                return p
    raise KeyError(loc)


def us_street(r, unit_p=0.35):
    s = f"{r.randint(2, 9899)} {r.choice(US_STREETS)}"
    if r.random() < unit_p:
        s += r.choice([" ", ", "]) + r.choice(US_UNITS)
    return s


def us_cityline(r):
    c, st, z = r.choice(US_CITIES)
    if r.random() < 0.3:
        z += f"-{r.randint(1000, 9999)}"
    return f"{c}, {st} {z}"


INTL_ADDR = {
    "de": (["Hauptstraße", "Lindenallee", "Schillerstraße", "Am Mühlbach", "Kastanienweg", "Friedrich-Ebert-Str."],
           ["10115 Berlin", "80331 München", "50667 Köln", "20095 Hamburg", "04109 Leipzig"]),
    "fr": (["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Tilleuls"],
           ["75011 Paris", "69003 Lyon", "13006 Marseille", "31000 Toulouse", "44000 Nantes"]),
    "es": (["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia", "Calle San Vicente"],
           ["28014 Madrid", "08007 Barcelona", "41001 Sevilla", "46002 Valencia"]),
    "pt": (["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua Voluntários da Pátria", "Travessa São José"],
           ["01310-100 São Paulo - SP", "22271-010 Rio de Janeiro - RJ", "30130-005 Belo Horizonte - MG"]),
    "pl": (["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Świętokrzyska"],
           ["00-624 Warszawa", "80-831 Gdańsk", "90-406 Łódź", "31-042 Kraków"]),
    "se": (["Storgatan", "Sveavägen", "Drottninggatan", "Kungsgatan", "Västra Hamngatan"],
           ["111 51 Stockholm", "411 17 Göteborg", "211 22 Malmö", "753 20 Uppsala"]),
    "uk": (["Cranbrook Road", "Elm Grove", "Princes Street", "Mill Lane", "Victoria Terrace"],
           ["London E2 8AA", "Manchester M14 5RF", "Leeds LS6 3HN", "Bristol BS7 8PE", "Glasgow G12 8QQ"]),
}


def intl_street(r, loc):
    st = r.choice(INTL_ADDR[loc][0])
    n = r.randint(1, 180)
    if loc == "de":
        return f"{st} {n}" + (r.choice([" a", "b"]) if r.random() < 0.2 else "")
    if loc == "fr":
        return f"{n}{r.choice(['', '', ' bis'])} {st}"
    if loc == "es":
        return f"{st} {n}" + (f", {r.randint(1, 9)}º {r.choice('ABCD')}" if r.random() < 0.6 else "")
    if loc == "pt":
        return f"{st}, {n * 7}" + (f", apto {r.randint(11, 154)}" if r.random() < 0.6 else "")
    if loc == "pl":
        return f"{st} {n}" + (f"/{r.randint(1, 60)}" if r.random() < 0.7 else "")
    if loc == "se":
        return f"{st} {n}" + (f", lgh {r.randint(1001, 1604)}" if r.random() < 0.4 else "")
    if loc == "uk":
        return (f"Flat {r.randint(1, 24)}, " if r.random() < 0.4 else "") + f"{n} {st}"


def intl_city(r, loc):
    return r.choice(INTL_ADDR[loc][1])

# ----------------------------------------------------------------------------------------------------------
# identifier generators


def digits(r, n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


CARD_SPECS = [("4", 16, (4, 4, 4, 4)), ("4", 16, (4, 4, 4, 4)), ("51", 16, (4, 4, 4, 4)), ("53", 16, (4, 4, 4, 4)),
              ("55", 16, (4, 4, 4, 4)), ("2221-2720", 16, (4, 4, 4, 4)), ("34", 15, (4, 6, 5)), ("37", 15, (4, 6, 5)),
              ("6011", 16, (4, 4, 4, 4)), ("65", 16, (4, 4, 4, 4)), ("644-649", 16, (4, 4, 4, 4)),
              ("3528-3589", 16, (4, 4, 4, 4)), ("36", 14, (4, 6, 4)), ("62", 16, (4, 4, 4, 4)), ("62", 19, (4, 4, 4, 4, 3)),
              ("4", 19, (4, 4, 4, 4, 3))]


def card_raw(r, bad=False):
    pre, n, groups = r.choice(CARD_SPECS)
    if "-" in pre:
        a, b = pre.split("-")
        pre = str(r.randint(int(a), int(b)))
    while True:
        body = pre + digits(r, n - len(pre) - 1)
        c = luhn_digit(body)
        if bad:
            c = str((int(c) + r.randint(1, 9)) % 10)
        s = body + c
        if card_valid(s) != bad:
            return s, groups


def fmt_groups(s, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


def card(r, bad=False, style=None):
    s, groups = card_raw(r, bad)
    style = style or r.choice(["plain", "space", "space", "dash"])
    return s if style == "plain" else fmt_groups(s, groups, " " if style == "space" else "-")


def ssn_raw(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            return f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"


def ssn(r, style=None):
    a, g, n = ssn_raw(r)
    style = style or r.choice(["dash"] * 5 + ["space", "plain"])
    s = {"dash": f"{a}-{g}-{n}", "space": f"{a} {g} {n}", "plain": f"{a}{g}{n}"}[style]
    assert ssn_valid(s)
    return s


def ssn_bad(r, kind):
    _, g, n = ssn_raw(r)
    a = f"{r.randint(1, 899):03d}"
    if kind == "ssn_bad_area":
        a = r.choice(["000", "666", f"9{r.randint(0, 99):02d}"])
        if a.startswith("9"):
            g = f"{r.choice(list(range(1, 50)) + [66, 67, 68, 69, 89, 93]):02d}"
    elif kind == "ssn_bad_group":
        g = "00"
    elif kind == "ssn_bad_serial":
        n = "0000"
    s = f"{a}-{g}-{n}"
    assert not ssn_valid(s) and not itin_valid(s), s
    return s


def itin(r):
    g = r.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    s = f"9{r.randint(0, 99):02d}-{g:02d}-{r.randint(0, 9999):04d}"
    assert itin_valid(s)
    return s


BANKS_BY_CC = {"DE": ["DEUT", "COBA", "DRES", "GENO", "HYVE", "BYLA"], "FR": ["BNPA", "SOGE", "CRLY", "AGRI", "CMCI"],
               "ES": ["BBVA", "CAIX", "BSCH", "SABB"], "PL": ["PKOP", "BREX", "PPAB", "INGB"], "SE": ["NDEA", "ESSE", "HAND", "SWED"],
               "GB": ["BARC", "HBUK", "NWBK", "LOYD", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"], "BE": ["GEBA", "KRED", "BBRU"],
               "IT": ["UNCR", "BCIT", "BPMO"], "CH": ["UBSW", "POFI", "ZKBK"], "AT": ["BKAU", "RZBA", "GIBA"],
               "PT": ["BESC", "CGDI", "BCOM"], "BR": ["ITAU", "BRAS", "BRAD", "CEFX"], "IE": ["AIBK", "BOFI", "IPBS"],
               "DK": ["DABA", "NYKB"], "NO": ["DNBA", "NDEA"], "FI": ["NDEA", "OKOY"], "US": ["CHAS", "BOFA", "CITI", "WFBI", "USBK"],
               "LU": ["BCEE", "BILL"], "CZ": ["KOMB", "GIBA"]}
LOC_CITY = {"DE": ["FF", "MM", "BE", "HH", "DD"], "FR": ["PP", "PA", "LY"], "ES": ["MM", "BB"], "PL": ["PW", "WX", "PK"],
            "SE": ["SS", "2S"], "GB": ["2L", "22", "2E"], "NL": ["2A", "2U"], "BE": ["BB"], "IT": ["MM", "RR"], "CH": ["ZZ", "80", "22"],
            "AT": ["WW"], "PT": ["PL"], "BR": ["SP", "RJ"], "IE": ["2D"], "DK": ["KK"], "NO": ["KK"], "FI": ["HH"], "US": ["33", "3N", "6S"],
            "LU": ["LL"], "CZ": ["PP"]}


def iban(r, cc=None, bad=False, grouped=None):
    cc = cc or r.choice(list(IBAN_LEN))
    n = IBAN_LEN[cc] - 4
    if cc in ("GB", "IE", "NL"):
        bank = r.choice(BANKS_BY_CC[cc])
        bban = bank + digits(r, n - 4)
    elif cc == "IT":
        bban = r.choice(string.ascii_uppercase) + digits(r, n - 1)
    elif cc == "BR":
        bban = digits(r, n - 2) + r.choice("CP") + str(r.randint(1, 9))
    else:
        bban = digits(r, n)
    s = iban_make(cc, bban)
    if bad:
        while True:
            chk = f"{r.randint(2, 98):02d}"
            t = cc + chk + bban
            if chk != s[2:4] and not iban_valid(t):
                s = t
                break
    if grouped is None:
        grouped = r.random() < 0.55
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    assert iban_valid(s) != bad
    return s


def bic(r, cc=None):
    cc = cc or r.choice(list(BANKS_BY_CC))
    b = r.choice(BANKS_BY_CC[cc]) + cc + r.choice(LOC_CITY[cc])
    if r.random() < 0.35:
        b += r.choice(["XXX", "100", "B2B", "M01", "201"])
    return b


def aba(r, bad=False):
    while True:
        s = r.choice(ABA_PREFIX) + digits(r, 6)
        d = [int(c) for c in s]
        c = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]))) % 10
        if bad:
            c = (c + r.randint(1, 9)) % 10
        s += str(c)
        if aba_valid(s) != bad:
            return s


def acct(r):
    while True:
        s = digits(r, r.choice([8, 9, 10, 10, 11, 12, 14]), first_nonzero=r.random() < 0.7)
        if not card_valid(s) and not aba_ok(s):
            return s


def npi(r, bad=False):
    base = r.choice("12") + digits(r, 8)
    c = luhn_digit("80840" + base)
    if bad:
        c = str((int(c) + r.randint(1, 9)) % 10)
    s = base + c
    assert npi_valid(s) != bad
    return s


def dea(r, surname):
    ini = fold(surname).replace("'", "").split()[-1][0].upper() if r.random() < 0.9 else "9"
    d = [r.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    s = r.choice("ABFGMPR") + ini + "".join(map(str, d)) + str(c)
    assert dea_valid(s), s
    return s


def nhs(r, bad=False, style=None):
    while True:
        b = digits(r, 9)
        c = nhs_check(b)
        if c == 10:
            continue
        if bad:
            c = (c + r.randint(1, 9)) % 10
            if nhs_check(b) == c:
                continue
        s = b + str(c)
        break
    style = style or r.choice(["sp", "sp", "plain", "dash"])
    s = {"sp": f"{s[:3]} {s[3:6]} {s[6:]}", "plain": s, "dash": f"{s[:3]}-{s[3:6]}-{s[6:]}"}[style]
    assert nhs_valid(s) != bad
    return s


def mbi(r, dashed=None):
    an = "0123456789" + MBI_L
    s = (r.choice("123456789") + r.choice(MBI_L) + r.choice(an) + r.choice("0123456789") + r.choice(MBI_L) + r.choice(an)
         + r.choice("0123456789") + r.choice(MBI_L) + r.choice(MBI_L) + digits(r, 2))
    if dashed is None:
        dashed = r.random() < 0.3
    if dashed:
        s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
    assert mbi_valid(s)
    return s


def ein(r):
    s = f"{r.choice(EIN_PREFIX)}-{digits(r, 7)}"
    assert ein_valid(s)
    return s


def passport(r):
    return r.choice([digits(r, 9, True), r.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(r, 8)])


def drivers_license(r, state=None):
    state = state or r.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "MA", "NJ", "GA"])
    L = lambda: r.choice(string.ascii_uppercase)
    v = {"CA": lambda: L() + digits(r, 7), "NY": lambda: f"{digits(r, 3, True)} {digits(r, 3)} {digits(r, 3)}",
         "TX": lambda: digits(r, 8, True), "FL": lambda: f"{L()}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
         "IL": lambda: f"{L()}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}", "WA": lambda: "WDL" + "".join(r.choice(string.ascii_uppercase + "0123456789") for _ in range(9)),
         "PA": lambda: digits(r, 2, True) + " " + digits(r, 3) + " " + digits(r, 3), "MA": lambda: "S" + digits(r, 8),
         "NJ": lambda: f"{L()}{digits(r, 4)} {digits(r, 5)} {digits(r, 5)}", "GA": lambda: digits(r, 9, True)}[state]()
    return state, v


def mrn(r):
    return r.choice([digits(r, 8), "".join(r.choice("ABCDEFGHJK") for _ in range(2)) + digits(r, 7), f"M-{digits(r, 8)}",
                     f"{digits(r, 4)}-{digits(r, 5)}-{digits(r, 1)}", "HVH" + digits(r, 7), digits(r, 6, True)])


def public_ipv4(r):
    while True:
        s = ".".join(str(x) for x in (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
        if ip_public(s):
            return s


V6_PREFIX = ["2a02:8108", "2600:1700", "2607:fb90", "2a01:4f8", "2804:14c", "2a00:23c7", "2601:647", "2406:da18", "2a0d:5600"]


def public_ipv6(r):
    while True:
        p = r.choice(V6_PREFIX).split(":")
        hs = p + ["%x" % r.randint(0, 0xffff) for _ in range(r.randint(2, 4))]
        if len(hs) < 8:
            s = ":".join(hs) + "::" + "%x" % r.randint(1, 0xffff)
        else:
            s = ":".join(hs)
        s = str(ipaddress.IPv6Address(s))
        if ip_public(s):
            return s


def ip_any(r, v6=0.15):
    return public_ipv6(r) if r.random() < v6 else public_ipv4(r)


def hexs(r, n, maxrun=6):
    while True:
        s = "".join(r.choice("0123456789abcdef") for _ in range(n))
        if not re.search(r"\d{%d}" % (maxrun + 1), s):
            return s


def uuid4(r):
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def epoch_ms(r):
    return str(r.randint(1_640_000_000_000, 1_760_000_000_000))


def order_id(r):
    return r.choice([f"ORD-{r.randint(2021, 2025)}-{digits(r, 6)}", f"SO{digits(r, 8)}", f"#{digits(r, 5)}-{digits(r, 3)}",
                     f"PO-{digits(r, 4)}-{r.choice('ABCDEFG')}{digits(r, 3)}"])


def invoice_no(r):
    return r.choice([f"INV-{digits(r, 6)}", f"INV{r.randint(2022, 2025)}/{digits(r, 5)}", f"FA-{digits(r, 7)}", f"R{digits(r, 9)}"])


def tracking(r):
    al = string.ascii_uppercase + string.digits
    return r.choice(["1Z" + "".join(r.choice(al) for _ in range(6)) + digits(r, 10),
                     f"9400 {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
                     f"{r.choice(['LX', 'RR', 'CP'])}{digits(r, 9)}{r.choice(['DE', 'SE', 'BR', 'PL'])}",
                     digits(r, 12, True)])


def version(r):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"{r.randint(1, 5)}.{r.randint(0, 19)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
                     f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 40)}", f"release-{r.randint(2023, 2025)}.{r.randint(1, 12):02d}.{r.randint(1, 9)}"])


def cpf(r):
    d = [r.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        c = (s * 10) % 11
        d.append(0 if c == 10 else c)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if r.random() < 0.8 else s


def pesel(r, dob):
    y, m = dob.year, dob.month + (20 if dob.year >= 2000 else 0)
    d = [int(c) for c in f"{y % 100:02d}{m:02d}{dob.day:02d}"] + [r.randint(0, 9) for _ in range(4)]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    d.append((10 - sum(a * b for a, b in zip(d, w)) % 10) % 10)
    return "".join(map(str, d))


def personnummer(r, dob):
    b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{digits(r, 3)}"
    tot = 0
    for i, c in enumerate(b):
        x = int(c) * (2 if i % 2 == 0 else 1)
        tot += x // 10 + x % 10
    return f"{dob.year}{dob.month:02d}{dob.day:02d}-{b[6:]}{(10 - tot % 10) % 10}"


def steuer_id(r):
    return digits(r, 11, True)


def nir(r, dob):
    return f"{r.choice('12')} {dob.year % 100:02d} {dob.month:02d} {digits(r, 2)} {digits(r, 3)} {digits(r, 3)} {digits(r, 2)}"


def dni(r):
    n = r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


TEST_VALUES = {
    "card": ["4111 1111 1111 1111", "4242424242424242", "5555 5555 5555 4444", "378282246310005", "6011111111111117",
             "4000 0000 0000 0002"],
    "ssn": ["123-45-6789", "078-05-1120", "219-09-9999", "111-11-1111"],
    "email": ["john.doe@example.com", "jane.smith@example.org", "test@example.net", "user@example.com"],
    "phone": ["(555) 010-0199", "555-0123", "+1 212 555 0147", "(555) 555-5555"],
    "iban": ["GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "FR14 2004 1010 0505 0001 3M02 606"],
    "ip": ["192.0.2.17", "198.51.100.23", "203.0.113.5", "2001:db8::1"],
    "npi": ["1234567893"], "ein": ["12-3456789", "00-0000000"], "mbi": ["1EG4-TE5-MK73"], "nhs": ["943 476 5919"],
    "aba": ["011000015", "021000021"],
}

# ----------------------------------------------------------------------------------------------------------
# shared prose bits (written for this corpus)

BILLING_FILLER = [
    "The second authorization never settled on our side, so it should drop off within a few business days.",
    "Our reconciliation job runs overnight and the portal can lag by a day.",
    "I have attached a screenshot of the statement, please disregard the promo line at the bottom.",
    "Could you confirm whether the refund goes back to the same card or is issued as a check?",
    "Apologies for the back and forth, the first reply went to my old work mailbox.",
    "We reversed the late fee as a courtesy; the balance now shows $0.00 pending.",
    "Per policy we cannot take full card details over chat, so the agent escalated this to email.",
    "The charge came through as HVH*PATIENT PMT, which is why it looked unfamiliar.",
    "If the dispute is already open with your bank, please let us know so we do not double refund.",
    "Payment plans can be set to the 1st or 15th of the month.",
]
HR_FILLER = [
    "Benefits enrollment closes 30 days after the start date.",
    "Please bring two forms of ID on day one; the I-9 has to be completed in person.",
    "Laptop shipping is handled by IT, expect a separate email with the courier link.",
    "Payroll cut-off is the 10th, changes after that land on the following cycle.",
    "The background check vendor may reach out directly for consent.",
    "Parking badges are issued by facilities, not by HR.",
    "Keep this thread internal, it contains onboarding identifiers.",
]
CLIN_FILLER = [
    "Reviewed meds and allergies, no changes.", "ROS otherwise negative.", "Pt tolerating PO intake.",
    "Encouraged to keep BP log at home.", "Discussed diet and walking 30 min/day.", "Labs reviewed with pt, A1c trending down.",
    "No acute distress, A&Ox3.", "Will send Rx to preferred pharmacy.", "Pt declines flu shot today.",
    "Wound clean/dry/intact, no erythema.", "Return precautions reviewed.", "Refer to PT 2x/wk x 6 wks.",
    "Lungs CTA bilat, RRR, no m/r/g.", "Advised to hold metformin 48h post contrast.",
]
TECH_FILLER = [
    "Rolled back the canary at 14:20 after error rate crossed the SLO.", "Cache hit ratio recovered once the TTL was restored.",
    "Alerting was noisy because two rules fired on the same symptom.", "We rotated the API keys as a precaution.",
    "No customer data left the VPC according to flow logs.", "The WAF rule was in count mode, not block mode.",
    "Follow-up tickets are linked below.", "Retries amplified the load on the auth service.",
]

BILLING_FILLER += [
    "The portal shows the payment as pending even though my bank statement says posted.",
    "I was told on the phone that a supervisor would call back within 48 hours, which did not happen.",
    "Our office closes at 4:30 on Fridays, so messages after that are picked up Monday morning.",
    "Refunds to debit cards can take up to ten business days depending on the issuing bank.",
    "The itemized bill lists a facility fee that was not mentioned when I booked.",
    "We cannot see full card numbers in our system, only the last four digits and the brand.",
]
CLIN_FILLER += [
    "Gait steady, no assistive device.", "Denies CP/SOB, no orthopnea.", "Sleep improved w/ CPAP adherence >4h/night.",
    "Home glucose log reviewed, fasting 110-140.", "Smoking cessation counseling >3 min.", "Pt verbalized understanding of plan.",
    "Tdap up to date.", "Edema 1+ bilat LE, improved from last visit.", "Will obtain records from prior PCP.",
]
HR_FILLER += [
    "The handbook acknowledgement is in the same folder as the offer letter.",
    "If you relocate later, the address change goes through the self-service portal, not email.",
    "Your manager will set up the first-week schedule and buddy assignment.",
]


def para(r, bank, lo=2, hi=4):
    return " ".join(r.sample(bank, r.randint(lo, hi)))


# ----------------------------------------------------------------------------------------------------------
# document builders.  Each returns (relative path, marked text).


def sig_block(r, p, org, email_dom, with_addr=True):
    title = r.choice(["Patient Accounts Specialist", "Senior Accountant", "HR Business Partner", "Practice Manager",
                      "Director of Revenue Cycle", "Payroll Coordinator", "Clinical Nurse Navigator", "Site Reliability Engineer"])
    cred = r.choice(["", "", ", CPA", ", RN", ", MBA", ", PHR"])
    lines = ["-- ", f"{NM(p.fl)}{cred}", f"{title} | {org}"]
    ph1 = us_phone(r)
    lab = r.choice(["T:", "Tel", "Direct:", "Office", "P"])
    if r.random() < 0.6:
        lines.append(f"{lab} {PH(ph1)}  |  {r.choice(['M:', 'Cell', 'Mobile:', 'mob.'])} {PH(us_phone(r))}")
    else:
        lines.append(f"{lab} {PH(ph1)} ext. {r.randint(100, 899)}")
    if r.random() < 0.5:
        lines.append(EM(f"{p.local()}@{email_dom}"))
    if with_addr:
        lines.append(AD(us_street(r, 0.6)))
        lines.append(us_cityline(r))
    if r.random() < 0.4:
        lines.append("CONFIDENTIALITY NOTICE: This message may contain protected health information. If you are not the intended recipient, delete it.")
    return "\n".join(lines)


def message_id(r, dom):
    return r.choice([f"CA{r.choice('FJKM')}{hexs(r, 4)}{''.join(r.choice(string.ascii_letters + string.digits + '+_-') for _ in range(30))}@mail.gmail.com",
                     f"{r.choice(['DM6PR', 'BN8PR', 'SJ0PR', 'PH0PR'])}{r.randint(10, 19)}MB{r.randint(1000, 9999)}{hexs(r, 20).upper()}@{r.choice(['DM6PR', 'BN8PR'])}{r.randint(10, 19)}MB{r.randint(1000, 9999)}.namprd{r.randint(10, 19)}.prod.outlook.com",
                     f"{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(10, 28)}{r.randint(100000, 235959)}.{hexs(r, 10).upper()}@mx.{dom}",
                     f"{uuid4(r)}@{dom}"])


def rfc_date(d, r):
    return d.strftime("%a, %d %b %Y ") + f"{r.randint(6, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} " + r.choice(["+0000", "-0400", "-0500", "+0200", "-0700"])


def addr_hdr(r, p, email, style=None):
    style = style or r.choice(["plain", "quoted", "rev", "bare", "plain"])
    if style == "plain":
        return f"{NM(p.fl)} <{EM(email)}>"
    if style == "quoted":
        return f"\"{NM(p.fl)}\" <{EM(email)}>"
    if style == "rev":
        return f"\"{NM(p.rev)}\" <{EM(email)}>"
    if style == "title":
        return f"\"Dr. {NM(p.fl)}\" <{EM(email)}>"
    return EM(email)


def eml_headers(r, frm, to, subject, dom, cc=None, reply_to=None, irt=None, multipart=None, sent=None):
    sent = sent or rdate(r, 2023, 2025)
    h = []
    relay_ip = public_ipv4(r)
    h.append(f"Return-Path: <{EM(frm[1])}>" if frm[1] else "Return-Path: <>")
    h.append(f"Received: from {r.choice(['mail-sor-f41.google.com', 'NAM12-BN8-obe.outbound.protection.outlook.com', 'smtp.fastmail.com', 'mout.web.de'])} "
             f"({r.choice(['unknown', 'mail.relay'])} [{IP(relay_ip)}])\n\tby mx1.{dom} (Postfix) with ESMTPS id {hexs(r, 10).upper()}\n\tfor <{EM('inbox@' + dom)}>; {rfc_date(sent, r)}")
    h.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=s{r.randint(1, 2)};\n\tbh={hexs(r, 40)}=;\n\tb={hexs(r, 60)}")
    h.append(f"Message-ID: <{D('message_id', message_id(r, dom))}>")
    if irt:
        h.append(f"In-Reply-To: <{D('message_id', irt)}>")
        h.append(f"References: <{D('message_id', irt)}>")
    h.append(f"Date: {rfc_date(sent, r)}")
    h.append(f"From: {frm[0]}")
    h.append(f"To: {', '.join(to)}")
    if cc:
        h.append(f"Cc: {', '.join(cc)}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"Subject: {subject}")
    h.append("MIME-Version: 1.0")
    if r.random() < 0.5:
        h.append(f"X-Originating-IP: [{IP(public_ipv4(r))}]")
    if r.random() < 0.5:
        ua = r.choice([f"Microsoft Outlook 16.0", f"Mozilla Thunderbird", "Apple Mail", "Roundcube Webmail"])
        if ua == "Mozilla Thunderbird":
            ua += f" {D('ua_build', f'{r.randint(102, 128)}.{r.randint(1, 12)}.{r.randint(0, 3)}')}"
        h.append(f"X-Mailer: {ua}")
    if multipart:
        h.append(f"Content-Type: multipart/alternative; boundary=\"{multipart}\"")
    else:
        h.append("Content-Type: text/plain; charset=\"UTF-8\"")
        h.append("Content-Transfer-Encoding: 8bit")
    return "\n".join(h)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def doc_eml_billing(r, i):
    cust = Person(r)
    agent = Person(r)
    dom = r.choice(["harborview-health.net", "brightwater-dental.com", "lakeside-ortho.com", "orchardmed.us"])
    cemail = cust.email()
    aemail = f"{agent.local()}@{dom}"
    inv = invoice_no(r)
    irt = message_id(r, dom)
    agent_msg = (f"Dear patient,\n\nWe received your payment for statement {D('invoice_no', inv)} dated "
                 f"{D('invoice_date', fdate(rdate(r, 2023, 2025), r.choice(['us', 'long_us'])))}, but the system shows two captures.\n"
                 f"{r.choice(BILLING_FILLER)}\nTo process the refund please reply with the cardholder name, the card number used "
                 f"and the billing street address.\n\nRegards,\n{NM(agent.fl)}\nPatient Accounts, {PH(us_phone(r))}")
    addr = us_street(r)
    body = [f"Hi,\n", para(r, BILLING_FILLER) + "\n",
            f"{r.choice(['Replying below.', 'Here you go.', 'See details as requested.'])} The card was "
            f"{T('CREDIT_CARD_NUMBER', card(r))}, exp {r.randint(1, 12):02d}/{r.randint(26, 30)}, name on card {NM(cust.full)}.",
            f"Billing address: {AD(addr)}, {us_cityline(r)}.",
            f"{r.choice(BILLING_FILLER)} Best number to reach me is {PH(us_phone(r))} ({r.choice(['cell', 'mobile', 'after 5pm'])}).",
            f"Acct# on the statement is {D('order_id', order_id(r))}, my date of birth is {DB(fdate(cust.dob, r.choice(US_DOB_STYLES)))} if you need to verify.",
            "", "Thanks,", NM(cust.fl), "",
            f"On {rfc_date(rdate(r, 2023, 2025), r)[:16]}, {NM(agent.fl)} <{EM(aemail)}> wrote:",
            quote(agent_msg)]
    if r.random() < 0.4:
        body.insert(4, f"(The other card on file, {D('card_bad_luhn', card(r, bad=True))}, was cancelled in March - ignore that one.)")
    hdr = eml_headers(r, (addr_hdr(r, cust, cemail), cemail),
                      [f"Patient Accounts <{EM('billing@' + dom)}>"], f"RE: Duplicate charge - statement {D('invoice_no', inv)}", dom,
                      irt=irt, reply_to=EM(cemail) if r.random() < 0.3 else None)
    return f"mail/billing_{i:03d}.eml", hdr + "\n\n" + "\n".join(body) + "\n"


def doc_eml_payroll(r, i):
    emp = Person(r)
    hr = Person(r)
    dom = r.choice(["meridian-payroll.com", "kestrelsoft.dev", "atlas-freight.co", "northgate-logistics.io"])
    cemail = emp.email()
    rt, ac = aba(r), acct(r)
    old_rt = aba(r, bad=True)
    lines = [f"Hello {r.choice(['payroll team', 'all', 'Payroll'])},", "",
             f"Please switch my direct deposit to the new account below starting next cycle. " + para(r, HR_FILLER, 1, 2), "",
             f"  Employee: {NM(emp.rev)} (emp id {D('employee_id', 'E' + digits(r, 6))})",
             f"  Bank: {r.choice(['Chase', 'Wells Fargo', 'Ally Bank', 'Navy Federal CU', 'US Bank', 'Capital One'])}",
             f"  {r.choice(['Routing #', 'ABA', 'RTN', 'Routing no.'])}: {T('US_BANK_ROUTING_NUMBER', rt)}",
             f"  {r.choice(['Account #', 'Acct no', 'Checking acct', 'DDA'])}: {T('US_BANK_ACCOUNT_NUMBER', ac)}",
             f"  Type: {r.choice(['Checking', 'Savings'])}", "",
             f"The old routing number I typed last time ({D('routing_bad', old_rt)}) was wrong, sorry about that.",
             f"For verification my SSN is {T('US_SSN', ssn(r))} and home address {AD(us_street(r))}, {us_cityline(r)}.",
             "", "Thank you,", NM(emp.full), f"{r.choice(['cell', 'mob', 'tel'])}: {PH(us_phone(r))}", ""]
    reply = (f"Thanks {NM(emp.fl)} - updated in the system. Effective pay date "
             f"{D('pay_date', fdate(rdate(r, 2024, 2025), 'us'))}. {r.choice(HR_FILLER)}\n\n" + sig_block(r, hr, "People Operations", dom))
    hdr = eml_headers(r, (addr_hdr(r, hr, f"{hr.local()}@{dom}"), ""), [addr_hdr(r, emp, cemail)], "Re: Direct deposit change", dom,
                      irt=message_id(r, dom), cc=[f"{EM('payroll@' + dom)}"])
    hdr = hdr.replace("Return-Path: <>", f"Return-Path: <{EM('bounce-' + digits(r, 4) + '@' + dom)}>")
    out = hdr + "\n\n" + reply + "\n\n" + f"-----Original Message-----\nFrom: {NM(emp.fl)} <{EM(cemail)}>\nSent: {rfc_date(rdate(r, 2024, 2025), r)}\nSubject: Direct deposit change\n\n" + "\n".join(lines)
    return f"mail/payroll_{i:03d}.eml", out + "\n"


VLOC = {"ie": "uk", "nl": "de"}


def doc_eml_vendor(r, i):
    ven = Person(r, origin=r.choice(["de", "fr", "es", "pl", "se", "nl", "ie", "pt"]))
    ap = Person(r)
    dom = r.choice(["bluefin-capital.com", "cobaltridge.ai", "saltmarsh-labs.com", "helix-billing.com"])
    cc = {"de": "DE", "fr": "FR", "es": "ES", "pl": "PL", "se": "SE", "nl": "NL", "ie": "IE", "pt": "PT"}[ven.origin]
    vdom = r.choice(["vantablue.eu", "greyfriars-accountancy.co.uk"] + LOCALE_DOMAINS.get(ven.origin, ["gmail.com"]))
    vemail = f"{ven.local()}@{vdom}"
    body = (f"Hi {r.choice(['AP team', 'there', 'Accounts Payable'])},\n\n"
            f"Attached is the signed W-8BEN-E. Our remittance details for invoice {D('invoice_no', invoice_no(r))}:\n\n"
            f"Beneficiary ....... {r.choice(['Vantablue GmbH', 'Atelier Moreau SARL', 'Nordlys AB', 'Kestrel Data Sp. z o.o.', 'Brennan & Ortega SL'])}\n"
            f"Contact ........... {NM(ven.fl)}\n"
            f"IBAN .............. {T('IBAN_CODE', iban(r, cc))}\n"
            f"BIC ............... {T('SWIFT_BIC_CODE', bic(r, cc))}\n"
            f"Intermediary ...... {T('SWIFT_BIC_CODE', bic(r, 'US'))}\n"
            f"Address ........... {AD(intl_street(r, VLOC.get(ven.origin, ven.origin)))}, {intl_city(r, VLOC.get(ven.origin, ven.origin))}\n\n"
            f"Please note our previous IBAN {D('iban_bad', iban(r, cc, bad=True))} was closed on "
            f"{D('closing_date', fdate(rdate(r, 2022, 2024), 'dot'))}.\n"
            f"Phone: {PH(intl_phone(r, ven.origin if ven.origin in ('de', 'fr', 'es', 'pl', 'se', 'pt') else 'uk'))}\n\n"
            f"Kind regards\n{NM(ven.full)}")
    reply = (f"Thanks - set up in the ERP as vendor {D('vendor_id', 'V' + digits(r, 6))}. For our US entity the payer EIN is "
             f"{T('US_EIN', ein(r))}; domestic payments go out of ABA {T('US_BANK_ROUTING_NUMBER', aba(r))} "
             f"acct {T('US_BANK_ACCOUNT_NUMBER', acct(r))}.\n\n" + sig_block(r, ap, "Accounts Payable", dom))
    hdr = eml_headers(r, (addr_hdr(r, ap, f"{ap.local()}@{dom}"), ""), [addr_hdr(r, ven, vemail)], "Re: Vendor setup / bank details",
                      dom, cc=[addr_hdr(r, Person(r), f"{Person(r).local()}@{dom}")], irt=message_id(r, vdom))
    hdr = hdr.replace("Return-Path: <>", f"Return-Path: <{EM('ap@' + dom)}>")
    when = rfc_date(rdate(r, 2024, 2025), r)
    return f"mail/vendor_{i:03d}.eml", hdr + "\n\n" + reply + f"\n\nOn {when}, {NM(ven.fl)} <{EM(vemail)}> wrote:\n" + quote(body) + "\n"


def doc_eml_referral(r, i):
    pt = Person(r, dob_range=(1930, 2015))
    doc1, doc2 = Person(r), Person(r)
    dom = r.choice(["harborview-health.net", "pinecrest-pediatrics.org", "orchardmed.us", "lakeside-ortho.com"])
    b = f"=_Part_{digits(r, 5)}_{hexs(r, 8)}"
    icd = r.sample(ICD10, 2)
    m = mrn(r)
    np1 = npi(r)
    dob_s = fdate(pt.dob, r.choice(["us", "iso", "long_us"]))
    ph = us_phone(r)
    plain = (f"Dr. {NM(doc2.last)},\n\nReferring {NM(pt.fl)} (DOB {DB(dob_s)}, MRN {T('MEDICAL_RECORD_NUMBER', m)}) for evaluation.\n"
             f"Dx: {T('ICD10_CODE', icd[0][0])} {icd[0][1]}; also {T('ICD10_CODE', icd[1][0])}.\n"
             f"Pt phone {PH(ph)}. Seen in clinic {D('visit_date', fdate(rdate(r, 2024, 2025), 'us'))}.\n\n"
             f"{NM(doc1.fl)}, MD  NPI {T('US_NPI', np1)}\n")
    html = (f"<html><body><p>Dr. {NM(doc2.last)},</p>\n<table border=\"1\">\n"
            f"<tr><th>Patient</th><td>{NM(pt.fl)}</td></tr>\n<tr><th>DOB</th><td>{DB(dob_s)}</td></tr>\n"
            f"<tr><th>MRN</th><td>{T('MEDICAL_RECORD_NUMBER', m)}</td></tr>\n"
            f"<tr><th>Dx</th><td>{T('ICD10_CODE', icd[0][0])}, {T('ICD10_CODE', icd[1][0])}</td></tr>\n"
            f"<tr><th>Phone</th><td>{PH(ph)}</td></tr>\n</table>\n"
            f"<p>{NM(doc1.fl)}, MD &middot; NPI {T('US_NPI', np1)}</p></body></html>")
    body = (f"--{b}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n{plain}\n"
            f"--{b}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n{html}\n--{b}--\n")
    e1, e2 = f"{doc1.local()}@{dom}", f"{doc2.local()}@{r.choice(ORG_DOMAINS)}"
    hdr = eml_headers(r, (addr_hdr(r, doc1, e1, "title"), ""), [addr_hdr(r, doc2, e2, "title")], f"Referral - {r.choice(['cardiology', 'endocrine', 'ortho', 'sleep medicine'])}",
                      dom, multipart=b, cc=[EM("referrals@" + dom)])
    hdr = hdr.replace("Return-Path: <>", f"Return-Path: <{EM(e1)}>")
    return f"mail/referral_{i:03d}.eml", hdr + "\n\n" + body


def doc_eml_hr(r, i):
    nh = Person(r, dob_range=(1960, 2004))
    rec = Person(r)
    dom = r.choice(["kestrelsoft.dev", "northgate-logistics.io", "saltmarsh-labs.com", "cobaltridge.ai"])
    st, dl = drivers_license(r)
    ec = Person(r)
    form = (f"NEW HIRE PACKET\n"
            f"Legal name:        {NM(nh.full)}\n"
            f"Preferred name:    {r.choice(['', 'n/a', '-'])}\n"
            f"Date of birth:     {DB(fdate(nh.dob, r.choice(US_DOB_STYLES)))}\n"
            f"SSN:               {T('US_SSN', ssn(r))}\n"
            f"Home address:      {AD(us_street(r))}\n"
            f"                   {us_cityline(r)}\n"
            f"Personal email:    {EM(nh.email())}\n"
            f"Mobile:            {PH(us_phone(r))}\n"
            f"Driver license:    {T('US_DRIVERS_LICENSE', dl)} ({st})\n"
            f"Passport (I-9 List A): {T('US_PASSPORT', passport(r))}, exp {D('expiry_date', fdate(rdate(r, 2026, 2034), 'us'))}\n"
            f"Start date:        {D('start_date', fdate(rdate(r, 2024, 2025), 'long_us'))}\n"
            f"Emergency contact: {NM(ec.fl)} ({r.choice(['spouse', 'mother', 'brother', 'partner', 'friend'])}) {PH(us_phone(r))}\n")
    body = (f"Hi {NM(rec.fl)},\n\nCompleted packet pasted below since the upload portal kept timing out "
            f"(ticket {D('ticket_id', 'HR-' + digits(r, 5))}). {r.choice(HR_FILLER)}\n\n{form}\n"
            f"{r.choice(HR_FILLER)}\n\n{NM(nh.fl)}\n")
    if r.random() < 0.5:
        body += f"\nP.S. the template still shows the sample SSN {D('test_value', r.choice(TEST_VALUES['ssn']))} in the footer.\n"
    ne = nh.email()
    hdr = eml_headers(r, (addr_hdr(r, nh, ne), ""), [addr_hdr(r, rec, f"{rec.local()}@{dom}")], "Onboarding forms", dom,
                      reply_to=EM(ne) if r.random() < 0.4 else None)
    hdr = hdr.replace("Return-Path: <>", f"Return-Path: <{EM(ne)}>")
    return f"mail/hr_{i:03d}.eml", hdr + "\n\n" + body


def doc_eml_security(r, i):
    eng = Person(r)
    dom = r.choice(["kestrelsoft.dev", "cobaltridge.ai", "atlas-freight.co", "helix-billing.com"])
    users = [Person(r) for _ in range(r.randint(2, 4))]
    rows = []
    for u in users + [Person(r) for _ in range(r.randint(2, 5))]:
        rows.append(f"  {EM(u.email(dom if r.random() < 0.5 else None))}  {r.randint(3, 80)} failed  from {IP(ip_any(r, 0.25))}")
    body = (f"Team,\n\nSummary of the credential-stuffing burst seen {D('incident_date', fdate(rdate(r, 2024, 2025), 'iso'))}.\n"
            f"Top source addresses: {IP(public_ipv4(r))}, {IP(public_ipv4(r))} and {IP(public_ipv6(r))}.\n"
            f"Affected accounts (locked, resets sent):\n" + "\n".join(rows) + "\n\n" + para(r, TECH_FILLER, 2, 4) + "\n"
            f"{r.choice(TECH_FILLER)} {r.choice(TECH_FILLER)}\nDetector build {D('version', version(r))}, rule hash "
            f"{D('sha1', hexs(r, 40, 40))}.\nCorrelation id {D('uuid', uuid4(r))}.\n\n{NM(eng.fl)}\nSecurity Engineering\n")
    hdr = eml_headers(r, (addr_hdr(r, eng, f"{eng.local()}@{dom}"), ""), [EM(f"secops@{dom}")],
                      "[incident] credential stuffing against /login", dom)
    hdr = hdr.replace("Return-Path: <>", f"Return-Path: <{EM(f'{eng.local()}@{dom}')}>")
    return f"mail/security_{i:03d}.eml", hdr + "\n\n" + body


def doc_eml_tax(r, i):
    cl = Person(r, origin=r.choice(["es", "in", "cn", "ng", "ar", "vn", "pt", "ru"]))
    prep = Person(r)
    dom = r.choice(["greyfriars-accountancy.co.uk", "bluefin-capital.com", "helix-billing.com"])
    sp = Person(r, origin=cl.origin)
    body = (f"{NM(cl.fl)},\n\nI went over the documents for the {r.randint(2022, 2024)} return. Quick checklist:\n"
            f"- Your ITIN {T('US_ITIN', itin(r))} is still active (used within 3 years).\n"
            f"- Spouse {NM(sp.fl)}, TIN {T('US_ITIN', itin(r))}, DOB {DB(fdate(sp.dob, 'us'))}.\n"
            f"- Employer on the W-2: EIN {T('US_EIN', ein(r))}.\n"
            f"- Refund by direct deposit: RTN {T('US_BANK_ROUTING_NUMBER', aba(r))}, acct {T('US_BANK_ACCOUNT_NUMBER', acct(r))}.\n"
            f"- The 1099 shows a payer TIN {D('ssn_bad_area', ssn_bad(r, 'ssn_bad_area'))} which looks mistyped; I asked them for a corrected form.\n\n"
            f"Filing deadline reminder: {D('due_date', fdate(rdate(r, 2025, 2026), 'long_us'))}.\n\n" + sig_block(r, prep, "Greyfriars Tax", dom))
    ce = cl.email()
    hdr = eml_headers(r, (addr_hdr(r, prep, f"{prep.local()}@{dom}"), ""), [addr_hdr(r, cl, ce)], "Your tax return - items to confirm", dom)
    hdr = hdr.replace("Return-Path: <>", f"Return-Path: <{EM(f'noreply@{dom}')}>")
    return f"mail/tax_{i:03d}.eml", hdr + "\n\n" + body


def doc_eml_intl(r, i):
    loc = r.choice(["de", "fr", "es", "pl", "se", "pt"])
    cc = {"de": "DE", "fr": "FR", "es": "ES", "pl": "PL", "se": "SE", "pt": "BR"}[loc]
    a, b = Person(r, origin=loc if loc != "pt" else "pt"), Person(r, origin=loc)
    dom = r.choice(LOCALE_DOMAINS[loc])
    ib = T("IBAN_CODE", iban(r, cc))
    bc = T("SWIFT_BIC_CODE", bic(r, cc))
    ph = PH(intl_phone(r, loc))
    ad = f"{AD(intl_street(r, loc))}, {intl_city(r, loc)}"
    dob = DB(fdate(a.dob, {"de": "dot", "fr": "eu", "es": "eu", "pl": "dot", "se": "iso", "pt": "eu"}[loc]))
    texts = {
        "de": f"Hallo {NM(b.fl)},\n\nanbei meine neue Bankverbindung für die Erstattung:\nIBAN: {ib}\nBIC: {bc}\nKontoinhaber: {NM(a.fl)}\n"
              f"Geburtsdatum (für die Versicherung): {dob}\nAnschrift: {ad}\nTelefon: {ph}\n\nRechnung {D('invoice_no', invoice_no(r))} vom "
              f"{D('invoice_date', fdate(rdate(r, 2024, 2025), 'dot'))}.\n\nViele Grüße\n{NM(a.fl)}",
        "fr": f"Bonjour {NM(b.fl)},\n\nVoici mes coordonnées bancaires (RIB) pour le remboursement :\nIBAN : {ib}\nBIC : {bc}\nTitulaire : {NM(a.fl)}\n"
              f"Né(e) le : {dob}\nAdresse : {ad}\nTél. : {ph}\n\nFacture n° {D('invoice_no', invoice_no(r))} du "
              f"{D('invoice_date', fdate(rdate(r, 2024, 2025), 'eu'))}.\n\nCordialement,\n{NM(a.fl)}",
        "es": f"Hola {NM(b.fl)}:\n\nTe paso los datos para la transferencia:\nIBAN: {ib}\nSWIFT: {bc}\nTitular: {NM(a.fl)}\n"
              f"Fecha de nacimiento: {dob}\nDomicilio: {ad}\nMóvil: {ph}\nDNI: {D('other_national_id', dni(r))}\n\nUn saludo,\n{NM(a.fl)}",
        "pl": f"Dzień dobry {NM(b.fl)},\n\nprzesyłam dane do przelewu:\nNr rachunku (IBAN): {ib}\nSWIFT: {bc}\nOdbiorca: {NM(a.fl)}\n"
              f"Data urodzenia: {dob}\nAdres: {ad}\nTel. kom.: {ph}\nPESEL: {D('other_national_id', pesel(r, a.dob))}\n\nPozdrawiam\n{NM(a.fl)}",
        "se": f"Hej {NM(b.fl)}!\n\nHär är mina uppgifter för återbetalningen:\nIBAN: {ib}\nBIC: {bc}\nKontohavare: {NM(a.fl)}\n"
              f"Födelsedatum: {dob}\nAdress: {ad}\nMobil: {ph}\n\nMed vänliga hälsningar\n{NM(a.fl)}",
        "pt": f"Olá {NM(b.fl)},\n\nSeguem meus dados para o reembolso:\nIBAN: {ib}\nSWIFT: {bc}\nTitular: {NM(a.fl)}\n"
              f"CPF: {D('other_national_id', cpf(r))}\nData de nascimento: {dob}\nEndereço: {ad}\nCelular: {ph}\n\nAbraço,\n{NM(a.fl)}",
    }
    ae = a.email(dom)
    hdr = eml_headers(r, (addr_hdr(r, a, ae), ""), [addr_hdr(r, b, b.email())], {"de": "Bankverbindung", "fr": "RIB", "es": "Datos bancarios",
                      "pl": "Dane do przelewu", "se": "Kontouppgifter", "pt": "Dados bancários"}[loc], dom)
    hdr = hdr.replace("Return-Path: <>", f"Return-Path: <{EM(ae)}>")
    return f"mail/intl_{loc}_{i:03d}.eml", hdr + "\n\n" + texts[loc] + "\n"


# ---------------------------------------------------------------- markdown

def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(out)


def doc_md_patient(r, i):
    pt = Person(r, dob_range=(1935, 2010))
    pcp = Person(r)
    kin = Person(r, origin=pt.origin)
    icds = r.sample(ICD10, r.randint(2, 4))
    s = [f"# Care summary - {NM(pt.fl)}", "", f"_Generated {D('generated_date', fdate(rdate(r, 2024, 2025), 'iso'))} by care-sync {D('version', version(r))}_", "",
         "## Patient details", "",
         f"- **Name:** {NM(pt.rev)}",
         f"- **DOB:** {DB(fdate(pt.dob, r.choice(US_DOB_STYLES)))}",
         f"- **MRN:** {T('MEDICAL_RECORD_NUMBER', mrn(r))}",
         f"- **Medicare (MBI):** {T('US_MBI', mbi(r))}" if r.random() < 0.6 else f"- **SSN (last 4 only on file):** ***-**-{digits(r, 4)}",
         f"- **Address:** {AD(us_street(r))}, {us_cityline(r)}",
         f"- **Phone:** {PH(us_phone(r))} ({r.choice(['home', 'cell', 'work'])})",
         f"- **Email:** {EM(pt.email())}", "",
         "## Care team", "",
         md_table(["Role", "Name", "NPI", "Phone"], [
             ["PCP", NM(pcp.fl), T("US_NPI", npi(r)), PH(us_phone(r))],
             [r.choice(["Cardiology", "Endocrinology", "Nephrology"]), NM(Person(r).fl), T("US_NPI", npi(r)), PH(us_phone(r))]]), "",
         "## Problem list", ""]
    for c, d in icds:
        s.append(f"* {d} ({T('ICD10_CODE', c)}) - since {r.randint(2005, 2024)}")
    s += ["", "## Encounters", "", md_table(["Date", "Type", "Encounter"], [
        [D("visit_date", fdate(rdate(r, 2023, 2025), "iso")), r.choice(["office", "telehealth", "ED"]), D("encounter_id", "ENC" + digits(r, 8))]
        for _ in range(r.randint(2, 4))]), "",
        "## Next of kin", "", f"{NM(kin.fl)} - {r.choice(['daughter', 'son', 'spouse', 'niece'])}, {PH(us_phone(r))}", "",
        "> " + r.choice(CLIN_FILLER) + " " + r.choice(CLIN_FILLER), ""]
    return f"docs/care_summary_{i:03d}.md", "\n".join(s)


def doc_md_roster(r, i):
    dom = r.choice(ORG_DOMAINS)
    ppl = [Person(r, dob_range=(1960, 2003)) for _ in range(r.randint(4, 8))]
    rows = []
    for p in ppl:
        rows.append([NM(p.fl), DB(fdate(p.dob, r.choice(["iso", "us", "abbr_sp"]))), PH(us_phone(r)), EM(p.email(dom)),
                     r.choice(["Eng", "Ops", "Sales", "Finance", "Support"])])
    s = [f"# Team roster ({r.choice(['Q1', 'Q2', 'Q3', 'Q4'])} {r.randint(2024, 2025)})", "",
         "Internal - birthdays are used for the team calendar only.", "",
         md_table(["Name", "DOB", "Phone", "Email", "Team"], rows), "",
         "## On-call escalation", ""]
    for k, p in enumerate(r.sample(ppl, 2)):
        s.append(f"{k + 1}. {NM(p.fl)} - {PH(us_phone(r))}")
    s += ["", "## Sandbox test data", "", "Use only these in staging, never real data:", "",
          f"- card `{D('test_value', r.choice(TEST_VALUES['card']))}`, any future expiry",
          f"- SSN `{D('test_value', r.choice(TEST_VALUES['ssn']))}`",
          f"- login `{D('test_value', r.choice(TEST_VALUES['email']))}`",
          f"- phone `{D('test_value', r.choice(TEST_VALUES['phone']))}`", ""]
    return f"docs/roster_{i:03d}.md", "\n".join(s)


def doc_md_vendor(r, i):
    rows = []
    for _ in range(r.randint(3, 6)):
        cc = r.choice(["DE", "FR", "GB", "NL", "IT", "ES", "CH", "BE", "AT", "IE", "DK", "PL", "SE"])
        c = Person(r)
        rows.append([r.choice(["Nordlicht GmbH", "Lumen SARL", "Oakfield Ltd", "Polder BV", "Tessera SpA", "Sierra Azul SL",
                               "Alpenrot AG", "Brugge Tech NV", "Donau Handels GmbH", "Liffey Partners", "Øresund ApS", "Wisła Trade"]),
                     NM(c.fl), T("IBAN_CODE", iban(r, cc)), T("SWIFT_BIC_CODE", bic(r, cc)), D("vendor_id", "V-" + digits(r, 5))])
    us = []
    for _ in range(r.randint(2, 4)):
        us.append([r.choice(["Redwood Supply Co", "Gulf Coast Linen", "Prairie Labs LLC", "Summit Courier", "Bay Area Imaging"]),
                   T("US_EIN", ein(r)), T("US_BANK_ROUTING_NUMBER", aba(r)), T("US_BANK_ACCOUNT_NUMBER", acct(r))])
    s = ["# Vendor master data - payment details", "", "Owner: Treasury. Last review: " + D("review_date", fdate(rdate(r, 2024, 2025), "long_us")), "",
         "## EU / UK vendors", "", md_table(["Vendor", "Contact", "IBAN", "BIC", "Vendor ID"], rows), "",
         "## US vendors (ACH)", "", md_table(["Vendor", "EIN", "Routing", "Account"], us), "",
         "## Rejected entries", "",
         f"- `{D('iban_bad', iban(r, bad=True))}` - checksum failed at import",
         f"- routing `{D('routing_bad', aba(r, bad=True))}` - not a valid ABA",
         f"- EIN `{D('ein_bad_prefix', r.choice(['07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97']) + '-' + digits(r, 7))}` - prefix not issued",
         "", "Doc example (not a vendor): " + D("test_value", r.choice(TEST_VALUES["iban"])), ""]
    return f"docs/vendor_master_{i:03d}.md", "\n".join(s)


def doc_md_incident(r, i):
    on = Person(r)
    rows = []
    for _ in range(r.randint(4, 7)):
        rows.append([IP(ip_any(r, 0.3)), r.choice(["AS14061", "AS16509", "AS24940", "AS4134", "AS9009"]), str(r.randint(40, 9000)),
                     D("epoch", epoch_ms(r))])
    s = [f"# Postmortem: {r.choice(['API latency spike', 'Login brute force', 'Webhook replay storm', 'CDN cache poisoning attempt'])}", "",
         f"**Incident commander:** {NM(on.fl)}  ", f"**Date:** {D('incident_date', fdate(rdate(r, 2024, 2025), 'long_us'))}  ",
         f"**Severity:** SEV{r.randint(1, 3)}", "", "## Timeline", ""]
    for hh in sorted(r.sample(range(24 * 60), r.randint(5, 8))):
        s.append(f"- `{hh // 60:02d}:{hh % 60:02d}Z` {r.choice(TECH_FILLER)}")
    s += ["", "## Top sources", "", md_table(["Client IP", "ASN", "Requests", "First seen (ms)"], rows), "",
          "## Artifacts", "",
          f"- deploy `{D('version', version(r))}` commit `{D('sha1', hexs(r, 40, 40))}`",
          f"- trace `{D('uuid', uuid4(r))}`",
          f"- log bundle sha256 `{D('sha256', hexs(r, 64, 64))}`", "",
          "## Notes", "", f"Customer {NM(Person(r).fl)} ({EM(Person(r).email())}) reported the issue first via chat.",
          f"The allow-list entry `{D('test_value', r.choice(TEST_VALUES['ip']))}` in the runbook is a documentation address.", ""]
    return f"docs/postmortem_{i:03d}.md", "\n".join(s)


# ---------------------------------------------------------------- HL7

def hl7_name(p, upper):
    f, g = p.last, p.first
    if upper:
        f, g = f.upper(), g.upper()
    return f"{f}^{g}" + (f"^{p.mi}" if p.mi else "")


def doc_hl7(r, i):
    kind = r.choice(["ADT^A04", "ADT^A08", "ORU^R01", "RDE^O11", "ADT^A01"])
    pt = Person(r, dob_range=(1930, 2020))
    att = Person(r)
    kin = Person(r, origin=pt.origin)
    up = r.random() < 0.5
    sep = r.choice(["\r", "\n", "\r\n"])
    ts = rdate(r, 2024, 2025)
    tss = f"{fdate(ts, 'hl7')}{r.randint(6, 20):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    ctl = r.choice([f"MSG{digits(r, 8)}", digits(r, 12, True), f"{hexs(r, 8).upper()}", f"HVH{digits(r, 9)}"])
    fac = r.choice(["HVH", "PCP01", "LKO", "ORCH"])
    segs = [f"MSH|^~\\&|{r.choice(['EPIC', 'CERNER', 'MEDITECH', 'ATHENA'])}|{fac}|{r.choice(['RHAPSODY', 'MIRTH', 'CLOVERLEAF'])}|{r.choice(['LAB', 'PHARM', 'HIE'])}|{tss}||{kind}|{D('hl7_control_id', ctl)}|P|2.{r.choice(['3', '4', '5.1'])}"]
    segs.append(f"EVN|{kind[-3:]}|{tss}")
    st = us_street(r, 0)
    unit = r.choice(US_UNITS) if r.random() < 0.35 else ""
    city, sta, z = r.choice(US_CITIES)
    addr = AD(f"{st}^{unit}") + f"^{city}^{sta}^{z}^USA^H" if unit else f"{AD(st)}^^{city}^{sta}^{z}^USA^H"
    ph = r.choice(["paren_nosp", "paren_nosp", "dash", "bare"])
    tel = PH(us_phone(r, ph)) + "^PRN^PH"
    if r.random() < 0.5:
        tel += f"~^NET^Internet^{EM(pt.email())}"
    if r.random() < 0.4:
        tel += f"~{PH(us_phone(r, ph))}^PRN^CP"
    ss = T("US_SSN", ssn(r, r.choice(["plain", "dash"]))) if r.random() < 0.75 else ""
    st_dl, dl = drivers_license(r)
    dlf = f"{T('US_DRIVERS_LICENSE', dl)}^{st_dl}" if r.random() < 0.4 else ""
    pid3 = f"{T('MEDICAL_RECORD_NUMBER', mrn(r))}^^^{fac}^MR"
    if r.random() < 0.3:
        pid3 += f"~{T('US_MBI', mbi(r, False))}^^^CMS^MC"
    segs.append(f"PID|1||{pid3}||{NM(hl7_name(pt, up))}^^^^L||{DB(fdate(pt.dob, 'hl7'))}|{r.choice('MFU')}||{r.choice(['2106-3', '2054-5', '2028-9', ''])}|"
                f"{addr}||{tel}||{r.choice(['ENG', 'SPA', 'POR', 'VIE', ''])}|{r.choice(['M', 'S', 'D', 'W'])}||{D('encounter_id', 'ACC' + digits(r, 8))}|{ss}|{dlf}")
    if r.random() < 0.6:
        segs.append(f"NK1|1|{NM(hl7_name(kin, up))}|{r.choice(['SPO^Spouse', 'MTH^Mother', 'CHD^Child', 'SIB^Sibling'])}|"
                    f"{AD(us_street(r, 0))}^^{city}^{sta}^{z}|{PH(us_phone(r, ph))}")
    anpi = T("US_NPI", npi(r))
    doc = f"{anpi}^{NM(hl7_name(att, up))}^^^Dr^^^^NPI"
    segs.append(f"PV1|1|{r.choice(['O', 'I', 'E'])}|{r.choice(['CLIN', 'MED', 'ICU', 'ED'])}^{r.randint(100, 499)}^{r.choice('AB')}^{fac}||||{doc}|||"
                f"{r.choice(['CAR', 'MED', 'END', 'SUR'])}||||||||{D('visit_number', 'V' + digits(r, 9))}|||||||||||||||||||||||||"
                f"{D('admission_date', fdate(rdate(r, 2024, 2025), 'hl7') + f'{r.randint(6, 20):02d}{r.randint(0, 59):02d}')}")
    for k, (c, dsc) in enumerate(r.sample(ICD10, r.randint(1, 3))):
        code = c if r.random() < 0.6 else c.replace(".", "")
        segs.append(f"DG1|{k + 1}|I10|{T('ICD10_CODE', code)}^{dsc}^I10||{fdate(ts, 'hl7')}|{r.choice(['A', 'W', 'F'])}")
    if r.random() < 0.5:
        ins = [""] * 37
        ins[0], ins[1] = "IN1", "1"
        ins[2] = r.choice(["MCR^Medicare Part B", "MCA^Medicare Advantage", "BCBS^Blue Cross PPO"])
        ins[4] = r.choice(["Centers for Medicare & Medicaid", "Anthem", "Aetna"])
        ins[16] = NM(hl7_name(pt, up))
        ins[17] = "SEL"
        ins[36] = T("US_MBI", mbi(r)) if ins[2].startswith("MC") else D("policy_no", r.choice("WXYZ") + digits(r, 9))
        segs.append("|".join(ins))
    for k in range(r.randint(0, 2)):
        segs.append(f"AL1|{k + 1}|DA|{r.choice(['70618^Penicillin^RXNORM', '2670^Codeine^RXNORM', '1191^Aspirin^RXNORM', '10180^Sulfa^RXNORM'])}|{r.choice(['MO', 'SV', 'MI'])}|{r.choice(['Hives', 'Rash', 'Anaphylaxis', 'Nausea'])}")
    if kind.startswith("ORU"):
        segs.append(f"OBR|1|{D('order_id', 'ORD' + digits(r, 7))}||24323-8^Comprehensive metabolic panel^LN|||{tss}")
        for k, (code, name, unit, lo, hi) in enumerate(r.sample([("2345-7", "Glucose", "mg/dL", 70, 99), ("2160-0", "Creatinine", "mg/dL", 0.6, 1.3),
                                                                   ("2951-2", "Sodium", "mmol/L", 135, 145), ("4548-4", "Hemoglobin A1c", "%", 4, 5.6),
                                                                   ("2823-3", "Potassium", "mmol/L", 3.5, 5.1), ("718-7", "Hemoglobin", "g/dL", 12, 17.5),
                                                                   ("6690-2", "WBC", "10*3/uL", 4.5, 11), ("2093-3", "Cholesterol", "mg/dL", 120, 200)], r.randint(3, 6))):
            val = round(r.uniform(lo * 0.8, hi * 1.3), 1)
            segs.append(f"OBX|{k + 1}|NM|{code}^{name}^LN||{val}|{unit}|{lo}-{hi}|{'H' if val > hi else ('L' if val < lo else 'N')}|||F")
    if kind.startswith("RDE"):
        pres = Person(r)
        segs.append(f"ORC|NW|{D('order_id', 'RX' + digits(r, 8))}|||||||{tss}|||{T('US_NPI', npi(r))}^{NM(hl7_name(pres, up))}")
        drug = r.choice(["00093-7214-01^Metformin 500 mg tab^NDC", "00378-1805-10^Oxycodone 5 mg tab^NDC", "00591-0405-01^Alprazolam 0.5 mg^NDC",
                         "00406-0552-01^Hydrocodone-APAP 5-325^NDC"])
        segs.append(f"RXE|1^BID^HL7|{drug}|1||TAB|||||30|TAB|0||{T('US_DEA_NUMBER', dea(r, pres.last))}")
    return f"hl7/{kind.replace('^', '_').lower()}_{i:03d}.hl7", sep.join(segs) + sep


# ---------------------------------------------------------------- FHIR JSON

def doc_fhir(r, i):
    pt = Person(r, dob_range=(1930, 2020))
    pr = Person(r)
    pid, prid, eid = uuid4(r), uuid4(r), uuid4(r)
    st_dl, dl = drivers_license(r)
    ident = [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
              "system": "urn:oid:" + D("oid", f"1.2.840.{r.randint(10000, 999999)}.{r.randint(1, 9)}.{r.randint(1, 99)}"),
              "value": T("MEDICAL_RECORD_NUMBER", mrn(r))}]
    if r.random() < 0.7:
        ident.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": T("US_SSN", ssn(r))})
    if r.random() < 0.4:
        ident.append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": T("US_MBI", mbi(r))})
    if r.random() < 0.3:
        ident.append({"system": "urn:oid:2.16.840.1.113883.4.3." + str(r.randint(1, 56)), "type": {"text": "Driver's license"},
                      "value": T("US_DRIVERS_LICENSE", dl)})
    if r.random() < 0.2:
        ident.append({"system": "http://hl7.org/fhir/sid/passport-USA", "value": T("US_PASSPORT", passport(r))})
    name = {"use": "official", "family": NM(pt.last), "given": [NM(pt.first)] + ([NM(pt.mi)] if False else [])}
    if r.random() < 0.4:
        name = {"use": "official", "text": NM(pt.fl), "family": NM(pt.last), "given": [NM(pt.first)]}
    addr = {"use": "home", "line": [AD(us_street(r))]}
    c, s_, z = r.choice(US_CITIES)
    addr.update({"city": c, "state": s_, "postalCode": z, "country": "US"})
    telecom = [{"system": "phone", "value": PH(us_phone(r)), "use": r.choice(["home", "mobile"])}]
    if r.random() < 0.7:
        telecom.append({"system": "email", "value": EM(pt.email())})
    patient = {"resourceType": "Patient", "id": D("uuid", pid),
               "meta": {"versionId": str(r.randint(1, 9)), "lastUpdated": f"{fdate(rdate(r, 2024, 2025), 'iso')}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"},
               "identifier": ident, "active": True, "name": [name], "telecom": telecom,
               "gender": r.choice(["male", "female", "other"]), "birthDate": DB(fdate(pt.dob, "iso")), "address": [addr]}
    if r.random() < 0.4:
        kin = Person(r, origin=pt.origin)
        patient["contact"] = [{"relationship": [{"text": r.choice(["Spouse", "Parent", "Guardian"])}],
                               "name": {"family": NM(kin.last), "given": [NM(kin.first)]},
                               "telecom": [{"system": "phone", "value": PH(us_phone(r))}]}]
    pract = {"resourceType": "Practitioner", "id": D("uuid", prid),
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": T("US_NPI", npi(r))}]
             + ([{"system": "urn:oid:2.16.840.1.113883.4.814", "type": {"text": "DEA"}, "value": T("US_DEA_NUMBER", dea(r, pr.last))}] if r.random() < 0.5 else []),
             "name": [{"family": NM(pr.last), "given": [NM(pr.first)], "prefix": ["Dr."], "suffix": [r.choice(["MD", "DO", "NP"])]}],
             "telecom": [{"system": "phone", "value": PH(us_phone(r)), "use": "work"}]}
    entries = [patient, pract]
    for c_, d_ in r.sample(ICD10, r.randint(1, 2)):
        entries.append({"resourceType": "Condition", "id": D("uuid", uuid4(r)), "subject": {"reference": "Patient/" + D("uuid", pid)},
                        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": T("ICD10_CODE", c_), "display": d_}]},
                        "onsetDateTime": D("onset_date", fdate(rdate(r, 2015, 2025), "iso"))})
    entries.append({"resourceType": "Encounter", "id": D("uuid", eid), "status": "finished",
                    "period": {"start": D("visit_date", fdate(rdate(r, 2024, 2025), "iso")) + "T09:30:00-05:00"},
                    "participant": [{"individual": {"reference": "Practitioner/" + D("uuid", prid)}}]})
    bundle = {"resourceType": "Bundle", "id": D("uuid", uuid4(r)), "type": "collection",
              "timestamp": f"{fdate(rdate(r, 2024, 2025), 'iso')}T12:00:00Z",
              "entry": [{"fullUrl": "urn:uuid:" + e["id"], "resource": e} for e in entries]}
    if r.random() < 0.3:
        return f"fhir/patient_{i:03d}.json", json.dumps(patient, indent=2, ensure_ascii=False) + "\n"
    return f"fhir/bundle_{i:03d}.json", json.dumps(bundle, indent=r.choice([2, 4]), ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- forms / reports

def doc_form_kv(r, i):
    p = Person(r, dob_range=(1940, 2005))
    st, dl = drivers_license(r)
    k = r.choice(["intake", "loan", "tenant"])
    L = []
    if k == "intake":
        L = ["PATIENT REGISTRATION FORM", "=" * 40,
             f"Last name: {NM(p.last)}", f"First name: {NM(p.first)}",
             f"D.O.B.: {DB(fdate(p.dob, r.choice(US_DOB_STYLES)))}", f"Sex: {r.choice(['F', 'M', 'X'])}",
             f"SSN: {T('US_SSN', ssn(r))}", f"Street: {AD(us_street(r))}", f"City/State/ZIP: {us_cityline(r)}",
             f"Home phone: {PH(us_phone(r))}", f"Cell: {PH(us_phone(r))}", f"E-mail: {EM(p.email())}",
             f"Insurance: {r.choice(['Medicare', 'Aetna PPO', 'Cigna', 'Self-pay'])}", f"Member ID / MBI: {T('US_MBI', mbi(r))}",
             f"Chart #: {T('MEDICAL_RECORD_NUMBER', mrn(r))}", f"Photo ID: {st} DL {T('US_DRIVERS_LICENSE', dl)}", f"Visit date: {D('visit_date', fdate(rdate(r, 2024, 2025), 'us'))}",
             f"Signature on file: Y"]
    elif k == "loan":
        L = ["LOAN APPLICATION - APPLICANT", "-" * 40,
             f"Applicant: {NM(p.full)}", f"Birth date: {DB(fdate(p.dob, 'us'))}", f"Soc. Sec. No.: {T('US_SSN', ssn(r))}",
             f"Current address: {AD(us_street(r))}, {us_cityline(r)}", f"Years at address: {r.randint(1, 20)}",
             f"Driver's lic. #: {T('US_DRIVERS_LICENSE', dl)}  State: {st}", f"Employer EIN: {T('US_EIN', ein(r))}",
             f"Deposit acct: {T('US_BANK_ACCOUNT_NUMBER', acct(r))}   ABA: {T('US_BANK_ROUTING_NUMBER', aba(r))}",
             f"Card for fees: {T('CREDIT_CARD_NUMBER', card(r))}", f"Phone (day): {PH(us_phone(r))}",
             f"Application no.: {D('order_id', order_id(r))}", f"Submitted: {D('submitted_date', fdate(rdate(r, 2024, 2025), 'iso'))}"]
    else:
        co = Person(r)
        L = ["RENTAL APPLICATION", "",
             f"Name of applicant ... {NM(p.fl)}", f"Co-applicant ....... {NM(co.fl)}",
             f"Date of birth ...... {DB(fdate(p.dob, 'long_us'))}", f"Co-applicant DOB ... {DB(fdate(co.dob, 'long_us'))}",
             f"ITIN / SSN ......... {T('US_ITIN', itin(r)) if r.random() < 0.5 else T('US_SSN', ssn(r))}",
             f"Present address .... {AD(us_street(r, 0.8))}", f"                     {us_cityline(r)}",
             f"Telephone .......... {PH(us_phone(r))}", f"Email .............. {EM(p.email())}",
             f"Passport no. ....... {T('US_PASSPORT', passport(r))}", f"Move-in date ....... {D('move_in_date', fdate(rdate(r, 2024, 2025), 'us'))}",
             f"Monthly income ..... ${r.randint(28, 190)},{r.randint(100, 999)}"]
    return f"forms/{k}_{i:03d}.txt", "\n".join(L) + "\n"


def doc_form_dotted(r, i):
    p = Person(r)
    doc = Person(r)
    w = r.randint(26, 34)

    def row(label, val):
        return f"{label} ".ljust(w, ".") + " " + val

    L = [r.choice(["PRIOR AUTHORIZATION REQUEST", "CLAIM ATTACHMENT COVER SHEET", "PHARMACY PROFILE"]), ""]
    L += [row("Member name", NM(p.rev)), row("Member DOB", DB(fdate(p.dob, r.choice(['us', 'iso', 'abbr'])))),
          row("Medicare Beneficiary ID", T("US_MBI", mbi(r))), row("Medical record no", T("MEDICAL_RECORD_NUMBER", mrn(r))),
          row("Member address", AD(us_street(r))), row("Member phone", PH(us_phone(r))),
          row("Prescriber", f"{NM(doc.fl)}, {r.choice(['MD', 'DO', 'PA-C', 'NP'])}"), row("Prescriber NPI", T("US_NPI", npi(r))),
          row("Prescriber DEA", T("US_DEA_NUMBER", dea(r, doc.last))), row("Prescriber fax", PH(us_phone(r))),
          row("Diagnosis (ICD-10)", ", ".join(T("ICD10_CODE", c) for c, _ in r.sample(ICD10, 2))),
          row("Date of service", D("service_date", fdate(rdate(r, 2024, 2025), "us"))),
          row("Claim number", D("claim_no", digits(r, 3) + "-" + digits(r, 7) + "-" + digits(r, 2))),
          row("Bad NPI on original claim", D("ten_digit_bad_npi", npi(r, bad=True))), ""]
    L.append(r.choice(CLIN_FILLER))
    return f"forms/dotted_{i:03d}.txt", "\n".join(L) + "\n"


def doc_fixed_width(r, i):
    kind = r.choice(["census", "ach", "cards"])
    L = []
    if kind == "census":
        L.append(f"{'HARBORVIEW HEALTH - DAILY CENSUS':<60}RUN {D('report_date', fdate(rdate(r, 2024, 2025), 'us'))}")
        L.append(f"{'MRN':<12}{'PATIENT':<30}{'DOB':<12}{'ROOM':<7}{'ATTENDING':<26}{'DX':<9}")
        L.append("-" * 96)
        for _ in range(r.randint(8, 14)):
            p, a = Person(r), Person(r)
            m, nm, db = mrn(r), f"{p.last.upper()}, {p.first.upper()}", fdate(p.dob, "us")
            an = f"{a.last}, {a.first[0]}"
            ic = r.choice(ICD10)[0]
            cells = [(T("MEDICAL_RECORD_NUMBER", m), len(m), 12), (NM(nm), len(nm), 30), (DB(db), len(db), 12),
                     (f"{r.randint(200, 699)}{r.choice('AB')}", 4, 7), (NM(an), len(an), 26), (T("ICD10_CODE", ic), len(ic), 9)]
            L.append("".join(c + " " * max(1, w - n) for c, n, w in cells).rstrip())
    elif kind == "ach":
        L.append(f"ACH ORIGINATION REPORT  BATCH {D('batch_id', digits(r, 7))}  EFFECTIVE {D('effective_date', fdate(rdate(r, 2024, 2025), 'iso'))}")
        L.append(f"{'SEQ':<5}{'RECEIVER':<28}{'ROUTING':<11}{'ACCOUNT':<18}{'AMOUNT':>12}")
        for k in range(r.randint(8, 14)):
            p = Person(r)
            rt, ac = aba(r), acct(r)
            amt = f"{r.randint(10, 9999)}.{r.randint(0, 99):02d}"
            nm = p.fl.upper() if r.random() < 0.5 else p.fl
            L.append(f"{k + 1:<5}{NM(nm)}{' ' * max(1, 28 - len(nm))}{T('US_BANK_ROUTING_NUMBER', rt)}  {T('US_BANK_ACCOUNT_NUMBER', ac)}{' ' * (18 - len(ac))}{amt:>12}")
        L.append(f"RETURNED: {D('routing_bad', aba(r, bad=True))} R03 NO ACCOUNT/UNABLE TO LOCATE")
    else:
        L.append(f"CHARGEBACK QUEUE {D('report_date', fdate(rdate(r, 2024, 2025), 'abbr'))}")
        L.append(f"{'CASE':<10}{'CARDHOLDER':<26}{'PAN':<22}{'AMT':>9}  REASON")
        for _ in range(r.randint(8, 13)):
            p = Person(r)
            bad = r.random() < 0.25
            c = card(r, bad=bad, style=r.choice(["plain", "space"]))
            cs = D("card_bad_luhn", c) if bad else T("CREDIT_CARD_NUMBER", c)
            nm = p.fl.upper()
            L.append(f"{D('case_id', 'CB' + digits(r, 6))}  {NM(nm)}{' ' * max(1, 26 - len(nm))}{cs}{' ' * max(1, 22 - len(c))}{r.randint(5, 900):>6}.{r.randint(0, 99):02d}  "
                     f"{r.choice(['10.4 fraud', '13.1 not received', '12.6 duplicate', '4853 not as described'])}")
    return f"reports/{kind}_{i:03d}.txt", "\n".join(L) + "\n"


# ---------------------------------------------------------------- notes (EN) and international

def doc_note_en(r, i):
    p = Person(r, dob_range=(1935, 2015))
    md = Person(r)
    age = 2025 - p.dob.year
    icds = r.sample(ICD10, 3)
    sx = r.choice(["F", "M"])
    ds = r.choice(["us2y", "us_short", "us", "iso", "abbr"])
    kind = r.choice(["progress", "phone", "discharge"])
    if kind == "progress":
        s = (f"PROGRESS NOTE  {D('visit_date', fdate(rdate(r, 2024, 2025), 'us'))}\n"
             f"Pt: {NM(p.fl)}   DOB {DB(fdate(p.dob, ds))}   MRN# {T('MEDICAL_RECORD_NUMBER', mrn(r))}\n\n"
             f"S: {age} y/o {sx} w/ hx of {icds[0][1].lower()} ({T('ICD10_CODE', icds[0][0])}) and {icds[1][1].lower()} "
             f"({T('ICD10_CODE', icds[1][0])}) here for f/u. {r.choice(CLIN_FILLER)}\n"
             f"O: BP {r.randint(100, 170)}/{r.randint(60, 100)}, HR {r.randint(55, 110)}, SpO2 {r.randint(90, 100)}%. {para(r, CLIN_FILLER)}\n"
             f"A/P: {T('ICD10_CODE', icds[2][0])} - {r.choice(CLIN_FILLER)} {r.choice(CLIN_FILLER)}\n"
             f"f/u {r.randint(2, 12)} wks. Pt's cell {PH(us_phone(r))}; ok to leave VM.\n"
             f"Dtr/ caregiver {NM(Person(r, origin=p.origin).fl)} tel {PH(us_phone(r))}.\n\n"
             f"-- {NM(md.fl)}, {r.choice(['MD', 'DO', 'NP', 'PA-C'])} (NPI {T('US_NPI', npi(r))}"
             + (f", DEA# {T('US_DEA_NUMBER', dea(r, md.last))}" if r.random() < 0.5 else "") + ")\n")
    elif kind == "phone":
        s = (f"TELEPHONE ENCOUNTER\nCaller: {NM(p.fl)} (self)  cb# {PH(us_phone(r))}\n"
             f"Verified w/ DOB {DB(fdate(p.dob, ds))} and last 4 of SSN.\n"
             f"Pt requests refill of {r.choice(['lisinopril 10mg', 'atorvastatin 40mg', 'sertraline 50mg', 'albuterol HFA'])}. "
             f"Pharmacy: {r.choice(['CVS', 'Walgreens', 'Tidewell Pharmacy'])} on {AD(us_street(r, 0))}, ph {PH(us_phone(r))}.\n"
             f"Also asked to update mailing addr to {AD(us_street(r, 0.9))}, {us_cityline(r)}.\n"
             f"Hx: {T('ICD10_CODE', icds[0][0])}. Insurance MBI {T('US_MBI', mbi(r))}.\n"
             f"Routed to Dr. {NM(md.last)}. {r.choice(CLIN_FILLER)}\nMsg id {D('uuid', uuid4(r))}\n")
    else:
        adm = rdate(r, 2024, 2025)
        s = (f"DISCHARGE SUMMARY\nName: {NM(p.rev)}\nDOB: {DB(fdate(p.dob, ds))}\nNHS No: {T('UK_NHS_NUMBER', nhs(r))}\n"
             f"Admitted: {D('admission_date', fdate(adm, 'eu'))}  Discharged: {D('discharge_date', fdate(adm + dt.timedelta(days=r.randint(1, 12)), 'eu'))}\n"
             f"Address: {AD(intl_street(r, 'uk'))}, {intl_city(r, 'uk')}\nTel: {PH(intl_phone(r, 'uk'))}\n\n"
             f"Principal dx {T('ICD10_CODE', icds[0][0])} ({icds[0][1]}). Secondary {T('ICD10_CODE', icds[1][0])}.\n"
             f"{r.choice(CLIN_FILLER)} {r.choice(CLIN_FILLER)}\n"
             f"GP: Dr {NM(md.fl)}, {r.choice(['Elm Grove Surgery', 'Princes St Medical Centre', 'Mill Lane Practice'])}.\n"
             f"Previous NHS number on referral ({D('nhs_bad', nhs(r, bad=True))}) failed validation and was corrected.\n")
    return f"notes/{kind}_{i:03d}.txt", s


def doc_note_case(r, i):
    """customer-service case notes, CRM style with abbreviations"""
    c = Person(r)
    ag = Person(r)
    lines = [f"CASE {D('case_id', 'CS-' + digits(r, 7))} | opened {D('case_date', fdate(rdate(r, 2024, 2025), 'iso'))} | agent {NM(ag.fl)}",
             f"cust {NM(c.fl)}, acct# {D('order_id', order_id(r))}, tel {PH(us_phone(r))}, email {EM(c.email())}",
             f"- cust says card {T('CREDIT_CARD_NUMBER', card(r))} was charged 2x for order {D('order_id', order_id(r))}",
             f"- verified id w/ DOB {DB(fdate(c.dob, r.choice(US_DOB_STYLES)))} + zip",
             f"- shipped to {AD(us_street(r))}, tracking {D('tracking', tracking(r))}",
             f"- cust also gave SSN# {T('US_SSN', ssn(r))} unprompted -> redacted from chat transcript, pls do not store",
             f"- refund issued to card, ref {D('refund_ref', 'RF' + digits(r, 8))}",
             (f"- earlier form had SSN {D(k0, ssn_bad(r, k0))} - typo, corrected" if (k0 := r.choice(["ssn_bad_area", "ssn_bad_group", "ssn_bad_serial", ""])) else "- no prior tickets"),
             f"- {r.choice(BILLING_FILLER)}"]
    if r.random() < 0.5:
        stt, dln = drivers_license(r)
        lines.insert(4, f"- also checked {stt} DL# {T('US_DRIVERS_LICENSE', dln)} against the photo")
    if r.random() < 0.4:
        lines.append(f"- for the 1099-K cust provided ITIN {T('US_ITIN', itin(r))} (no SSN)")
    lines.append(f"- {para(r, BILLING_FILLER, 1, 3)}")
    if r.random() < 0.5:
        lines.append(f"- 2nd card mentioned {D('card_bad_luhn', card(r, bad=True))} (fails check, probably typo)")
    if r.random() < 0.5:
        lines.append(f"- cust's alt contact mob {PH(us_phone(r))}, wife {NM(Person(r, origin=c.origin).fl)}")
    return f"notes/case_{i:03d}.txt", "\n".join(lines) + "\n"


def doc_note_intl(r, i, loc):
    p = Person(r, origin={"de": "de", "fr": "fr", "es": "es", "pt": "pt", "pl": "pl", "se": "se"}[loc], dob_range=(1935, 2010))
    dr = Person(r, origin=p.origin)
    icd = r.sample(ICD10, 2)
    dstyle = {"de": r.choice(["dot", "de"]), "fr": r.choice(["eu", "fr"]), "es": r.choice(["eu", "es"]),
              "pt": r.choice(["eu", "pt"]), "pl": r.choice(["dot", "pl"]), "se": r.choice(["iso", "sv"])}[loc]
    dob = DB(fdate(p.dob, dstyle))
    ad = f"{AD(intl_street(r, loc))}, {intl_city(r, loc)}"
    ph = PH(intl_phone(r, loc))
    em = EM(p.email())
    vd = D("visit_date", fdate(rdate(r, 2024, 2025), {"de": "dot", "fr": "eu", "es": "eu", "pt": "eu", "pl": "dot", "se": "iso"}[loc]))
    c1, c2 = T("ICD10_CODE", icd[0][0]), T("ICD10_CODE", icd[1][0])
    cc = {"de": "DE", "fr": "FR", "es": "ES", "pt": "BR", "pl": "PL", "se": "SE"}[loc]
    ib = T("IBAN_CODE", iban(r, cc))
    t = {
        "de": f"Arztbrief\n\nPatientin/Patient: {NM(p.fl)}, geb. am {dob}\nWohnhaft: {ad}\nTel.: {ph}, E-Mail: {em}\n"
              f"Steuer-ID: {D('other_national_id', steuer_id(r))}\n\nVorstellung am {vd}. Diagnosen: {c1}, {c2}.\n"
              f"Der Patient berichtet über Beschwerden seit ca. drei Wochen. Befund unauffällig, Kontrolle in 4 Wochen.\n"
              f"Rechnung bitte an Kontoinhaber {NM(p.fl)}, IBAN {ib}.\n\nMit freundlichen Grüßen\nDr. med. {NM(dr.fl)}\n",
        "fr": f"Compte rendu de consultation\n\nPatient(e) : {NM(p.last.upper() + ' ' + p.first)}\nDate de naissance : {dob}\n"
              f"Domicile : {ad}\nPortable : {ph} — courriel : {em}\nN° sécu : {D('other_national_id', nir(r, p.dob))}\n\n"
              f"Vu le {vd}. Diagnostic principal {c1}, antécédent {c2}.\nExamen clinique sans particularité. Revoir dans un mois.\n"
              f"Remboursement sur le compte {ib}.\n\nDr {NM(dr.fl)}\n",
        "es": f"Informe clínico\n\nPaciente: {NM(p.fl)}\nFecha de nacimiento: {dob}\nDirección: {ad}\nTeléfono: {ph}\nCorreo: {em}\n"
              f"DNI: {D('other_national_id', dni(r))}\n\nConsulta del {vd}. Diagnóstico: {c1}; antecedentes: {c2}.\n"
              f"Se pauta control en seis semanas. Cuenta para domiciliación: {ib}.\n\nFdo.: Dr. {NM(dr.fl)}\n",
        "pt": f"Ficha do paciente\n\nNome: {NM(p.fl)}\nNascimento: {dob}\nCPF: {D('other_national_id', cpf(r))}\nEndereço: {ad}\n"
              f"Celular: {ph}\nE-mail: {em}\n\nAtendimento em {vd}. CID-10: {c1} e {c2}.\nPaciente orientado; retorno em 30 dias.\n"
              f"Conta para reembolso (IBAN): {ib}\n\nDr(a). {NM(dr.fl)}\n",
        "pl": f"Karta informacyjna\n\nPacjent: {NM(p.fl)}\nData urodzenia: {dob}\nPESEL: {D('other_national_id', pesel(r, p.dob))}\n"
              f"Adres zamieszkania: {ad}\nTelefon: {ph}\nE-mail: {em}\n\nWizyta {vd}. Rozpoznanie: {c1}, {c2}.\n"
              f"Zalecono kontrolę za 3 tygodnie. Numer konta do zwrotu: {ib}\n\nlek. {NM(dr.fl)}\n",
        "se": f"Journalanteckning\n\nPatient: {NM(p.fl)}\nFödd: {dob}\nPersonnummer: {D('other_national_id', personnummer(r, p.dob))}\n"
              f"Adress: {ad}\nTelefon: {ph}\nE-post: {em}\n\nBesök {vd}. Diagnos: {c1}, tidigare {c2}.\n"
              f"Återbesök om fyra veckor. Konto för återbetalning: {ib}\n\nLeg. läkare {NM(dr.fl)}\n",
    }[loc]
    return f"intl/{loc}_note_{i:03d}.txt", t


# ---------------------------------------------------------------- logs

def ua_string(r):
    ch = f"{r.randint(112, 126)}.0.{r.randint(5000, 6500)}.{r.randint(50, 220)}" if r.random() < 0.5 else f"{r.randint(110, 126)}.0.0.0"
    return r.choice([
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{D('ua_build', ch)} Safari/537.36",
        f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{D('ua_build', f'{r.randint(15, 17)}.{r.randint(0, 6)}')} Safari/605.1.15",
        f"Mozilla/5.0 (X11; Linux x86_64; rv:{r.randint(110, 128)}.0) Gecko/20100101 Firefox/{D('ua_build', f'{r.randint(110, 128)}.0')}",
        f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{r.randint(0, 5)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/{D('ua_build', f'15E{r.randint(100, 300)}')}",
        f"okhttp/{D('ua_build', f'4.{r.randint(9, 12)}.{r.randint(0, 3)}')}", f"curl/{D('ua_build', f'8.{r.randint(0, 9)}.{r.randint(0, 1)}')}",
        f"python-requests/{D('ua_build', f'2.{r.randint(28, 32)}.{r.randint(0, 3)}')}"])


def doc_nginx(r, i):
    L = []
    d = rdate(r, 2024, 2025)
    h, m, s_ = r.randint(0, 20), r.randint(0, 59), 0
    paths = ["/api/v2/patients/{n}", "/login", "/static/app.{h}.js", "/api/v1/claims?status=open&page={p}", "/health",
             "/portal/statements/{n}.pdf", "/reset-password", "/api/v1/appointments/{n}/confirm", "/favicon.ico"]
    for k in range(r.randint(32, 48)):
        s_ += r.randint(0, 9)
        if s_ > 59:
            s_ -= 60
            m = (m + 1) % 60
        ip = public_ipv4(r) if r.random() < 0.9 else public_ipv6(r)
        p = r.choice(paths).format(n=r.randint(1000, 99999), h=hexs(r, 8), p=r.randint(1, 9))
        if r.random() < 0.08:
            p = f"/api/v1/users/lookup?email={EM(Person(r).email())}"
        st = r.choice([200, 200, 200, 304, 302, 401, 404, 500])
        xff = f" xff=\"{IP(public_ipv4(r))}\"" if r.random() < 0.2 else ""
        L.append(f"{IP(ip)} - - [{d.strftime('%d/%b/%Y')}:{h:02d}:{m:02d}:{s_:02d} +0000] \"{r.choice(['GET', 'GET', 'POST'])} {p} HTTP/{r.choice(['1.1', '2.0'])}\" "
                 f"{st} {r.randint(120, 90000)} \"{r.choice(['-', 'https://portal.harborview-health.net/', 'https://app.kestrelsoft.dev/dashboard'])}\" "
                 f"\"{ua_string(r)}\" rt={r.randint(1, 900) / 1000:.3f} req_id={hexs(r, 32)}{xff}")
    return f"logs/nginx_access_{i:03d}.log", "\n".join(L) + "\n"


def doc_syslog(r, i):
    L = []
    d = rdate(r, 2024, 2025)
    host = r.choice(["web-02", "bastion-1", "mx1", "db-replica-3", "vpn-gw"])
    for k in range(r.randint(28, 40)):
        t = f"{d.strftime('%b')} {d.day:>2} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        pid = r.randint(300, 65000)
        c = r.random()
        if c < 0.3:
            msg = f"sshd[{pid}]: Failed password for {r.choice(['invalid user admin', 'root', 'invalid user oracle', 'deploy'])} from {IP(ip_any(r, 0.2))} port {r.randint(1024, 65535)} ssh2"
        elif c < 0.45:
            msg = f"sshd[{pid}]: Accepted publickey for {r.choice(['deploy', 'ansible', 'ubuntu'])} from {IP(public_ipv4(r))} port {r.randint(1024, 65535)} ssh2: ED25519 SHA256:{hexs(r, 16)}"
        elif c < 0.65:
            u = Person(r)
            msg = (f"postfix/smtp[{pid}]: {hexs(r, 10).upper()}: to=<{EM(u.email())}>, relay={r.choice(['gmail-smtp-in.l.google.com', 'mx.outlook.com'])}"
                   f"[{IP(public_ipv4(r))}]:25, delay={r.randint(1, 90) / 10}, status=sent (250 2.0.0 OK)")
        elif c < 0.75:
            msg = f"kernel: [UFW BLOCK] IN=eth0 OUT= SRC={IP(public_ipv4(r))} DST={IP(public_ipv4(r))} LEN={r.randint(40, 1500)} PROTO=TCP SPT={r.randint(1024, 65535)} DPT={r.choice([22, 23, 3389, 445, 5432])}"
        elif c < 0.85:
            msg = f"openvpn[{pid}]: {NM(Person(r).fl).replace(' ', ' ')}/{IP(public_ipv4(r))}:{r.randint(1024, 65535)} MULTI: primary virtual IP assigned"
        elif c < 0.93:
            msg = f"CRON[{pid}]: (root) CMD (/usr/local/bin/backup.sh --tag {D('version', version(r))})"
        else:
            msg = f"systemd[1]: Started session {r.randint(1, 9999)} of user {r.choice(['deploy', 'ubuntu'])}. invocation {D('uuid', uuid4(r))}"
        L.append(f"{t} {host} {msg}")
    return f"logs/syslog_{i:03d}.log", "\n".join(L) + "\n"


def doc_jsonlog(r, i):
    L = []
    for k in range(r.randint(16, 26)):
        u = Person(r)
        ev = r.choice(["user.login", "payment.captured", "profile.updated", "kyc.submitted", "appointment.booked", "kyc.rejected"])
        rec = {"ts": f"{fdate(rdate(r, 2024, 2025), 'iso')}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z",
               "ts_ms": D("epoch", epoch_ms(r)) if r.random() < 0.5 else None, "level": r.choice(["info", "info", "warn", "error"]),
               "event": ev, "trace_id": D("uuid", uuid4(r)),
               "user": {"id": r.randint(1000, 999999), "email": EM(u.email()), "name": NM(u.fl)},
               "client": {"ip": IP(ip_any(r, 0.2)), "ua": ua_string(r)}}
        if rec["ts_ms"] is None:
            del rec["ts_ms"]
        if ev == "payment.captured":
            rec["payment"] = {"card": T("CREDIT_CARD_NUMBER", card(r, style="plain")) if r.random() < 0.5 else f"**** {digits(r, 4)}",
                              "amount": r.randint(100, 99999) / 100, "order": D("order_id", order_id(r))}
        elif ev == "kyc.submitted":
            rec["kyc"] = {"ssn": T("US_SSN", ssn(r))} if r.random() < 0.6 else {"tin_type": "ITIN", "tin": T("US_ITIN", itin(r))}
            rec["kyc"] |= { "dob": DB(fdate(u.dob, "iso")),
                          "address": {"line1": AD(us_street(r, 0)), "city": r.choice(US_CITIES)[0]}}
            if r.random() < 0.6:
                stt, dln = drivers_license(r)
                rec["kyc"]["id_doc"] = ({"type": "drivers_license", "state": stt, "number": T("US_DRIVERS_LICENSE", dln)} if r.random() < 0.6
                                        else {"type": "passport", "country": "USA", "number": T("US_PASSPORT", passport(r))})
        elif ev == "kyc.rejected":
            k = r.choice(["ssn_bad_area", "ssn_bad_group", "ssn_bad_serial"])
            rec["kyc"] = {"ssn": D(k, ssn_bad(r, k)), "reason": "ssa_format_check_failed"}
            if r.random() < 0.5:
                rec["kyc"]["card"] = D("card_bad_luhn", card(r, bad=True, style="plain"))
        elif ev == "profile.updated":
            rec["changes"] = {"phone": [None, PH(us_phone(r))], "build": D("version", version(r))}
        elif ev == "appointment.booked":
            rec["appt"] = {"npi": T("US_NPI", npi(r)), "slot": D("appointment_date", fdate(rdate(r, 2024, 2025), "iso"))}
        L.append(json.dumps(rec, ensure_ascii=False))
    return f"logs/app_events_{i:03d}.jsonl.log" if r.random() < 0.5 else f"logs/events_{i:03d}.log", "\n".join(L) + "\n"


# ---------------------------------------------------------------- chat exports

def doc_chat(r, i):
    people = [Person(r) for _ in range(r.randint(2, 4))]
    cust = Person(r)
    ch = r.choice(["#billing-escalations", "#clinic-frontdesk", "#payroll", "#support-tier2"])
    L = [f"Channel export: {ch}  ({D('export_date', fdate(rdate(r, 2024, 2025), 'iso'))})", ""]
    h, m = r.randint(8, 16), r.randint(0, 50)
    lines = [
        lambda: f"can someone look at {NM(cust.fl)}'s account? she called again from {PH(us_phone(r))}",
        lambda: f"DOB on file is {DB(fdate(cust.dob, r.choice(US_DOB_STYLES)))} but the form she sent says otherwise",
        lambda: f"ugh she pasted her full card in the ticket: {T('CREDIT_CARD_NUMBER', card(r))} - redacting",
        lambda: f"new address is {AD(us_street(r, 0.7))}, updating now",
        lambda: f"her email bounced, try {EM(cust.email())}",
        lambda: f"fyi the SSN she gave ({D('ssn_bad_group', ssn_bad(r, 'ssn_bad_group'))}) can't be right, group 00",
        lambda: f"ticket is {D('ticket_id', 'ZD-' + digits(r, 6))}, tracking {D('tracking', tracking(r))}",
        lambda: f"also MRN {T('MEDICAL_RECORD_NUMBER', mrn(r))} if you need to pull the chart",
        lambda: (lambda q: f"pharmacy called about Dr. {NM(q.last)}'s script, DEA on it is {T('US_DEA_NUMBER', dea(r, q.last))}")(Person(r)),
        lambda: f"W-9 came back with ITIN {T('US_ITIN', itin(r))}, not an SSN - finance ok'd it",
        lambda: "lol ok", lambda: "on it", lambda: "thx!", lambda: "give me 5 min, in a meeting",
        lambda: f"deploying {D('version', version(r))} first, then I'll check",
        lambda: f"login came from {IP(public_ipv4(r))} which is not her usual",
        lambda: f"she wants refund to IBAN {T('IBAN_CODE', iban(r, r.choice(['DE', 'FR', 'NL', 'ES'])))} instead (she moved abroad)",
    ]
    for k in range(r.randint(16, 28)):
        m += r.randint(0, 4)
        if m >= 60:
            m -= 60
            h += 1
        who = r.choice(people)
        fmt = r.choice(["[{h:02d}:{m:02d}] {n}: {t}", "{n}  {h}:{m:02d} {ap}\n{t}", "[{h:02d}:{m:02d}] <{n}> {t}"])
        ap = "AM" if h < 12 else "PM"
        txt = r.choice(lines)()
        L.append(fmt.format(h=h, m=m, n=NM(who.fl), t=txt, ap=ap))
    return f"chat/{ch.strip('#')}_{i:03d}.txt", "\n".join(L) + "\n"


# ---------------------------------------------------------------- misc text: w-9 like and wire instructions in key: value

def doc_wire(r, i):
    b = Person(r)
    cc = r.choice(list(IBAN_LEN))
    L = [f"WIRE TRANSFER REQUEST #{D('order_id', order_id(r))}", "",
         f"Ordering customer: {NM(b.full)}", f"Ordering acct: {T('US_BANK_ACCOUNT_NUMBER', acct(r))} (ABA {T('US_BANK_ROUTING_NUMBER', aba(r))})",
         f"Beneficiary: {NM(Person(r, origin=r.choice(list(NAMES))).fl)}",
         f"Beneficiary IBAN: {T('IBAN_CODE', iban(r, cc))}", f"Beneficiary bank SWIFT: {T('SWIFT_BIC_CODE', bic(r, cc if cc in BANKS_BY_CC else None))}",
         f"Correspondent: {T('SWIFT_BIC_CODE', bic(r, 'US'))}",
         f"Amount: {r.choice(['EUR', 'GBP', 'CHF', 'SEK', 'PLN'])} {r.randint(1000, 250000):,}.00",
         f"Value date: {D('value_date', fdate(rdate(r, 2024, 2025), 'iso'))}",
         f"Purpose: {r.choice(['tuition', 'property deposit', 'invoice settlement', 'family support'])}",
         f"Callback verified with {NM(b.fl)} at {PH(us_phone(r))} on file.",
         f"UETR: {D('uuid', uuid4(r))}", ""]
    if r.random() < 0.4:
        L.append(f"Note: customer first supplied {D('iban_bad', iban(r, cc, bad=True))}, rejected (check digits).")
    return f"finance/wire_request_{i:03d}.txt", "\n".join(L) + "\n"


# ---------------------------------------------------------------- added shapes: UK GP letter, travel booking, W-9

GP_PRACTICES = ["Elm Grove Surgery", "Princes Street Medical Centre", "Mill Lane Practice", "Victoria Terrace Health Centre"]


def doc_uk_letter(r, i):
    pt = Person(r, origin=r.choice(["en", "en", "ie", "in", "ng", "gh", "pl", "ar", "cn"]), dob_range=(1935, 2015))
    gp, cons = Person(r, origin=r.choice(["en", "in", "ie", "ng"])), Person(r, origin=r.choice(["en", "in", "ar", "gr" if False else "en"]))
    icd = r.sample(ICD10, 2)
    prac = r.choice(GP_PRACTICES)
    ds = r.choice(["eu", "long_eu", "abbr_sp", "dot"])
    if r.random() < 0.5:
        s = [f"{prac}", f"{AD(intl_street(r, 'uk'))}, {intl_city(r, 'uk')}", f"Tel: {PH(intl_phone(r, 'uk'))}", "",
             D("letter_date", fdate(rdate(r, 2024, 2025), "long_eu")), "", f"Dear Dr {NM(cons.last)},", "",
             f"Re: {NM(pt.fl)}   DOB: {DB(fdate(pt.dob, ds))}   NHS No: {T('UK_NHS_NUMBER', nhs(r))}",
             f"    {AD(intl_street(r, 'uk'))}, {intl_city(r, 'uk')}   Mob: {PH(intl_phone(r, 'uk'))}", "",
             f"Thank you for seeing this {r.choice(['pleasant', 'anxious', 'frail'])} patient, hospital no. {T('MEDICAL_RECORD_NUMBER', mrn(r))}, "
             f"with {icd[0][1].lower()} ({T('ICD10_CODE', icd[0][0])}). Background of {icd[1][1].lower()} ({T('ICD10_CODE', icd[1][0])}).",
             f"{r.choice(CLIN_FILLER)} {r.choice(CLIN_FILLER)} I would be grateful for your opinion.", "",
             "Yours sincerely,", "", f"Dr {NM(gp.fl)}", f"GMC {D('gmc_no', digits(r, 7, True))}", f"{EM(gp.local() + '@nhs.net')}", ""]
    else:
        rows = []
        for _ in range(r.randint(4, 7)):
            q = Person(r, origin=r.choice(["en", "ie", "in", "ng", "pl", "cn", "ar", "gh"]))
            bad = r.random() < 0.2
            n = nhs(r, bad=bad)
            rows.append([D("nhs_bad", n) if bad else T("UK_NHS_NUMBER", n), NM(q.rev), DB(fdate(q.dob, ds)), PH(intl_phone(r, "uk")),
                         r.choice(["flu", "COVID booster", "shingles", "pneumococcal"]) + (" (invalid NHS no.)" if bad else "")])
        s = [f"## {prac} - vaccination recall list", "", f"Prepared by {NM(gp.fl)} on {D('report_date', fdate(rdate(r, 2024, 2025), 'eu'))}.",
             "Rows marked invalid failed the NHS number check and must be re-keyed.", "",
             md_table(["NHS number", "Patient", "Date of birth", "Contact", "Due"], rows), ""]
    ext = "md" if s[0].startswith("##") else "txt"
    return f"uk/gp_{i:03d}.{ext}", "\n".join(s)


def doc_eml_travel(r, i):
    agent = Person(r)
    trav = [Person(r, dob_range=(1950, 2015)) for _ in range(r.randint(2, 4))]
    dom = r.choice(["atlas-freight.co", "cobaltridge.ai", "bluefin-capital.com"])
    pnr = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    lines = [f"Hi {NM(agent.fl)},", "", f"Please add the APIS details for booking {D('booking_ref', pnr)} ({r.choice(['JFK-LHR', 'ORD-FRA', 'SFO-NRT', 'ATL-GRU'])}):", ""]
    for k, t in enumerate(trav):
        lines.append(f"{k + 1}) {NM(t.last.upper() + '/' + t.first.upper())}  born {DB(fdate(t.dob, r.choice(['abbr', 'upper', 'iso'])))}  "
                     f"US passport {T('US_PASSPORT', passport(r))}  exp {D('expiry_date', fdate(rdate(r, 2026, 2035), 'abbr'))}"
                     + (f"  e-ticket {D('ticket_no', r.choice(['016', '001', '006', '220']) + '-' + digits(r, 10))}" if r.random() < 0.6 else ""))
    lines += ["", f"Lead contact mobile {PH(us_phone(r))}; hotel confirmation {D('confirmation_no', digits(r, 8, True))}.",
              f"Card for the fare difference: {T('CREDIT_CARD_NUMBER', card(r))} (billing zip on file).",
              "", "Thanks!", NM(trav[0].fl)]
    te = trav[0].email()
    hdr = eml_headers(r, (addr_hdr(r, trav[0], te), te), [addr_hdr(r, agent, f"{agent.local()}@{dom}")], f"APIS info for {pnr}".replace(pnr, D("booking_ref", pnr)), dom)
    return f"mail/travel_{i:03d}.eml", hdr + "\n\n" + "\n".join(lines) + "\n"


def doc_w9(r, i):
    p = Person(r, origin=r.choice(US_ORIGINS))
    use_itin = r.random() < 0.45
    tin_sp = r.random() < 0.4
    if use_itin:
        v = itin(r)
        tin = T("US_ITIN", v.replace("-", " ") if tin_sp else v)
    else:
        tin = T("US_SSN", ssn(r, "space" if tin_sp else "dash"))
    kind = r.choice(["w9", "1099"])
    if kind == "w9":
        L = ["Form W-9  Request for Taxpayer Identification Number and Certification", "",
             f"1  Name (as shown on your income tax return)", f"   {NM(p.full)}",
             f"2  Business name/disregarded entity name, if different", f"   {r.choice(['', p.last + ' Consulting LLC', 'n/a'])}",
             "3a [X] Individual/sole proprietor   [ ] C corporation   [ ] S corporation   [ ] Partnership",
             f"5  Address (number, street, and apt. or suite no.)", f"   {AD(us_street(r, 0.5))}",
             f"6  City, state, and ZIP code", f"   {us_cityline(r)}",
             f"7  List account number(s) here (optional)   {D('vendor_id', 'VND' + digits(r, 5))}", "",
             "Part I   Taxpayer Identification Number (TIN)",
             f"   {'Individual taxpayer identification number' if use_itin else 'Social security number'}:  {tin}",
             f"   or Employer identification number:  {T('US_EIN', ein(r)) if r.random() < 0.5 else '__-_______'}", "",
             f"Signature: /s/ {NM(p.fl)}      Date: {D('signed_date', fdate(rdate(r, 2024, 2025), 'us'))}", ""]
    else:
        payer = r.choice(["Saltmarsh Labs Inc", "Helix Billing LLC", "Pinecrest Pediatrics PC"])
        L = [f"1099-NEC  {r.randint(2022, 2024)}   CORRECTED [ ]", "",
             f"PAYER'S name, street address: {payer}, {AD(us_street(r, 0.6))}, {us_cityline(r)}",
             f"PAYER'S TIN ........ {T('US_EIN', ein(r))}", f"RECIPIENT'S TIN .... {tin}",
             f"RECIPIENT'S name ... {NM(p.fl.upper())}", f"Street address ..... {AD(us_street(r, 0.5).upper())}",
             f"City ............... {us_cityline(r).upper()}", f"Account number ..... {D('vendor_id', 'A' + digits(r, 7))}",
             f"1 Nonemployee compensation  ${r.randint(600, 95000):,}.00", f"4 Federal income tax withheld  $0.00", "",
             f"Direct deposit on file: RTN {T('US_BANK_ROUTING_NUMBER', aba(r))}  ACCT {T('US_BANK_ACCOUNT_NUMBER', acct(r))}", ""]
    return f"forms/{kind}_{i:03d}.txt", "\n".join(L)


# ----------------------------------------------------------------------------------------------------------
# plan & validation

def multi(fn, lo, hi, sep):
    """a file holding several records of one shape (batch HL7 file, note export, form batch...)"""
    def g(r, i):
        path, first = fn(r, i)
        parts = [first] + [fn(r, i)[1] for _ in range(r.randint(lo, hi) - 1)]
        return path, sep.join(parts)
    return g


PLAN = ([("eml_billing", doc_eml_billing, 5), ("eml_payroll", doc_eml_payroll, 4), ("eml_vendor", doc_eml_vendor, 4),
         ("eml_referral", doc_eml_referral, 4), ("eml_hr", doc_eml_hr, 4), ("eml_security", doc_eml_security, 3),
         ("eml_tax", doc_eml_tax, 3), ("eml_intl", doc_eml_intl, 5), ("eml_travel", doc_eml_travel, 4),
         ("md_patient", doc_md_patient, 5), ("md_roster", doc_md_roster, 4), ("md_vendor", doc_md_vendor, 3), ("md_incident", doc_md_incident, 4),
         ("hl7", multi(doc_hl7, 1, 4, ""), 14), ("fhir", doc_fhir, 10),
         ("form_kv", multi(doc_form_kv, 1, 3, "\n\f\n"), 8), ("form_dotted", multi(doc_form_dotted, 1, 3, "\n" + "=" * 60 + "\n\n"), 5),
         ("fixed", doc_fixed_width, 6), ("wire", multi(doc_wire, 1, 3, "\n---\n\n"), 4),
         ("w9_1099", doc_w9, 5), ("uk_gp", doc_uk_letter, 6),
         ("note_en", multi(doc_note_en, 2, 4, "\n" + "-" * 48 + "\n\n"), 10), ("note_case", multi(doc_note_case, 2, 4, "\n"), 5)]
        + [(f"note_{loc}", multi((lambda L: (lambda r, i: doc_note_intl(r, i, L)))(loc), 2, 3, "\n* * *\n\n"), 2) for loc in ("de", "fr", "es", "pt", "pl", "se")]
        + [("nginx", doc_nginx, 4), ("syslog", doc_syslog, 4), ("jsonlog", doc_jsonlog, 4), ("chat", doc_chat, 6)])

VALIDATORS = {"CREDIT_CARD_NUMBER": lambda v: card_valid(re.sub(r"[ -]", "", v)), "IBAN_CODE": iban_valid,
              "US_BANK_ROUTING_NUMBER": aba_valid, "US_NPI": npi_valid, "US_DEA_NUMBER": dea_valid, "UK_NHS_NUMBER": nhs_valid,
              "US_SSN": ssn_valid, "US_ITIN": itin_valid, "US_MBI": mbi_valid, "US_EIN": ein_valid, "IP_ADDRESS": ip_public,
              "ICD10_CODE": lambda v: v in ICD_SET or (v[:3] + "." + v[3:]) in ICD_SET,
              "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v) is not None and "example." not in v,
              "SWIFT_BIC_CODE": lambda v: re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", v) is not None,
              "PHONE_NUMBER": lambda v: not re.search(r"555[ .)-]*01\d\d", v) and len(re.sub(r"\D", "", v)) >= 9}
DECOY_INVALID = {"card_bad_luhn": lambda v: not card_valid(re.sub(r"[ -]", "", v)), "iban_bad": lambda v: not iban_valid(v),
                 "routing_bad": lambda v: not aba_ok(v), "ssn_bad_area": lambda v: not ssn_valid(v) and not itin_valid(v),
                 "ssn_bad_group": lambda v: not ssn_valid(v) and not itin_valid(v), "nhs_bad": lambda v: not nhs_valid(v),
                 "ten_digit_bad_npi": lambda v: not npi_valid(v), "ein_bad_prefix": lambda v: not ein_valid(v)}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
SSN_CTX_RE = re.compile(r"(?i)(?:ssn|social security)[^0-9\n]{0,20}(?<!\d)(\d{9})(?!\d)")
DIGRUN_RE = re.compile(r"(?<![A-Za-z0-9])\d+(?:[ -]\d+)*(?![A-Za-z0-9])")
IBAN_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")


def covered(spans, s, e):
    return any(a <= s and e <= b for a, b in spans)


def validate_doc(data, truth, decoys):
    """raise AssertionError on any problem"""
    text = data.decode("utf-8")
    for s, e, t, v in truth:
        assert data[s:e].decode("utf-8") == v
        if t in VALIDATORS:
            assert VALIDATORS[t](v), (t, v)
        if t == "STREET_ADDRESS":
            assert re.search(r"\d", v) and len(v) >= 6, v
    for s, e, k, v in decoys:
        assert data[s:e].decode("utf-8") == v
        if k in DECOY_INVALID:
            assert DECOY_INVALID[k](v), (k, v)
    spans = sorted([(s, e) for s, e, *_ in truth + decoys])
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        assert a1 <= b0, ("overlap", a0, a1, b0, b1)
    lab = [(s, e) for s, e in spans]
    # char offsets -> byte offsets map for regex hits
    bpos = [0]
    for ch in text:
        bpos.append(bpos[-1] + len(ch.encode("utf-8")))

    def chk(cs, ce, what):
        s, e = bpos[cs], bpos[ce]
        assert covered(lab, s, e), (what, text[cs:ce])

    for m in EMAIL_RE.finditer(text):
        chk(m.start(), m.end(), "unlabelled email")
    for m in IPV4_RE.finditer(text):
        if ip_public(m.group(0)):
            chk(m.start(), m.end(), "unlabelled ipv4")
    for m in SSN_RE.finditer(text):
        if ssn_valid(m.group(0)) or itin_valid(m.group(0)):
            chk(m.start(), m.end(), "unlabelled ssn/itin")
    for m in SSN_CTX_RE.finditer(text):
        if ssn_valid(m.group(1)):
            chk(m.start(1), m.end(1), "unlabelled ssn ctx")
    for m in DIGRUN_RE.finditer(text):
        toks = list(re.finditer(r"\d+", m.group(0)))
        for a in range(len(toks)):
            tot = ""
            for b in range(a, len(toks)):
                tot += toks[b].group(0)
                if len(tot) > 19:
                    break
                if 13 <= len(tot) and card_valid(tot):
                    chk(m.start() + toks[a].start(), m.start() + toks[b].end(), "unlabelled card")
    for m in IBAN_RE.finditer(text):
        raw = m.group(0)
        cc = raw[:2]
        if cc in IBAN_LEN:
            n, k, j = IBAN_LEN[cc], 0, 0
            while j < len(raw) and k < n:
                if raw[j] != " ":
                    k += 1
                j += 1
            if k == n and iban_valid(raw[:j]):
                chk(m.start(), m.start() + j, "unlabelled iban")
    # every labelled value (long enough to be unambiguous) must be labelled wherever it appears
    for s, e, t, v in truth:
        if len(v) < 6:
            continue
        for m in re.finditer(re.escape(v), text):
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and (m.end() == len(text) or not text[m.end()].isalnum()):
                chk(m.start(), m.end(), f"repeated {t} value unlabelled")
    assert "example.com" not in text.replace("john.doe@example.com", "").replace("user@example.com", "") or True


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "files"))
    master = random.Random(SEED)
    truth_rows, decoy_rows = [], []
    per_type, per_kind, per_shape = Counter(), Counter(), Counter()
    n_files, n_bytes, retries = 0, 0, 0
    idx = 0
    used = set()
    for shape, fn, n in PLAN:
        for _ in range(n * N_DOCS_SCALE):
            base = master.randrange(1 << 30)
            for attempt in range(20):
                r = random.Random(base * 31 + attempt)
                rel, marked = fn(r, idx)
                data, truth, decoys = compile_doc(marked)
                try:
                    validate_doc(data, truth, decoys)
                    break
                except AssertionError as ex:
                    retries += 1
                    if attempt == 19:
                        raise
                    if os.environ.get("GEN_DEBUG"):
                        print("retry", shape, ex, file=sys.stderr)
            assert rel not in used
            used.add(rel)
            idx += 1
            path = os.path.join(OUT, "files", rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(data)
            # re-read and verify
            back = open(path, "rb").read()
            assert back == data
            for s, e, t, v in truth:
                assert back[s:e].decode("utf-8") == v
                truth_rows.append({"file": rel, "start": s, "end": e, "type": t})
                per_type[t] += 1
            for s, e, k, v in decoys:
                assert back[s:e].decode("utf-8") == v
                decoy_rows.append({"file": rel, "start": s, "end": e, "kind": k})
                per_kind[k] += 1
            per_shape[shape] += 1
            n_files += 1
            n_bytes += len(data)
    # final independent re-validation of everything from disk via the jsonl files
    byfile = defaultdict(list)
    for row in truth_rows + decoy_rows:
        byfile[row["file"]].append(row)
    for f, rows in byfile.items():
        rows.sort(key=lambda x: x["start"])
        for a, b in zip(rows, rows[1:]):
            assert a["end"] <= b["start"], (f, a, b)
    with open(os.path.join(OUT, "truth.jsonl"), "w") as fh:
        for row in truth_rows:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(OUT, "decoys.jsonl"), "w") as fh:
        for row in decoy_rows:
            fh.write(json.dumps(row) + "\n")
    open(os.path.join(OUT, "columns_truth.jsonl"), "w").close()
    missing = [t for t in TYPES if not per_type[t]]
    assert not missing, missing
    stats = {"preset": "heldout2", "seed": SEED, "text_files": n_files, "text_bytes": n_bytes, "entities": len(truth_rows),
             "decoys": len(decoy_rows), "columns": 0, "per_type": dict(sorted(per_type.items())),
             "per_decoy_kind": dict(sorted(per_kind.items())), "per_shape": dict(sorted(per_shape.items())), "retries": retries}
    with open(os.path.join(OUT, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=1)
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Accuracy on three generated corpora the rules were not written against: A (prose in
# many document kinds and five European languages), B (raw emails, markdown tables,
# HL7 v2, FHIR JSON, forms, fixed-width reports, logs, chat) and C (claim letters,
# pharmacy and lab reports, MT103 wires, ward handover sheets, chats, server logs, git
# logs; written later, by a session that read neither the rules nor A and B) and D
# (payroll registers, tax forms, EOBs, voicemail transcripts, bank statements, email
# threads, JSON-lines app logs, chat exports, letters in four languages, configs;
# written by a helper that read neither the rules nor A-C) and E (SQL dumps, YAML/INI/.env
# configs, CRM exports, ticket JSON lines, access logs, pharmacy logs, onboarding forms,
# KYC notes, referral letters, call transcripts, invoices in three languages, wiki tables;
# written by a helper that read neither the rules nor A-D) and F (adjuster notes, court
# filings, clinic reminders in seven languages, discharge summaries, leases, travel
# folios, registrar letters, loan servicing notes, SOC incident reports, Kubernetes and
# crash logs, bills of lading, grant notices; written 2026-12-06 by a helper that read
# neither the rules nor A-D) and G (CDA and SEPA pain.001 XML, HTML form dumps, vCard,
# iCalendar, LDIF, X12 837/835/270, NACHA ACH files, telecom call-detail records, IoT and
# device logs, order emails, prior-authorization faxes, dental and veterinary charts, police
# reports, customs declarations, GDPR access responses, stack traces, Slack exports,
# obituaries and family trees, listing sheets, direct-deposit forms, exchange KYC; written
# later on 2026-12-06 by a helper that read neither the rules nor A-D) and H (IIS W3C and
# Apache/nginx logs, syslog, Windows Security event XML, DICOM header dumps, GEDCOM,
# iCalendar, mbox, FIX 4.4, MT940 in seven countries, COBOL copybook extracts, pdftotext
# output, OCR'd forms, SRT call transcripts, SMS backup XML, Jupyter notebooks, Terraform
# state, Kubernetes YAML, ZPL labels, git log -p, forms and letters in five languages;
# written on the same day by a helper that read neither the rules nor the sources) and I
# (multipart .eml, HAR archives, CloudTrail and Azure activity logs, VPC flow logs, Envoy/Istio
# access logs, WhatsApp/Teams/Discord exports, Zendesk/Jira/ServiceNow exports, Stripe and PayPal
# disputes, BAI2, camt.053, Fedwire-style messages, URLA 1003, I-9/W-4, background checks, ACORD
# FNOL, UB-04, NCPDP SCRIPT and pharmacy labels, X12 834, lab requisitions, immunization records,
# school nurse logs, Confluence/Notion pages, test fixtures in three languages, French and German
# letters, and ten CSV/TSV/JSON-lines tables scored by column; written 2026-12-07 by a helper that
# read neither the rules nor the sources). All
# are written by benches/heldout/gen_{a,...,h}.py, deterministic, in the dev corpus's
# format, and
# scored with the scorer in ../shared/eval/ (see its README).
#
#   bash benches/heldout.sh [WORK_DIR]      (default /tmp/datareach-heldout)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/tmp/datareach-heldout}
SCORER=${SCORER:-../shared/eval/score.py}
cargo build --release --quiet
for c in a b c d e f g h i; do
  [ -f "$WORK/$c/truth.jsonl" ] || python3 "benches/heldout/gen_$c.py" "$WORK/$c" >/dev/null
  rm -rf "$WORK/out-$c"
  ./target/release/datareach scan "$WORK/$c/files" --out "$WORK/out-$c" -q >/dev/null || [ $? -eq 1 ]
  echo "== held-out corpus $c"
  python3 "$SCORER" "$WORK/$c" --pred "$WORK/out-$c/findings.jsonl" --labels "$WORK/out-$c/labels.jsonl"
done

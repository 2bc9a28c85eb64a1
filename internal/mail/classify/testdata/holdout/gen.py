# Generator of the classify holdout corpus: python3 gen.py rewrites NNN.eml and labels.json.
# The messages and their labels are in msgs.py; labels were written before the classifier ran on each batch.
import json, quopri, base64, os, datetime, random, hashlib
OUT = os.path.dirname(os.path.abspath(__file__))  # writes NNN.eml and labels.json next to this script
os.makedirs(OUT, exist_ok=True)
ME = '"Jordan Lee" <jordan.lee@mail.example>'
msgs = []  # (headers-dict-list, body-bytes, label)

def mid(seed, dom):
    return "<%s@%s>" % (hashlib.md5(seed.encode()).hexdigest()[:20], dom)

def dom_of(addr):
    return addr.split("@")[1].rstrip(">")

def headers(frm, subject, date, extra=(), to=ME):
    d = dom_of(frm)
    h = [
        ("Return-Path", "<bounce@%s>" % d),
        ("Received", "from mail.%s (mail.%s [203.0.113.%d])\n\tby mx1.mail.example (Postfix) with ESMTPS id %s\n\tfor <jordan.lee@mail.example>; %s" % (d, d, len(msgs)+10, hashlib.md5(subject.encode()).hexdigest()[:12].upper(), date)),
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s1;\n\th=from:to:subject:date; bh=%s" % (d, base64.b64encode(hashlib.sha256(subject.encode()).digest()).decode())),
        ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
        ("Message-ID", mid(subject + date, d)), ("MIME-Version", "1.0"),
    ]
    h += list(extra)
    return h

def plain(text, charset="utf-8", cte="8bit"):
    if cte == "quoted-printable":
        body = quopri.encodestring(text.encode(charset)).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(text.encode(charset)).decode()
    elif charset.lower() != "utf-8":
        body = text.encode(charset)  # raw 8-bit bytes in the declared charset
    else:
        body = text
    return [("Content-Type", 'text/plain; charset="%s"' % charset), ("Content-Transfer-Encoding", cte)], body

def html(htm, cte="quoted-printable"):
    if cte == "quoted-printable":
        body = quopri.encodestring(htm.encode()).decode("ascii")
    else:
        body = htm
    return [("Content-Type", 'text/html; charset="utf-8"'), ("Content-Transfer-Encoding", cte)], body

def alt(text, htm, ics=None, method="REQUEST"):
    b = "b1_" + hashlib.md5(text.encode()).hexdigest()[:16]
    parts = ["--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n" % (b, quopri.encodestring(text.encode()).decode())]
    if htm:
        parts.append("--%s\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n" % (b, quopri.encodestring(htm.encode()).decode()))
    if ics:
        parts.append("--%s\nContent-Type: text/calendar; charset=\"utf-8\"; method=%s\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (b, method, ics))
    body = "".join(parts) + "--%s--\n" % b
    return [("Content-Type", 'multipart/alternative; boundary="%s"' % b)], body

def mixed_ics(text, ics, method="REQUEST", name="invite.ics"):
    b = "m1_" + hashlib.md5(text.encode()).hexdigest()[:16]
    body = ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n%s\n"
            "--%s\nContent-Type: text/calendar; charset=\"utf-8\"; method=%s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s--%s--\n") % (
        b, text, b, method, name, name, base64.encodebytes(ics.encode()).decode(), b)
    return [("Content-Type", 'multipart/mixed; boundary="%s"' % b)], body

def ics(method, uid, summary, dtstart, dtend, organizer, attendees, tzblock="", desc="", seq=0, status="CONFIRMED", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method]
    if tzblock:
        lines += tzblock.strip().split("\n")
    lines += ["BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:%d" % seq, "DTSTAMP:20260101T000000Z", dtstart, dtend,
              "SUMMARY:" + summary, "STATUS:" + status]
    if desc:
        lines.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, em in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (cn, em))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"

def add(frm, subject, date, ctype_body, label, extra=(), crlf=False, to=ME):
    ct, body = ctype_body
    h = headers(frm, subject, date, list(extra) + ct, to=to)
    head = ("".join("%s: %s\n" % kv for kv in h) + "\n").encode("utf-8")
    bbody = body if isinstance(body, bytes) else body.encode("utf-8")
    raw = head + bbody
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    n = len(msgs) + 1
    fn = "%03d.eml" % n
    lab = {"file": fn, "kind": label[0], "company": label[1], "role": label[2], "reference": label[3],
           "interviewers": [{"name": a, "email": b} for a, b in label[4]], "start": label[5], "end": label[6],
           "reply_to": label[7], "notes": label[8]}
    msgs.append((fn, raw, lab))

def dow(y, m, d):
    return datetime.date(y, m, d).strftime("%A")

exec(open(os.path.join(OUT, "msgs.py"), encoding="utf-8").read())

for fn, raw, lab in msgs:
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(raw)
with open(os.path.join(OUT, "labels.json"), "w") as f:
    json.dump([l for _, _, l in msgs], f, indent=2, ensure_ascii=False)
    f.write("\n")
print(len(msgs), "messages")

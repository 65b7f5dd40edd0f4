"""E-mail: .eml messages and .mbox mailboxes."""

import base64
import quopri
from email.message import EmailMessage

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.email import IMPORTER, trim_quotes


def _raw(headers: dict, body: bytes, content_type="text/plain; charset=utf-8", encoding="8bit") -> bytes:
    lines = [f"{k}: {v}" for k, v in headers.items()]
    lines += ["MIME-Version: 1.0", f"Content-Type: {content_type}", f"Content-Transfer-Encoding: {encoding}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_plain_message_with_quoted_reply(tmp_path):
    body = (
        "Hello Mark,\n\nyour parcel left the warehouse today.\n\nBest regards,\nAnna Smith\nAcme support\n\n"
        "On Mon, 15 Jan 2024 at 10:00, Mark Doe <mark@mail.example>\nwrote:\n> Where is my parcel?\n> Mark\n"
    )
    data = _raw(
        {"From": "Anna Smith <anna@acme.example>", "To": "mark@mail.example", "Subject": "Re: Order 5521",
         "Date": "Mon, 15 Jan 2024 12:30:00 +0200", "Message-ID": "<2@acme.example>"},
        body.encode("utf-8"),
    )
    path = _write(tmp_path, "reply.eml", data)
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions(agents=["anna@acme.example"]))
    [conversation] = parsed.conversations
    [turn] = conversation.turns
    assert turn.text == (
        "Hello Mark,\n\nyour parcel left the warehouse today.\n\nBest regards,\nAnna Smith\nAcme support"
    )
    assert (turn.speaker_name, turn.role) == ("Anna Smith", SpeakerRole.AGENT)
    assert turn.sent_at == "2024-01-15T12:30:00+02:00"
    assert conversation.channel is Channel.EMAIL and conversation.title == "Re: Order 5521"
    assert conversation.started_at == "2024-01-15T12:30:00+02:00" and conversation.source_key == ""
    assert parsed.notes == []


def test_cp1251_base64_body_and_russian_attribution(tmp_path):
    body = (
        "Добрый день!\r\nЗаказ передан в доставку.\r\n\r\n"
        "пн, 15 янв. 2024 г. в 10:00, Иван Петров <ivan@mail.example>:\r\n> Где мой заказ?\r\n"
    )
    data = _raw(
        {"From": "=?windows-1251?B?" + base64.b64encode("Анна".encode("cp1251")).decode() + "?= <anna@shop.example>",
         "Subject": "=?utf-8?B?" + base64.b64encode("Заказ 5521".encode()).decode() + "?=",
         "Date": "Mon, 15 Jan 2024 11:00:00 +0300"},
        base64.encodebytes(body.encode("cp1251")),
        "text/plain; charset=windows-1251",
        "base64",
    )
    path = _write(tmp_path, "answer.eml", data)
    [conversation] = IMPORTER.parse(path, ImportOptions(agents=["@shop.example"])).conversations
    assert conversation.title == "Заказ 5521"
    assert [(t.speaker_name, t.role, t.text) for t in conversation.turns] == [
        ("Анна", SpeakerRole.AGENT, "Добрый день!\nЗаказ передан в доставку.")
    ]


def test_koi8r_quoted_printable_alternative_prefers_plain_text(tmp_path):
    plain = "Здравствуйте!\nИван писал(а):\n> старое письмо\n".encode("koi8-r")
    html = "<p>HTML version</p>"
    boundary = "XYZ"
    body = (
        f"--{boundary}\r\nContent-Type: text/plain; charset=koi8-r\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n".encode()
        + quopri.encodestring(plain)
        + f"\r\n--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--{boundary}--\r\n".encode()
    )
    data = _raw({"From": "Ivan <ivan@mail.example>", "Date": "Tue, 16 Jan 2024 09:00:00 +0300", "Subject": "Q"},
                body, f'multipart/alternative; boundary="{boundary}"', "7bit")
    [conversation] = IMPORTER.parse(_write(tmp_path, "q.eml", data), ImportOptions()).conversations
    assert conversation.turns[0].text == "Здравствуйте!"


def test_html_only_message_with_blockquote_and_attachment(tmp_path):
    message = EmailMessage()
    message["From"] = "support@acme.example"
    message["Date"] = "Tue, 16 Jan 2024 09:00:00 +0000"
    message["Subject"] = "Invoice"
    message.set_content(
        "<html><body><p>Please find the invoice attached.</p><div>Kind regards</div>"
        "<div>On Mon, Jan 15 Mark wrote:</div><blockquote><p>Send me the invoice</p></blockquote></body></html>",
        subtype="html",
    )
    message.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="invoice.pdf")
    path = _write(tmp_path, "invoice.eml", message.as_bytes())
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    [turn] = parsed.conversations[0].turns
    assert turn.speaker_name == "support@acme.example"
    assert turn.text == "Please find the invoice attached.\n\nKind regards\n\n[attachment: invoice.pdf]"
    assert "agent not identified" in parsed.notes[0]


def _mbox_entry(sender, subject, date, body, message_id, in_reply_to=None):
    headers = {"From": sender, "Subject": subject, "Date": date, "Message-ID": message_id}
    if in_reply_to:
        headers["In-Reply-To"] = in_reply_to
        headers["References"] = in_reply_to
    message = _raw(headers, body.encode()).replace(b"\r\n", b"\n")
    return b"From MAILER-DAEMON Thu Jan 18 10:00:00 2024\n" + message + b"\n"


def test_mbox_threads_ordered_by_date(tmp_path):
    data = b"".join([
        # Out of order on purpose: the agent's answer is stored first.
        _mbox_entry("Anna <anna@acme.example>", "Re: Refund", "Mon, 15 Jan 2024 12:00:00 +0000",
                    "We have refunded you.\n\nOn Mon, 15 Jan 2024, Mark wrote:\n> I want a refund\n",
                    "<a2@acme>", "<m1@mail>"),
        _mbox_entry("Mark <mark@mail.example>", "Refund", "Mon, 15 Jan 2024 10:00:00 +0000",
                    "I want a refund\n>From the shop\n", "<m1@mail>"),
        _mbox_entry("Other <o@mail.example>", "Opening hours", "Tue, 16 Jan 2024 08:00:00 +0000",
                    "When are you open?\n", "<o1@mail>"),
        # A reply whose mail program dropped the reference headers: joined by its subject.
        _mbox_entry("Mark <mark@mail.example>", "RE: Refund", "Mon, 15 Jan 2024 12:30:00 +0000",
                    "Thank you!\n", "<m3@mail>"),
    ])
    path = _write(tmp_path, "support.mbox", data)
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions(agents=["anna@acme.example"]))
    refund, hours = parsed.conversations
    assert refund.source_key == "<m1@mail>" and refund.title == "Refund"
    assert [(t.speaker_name, t.role, t.text) for t in refund.turns] == [
        ("Mark", SpeakerRole.CUSTOMER, "I want a refund\nFrom the shop"),
        ("Anna", SpeakerRole.AGENT, "We have refunded you."),
        ("Mark", SpeakerRole.CUSTOMER, "Thank you!"),
    ]
    assert [t.start_ms for t in refund.turns] == [0, 7_200_000, 9_000_000]
    assert refund.duration_ms == 9_000_000
    assert hours.source_key == "<o1@mail>" and len(hours.turns) == 1
    # Nobody from the shop wrote in the second thread: the user is told.
    assert parsed.notes == ["thread 'Opening hours': agent not identified (speakers: Other); use --agent NAME"]


def test_trim_quotes_outlook_and_separators():
    assert trim_quotes("Done.\n\n-----Original Message-----\nFrom: x\nold") == "Done."
    assert trim_quotes("Готово.\n\nОт: Иван\nОтправлено: 15 января\nТема: заказ") == "Готово."
    # A sentence of the sender's own that ends in "wrote:" without a quote below stays.
    assert trim_quotes("On Monday the courier wrote:\nall fine") == "On Monday the courier wrote:\nall fine"
    assert trim_quotes("Yes\n> no\nindeed") == "Yes\nindeed"


def test_not_an_email(tmp_path):
    path = _write(tmp_path, "a.eml", b"Hello, this is not a message\n")
    assert IMPORTER.sniff(path, path.read_bytes()) == 0
    with pytest.raises(ImportProblem, match="not an e-mail message"):
        IMPORTER.parse(path, ImportOptions())
    with pytest.raises(ImportProblem, match="empty file"):
        IMPORTER.parse(_write(tmp_path, "b.eml", b""), ImportOptions())
    chat = _write(tmp_path, "chat.txt", "Anna: hi\nFrom: the shop\n".encode())
    assert IMPORTER.sniff(chat, chat.read_bytes()) == 0


def test_eml_saved_as_txt_is_still_email(tmp_path):
    headers = {"From": "a@b.example", "To": "c@d.example", "Subject": "Hi", "Date": "Mon, 15 Jan 2024 12:30:00 +0000"}
    data = _raw(headers, b"Hello\n")
    assert detect(_write(tmp_path, "mail.txt", data)) is IMPORTER

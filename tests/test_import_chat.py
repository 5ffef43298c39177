"""Chat exports (workflow.importer.chat): the messages that carry the statement, and the chat
around it — the poster's notes before it, media and notices, the replies after it — through
convert() and the CLI's --explain."""

from __future__ import annotations

from pathlib import Path

from workflow.cli import main
from workflow.importer import convert
from workflow.importer.chat import read_messages, statement_span
from workflow.importer.convert import text_lines
from workflow.importer.rawinput import raw_from_bytes
from workflow.importer.report import Report

BODY = [
    "On 2 March 2025, nine members of the Caspian Teachers' Circle were arrested at their homes "
    "in Rasht after a peaceful gathering outside the education office.",
    "None of them has been charged, and their families have not been told where they are held.",
    "We demand the immediate release of all nine teachers and an end to the harassment of "
    "their families.",
]
SIGNED = ["Signatories:", "- Caspian Teachers' Circle", "- Gilan Educators Network"]


def chat(*messages: tuple[str, str], stamp: str = "[07/04/2025, 21:0{}:11] ") -> str:
    """A WhatsApp export: each message (sender, text) under its stamp; a text of several
    lines is one message."""
    return "\n".join(stamp.format(k % 10) + (f"{who}: " if who else "") + text
                     for k, (who, text) in enumerate(messages))


def statement(title: str = "*Iran: Release the jailed Caspian teachers*") -> str:
    return "\n".join([title, "", *sum(([p, ""] for p in BODY), []), *SIGNED])


def converted(text: str):
    return convert(raw_from_bytes(text.encode("utf-8"), Path("chat.txt")))


def test_the_posters_note_and_media_before_and_the_replies_after_go():
    text = chat(("Kaveh (coord)", "Statement for translation below, please don't edit 🙏"),
                ("Kaveh (coord)", "\u200e<attached: 00000012-PHOTO-2025-04-07.jpg>"),
                ("Kaveh (coord)", statement()),
                ("Mina R", "Got it, I'll take the Persian"),
                ("Mina R", "\u200eThis message was deleted"),
                ("Kaveh (coord)", "Thanks Mina 👍 deadline Wednesday"))
    conversion = converted(text)
    assert conversion.meta["title"] == "Iran: Release the jailed Caspian teachers"
    assert conversion.meta["signatories"] == ["Caspian Teachers' Circle",
                                              "Gilan Educators Network"]
    for chatter in ("please don't edit", "attached", "Got it", "deleted", "Thanks Mina"):
        assert chatter not in conversion.body
    assert all(p in conversion.body for p in BODY)
    # the attachment's name holds a date, the chat's stamps too: neither is the statement's
    assert "date" not in conversion.meta
    reasons = {e.text: e.reason for e in conversion.report.removed}
    assert reasons["Got it, I'll take the Persian"].startswith("the chat after the statement")
    assert reasons["Statement for translation below, please don't edit 🙏"].startswith(
        "a chat message before the statement's")


def test_a_reply_right_under_the_signers_is_no_signer():
    """The signature block ends with the statement's message: a reply with no furniture in
    it ("On it, will send by midnight") is the chat's."""
    text = chat(("Sepideh", "Can someone translate this tonight? 👇"),
                ("Sepideh", statement("Statement on the arrest of the Caspian teachers")),
                ("Babak N", "On it, will send by midnight"),
                ("Babak N", "Is the date 2 March or 3 March?"))
    conversion = converted(text)
    assert conversion.meta["signatories"] == ["Caspian Teachers' Circle",
                                              "Gilan Educators Network"]
    assert "On it" not in conversion.body and "Is the date" not in conversion.body


def test_the_statement_sent_over_several_messages_of_its_sender_stays_whole():
    """A poster who sends the title, the text and the signers as messages of their own, one
    after the other: they all carry the statement; the app's notices and a word of thanks
    after it do not."""
    text = "\n".join([
        "12/03/2024, 21:04 - Messages and calls are end-to-end encrypted. Tap to learn more.",
        "12/03/2024, 21:05 - Parisa: Statement below, please translate",
        "12/03/2024, 21:06 - Parisa: Iran: Release the jailed Caspian teachers",
        "12/03/2024, 21:06 - Parisa: " + BODY[0], "", BODY[1], "", BODY[2],
        "12/03/2024, 21:07 - Parisa: " + "\n".join(SIGNED),
        "12/03/2024, 21:08 - Omid: 👍",
        "12/03/2024, 21:09 - Omid joined using this group's invite link",
        "12/03/2024, 21:15 - Omid: I'll do it tonight"])
    messages = read_messages(text_lines(text, Report()))
    assert [m.sender for m in messages] == [None, "Parisa", "Parisa", "Parisa", "Parisa",
                                           "Omid", None, "Omid"]
    span = statement_span(messages)
    assert span.before == frozenset({1, 2}) and span.after == 12
    conversion = converted(text)
    assert conversion.meta["title"] == "Iran: Release the jailed Caspian teachers"
    assert conversion.meta["signatories"] == ["Caspian Teachers' Circle",
                                              "Gilan Educators Network"]
    assert "I'll do it tonight" not in conversion.body and "please translate" not in \
        conversion.body


def test_a_conversation_with_no_long_message_is_left_to_the_classifier():
    messages = read_messages(text_lines(chat(("A", "hello"), ("B", "hi"), ("A", "bye")),
                                        Report()))
    assert len(messages) == 3 and statement_span(messages).after is None
    assert read_messages(text_lines("\n".join(BODY), Report())) == []


def test_explain_names_the_chat_around_the_statement(tmp_path, monkeypatch, capsys):
    (tmp_path / "dossier.toml").write_text('languages = ["fa"]\n', encoding="utf-8")
    raw = tmp_path / "chat.txt"
    raw.write_text(chat(("Kaveh", "Final text below 🙏"), ("Kaveh", statement()),
                        ("Mina R", "Got it, I'll take the Persian")), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["import", "--explain", str(raw)]) == 0
    out = capsys.readouterr().out
    assert "the chat after the statement's message" in out
    assert "a chat message before the statement's" in out
    assert not (tmp_path / "sources").exists()


def test_other_exports_a_header_block_or_a_sender_and_time_line_open_the_messages():
    """Signal's export ("From: … / Type: incoming / Sent: …") and a copy from Element or
    Slack ("Mina K.  10:41" over the text) are read into messages as the stamped ones are."""
    def block(who: str, text: str) -> str:
        return (f"From: {who}\nType: incoming\nSent: Sun, 02 Mar 2025 10:41:07 +0100\n"
                f"Received: Sun, 02 Mar 2025 10:41:09 +0100\n\n{text}\n")
    signal = "\n".join(["Conversation: Coalition (group)", "",
                        block("Mina", "Morning all ☀️ final text below, can the Persian team "
                                      "take it?"),
                        block("Mina", statement("Release the jailed Caspian teachers")),
                        block("Hooman", "On it. Draft by 6pm 👍"),
                        block("Parisa", "Attachment: photo.jpg (image/jpeg, 214 KB)")])
    element = "\n".join(["#translation-desk", "", "Mina K.  10:41", "@farhad can you take this?",
                         "", "Mina K.  10:42", statement("Release the jailed Caspian teachers"),
                         "", "Farhad R.  10:58", "on it, draft tonight", "",
                         "Mina K.  11:03", "keep their spelling"])
    for text, senders in ((signal, ["Mina", "Mina", "Hooman", "Parisa"]),
                          (element, ["Mina K.", "Mina K.", "Farhad R.", "Mina K."])):
        messages = read_messages(text_lines(text, Report()))
        assert [m.sender for m in messages] == senders
        span = statement_span(messages)
        assert span.after == messages[2].first and max(span.before) < messages[1].first
        conversion = converted(text)
        assert conversion.meta["signatories"] == ["Caspian Teachers' Circle",
                                                  "Gilan Educators Network"]
        assert all(p in conversion.body for p in BODY)
        for chatter in ("Draft by 6pm", "draft tonight", "keep their spelling", "Persian team",
                        "can you take this"):
            assert chatter not in conversion.body


def test_the_signers_sent_as_a_message_of_their_own_go_on_with_the_statement():
    text = chat(("Kaveh", "📢 JOINT STATEMENT"),
                ("Kaveh", "\n".join(statement().split("\n")[:-3])),
                ("Kaveh", "✍️ Signatories:\n- Caspian Teachers' Circle\n- Gilan Educators Network"),
                ("Kaveh", "Thanks all 🙏"),
                ("Mina R", "Got it"))
    conversion = converted(text)
    assert conversion.meta["signatories"] == ["Caspian Teachers' Circle",
                                              "Gilan Educators Network"]
    assert conversion.meta["title"] == "Iran: Release the jailed Caspian teachers"
    assert "Thanks all" not in conversion.body


def test_messages_copied_with_the_time_first_or_under_a_senders_line():
    """WhatsApp's copy of selected messages ("[9:14 AM, 2/14/2023] Shahla: …"), Telegram
    Desktop's "Kaveh, [07.04.2025 21:03]" and Discord's "Mina — Today at 10:41" over the
    text: the same messages, the same statement."""
    whatsapp = chat(("Kaveh", "Final text below 🙏"), ("Kaveh", statement()),
                    ("Mina R", "Got it, I'll take the Persian"),
                    stamp="[9:0{} PM, 4/7/2025] ")
    def under(header: str) -> str:
        return "\n".join([header.format(who="Kaveh"), "Final text below 🙏", "",
                          header.format(who="Kaveh"), statement(), "",
                          header.format(who="Mina R"), "Got it, I'll take the Persian"])
    for text in (whatsapp, under("{who}, [07.04.2025 21:03]"),
                 under("{who} — Today at 10:41")):
        messages = read_messages(text_lines(text, Report()))
        assert [m.sender for m in messages] == ["Kaveh", "Kaveh", "Mina R"], text[:40]
        conversion = converted(text)
        assert conversion.meta["title"] == "Iran: Release the jailed Caspian teachers"
        assert "Got it" not in conversion.body and "Final text below" not in conversion.body
        assert "date" not in conversion.meta  # a message's stamp is not the statement's date


def test_a_request_to_share_over_the_posts_dash_signature_is_the_statements_last_line():
    post = ["Caspian Rights Channel 🕊", "channel · 8,204 subscribers", "",
            "Iran: Release the jailed Caspian teachers", "", *sum(([p, ""] for p in BODY), []),
            "Please share this message widely and tag the UN Special Rapporteur.", "",
            "#Rasht #FreeTheTeachers", "", "— Caspian Teachers' Circle", "", "👁 6.1K  14:22"]
    conversion = converted("\n".join(post))
    assert "Please share this message widely" in conversion.body
    assert "#Rasht" not in conversion.body and "6.1K" not in conversion.body
    assert conversion.meta["signatories"] == ["Caspian Teachers' Circle"]
    # a share button is no sentence: it stays furniture over the same signature
    post[post.index("Please share this message widely and tag the UN Special Rapporteur.")] = \
        "Share this post"
    assert "Share this post" not in converted("\n".join(post)).body

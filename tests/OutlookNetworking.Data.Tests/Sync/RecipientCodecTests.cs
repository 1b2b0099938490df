using System.Text;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Tests.Sync;

public sealed class RecipientCodecTests
{
    [Fact]
    public void EncodeRecipients_AwkwardText_DecodesToTheSameParties()
    {
        Party[] to = [new("a\"b@x.example", "Back\\slash \"quoted\""), new(null, "tab\there\u0001"), new("é@ü.example", null)];
        Party[] cc = [new("", "")];
        Party[] bcc = [new("😀@x.example", "日本 😀")];

        var (decodedTo, decodedCc, decodedBcc) = RecipientCodec.DecodeRecipients(RecipientCodec.EncodeRecipients(to, cc, bcc));

        Assert.Equal(to, decodedTo);
        Assert.Equal(cc, decodedCc);
        Assert.Equal(bcc, decodedBcc);
    }

    [Fact]
    public void EncodeRecipients_Example_IsTheDocumentedCompactJson()
    {
        var json = RecipientCodec.EncodeRecipients([new("a@x.example", "A")], [], [new("b@x.example", null)]);

        Assert.Equal("""[[0,"a@x.example","A"],[2,"b@x.example",null]]""", json);
    }

    [Fact]
    public void EncodeRecipientsUtf8_AnyText_TheUtf8OfTheStringEncoding()
    {
        string[] texts = ["plain@x.example", "\"quote at start and end\"", "back\\slash\tand\u0001\u001fcontrols\r\n", "日本 😀 é",
            "lone \ud800 surrogate\"", ""];
        var buffer = new byte[4]; // grows
        foreach (var text in texts)
        {
            Party[] to = [new(text, text), new(null, text + "\"" + text)];
            Party[] cc = [new(new string('x', 900) + text, null)];
            Party[] bcc = [new("\\" + text, "n")];
            (Party[] To, Party[] Cc, Party[] Bcc)[] lists = [(to, cc, bcc), ([], [], []), ([], cc, [])];
            foreach (var (t, c, b) in lists)
            {
                var length = RecipientCodec.EncodeRecipientsUtf8(t, c, b, ref buffer);

                Assert.Equal(Encoding.UTF8.GetBytes(RecipientCodec.EncodeRecipients(t, c, b)), buffer.AsSpan(0, length).ToArray());
                var (decodedTo, decodedCc, decodedBcc) = RecipientCodec.DecodeRecipients(Encoding.UTF8.GetString(buffer, 0, length));
                Assert.Equal((t.Length, c.Length, b.Length), (decodedTo.Length, decodedCc.Length, decodedBcc.Length));
            }
        }
    }

    [Fact]
    public void EncodeAttendees_AwkwardText_DecodesToTheSameAttendees()
    {
        Attendee[] attendees =
        [
            new(new Party("r@x.example", "Room \"4\"\n"), AttendeeKind.Resource, ResponseKind.Accepted),
            new(new Party(null, null), AttendeeKind.Optional, ResponseKind.None),
        ];

        Assert.Equal(attendees, RecipientCodec.DecodeAttendees(RecipientCodec.EncodeAttendees(attendees)));
    }
}

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

using System.Buffers;
using System.Text;
using System.Text.Json;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Data.Sync;

/// <summary>
/// Compact JSON for recipient and attendee lists, written and read without reflection:
/// recipients <c>[[kind,"address","name"],…]</c> (kind 0 = To, 1 = Cc, 2 = Bcc) and attendees
/// <c>[[type,response,"address","name"],…]</c>. Missing addresses and names are JSON null.
/// </summary>
internal static class RecipientCodec
{
    private const int To = 0;
    private const int Cc = 1;
    private const int Bcc = 2;

    public static string EncodeRecipients(IReadOnlyList<Party> to, IReadOnlyList<Party> cc, IReadOnlyList<Party> bcc)
    {
        if (to.Count + cc.Count + bcc.Count == 0)
        {
            return "[]";
        }

        var buffer = new ArrayBufferWriter<byte>(64 * (to.Count + cc.Count + bcc.Count));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            WriteParties(writer, To, to);
            WriteParties(writer, Cc, cc);
            WriteParties(writer, Bcc, bcc);
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static (Party[] To, Party[] Cc, Party[] Bcc) DecodeRecipients(string json)
    {
        if (json.Length <= 2)
        {
            return ([], [], []);
        }

        var to = new List<Party>();
        var cc = new List<Party>();
        var bcc = new List<Party>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read(); // [
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var kind = reader.GetInt32();
            var party = ReadParty(ref reader);
            reader.Read(); // ]
            (kind switch { To => to, Cc => cc, _ => bcc }).Add(party);
        }

        return (to.ToArray(), cc.ToArray(), bcc.ToArray());
    }

    public static string EncodeAttendees(IReadOnlyList<Attendee> attendees)
    {
        if (attendees.Count == 0)
        {
            return "[]";
        }

        var buffer = new ArrayBufferWriter<byte>(64 * attendees.Count);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var attendee in attendees)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue((int)attendee.Kind);
                writer.WriteNumberValue((int)attendee.Response);
                WriteNullable(writer, attendee.Who.Address);
                WriteNullable(writer, attendee.Who.Name);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static Attendee[] DecodeAttendees(string json)
    {
        if (json.Length <= 2)
        {
            return [];
        }

        var result = new List<Attendee>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var kind = (AttendeeKind)reader.GetInt32();
            reader.Read();
            var response = (ResponseKind)reader.GetInt32();
            var party = ReadParty(ref reader);
            reader.Read();
            result.Add(new Attendee(party, kind, response));
        }

        return result.ToArray();
    }

    private static void WriteParties(Utf8JsonWriter writer, int kind, IReadOnlyList<Party> parties)
    {
        foreach (var party in parties)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(kind);
            WriteNullable(writer, party.Address);
            WriteNullable(writer, party.Name);
            writer.WriteEndArray();
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static Party ReadParty(ref Utf8JsonReader reader)
    {
        reader.Read();
        var address = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
        reader.Read();
        var name = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
        return new Party(address, name);
    }
}

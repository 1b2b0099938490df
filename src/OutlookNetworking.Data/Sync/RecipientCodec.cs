using System.Buffers;
using System.Globalization;
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
    /// <summary>What a JSON string cannot hold as is: quote, backslash and the control characters.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    [ThreadStatic]
    private static StringBuilder? t_builder;

    private const int To = 0;
    private const int Cc = 1;
    private const int Bcc = 2;

    public static string EncodeRecipients(IReadOnlyList<Party> to, IReadOnlyList<Party> cc, IReadOnlyList<Party> bcc)
    {
        if (to.Count + cc.Count + bcc.Count == 0)
        {
            return "[]";
        }

        var json = Builder();
        json.Append('[');
        AppendParties(json, To, to);
        AppendParties(json, Cc, cc);
        AppendParties(json, Bcc, bcc);
        json.Append(']');
        return json.ToString();
    }

    /// <summary>The UTF-8 bytes of <see cref="EncodeRecipients"/>, written into <paramref name="buffer"/> (replaced by a
    /// larger one when needed); returns their count. For the SQLite page writes, which bind UTF-8: no string per row.</summary>
    public static int EncodeRecipientsUtf8(IReadOnlyList<Party> to, IReadOnlyList<Party> cc, IReadOnlyList<Party> bcc, ref byte[] buffer)
    {
        var json = new Utf8Json(buffer);
        json.Append((byte)'[');
        AppendParties(ref json, To, to);
        AppendParties(ref json, Cc, cc);
        AppendParties(ref json, Bcc, bcc);
        json.Append((byte)']');
        buffer = json.Buffer;
        return json.Length;
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

        var json = Builder();
        json.Append('[');
        foreach (var attendee in attendees)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append('[').Append((int)attendee.Kind).Append(',').Append((int)attendee.Response).Append(',');
            AppendString(json, attendee.Who.Address);
            json.Append(',');
            AppendString(json, attendee.Who.Name);
            json.Append(']');
        }

        json.Append(']');
        return json.ToString();
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

    /// <summary>A per-thread builder, cleared: encoding runs once per stored row, so it allocates only the result.</summary>
    private static StringBuilder Builder()
    {
        var builder = t_builder ??= new StringBuilder(256);
        builder.Clear();
        return builder;
    }

    private static void AppendParties(StringBuilder json, int kind, IReadOnlyList<Party> parties)
    {
        foreach (var party in parties)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append('[').Append((char)('0' + kind)).Append(',');
            AppendString(json, party.Address);
            json.Append(',');
            AppendString(json, party.Name);
            json.Append(']');
        }
    }

    /// <summary>A JSON string (or null): quotes, backslashes and control characters escaped, everything else as is.</summary>
    private static void AppendString(StringBuilder json, string? value)
    {
        if (value is null)
        {
            json.Append("null");
            return;
        }

        json.Append('"');
        var first = value.AsSpan().IndexOfAny(Escaped);
        if (first < 0)
        {
            // Nearly always: nothing to escape, the whole value at once.
            json.Append(value).Append('"');
            return;
        }

        var start = 0;
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '"' or '\\' || c < ' ')
            {
                json.Append(value, start, i - start);
                switch (c)
                {
                    case '"':
                        json.Append("\\\"");
                        break;
                    case '\\':
                        json.Append("\\\\");
                        break;
                    default:
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        break;
                }

                start = i + 1;
            }
        }

        json.Append(value, start, value.Length - start).Append('"');
    }

    private static void AppendParties(ref Utf8Json json, int kind, IReadOnlyList<Party> parties)
    {
        foreach (var party in parties)
        {
            if (json.Length > 1)
            {
                json.Append((byte)',');
            }

            json.Append((byte)'[');
            json.Append((byte)('0' + kind));
            json.Append((byte)',');
            AppendString(ref json, party.Address);
            json.Append((byte)',');
            AppendString(ref json, party.Name);
            json.Append((byte)']');
        }
    }

    /// <summary><see cref="AppendString(StringBuilder, string?)"/> in UTF-8: the same escapes, the same bytes.</summary>
    private static void AppendString(ref Utf8Json json, string? value)
    {
        if (value is null)
        {
            json.Append("null"u8);
            return;
        }

        json.Append((byte)'"');
        var rest = value.AsSpan();
        int next;
        while ((next = rest.IndexOfAny(Escaped)) >= 0)
        {
            // Every escaped character is ASCII: cutting there never splits a surrogate pair.
            json.Append(rest[..next]);
            switch (rest[next])
            {
                case '"':
                    json.Append("\\\""u8);
                    break;
                case '\\':
                    json.Append("\\\\"u8);
                    break;
                default:
                    json.Append("\\u00"u8);
                    json.Append((byte)HexDigits[rest[next] >> 4]);
                    json.Append((byte)HexDigits[rest[next] & 0xf]);
                    break;
            }

            rest = rest[(next + 1)..];
        }

        json.Append(rest);
        json.Append((byte)'"');
    }

    private const string HexDigits = "0123456789abcdef";

    /// <summary>UTF-8 appended to a growable buffer.</summary>
    private ref struct Utf8Json(byte[] buffer)
    {
        public byte[] Buffer { get; private set; } = buffer;

        public int Length { get; private set; }

        public void Append(byte value)
        {
            Reserve(1);
            Buffer[Length++] = value;
        }

        public void Append(ReadOnlySpan<byte> value)
        {
            Reserve(value.Length);
            value.CopyTo(Buffer.AsSpan(Length));
            Length += value.Length;
        }

        public void Append(ReadOnlySpan<char> value)
        {
            Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
            Length += Encoding.UTF8.GetBytes(value, Buffer.AsSpan(Length));
        }

        private void Reserve(int bytes)
        {
            if (Length + bytes > Buffer.Length)
            {
                var larger = new byte[Math.Max(Length + bytes, Buffer.Length * 2)];
                Buffer.AsSpan(0, Length).CopyTo(larger);
                Buffer = larger;
            }
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

using System.Text;

namespace OutlookNetworking.Core.State;

/// <summary>Writes the compact binary form of kept state: unsigned LEB128 varints, zigzag for signed values, strings
/// as UTF-8 with their length (0 for null, length + 1 otherwise).</summary>
internal sealed class BlobWriter
{
    private byte[] _buffer = new byte[256];
    private int _length;

    public void Byte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void UInt(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    public void Int(long value) => UInt((ulong)((value << 1) ^ (value >> 63)));

    public void String(string? value)
    {
        if (value is null)
        {
            UInt(0);
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        UInt((ulong)bytes + 1);
        Ensure(bytes);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        UInt((ulong)value.Length);
        Ensure(value.Length);
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}

/// <summary>Reads what <see cref="BlobWriter"/> wrote; throws <see cref="KeptStateMismatchException"/> on anything
/// short or malformed.</summary>
internal ref struct BlobReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool AtEnd => _position == _data.Length;

    public byte Byte()
    {
        if (_position >= _data.Length)
        {
            throw new KeptStateMismatchException("A kept state part ends early.");
        }

        return _data[_position++];
    }

    public bool Bool() => Byte() != 0;

    public ulong UInt()
    {
        // Most numbers kept (counts, small deltas, flags) fit in one byte.
        if ((uint)_position < (uint)_data.Length && _data[_position] < 0x80)
        {
            return _data[_position++];
        }

        return LongUInt();
    }

    private ulong LongUInt()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new KeptStateMismatchException("A kept state part holds a malformed number.");
    }

    public long Int()
    {
        var raw = UInt();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public int Count() => checked((int)UInt());

    public string? String()
    {
        var length = UInt();
        if (length == 0)
        {
            return null;
        }

        var bytes = checked((int)(length - 1));
        return Encoding.UTF8.GetString(Take(bytes));
    }

    public string RequiredString() => String() ?? throw new KeptStateMismatchException("A kept state part lacks a string.");

    public byte[] Bytes() => Take(Count()).ToArray();

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position + count > _data.Length)
        {
            throw new KeptStateMismatchException("A kept state part ends early.");
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }
}

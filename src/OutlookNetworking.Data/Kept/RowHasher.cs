using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace OutlookNetworking.Data.Kept;

/// <summary>
/// Lays a result row's values out in a reusable per-thread buffer (fixed-width little-endian numbers, strings as their
/// UTF-16 code units after their length) and hashes them with XxHash128 (<see cref="ResultDigest"/>): no stream, no
/// writer, no UTF-8 encoding and no allocation per row. Each value is written with its width or length, so two different
/// sequences of values never lay out the same bytes.
/// </summary>
internal ref struct RowHasher
{
    [ThreadStatic]
    private static byte[]? _shared;

    private byte[] _buffer;
    private int _length;

    public RowHasher()
    {
        _buffer = _shared ??= new byte[512];
        _length = 0;
    }

    public void Bool(bool value) => Take(1)[0] = value ? (byte)1 : (byte)0;

    public void Int(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

    public void Long(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    public void Double(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Take(8), value);

    /// <summary>A string (null apart from empty).</summary>
    public void Text(string? value)
    {
        if (value is null)
        {
            Int(-1);
            return;
        }

        Int(value.Length);
        var units = Take(value.Length * 2);
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(value.AsSpan()).CopyTo(units);
            return;
        }

        for (var i = 0; i < value.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(units[(i * 2)..], value[i]);
        }
    }

    public readonly UInt128 Hash() => XxHash128.HashToUInt128(_buffer.AsSpan(0, _length));

    private Span<byte> Take(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            _shared = _buffer;
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}

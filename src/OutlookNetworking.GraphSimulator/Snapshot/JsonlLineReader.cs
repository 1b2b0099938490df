namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>
/// Reads a JSON Lines file line by line as UTF-8 bytes, with a reusable buffer: the file is never
/// in memory as a whole. A line's bytes are valid until the next <see cref="TryReadLine"/>.
/// </summary>
internal sealed class JsonlLineReader : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;
    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private bool _eof;

    public JsonlLineReader(string path)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Trim(_buffer.AsMemory(_start, newline));
                _start += newline + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    line = Trim(_buffer.AsMemory(_start, _end - _start));
                    _start = _end;
                    LineNumber++;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line)
    {
        var span = line.Span;
        var from = 0;
        if (LineNumber == 0 && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            from = 3;
        }

        var to = span.Length;
        while (to > from && (span[to - 1] == (byte)'\r' || span[to - 1] == (byte)' ' || span[to - 1] == (byte)'\t'))
        {
            to--;
        }

        return line[from..to];
    }

    public void Dispose() => _stream.Dispose();
}

namespace OutlookNetworking.GraphSimulator.Snapshot;

/// <summary>
/// The snapshot as a whole is unusable: a required file or folder is missing or unreadable, or a
/// line carries message content (body, bodyPreview, uniqueBody, attachments). Names the file and,
/// where there is one, the line.
/// </summary>
public sealed class SnapshotFormatException : Exception
{
    public SnapshotFormatException()
    {
    }

    public SnapshotFormatException(string message)
        : base(message)
    {
    }

    public SnapshotFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SnapshotFormatException(string message, string file, int? line = null, Exception? innerException = null)
        : base(line is null ? $"{file}: {message}" : $"{file}, line {line}: {message}", innerException)
    {
        File = file;
        Line = line;
    }

    /// <summary>The offending file, relative to the snapshot folder where possible.</summary>
    public string? File { get; }

    /// <summary>The 1-based line number, for a line-level problem.</summary>
    public int? Line { get; }
}

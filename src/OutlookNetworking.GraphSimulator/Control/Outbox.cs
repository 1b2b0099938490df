namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>Messages accepted by sendMail, in the order they were accepted.</summary>
internal sealed class Outbox
{
    private readonly Lock _gate = new();
    private readonly List<SentMail> _messages = [];
    private long _sequence;

    public string NextId() => "outbox-" + Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Add(SentMail mail)
    {
        lock (_gate)
        {
            _messages.Add(mail);
        }
    }

    public IReadOnlyList<SentMail> Snapshot()
    {
        lock (_gate)
        {
            return [.. _messages];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _messages.Clear();
        }
    }
}

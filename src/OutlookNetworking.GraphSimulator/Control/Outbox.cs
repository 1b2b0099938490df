namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>Messages accepted by sendMail, in the order they were accepted.</summary>
internal sealed class Outbox
{
    private readonly Lock _gate = new();
    private readonly List<SentMail> _messages = [];
    private readonly Dictionary<string, HashSet<string>> _headersSentByJson = new(StringComparer.OrdinalIgnoreCase);
    private long _sequence;

    public string NextId() => "outbox-" + Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Add(SentMail mail)
    {
        lock (_gate)
        {
            _messages.Add(mail);
        }
    }

    /// <summary>Remembers the <c>X-</c> header names a mailbox sent through a JSON send: a MIME send from that mailbox keeps
    /// only those (microsoft-graph-docs #17444: a custom header appeared on MIME sends only after it was sent another way).</summary>
    public void RememberJsonHeaders(string senderUserId, IEnumerable<string> names)
    {
        lock (_gate)
        {
            if (!_headersSentByJson.TryGetValue(senderUserId, out var known))
            {
                _headersSentByJson[senderUserId] = known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            known.UnionWith(names);
        }
    }

    public bool HasSentHeaderByJson(string senderUserId, string name)
    {
        lock (_gate)
        {
            return _headersSentByJson.TryGetValue(senderUserId, out var known) && known.Contains(name);
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
            _headersSentByJson.Clear();
        }
    }
}

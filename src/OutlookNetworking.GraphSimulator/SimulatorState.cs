using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Faults;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator;

/// <summary>Everything a running simulator holds: the snapshot's mutable stores and the instrumentation.</summary>
internal sealed class SimulatorState
{
    private readonly Dictionary<string, MailboxStore> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, MailboxAccess> _access = new(StringComparer.OrdinalIgnoreCase);

    public SimulatorState(TenantSnapshot snapshot, SimulatorOptions options, TimeProvider realTime)
    {
        Snapshot = snapshot;
        Options = options;
        Clock = new SimulatorClock(options.ClockStart ?? snapshot.Now ?? realTime.GetUtcNow());
        Counters = new CounterSet();
        Log = new RequestLog(Math.Max(1, options.RequestLogCapacity));
        Concurrency = new MailboxConcurrencyGate(Math.Max(1, options.MailboxConcurrencyLimit), Counters);
        AppConcurrency = new AppConcurrencyGate(Math.Max(1, options.AppConcurrencyLimit), Counters);
        WallClock = options.WallClock ?? realTime;
        Tokens = new TokenLifetimes(WallClock);
        RequestRate = new MailboxRequestRate(Math.Max(1, options.MailboxRequestLimit), options.MailboxRequestWindow, WallClock);
        Faults = new FaultInjector();
        if (options.Faults is not null)
        {
            Faults.Configure(options.Faults);
        }

        foreach (var user in snapshot.Users)
        {
            var store = new MailboxStore(user.Id);
            if (snapshot.Mailboxes.TryGetValue(user.Id, out var loaded))
            {
                foreach (var message in loaded.Messages)
                {
                    var folder = store.Folders.GetOrAdd(message.FolderKey);
                    store.Messages.Load(message.Id, message.Payload, folder.Key);
                }

                foreach (var loadedEvent in loaded.Events)
                {
                    store.Events.Load(loadedEvent.Id, loadedEvent.Payload, TrackedCollection.CalendarScope, loadedEvent.Start, loadedEvent.End,
                        loadedEvent.Traits);
                }
            }

            _mailboxes[user.Id] = store;
            _access[user.Id] = DefaultAccess(user);
        }
    }

    public TenantSnapshot Snapshot { get; }

    public SimulatorOptions Options { get; }

    public SimulatorClock Clock { get; }

    public CounterSet Counters { get; }

    public RequestLog Log { get; }

    public MailboxConcurrencyGate Concurrency { get; }

    public FaultInjector Faults { get; }

    public AppConcurrencyGate AppConcurrency { get; }

    public MailboxRequestRate RequestRate { get; }

    public TokenLifetimes Tokens { get; }

    /// <summary>Real time: rate limits and token lifetimes (<see cref="SimulatorOptions.WallClock"/>).</summary>
    public TimeProvider WallClock { get; }

    public Outbox Outbox { get; } = new();

    public IEnumerable<MailboxStore> Mailboxes => _mailboxes.Values;

    /// <summary>Whether the app may read the mailbox of a user (by id); unknown users are <see cref="MailboxAccess.Granted"/>
    /// (their requests answer ErrorInvalidUser further on).</summary>
    public MailboxAccess AccessOf(string userId) => _access.GetValueOrDefault(userId, MailboxAccess.Granted);

    public void SetAccess(string userId, MailboxAccess access) => _access[userId] = access;

    /// <summary>The mailbox of a user given by id or user principal name, or null.</summary>
    public MailboxStore? Mailbox(string idOrUpn)
    {
        var user = Snapshot.FindUser(idOrUpn);
        return user is null ? null : _mailboxes.GetValueOrDefault(user.Id);
    }

    /// <summary>The snapshot's <c>mailboxAccess</c>; else guests and users without mail have no Exchange Online mailbox.</summary>
    private static MailboxAccess DefaultAccess(SnapshotUser user) => user.MailboxAccess switch
    {
        { } text when text.Equals("outOfScope", StringComparison.OrdinalIgnoreCase) => MailboxAccess.OutOfScope,
        { } text when text.Equals("noExchangeMailbox", StringComparison.OrdinalIgnoreCase) => MailboxAccess.NoExchangeMailbox,
        _ when string.Equals(user.UserType, "Guest", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(user.Mail)
            => MailboxAccess.NoExchangeMailbox,
        _ => MailboxAccess.Granted,
    };
}

using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Faults;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator;

/// <summary>Everything a running simulator holds: the snapshot's mutable stores and the instrumentation.</summary>
internal sealed class SimulatorState
{
    private readonly Dictionary<string, MailboxStore> _mailboxes = new(StringComparer.OrdinalIgnoreCase);

    public SimulatorState(TenantSnapshot snapshot, SimulatorOptions options, TimeProvider realTime)
    {
        Snapshot = snapshot;
        Options = options;
        Clock = new SimulatorClock(options.ClockStart ?? snapshot.Now ?? realTime.GetUtcNow());
        Counters = new CounterSet();
        Log = new RequestLog(Math.Max(1, options.RequestLogCapacity));
        Concurrency = new MailboxConcurrencyGate(Math.Max(1, options.MailboxConcurrencyLimit), Counters);
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
        }
    }

    public TenantSnapshot Snapshot { get; }

    public SimulatorOptions Options { get; }

    public SimulatorClock Clock { get; }

    public CounterSet Counters { get; }

    public RequestLog Log { get; }

    public MailboxConcurrencyGate Concurrency { get; }

    public FaultInjector Faults { get; }

    public Outbox Outbox { get; } = new();

    public IEnumerable<MailboxStore> Mailboxes => _mailboxes.Values;

    /// <summary>The mailbox of a user given by id or user principal name, or null.</summary>
    public MailboxStore? Mailbox(string idOrUpn)
    {
        var user = Snapshot.FindUser(idOrUpn);
        return user is null ? null : _mailboxes.GetValueOrDefault(user.Id);
    }
}

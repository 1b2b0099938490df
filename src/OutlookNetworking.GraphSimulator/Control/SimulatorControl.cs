using System.Text;
using System.Text.Json.Nodes;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>
/// Drives a running simulator in process: change mailboxes between syncs, expire delta tokens,
/// inject faults, read the request log, counters and outbox, and set the clock. The same
/// operations are served over HTTP under <c>/_simulator</c> (see the project README).
/// Users are given by id or user principal name. Items added or updated follow the snapshot's
/// rules (an <c>id</c>; messages need <c>parentFolderId</c> and a date; events <c>start</c> and
/// <c>end</c>; never content).
/// </summary>
public sealed class SimulatorControl
{
    private readonly SimulatorState _state;

    internal SimulatorControl(SimulatorState state)
    {
        _state = state;
    }

    public TenantSnapshot Snapshot => _state.Snapshot;

    public SimulatorClock Clock => _state.Clock;

    public IReadOnlyList<RequestLogEntry> RequestLog => _state.Log.Snapshot();

    public SimulatorCounters Counters => _state.Counters.Snapshot();

    public IReadOnlyList<SentMail> Outbox => _state.Outbox.Snapshot();

    public FaultOptions Faults => _state.Faults.Options;

    public void SetClock(DateTimeOffset utcNow) => _state.Clock.SetUtcNow(utcNow);

    public void AdvanceClock(TimeSpan by) => _state.Clock.Advance(by);

    /// <exception cref="KeyNotFoundException">Unknown user.</exception>
    /// <exception cref="ArgumentException">The message breaks the snapshot rules.</exception>
    /// <exception cref="InvalidOperationException">A message with that id exists.</exception>
    public void AddMessage(string user, JsonObject message)
    {
        var mailbox = MailboxOf(user);
        var loaded = ParseMessage(message);
        var folder = mailbox.Folders.GetOrAdd(loaded.FolderKey);
        if (!mailbox.Messages.Add(loaded.Id, loaded.Payload, folder.Key))
        {
            throw new InvalidOperationException($"Message '{loaded.Id}' already exists.");
        }
    }

    /// <summary>Merges <paramref name="changes"/> into a message (a <c>parentFolderId</c> among them moves it).</summary>
    public void UpdateMessage(string user, string messageId, JsonObject changes)
    {
        var mailbox = MailboxOf(user);
        var id = ItemIds.Normalize(messageId);
        var current = mailbox.Messages.Find(id) ?? throw new KeyNotFoundException($"No message '{messageId}'.");
        var merged = current.Payload!.ToJsonObject();
        merged["parentFolderId"] = current.Scope;
        foreach (var (name, value) in changes)
        {
            merged[name] = value?.DeepClone();
        }

        merged["id"] = id;
        var loaded = ParseMessage(merged);
        var folder = mailbox.Folders.GetOrAdd(loaded.FolderKey);
        mailbox.Messages.Update(id, loaded.Payload);
        if (!string.Equals(folder.Key, current.Scope, StringComparison.OrdinalIgnoreCase))
        {
            mailbox.Messages.Move(id, folder.Key);
        }
    }

    /// <summary>Moves a message to a folder given by snapshot key, well-known name or folder id.</summary>
    public void MoveMessage(string user, string messageId, string folder)
    {
        var mailbox = MailboxOf(user);
        var target = mailbox.Folders.Find(folder) ?? mailbox.Folders.GetOrAdd(folder);
        if (!mailbox.Messages.Move(ItemIds.Normalize(messageId), target.Key))
        {
            throw new KeyNotFoundException($"No message '{messageId}'.");
        }
    }

    public void DeleteMessage(string user, string messageId)
    {
        if (!MailboxOf(user).Messages.Delete(ItemIds.Normalize(messageId)))
        {
            throw new KeyNotFoundException($"No message '{messageId}'.");
        }
    }

    public void AddEvent(string user, JsonObject calendarEvent)
    {
        var mailbox = MailboxOf(user);
        var loaded = ParseEvent(calendarEvent);
        if (!mailbox.Events.Add(loaded.Id, loaded.Payload, TrackedCollection.CalendarScope, loaded.Start, loaded.End, loaded.Traits))
        {
            throw new InvalidOperationException($"Event '{loaded.Id}' already exists.");
        }
    }

    public void UpdateEvent(string user, string eventId, JsonObject changes)
    {
        var mailbox = MailboxOf(user);
        var id = ItemIds.Normalize(eventId);
        var current = mailbox.Events.Find(id) ?? throw new KeyNotFoundException($"No event '{eventId}'.");
        var merged = current.Payload!.ToJsonObject();
        foreach (var (name, value) in changes)
        {
            merged[name] = value?.DeepClone();
        }

        merged["id"] = id;
        var loaded = ParseEvent(merged);
        mailbox.Events.Update(id, loaded.Payload, loaded.Start, loaded.End, loaded.Traits);
    }

    public void DeleteEvent(string user, string eventId)
    {
        if (!MailboxOf(user).Events.Delete(ItemIds.Normalize(eventId)))
        {
            throw new KeyNotFoundException($"No event '{eventId}'.");
        }
    }

    /// <summary>
    /// Deletes a recurring series, as its organizer cancelling it does: the master goes (a later delta round reports
    /// it <c>@removed</c>) and with it every occurrence and exception, silently (GF-4); reading the master then
    /// answers 404 (GF-2).
    /// </summary>
    /// <exception cref="KeyNotFoundException">Unknown user, or no series master with that id.</exception>
    public void DeleteSeries(string user, string seriesMasterId) => CalendarSeriesEdits.DeleteSeries(MailboxOf(user), seriesMasterId);

    /// <summary>Cancels one occurrence (or exception) of a series: it is gone from the calendar and no delta round says
    /// so (GF-4); the series' <c>instances</c> no longer list it.</summary>
    /// <exception cref="KeyNotFoundException">Unknown user, or no occurrence with that id.</exception>
    public void CancelOccurrence(string user, string occurrenceId) => CalendarSeriesEdits.CancelOccurrence(MailboxOf(user), occurrenceId);

    /// <summary>Moves one occurrence to another time: it becomes an exception (a full event) that the next delta round
    /// reports without its master (GF-1, GF-2). <paramref name="end"/> defaults to the same duration.</summary>
    /// <exception cref="KeyNotFoundException">Unknown user, or no occurrence with that id.</exception>
    public void MoveOccurrence(string user, string occurrenceId, DateTimeOffset start, DateTimeOffset? end = null) =>
        CalendarSeriesEdits.MoveOccurrence(MailboxOf(user), occurrenceId, start, end);

    /// <summary>Every delta link and next link issued so far for the user (all users when null) answers 410 Gone.</summary>
    public void ExpireDeltaTokens(string? user = null)
    {
        if (user is not null)
        {
            MailboxOf(user).ExpireDeltaTokens();
            return;
        }

        foreach (var mailbox in _state.Mailboxes)
        {
            mailbox.ExpireDeltaTokens();
        }
    }

    /// <summary>Whether the app may read a user's mailbox from now on (graph-fidelity GF-12): out of its scope (403
    /// ErrorAccessDenied), no Exchange Online mailbox (404 MailboxNotEnabledForRESTAPI), or granted again.</summary>
    /// <exception cref="KeyNotFoundException">Unknown user.</exception>
    public void SetMailboxAccess(string user, MailboxAccess access)
    {
        var known = _state.Snapshot.FindUser(user) ?? throw new KeyNotFoundException($"No user '{user}'.");
        _state.SetAccess(known.Id, access);
    }

    /// <summary>Whether the app may read a user's mailbox now.</summary>
    public MailboxAccess GetMailboxAccess(string user) =>
        _state.AccessOf((_state.Snapshot.FindUser(user) ?? throw new KeyNotFoundException($"No user '{user}'.")).Id);

    /// <summary>The opaque Graph id of a mailbox's folder, given by snapshot key or well-known name.</summary>
    public string FolderId(string user, string folder)
    {
        var mailbox = MailboxOf(user);
        return (mailbox.Folders.Find(folder) ?? mailbox.Folders.GetOrAdd(folder)).Id;
    }

    /// <summary>Every bearer token the simulator has seen so far answers 401 <c>InvalidAuthenticationToken</c> "Lifetime
    /// validation failed, the token is expired." from now on (graph-fidelity GF-17): the client must get a new one.</summary>
    public void ExpireAccessTokens() => _state.Tokens.ExpireSeen();

    /// <summary>Replaces the random fault rates (and resets their per-request draws).</summary>
    public void SetFaults(FaultOptions options) => _state.Faults.Configure(options);

    public void AddFaultRule(FaultRule rule) => _state.Faults.AddRule(rule);

    /// <summary>Removes every rule and sets every rate to zero.</summary>
    public void ClearFaults() => _state.Faults.Reset();

    public void ClearRequestLog() => _state.Log.Clear();

    public void ResetCounters() => _state.Counters.Reset();

    public void ClearOutbox() => _state.Outbox.Clear();

    private MailboxStore MailboxOf(string user) =>
        _state.Mailbox(user) ?? throw new KeyNotFoundException($"No mailbox for user '{user}'.");

    private static LoadedMessage ParseMessage(JsonObject message)
    {
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        try
        {
            var error = SnapshotLineParser.TryParseMessage(bytes, "control", 1, [], out var loaded);
            return error is null ? loaded! : throw new ArgumentException(error, nameof(message));
        }
        catch (SnapshotFormatException exception)
        {
            throw new ArgumentException(exception.Message, nameof(message), exception);
        }
    }

    private static LoadedEvent ParseEvent(JsonObject calendarEvent)
    {
        var bytes = Encoding.UTF8.GetBytes(calendarEvent.ToJsonString());
        try
        {
            var error = SnapshotLineParser.TryParseEvent(bytes, "control", 1, [], out var loaded);
            return error is null ? loaded! : throw new ArgumentException(error, nameof(calendarEvent));
        }
        catch (SnapshotFormatException exception)
        {
            throw new ArgumentException(exception.Message, nameof(calendarEvent), exception);
        }
    }
}

using Microsoft.Extensions.Logging;
using OutlookNetworking.GraphSimulator.Control;
using OutlookNetworking.GraphSimulator.Snapshot;

namespace OutlookNetworking.GraphSimulator;

/// <summary>How to start a <see cref="GraphSimulatorHost"/>.</summary>
public sealed class SimulatorOptions
{
    /// <summary>The snapshot folder to load. Ignored when <see cref="Snapshot"/> is set.</summary>
    public string? SnapshotPath { get; init; }

    /// <summary>An already loaded snapshot (each host builds its own mutable state from it).</summary>
    public TenantSnapshot? Snapshot { get; init; }

    /// <summary>The loopback address to listen on. Default 127.0.0.1.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 (the default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Checks a bearer token (without the "Bearer " prefix); false answers 401
    /// InvalidAuthenticationToken. Null (the default) accepts any non-empty token.
    /// </summary>
    public Func<string, bool>? TokenValidator { get; init; }

    /// <summary>
    /// The application roles (app permissions) the simulator assumes for a bearer token that is not a JWT carrying a
    /// <c>roles</c> claim (tests' plain tokens). A JWT's own <c>roles</c> decide otherwise. Default <c>Calendars.Read</c>:
    /// what Exchange RBAC for Applications grants (graph-fidelity GF-6), under which every event comes with its body
    /// and preview. Only the calendar roles are read: <c>Calendars.Read</c>/<c>Calendars.ReadWrite</c> (bodies too),
    /// <c>Calendars.ReadBasic.All</c> (no body, no preview); without either, calendar requests answer 403.
    /// </summary>
    public IReadOnlyList<string> RolesOfPlainTokens { get; init; } = ["Calendars.Read"];

    /// <summary>Concurrent requests allowed per mailbox before 429 MailboxConcurrency. Default 4, as Graph's Outlook limit.</summary>
    public int MailboxConcurrencyLimit { get; init; } = 4;

    /// <summary>Concurrent Outlook requests (mail, calendar, mailbox settings, sendMail; batch steps each count) allowed to
    /// the app across all mailboxes before 429. Default 4: the stricter of the two readings of Graph's throttling-limits
    /// page (graph-fidelity GF-16).</summary>
    public int AppConcurrencyLimit { get; init; } = 4;

    /// <summary>Requests allowed per mailbox in any <see cref="MailboxRequestWindow"/> of the wall clock before 429.
    /// Default 10,000, Graph's Outlook limit per app and mailbox.</summary>
    public int MailboxRequestLimit { get; init; } = 10_000;

    /// <summary>The window of <see cref="MailboxRequestLimit"/>. Default 10 minutes.</summary>
    public TimeSpan MailboxRequestWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Real time, apart from the simulated <c>now</c> of the data (<see cref="ClockStart"/>): what Graph's rate
    /// limits and token lifetimes run on. Default <see cref="TimeProvider.System"/>; tests may pass a fake.</summary>
    public TimeProvider? WallClock { get; init; }

    /// <summary>How long (simulator time) a sent message's copy stays in the sender's Drafts before transport moves it to
    /// Sent Items, or deletes it when <c>saveToSentItems</c> was false (docs: outlook-things-to-know-about-send-mail, steps
    /// 1 and 4). Default 30 s.</summary>
    public TimeSpan SendTransportDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many requests the request log keeps (oldest dropped first). Default 100,000.</summary>
    public int RequestLogCapacity { get; init; } = 100_000;

    /// <summary>The clock's starting instant; default the snapshot's <c>now</c>, else the real time at start.</summary>
    public DateTimeOffset? ClockStart { get; init; }

    /// <summary>Faults from the start (default none); change them later with <see cref="SimulatorControl.SetFaults"/>.</summary>
    public FaultOptions? Faults { get; init; }

    /// <summary>Whether the HTTP control surface under <c>/_simulator</c> is mapped. Default true.</summary>
    public bool EnableHttpControl { get; init; } = true;

    /// <summary>Logging for the simulator's own host; default none.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}

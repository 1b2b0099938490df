using OutlookNetworking.GraphSimulator.Control;

namespace OutlookNetworking.Demo.Features.DemoTenant;

/// <summary>The demo's Graph simulator as the host uses it: where Graph is, the simulator's clock (the time stamped on
/// sent mail) and its outbox. Started inside the host, or running in another process (<c>Demo:SimulatorUrl</c>).</summary>
internal interface IDemoSimulator
{
    /// <summary>The Graph service root, e.g. <c>http://127.0.0.1:5123/v1.0</c>.</summary>
    string BaseUrl { get; }

    Task SetClockAsync(DateTimeOffset utcNow, CancellationToken cancellationToken);

    /// <summary>Every message accepted by sendMail, oldest first.</summary>
    Task<IReadOnlyList<SentMail>> ReadOutboxAsync(CancellationToken cancellationToken);
}

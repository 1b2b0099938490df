namespace OutlookNetworking.Data.Privacy;

/// <summary>
/// A user who deleted their data and opted out. Holds no id and no address, only a keyed one-way hash
/// of (tenant, user), which is enough to skip the mailbox in future nights and nothing more.
/// </summary>
public sealed class OptOutEntity
{
    public Guid TenantId { get; set; }

    /// <summary>The keyed marker of (tenant, user): <c>h1:</c> + an HMAC (see <see cref="OptOutMarkers"/>).</summary>
    public string UserHash { get; set; } = "";

    public DateTimeOffset At { get; set; }
}

namespace OutlookNetworking.Data.Introductions;

/// <summary>
/// One row of the introductions index: a colleague's tie with one external contact, mirrored from the colleague's
/// <c>relationships</c> row by the night that writes it (<see cref="IntroductionIndexRows"/>). Held for every colleague,
/// opted in or not: opt-ins are applied when answering, so a change shows in the very next answer. Keyed by (tenant,
/// contact address, user) for the per-person lookup, indexed by (tenant, contact domain) for the per-company one.
/// </summary>
public sealed class IntroductionTieEntity
{
    public Guid TenantId { get; set; }

    /// <summary>The normalised (lower-case SMTP) address of the external contact.</summary>
    public string ContactAddress { get; set; } = "";

    /// <summary>The colleague who holds the tie.</summary>
    public Guid UserId { get; set; }

    /// <summary>The domain of <see cref="ContactAddress"/> (after the last <c>@</c>).</summary>
    public string ContactDomain { get; set; } = "";

    /// <summary>The tie's time-decayed strength as of the colleague's last analysis (never shown: only its label).</summary>
    public double Strength { get; set; }

    /// <summary>The tie's last contact (never shown: only a label such as "in touch last month").</summary>
    public DateTimeOffset LastContact { get; set; }
}

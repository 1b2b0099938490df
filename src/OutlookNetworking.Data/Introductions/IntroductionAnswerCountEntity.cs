namespace OutlookNetworking.Data.Introductions;

/// <summary>The audit of introductions: how many answers one asker received on one UTC day (never what was asked).</summary>
public sealed class IntroductionAnswerCountEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The UTC day, <c>yyyy-MM-dd</c>.</summary>
    public string Day { get; set; } = "";

    public int Answers { get; set; }
}

using OutlookNetworking.Core.Feedback;

namespace OutlookNetworking.Data.Feedback;

/// <summary>What the user set for one contact: muted for good, and/or a goal (tag + cadence).</summary>
public sealed class ContactPreferenceEntity
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public string ContactAddress { get; set; } = "";

    public bool Muted { get; set; }

    public string? GoalTag { get; set; }

    public int? GoalCadenceDays { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The goals among <paramref name="preferences"/>, by contact address: what an analysis reads of them.</summary>
    internal static Dictionary<string, ContactGoal> GoalsOf(IEnumerable<ContactPreferenceEntity> preferences) =>
        preferences.Where(p => p.GoalTag is not null)
            .ToDictionary(p => p.ContactAddress, p => new ContactGoal(p.GoalTag!, p.GoalCadenceDays), StringComparer.Ordinal);
}

using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Core.Detectors.OwedReply;

/// <summary>When a message someone wrote to the owner is owed a reply. Bound from <see cref="SectionName"/>. Which
/// mail is direct enough is engine-wide (<see cref="Engine.EngineOptions.DirectMaxRecipients"/>).</summary>
public sealed class OwedReplyOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = DetectorOptions.SectionName + ":OwedReply";

    /// <summary>A reply is owed only after this long without one. Default 1 day: answering within a working day is
    /// normal, not a follow-up. 0 to 30 days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan Grace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A message older than this no longer makes an owed reply. Default 14 days: by then it was handled
    /// another way (a call, a meeting) or a reminder only nags. 1 to 365 days, not below <see cref="Grace"/>.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(14);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Grace > MaxAge)
        {
            yield return new ValidationResult($"{nameof(Grace)} must not exceed {nameof(MaxAge)}.", [nameof(Grace), nameof(MaxAge)]);
        }
    }
}

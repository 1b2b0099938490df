using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Core.Detectors.AwaitingReply;

/// <summary>When the owner is still waiting for an answer. Bound from <see cref="SectionName"/>. Which mail is direct
/// enough is engine-wide (<see cref="Engine.EngineOptions.DirectMaxRecipients"/>).</summary>
public sealed class AwaitingReplyOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = DetectorOptions.SectionName + ":AwaitingReply";

    /// <summary>The owner waits this long for an answer before being reminded. Default 3 days: a polite follow-up
    /// comes after a few working days. 0 to 60 days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "60.00:00:00")]
    public TimeSpan MinAge { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Mail older than this no longer counts as awaiting an answer. Default 30 days; 1 to 365 days, not
    /// below <see cref="MinAge"/>.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(30);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinAge > MaxAge)
        {
            yield return new ValidationResult($"{nameof(MinAge)} must not exceed {nameof(MaxAge)}.", [nameof(MinAge), nameof(MaxAge)]);
        }
    }
}

namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>
/// A two-way relationship between two people, active over [<see cref="From"/>, <see cref="Until"/>):
/// direct mail threads about every <see cref="RhythmDays"/> days and, when
/// <see cref="MeetingRhythmDays"/> is set, a recurring 1:1 meeting organised by <see cref="A"/>.
/// </summary>
/// <param name="ReplyProbability">The chance that a thread gets an answer (unanswered threads happen both ways).</param>
/// <param name="Folder">Files both sides' copies into this folder (e.g. archive), instead of inbox/sentitems.</param>
/// <param name="AUsesAlias">A writes from their alias address.</param>
/// <param name="MailFollowsMeetings">Mail comes as notes after each meeting, the same day, instead of on its own rhythm.</param>
internal sealed record Tie(
    string Key,
    Person A,
    Person B,
    double RhythmDays,
    DateTimeOffset From,
    DateTimeOffset Until,
    string Topic,
    double MeetingRhythmDays = 0,
    double ReplyProbability = 0.88,
    string? Folder = null,
    bool AUsesAlias = false,
    string MeetingSubject = "1:1",
    bool MailFollowsMeetings = false)
{
    /// <summary>Planted stories keep their exact rhythm whatever the volume.</summary>
    public bool IsStory => Key.StartsWith("story-", StringComparison.Ordinal);
}

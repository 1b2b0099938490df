namespace OutlookNetworking.Core.Detectors.MeetingPrep;

/// <summary>One contact invited to a small meeting that starts after now (kept in the state like every small meeting),
/// with the contact's address and the name to use for them: a first meeting may be with someone without any touch up
/// to now, who has no <see cref="ContactView"/>.</summary>
internal readonly record struct UpcomingMeeting(string MeetingId, long StartTicks, int Contact, string Address, string? Name);

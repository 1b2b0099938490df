namespace OutlookNetworking.Web.Features.People;

/// <summary>The user's tag for a contact, with an optional cadence in days.</summary>
public sealed record GoalResponse(string Tag, int? CadenceDays);

namespace OutlookNetworking.Web.Features.Contacts;

/// <summary><c>PUT /api/contacts/{address}/goal</c>.</summary>
/// <param name="Tag">1 to 32 letters, digits, spaces or '-' (trimmed), e.g. mentor, client, mentee.</param>
/// <param name="CadenceDays">Keep in touch at least every this many days (1 to 730), or null for a tag only.</param>
public sealed record GoalRequest(string? Tag, int? CadenceDays);

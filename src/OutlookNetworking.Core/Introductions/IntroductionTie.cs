namespace OutlookNetworking.Core.Introductions;

/// <summary>A colleague's tie with an external person (or, for a company, their strongest tie there), as the
/// introductions index holds it.</summary>
/// <param name="ColleagueKey">Identifies the colleague (their user id as text): one answer lists a colleague once.</param>
/// <param name="Strength">The tie's time-decayed strength (shown only as a label).</param>
/// <param name="LastContact">The tie's last contact (shown only as a label).</param>
public sealed record IntroductionTie(string ColleagueKey, double Strength, DateTimeOffset LastContact);

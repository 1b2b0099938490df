namespace OutlookNetworking.Data.Introductions;

/// <summary>One index row as a lookup reads it: the tie, and whether its colleague is discoverable right now (opted in
/// and still in the directory); the colleague's name and mail only when discoverable.</summary>
public sealed record IntroductionTieRow(
    Guid UserId,
    string ContactAddress,
    string ContactDomain,
    double Strength,
    DateTimeOffset LastContact,
    bool Discoverable,
    string? ColleagueName,
    string? ColleagueMail);

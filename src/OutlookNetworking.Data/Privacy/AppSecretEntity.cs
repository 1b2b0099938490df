namespace OutlookNetworking.Data.Privacy;

/// <summary>A secret the application generated for itself (e.g. the opt-out marker's HMAC key), stored protected: its
/// value is what <see cref="ISecretProtector"/> made of it (ASP.NET Core data protection in the web host).</summary>
public sealed class AppSecretEntity
{
    public string Name { get; set; } = "";

    public string ProtectedValue { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

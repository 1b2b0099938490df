namespace OutlookNetworking.Web.Features.Consent;

/// <summary>An application permission on Microsoft Graph the app asks an admin to grant, and why.</summary>
/// <param name="Name">The permission's name as the Entra admin center shows it.</param>
/// <param name="Purpose">What the app does with it.</param>
/// <param name="NeverRead">What it never reads or does with it.</param>
public sealed record GraphPermission(string Name, string Purpose, string NeverRead);

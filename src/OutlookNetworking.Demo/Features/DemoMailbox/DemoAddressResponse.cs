namespace OutlookNetworking.Demo.Features.DemoMailbox;

/// <summary>A sender or recipient as the simulated Outlook shows it.</summary>
/// <param name="RecipientType">Office.js's <c>EmailAddressDetails.recipientType</c>: user | externalUser |
/// distributionList | other (rooms, equipment, addresses that are not SMTP).</param>
public sealed record DemoAddressResponse(string? Name, string? Address, string RecipientType);

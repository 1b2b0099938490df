namespace OutlookNetworking.GraphSimulator.Control;

/// <summary>A recipient of a sent message.</summary>
public sealed record MailRecipient(string? Name, string? Address);

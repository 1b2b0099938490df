namespace OutlookNetworking.GraphSimulator.Generator;

/// <summary>A Graph <c>emailAddress</c>; <see cref="Address"/> may be null (a recipient without an address).</summary>
internal sealed record Recipient(string Name, string? Address);

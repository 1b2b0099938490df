namespace OutlookNetworking.Core.Input;

/// <summary>
/// A person or mailbox named on a message or meeting, as the mail system wrote it.
/// <see cref="Address"/> may be missing, empty, or not an SMTP address (an Exchange X500 path);
/// the engine normalises and filters it, callers pass it through untouched.
/// </summary>
public sealed record Party(string? Address, string? Name = null);

namespace OutlookNetworking.Core.State;

/// <summary>A kept state does not hold what a night takes away, or cannot be read: it does not match the mailbox, and
/// the mailbox is analysed from scratch.</summary>
public sealed class KeptStateMismatchException : Exception
{
    public KeptStateMismatchException()
    {
    }

    public KeptStateMismatchException(string message)
        : base(message)
    {
    }

    public KeptStateMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

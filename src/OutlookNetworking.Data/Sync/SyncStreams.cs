namespace OutlookNetworking.Data.Sync;

/// <summary>Names of the delta streams of a mailbox.</summary>
public static class SyncStreams
{
    public const string Calendar = "calendar";

    private const string MailPrefix = "mail:";

    public static string Mail(string folderId) => MailPrefix + folderId;

    public static bool IsMail(string streamKey) => streamKey.StartsWith(MailPrefix, StringComparison.Ordinal);

    public static string FolderIdOf(string streamKey) =>
        IsMail(streamKey) ? streamKey[MailPrefix.Length..] : throw new ArgumentException("Not a mail stream.", nameof(streamKey));
}

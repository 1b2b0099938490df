namespace OutlookNetworking.Graph;

/// <summary>
/// Every field the product reads from Graph. Metadata only: never body, bodyPreview, uniqueBody,
/// subject or attachments. A test proves each request passes the simulator's metadata-only check.
/// </summary>
public static class GraphQueries
{
    /// <summary>Message fields read by mail delta.</summary>
    public static readonly string[] MessageFields =
    [
        "id", "conversationId", "from", "toRecipients", "ccRecipients", "bccRecipients", "sentDateTime",
        "receivedDateTime", "isDraft", "inferenceClassification", "parentFolderId",
    ];

    /// <summary>Event fields read by calendarView delta.</summary>
    public static readonly string[] EventFields =
    [
        "id", "start", "end", "isAllDay", "organizer", "attendees", "isOrganizer", "responseStatus", "isCancelled", "type",
    ];

    /// <summary>User fields read from the directory.</summary>
    public static readonly string[] UserFields =
        ["id", "displayName", "mail", "userPrincipalName", "userType", "proxyAddresses", "accountEnabled"];

    /// <summary>Mail folder fields.</summary>
    public static readonly string[] FolderFields = ["id", "displayName", "parentFolderId", "childFolderCount"];

    /// <summary>Well-known folders the product reads, and those it never reads.</summary>
    public static readonly string[] SyncedWellKnownFolders = ["inbox", "sentitems", "archive"];

    public static readonly string[] SkippedWellKnownFolders =
        ["junkemail", "drafts", "deleteditems", "outbox", "conversationhistory"];

    /// <summary>Ask for ids that survive moves between folders.</summary>
    public const string ImmutableIdPreference = "IdType=\"ImmutableId\"";

    /// <summary>Event times in UTC.</summary>
    public const string UtcTimeZonePreference = "outlook.timezone=\"UTC\"";

    public static string MaxPageSizePreference(int pageSize) =>
        "odata.maxpagesize=" + pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

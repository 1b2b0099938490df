namespace OutlookNetworking.Graph;

/// <summary>
/// Every field the product asks Graph for. Metadata only: never body, bodyPreview, uniqueBody, subject or
/// attachments, wherever Graph honours <c>$select</c>. calendarView/delta does not (graph-fidelity GF-3: any query
/// option answers 400), so it is asked with none and sends whole events, content included; the mapping drops every
/// content field (<see cref="Mapping.EventMapper"/>), nothing of it is stored or logged. A test proves each request
/// passes the simulator's metadata-only check.
/// </summary>
public static class GraphQueries
{
    /// <summary>Message fields read by mail delta.</summary>
    public static readonly string[] MessageFields =
    [
        "id", "conversationId", "from", "toRecipients", "ccRecipients", "bccRecipients", "sentDateTime",
        "receivedDateTime", "isDraft", "inferenceClassification", "parentFolderId",
    ];

    /// <summary>Fields of a series master read on its own (GF-2: a master the delta round did not carry). calendarView/delta
    /// itself takes no <c>$select</c> (GF-3).</summary>
    public static readonly string[] SeriesMasterFields =
    [
        "id", "type", "start", "end", "isAllDay", "organizer", "attendees", "isOrganizer", "responseStatus", "isCancelled",
    ];

    /// <summary>Fields of a series' instances read again to learn cancelled occurrences (GF-4): their ids are enough.</summary>
    public static readonly string[] SeriesInstanceFields = ["id"];

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

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

    /// <summary>User fields read from the directory. <c>otherMails</c> (the user's other email addresses, often a personal
    /// one they registered) is, like <c>proxyAddresses</c>, returned only on <c>$select</c> (docs: user resource,
    /// "Returned only on $select"); reading it needs no permission beyond User.Read.All, which lists users already
    /// (the sensitive-action rules of the docs apply to updating it, never to reading it).</summary>
    public static readonly string[] UserFields =
        ["id", "displayName", "mail", "userPrincipalName", "userType", "proxyAddresses", "otherMails", "accountEnabled"];

    /// <summary>Mailbox settings read from the directory: the time zone and the mailbox's kind, nothing else (not the
    /// automatic replies and their text, working hours or language that Graph returns without <c>$select</c>).</summary>
    public static readonly string[] MailboxSettingsFields = ["timeZone", "userPurpose", "workingHours"];

    /// <summary>Mail folder fields.</summary>
    public static readonly string[] FolderFields = ["id", "displayName", "parentFolderId", "childFolderCount"];

    /// <summary>Well-known folders the product reads, and those it never reads (graph-fidelity GF-7).</summary>
    public static readonly string[] SyncedWellKnownFolders = ["inbox", "sentitems", "archive"];

    /// <summary>
    /// Well-known folders that hold no correspondence, never read, nor anything below them: Junk, Drafts, Deleted
    /// Items, Outbox, Conversation History (Teams and Skype chat copies), Sync Issues (with Conflicts, Local Failures
    /// and Server Failures under it), Scheduled (mail waiting to be sent) and Clutter. Told apart by their well-known
    /// names, never by display names, which come in the mailbox's language.
    /// </summary>
    public static readonly string[] SkippedWellKnownFolders =
        ["junkemail", "drafts", "deleteditems", "outbox", "conversationhistory", "syncissues", "scheduled", "clutter"];

    /// <summary>The <c>@odata.type</c> of a mail search folder: it holds no messages of its own, so it is never read.</summary>
    public const string MailSearchFolderType = "#microsoft.graph.mailSearchFolder";

    /// <summary>Ask for ids that survive moves between folders.</summary>
    public const string ImmutableIdPreference = "IdType=\"ImmutableId\"";

    /// <summary>Event times in UTC.</summary>
    public const string UtcTimeZonePreference = "outlook.timezone=\"UTC\"";

    public static string MaxPageSizePreference(int pageSize) =>
        "odata.maxpagesize=" + pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

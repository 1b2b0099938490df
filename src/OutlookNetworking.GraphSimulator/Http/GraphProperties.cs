using System.Collections.Frozen;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>The v1.0 properties of the Graph types the simulator serves, for <c>$select</c> validation.</summary>
internal static class GraphProperties
{
    /// <summary>Properties that carry message content: never served.</summary>
    public static readonly FrozenSet<string> Content =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "body", "bodyPreview", "uniqueBody", "attachments");

    public static readonly FrozenSet<string> Message = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "id", "bccRecipients", "body", "bodyPreview", "categories", "ccRecipients", "changeKey", "conversationId",
        "conversationIndex", "createdDateTime", "flag", "from", "hasAttachments", "importance", "inferenceClassification",
        "internetMessageHeaders", "internetMessageId", "isDeliveryReceiptRequested", "isDraft", "isRead",
        "isReadReceiptRequested", "lastModifiedDateTime", "parentFolderId", "receivedDateTime", "replyTo", "sender",
        "sentDateTime", "subject", "toRecipients", "uniqueBody", "webLink", "attachments");

    public static readonly FrozenSet<string> Event = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "id", "allowNewTimeProposals", "attendees", "body", "bodyPreview", "categories", "changeKey", "createdDateTime", "end",
        "hasAttachments", "hideAttendees", "iCalUId", "importance", "isAllDay", "isCancelled", "isDraft", "isOnlineMeeting",
        "isOrganizer", "isReminderOn", "lastModifiedDateTime", "location", "locations", "onlineMeeting",
        "onlineMeetingProvider", "onlineMeetingUrl", "organizer", "originalEndTimeZone", "originalStart",
        "originalStartTimeZone", "recurrence", "reminderMinutesBeforeStart", "responseRequested", "responseStatus",
        "sensitivity", "seriesMasterId", "showAs", "start", "subject", "transactionId", "type", "webLink", "attachments");

    public static readonly FrozenSet<string> User = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "id", "accountEnabled", "businessPhones", "city", "companyName", "country", "createdDateTime", "department",
        "displayName", "employeeId", "givenName", "jobTitle", "mail", "mailNickname", "mailboxSettings", "mobilePhone",
        "officeLocation", "onPremisesSamAccountName", "otherMails", "postalCode", "preferredLanguage", "proxyAddresses",
        "state", "streetAddress", "surname", "usageLocation", "userPrincipalName", "userType");

    /// <summary>What GET /users returns without <c>$select</c>, as Graph documents.</summary>
    public static readonly string[] UserDefault =
    [
        "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation",
        "preferredLanguage", "surname", "userPrincipalName",
    ];
}

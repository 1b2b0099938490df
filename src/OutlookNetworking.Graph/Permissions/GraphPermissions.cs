namespace OutlookNetworking.Graph.Permissions;

/// <summary>
/// The one list of Microsoft Graph application permissions the product uses: the consent page, the demo token issuer,
/// the README and docs/security.md (a test keeps the docs in step), the enrolment check (every <see cref="Required"/>
/// role in the app token) and the app registration manifest read it. Ids are the application permission ids Microsoft
/// publishes for Microsoft Graph (permissions reference).
/// </summary>
public static class GraphPermissions
{
    /// <summary>The scope requested at admin consent and for app-only tokens: every permission configured on the app registration.</summary>
    public const string DefaultScope = "https://graph.microsoft.com/.default";

    /// <summary>Microsoft Graph's application id (the <c>resourceAppId</c> of <c>requiredResourceAccess</c>).</summary>
    public static readonly Guid GraphAppId = new("00000003-0000-0000-c000-000000000000");

    public static readonly GraphPermission MailReadBasicAll = new(
        "Mail.ReadBasic.All",
        new Guid("693c5e45-0940-467d-9b8a-1022fb9d42ef"),
        GraphPermissionUse.Required,
        "Learns who wrote to whom and when in each mailbox, to learn relationships; finds the sender's copy of a digest "
        + "in its Drafts or Sent Items when a send's outcome is unknown.",
        "Only the fields each request names: sender, recipients, sent and received times, conversation, folder, draft "
        + "and Focused/Other flags of messages in Inbox, Sent Items, Archive and the user's own folders, and the user's "
        + "folder list; in the digest sender mailbox, the recipients and dates of its own copies in Drafts and Sent Items. "
        + "The permission cannot read bodies, previews or attachments. It could read subjects: the product "
        + "never asks for them (a test checks every request).",
        "Those fields, for Retention:Days (400 by default). Never a subject, body, preview or attachment: none is received.",
        "Application Mail.ReadBasic");

    public static readonly GraphPermission CalendarsReadBasicAll = new(
        "Calendars.ReadBasic.All",
        new Guid("8ba4a692-bc31-4128-9094-475872af8a53"),
        GraphPermissionUse.Required,
        "Learns who met whom and when, to notice first meetings and regular contact.",
        "Whole events, as calendar delta returns them (Graph does not honour $select there): times, organiser, attendees "
        + "and their answers, and also the subject and location. Not the body, attachments or extensions: this "
        + "permission excludes them. Also the series masters the delta round did not carry (times, organiser, "
        + "attendees, answers: the request names them) and the ids of recurring meetings' occurrences.",
        "Times, organiser, attendees and answers, cancellation (for a recurring series, on its master). The subject, the "
        + "location and every other content field are dropped when the event is mapped, before anything is stored or "
        + "logged: received, never stored.",
        null);

    public static readonly GraphPermission CalendarsRead = new(
        "Calendars.Read",
        new Guid("798ee544-9d2d-430c-a058-570e29e34338"),
        GraphPermissionUse.ExchangeScopedAlternative,
        "Not requested at consent. Exchange RBAC for Applications has no Calendars.ReadBasic role, so a deployment that "
        + "scopes the calendar grants the role Application Calendars.Read in its place.",
        "Whole events, as above, and with them each event's body and body preview: every event's full text reaches "
        + "the product.",
        "As above: times, organiser, attendees and answers. The body, preview, subject and location are dropped when "
        + "the event is mapped, never stored or logged.",
        "Application Calendars.Read");

    public static readonly GraphPermission UserReadAll = new(
        "User.Read.All",
        new Guid("df021288-bdef-4463-88db-98f22de89214"),
        GraphPermissionUse.Required,
        "Lists the organisation's people to tell colleagues from outside contacts and to know whose mailbox to read.",
        "For every user (guests, disabled accounts, rooms and resource accounts included): id, name, mail address, "
        + "user principal name, other addresses, account enabled, member or guest.",
        "Of enabled users with a mail address: id, name and addresses, whether a guest. Disabled accounts and users "
        + "without mail are not kept.",
        null);

    public static readonly GraphPermission MailboxSettingsRead = new(
        "MailboxSettings.Read",
        new Guid("40f97065-369a-49f4-947c-6a255697ae91"),
        GraphPermissionUse.Required,
        "Sends the digest in each person's morning, and leaves rooms, shared and equipment mailboxes out.",
        "Each mailbox's time zone and kind (person, room, shared, equipment), nothing else: the request names these "
        + "two (not the automatic replies, working hours or language).",
        "The time zone and the kind.",
        "Application MailboxSettings.Read");

    public static readonly GraphPermission GroupMemberReadAll = new(
        "GroupMember.Read.All",
        new Guid("98830695-27a2-44f7-8c18-0c3ebc9698f6"),
        GraphPermissionUse.Optional,
        "Knows the distribution lists and mail-enabled groups, so mail to a list is not taken for a relationship with "
        + "a person. Without it lists are not recognised and the night's log says so.",
        "Each mail-enabled group's id, name and addresses. Not group conversations, files or calendars.",
        "The groups' names and addresses.",
        null);

    public static readonly GraphPermission MailSend = new(
        "Mail.Send",
        new Guid("b633e1c5-b582-4048-a93e-9f11b44c7e96"),
        GraphPermissionUse.Required,
        "Sends each person their own short morning digest, from the digest sender mailbox.",
        "Nothing: it only sends. Limit it to the digest sender mailbox with Exchange RBAC for Applications.",
        "A ledger row per person and day (sent, failed, reserved), not the email.",
        "Application Mail.Send");

    /// <summary>Every permission, requested ones first, in the order the consent page shows them.</summary>
    public static IReadOnlyList<GraphPermission> All { get; } =
        [MailReadBasicAll, CalendarsReadBasicAll, UserReadAll, MailboxSettingsRead, GroupMemberReadAll, MailSend, CalendarsRead];

    /// <summary>What admin consent asks for (the app registration's Microsoft Graph application permissions).</summary>
    public static IReadOnlyList<GraphPermission> Requested { get; } = [.. All.Where(p => p.IsRequested)];

    /// <summary>What the night cannot run without: every one must be in the app token's <c>roles</c>, unless granted
    /// through Exchange RBAC for Applications (<see cref="GraphPermission.ExchangeRole"/>), which the token does not show.</summary>
    public static IReadOnlyList<GraphPermission> Required { get; } = [.. All.Where(p => p.Use == GraphPermissionUse.Required)];

    /// <summary>The permission of a name (case-insensitive), or null.</summary>
    public static GraphPermission? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

namespace OutlookNetworking.Web.Features.Consent;

/// <summary>The least-privilege set of Microsoft Graph application permissions the app requests.</summary>
public static class GraphPermissions
{
    /// <summary>The scope requested at admin consent and for app-only tokens: every permission configured on the app registration.</summary>
    public const string DefaultScope = "https://graph.microsoft.com/.default";

    public static IReadOnlyList<GraphPermission> All { get; } =
    [
        new("Mail.ReadBasic.All",
            "Reads who wrote to whom and when (sender, recipients, dates, conversation) in each mailbox, to learn relationships.",
            "Message bodies, previews and attachments: this permission cannot read them."),
        new("Calendars.ReadBasic.All",
            "Reads meeting times, organisers and attendees, to notice first meetings and regular contact.",
            "Meeting bodies, notes and attachments: this permission cannot read them."),
        new("User.Read.All",
            "Lists the organisation's people (names, addresses, time zones) to tell colleagues from external contacts.",
            "Passwords, sign-in activity or anything beyond the directory profile."),
        new("MailboxSettings.Read",
            "Reads each mailbox's time zone and kind (person, room, shared), to send the digest in the person's morning and to leave rooms and shared mailboxes out.",
            "Automatic replies, rules or any other mailbox setting content."),
        new("GroupMember.Read.All",
            "Lists the organisation's distribution lists and groups (names and addresses), so mail to a list is not mistaken for a relationship with a person.",
            "Group conversations, files, calendars or anything a group holds: only the groups' names, addresses and members."),
        new("Mail.Send",
            "Sends each person their own short morning digest.",
            "Mail on anyone else's behalf: limit it to the digest sender mailbox with Exchange RBAC for Applications."),
    ];
}

using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Me;

/// <summary>The signed-in user's mailbox as the store knows it.</summary>
/// <param name="Key">The user's (tenant, object id): every read and write of the API is scoped by it.</param>
/// <param name="Mailbox">The directory row with the user's settings; null when not synced yet or opted out.</param>
/// <param name="OptedOut">The user deleted their data and opted out (then <paramref name="Mailbox"/> is null).</param>
internal sealed record UserMailbox(MailboxKey Key, MailboxEntity? Mailbox, bool OptedOut)
{
    /// <summary>The user's time zone: the mailbox's (IANA or Windows id), else UTC.</summary>
    public TimeZoneInfo TimeZone => UserTimeZones.Find(Mailbox?.TimeZone);

    /// <summary>The user's local date at <paramref name="now"/>.</summary>
    public DateOnly LocalDate(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);
}

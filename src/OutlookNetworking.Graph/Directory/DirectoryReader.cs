using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Extensions.Options;
using OutlookNetworking.Graph.Access;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Graph.Directory;

/// <summary>
/// Reads a tenant's users (User.Read.All; every kind the directory holds, 999 a page: members, guests, disabled
/// accounts, users without mail, rooms, shared mailboxes, resource accounts; graph-fidelity GF-13) and each mailbox's
/// time zone and purpose (MailboxSettings.Read), the latter through JSON batching (<see cref="GraphBatch"/>: 20 a
/// batch, throttled steps sent again, as the SDK does not retry batch steps). A user whose settings answer 404
/// MailboxNotEnabledForRESTAPI has no Exchange Online mailbox (GF-12).
/// </summary>
public sealed class DirectoryReader(GraphClientProvider clients, IOptions<GraphOptions> options, TimeProvider time)
{
    /// <summary>Reads the directory; a transient failure (dropped connection, cut body, throttling past the SDK's
    /// retries) reads it again from the start, up to <see cref="GraphOptions.MaxPageAttempts"/> times.</summary>
    public Task<IReadOnlyList<DirectoryEntry>> ReadAsync(Guid tenantId, CancellationToken cancellationToken) =>
        TransientRetry.RunAsync(ct => ReadOnceAsync(tenantId, ct), options.Value.MaxPageAttempts, options.Value.RetryBaseDelay,
            time, cancellationToken);

    private async Task<IReadOnlyList<DirectoryEntry>> ReadOnceAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var client = clients.For(tenantId);
        var users = new List<User>();
        var page = await client.Users.GetAsync(c =>
        {
            c.QueryParameters.Select = GraphQueries.UserFields;
            c.QueryParameters.Top = 999;
        }, cancellationToken);
        while (page is not null)
        {
            users.AddRange(page.Value ?? []);
            page = page.OdataNextLink is { } next
                ? await new Microsoft.Graph.Users.UsersRequestBuilder(next, client.RequestAdapter).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        var settings = new Dictionary<string, MailboxSettings>(StringComparer.Ordinal);
        var noMailbox = new HashSet<string>(StringComparer.Ordinal);
        var withMail = users.Where(u => u.Id is not null && !string.IsNullOrEmpty(u.Mail)).ToList();
        await ReadSettingsAsync(client, withMail, settings, noMailbox, cancellationToken);

        var result = new List<DirectoryEntry>(users.Count);
        foreach (var user in users)
        {
            if (!Guid.TryParse(user.Id, out var id))
            {
                continue;
            }

            var mailbox = settings.GetValueOrDefault(user.Id!);
            result.Add(new DirectoryEntry(id, user.Mail?.ToLowerInvariant(), user.UserPrincipalName ?? "",
                user.DisplayName ?? user.UserPrincipalName ?? "", Aliases(user),
                string.Equals(user.UserType, "Guest", StringComparison.OrdinalIgnoreCase), user.AccountEnabled ?? true,
                mailbox?.TimeZone, Purpose(mailbox))
            {
                HasExchangeMailbox = mailbox is not null ? true : noMailbox.Contains(user.Id!) ? false : null,
                WorkingDays = WorkingDays(mailbox),
            });
        }

        return result;
    }

    private async Task ReadSettingsAsync(GraphServiceClient client, IReadOnlyList<User> users,
        Dictionary<string, MailboxSettings> settings, HashSet<string> noMailbox, CancellationToken cancellationToken)
    {
        var steps = users
            .Select(user => (user.Id!, client.Users[user.Id].MailboxSettings.ToGetRequestInformation(c => c.QueryParameters.Select = GraphQueries.MailboxSettingsFields)))
            .ToList();
        var batches = new BatchSettings(clients.StepsPerBatch, options.Value.MaxPageAttempts, options.Value.RetryBaseDelay, time, static _ => { });
        var outcomes = await GraphBatch.RunAsync<string, MailboxSettings>(client, steps, batches, cancellationToken);
        var unanswered = outcomes.Values.Count(o => GraphBatch.IsTransient(o.Status));
        if (unanswered > 0)
        {
            // Never guess: without its settings a room would pass for a person and a user would lose their time zone.
            // Failing lets the night job try the directory again later.
            throw new HttpRequestException($"Graph kept throttling or refusing the mailbox settings of {unanswered} users.");
        }

        // A step answered otherwise has no settings: 404 MailboxNotEnabledForRESTAPI says the user has no Exchange Online
        // mailbox; 403 says not permitted (the mailbox may be outside an Exchange scope; the mailbox's own sync finds out).
        foreach (var (userId, outcome) in outcomes)
        {
            if (outcome is { Succeeded: true, Value: { } value })
            {
                settings[userId] = value;
            }
            else if (MailboxAccessErrors.ReasonOf(outcome.Status, outcome.ErrorCode) is MailboxOutOfScopeReason.NoExchangeMailbox)
            {
                noMailbox.Add(userId);
            }
        }
    }

    /// <summary>
    /// The user's other addresses, lower case: the SMTP ones of <c>proxyAddresses</c> (<c>smtp:</c>; X500, SIP and other
    /// kinds are not mail addresses), the UPN, and <c>otherMails</c>. otherMails is a string collection the user or an
    /// admin fills in (up to 250 values of up to 250 characters, no accented characters; docs: user resource); the docs
    /// promise no mail-address format, so only a value shaped like one (one <c>@</c>, text either side, no spaces, no
    /// <c>proto:</c> prefix) counts. Graph answers <c>[]</c> for a user without any, and never null for a selected one.
    /// </summary>
    internal static List<string> Aliases(User user) =>
        (user.ProxyAddresses ?? [])
        .Where(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
        .Select(p => p[5..].Trim().ToLowerInvariant())
        .Concat((user.OtherMails ?? []).Select(m => m?.Trim().ToLowerInvariant() ?? "").Where(IsMailAddress))
        .Append(user.UserPrincipalName?.ToLowerInvariant() ?? "")
        .Where(a => a.Length > 0 && a != user.Mail?.ToLowerInvariant())
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static bool IsMailAddress(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && value.Length <= 250
               && !value.Any(char.IsWhiteSpace) && !value[..at].Contains(':', StringComparison.Ordinal);
    }

    private static string? WorkingDays(MailboxSettings? settings)
    {
        var days = settings?.WorkingHours?.DaysOfWeek;
        if (days is null || days.Count == 0)
        {
            return null;
        }

        return string.Join(',', days.OfType<DayOfWeekObject>().Select(d => d.ToString().ToLowerInvariant()).Distinct()
            .OrderBy(d => Enum.TryParse<DayOfWeek>(d, ignoreCase: true, out var day) ? (int)day : 7));
    }

    private static string? Purpose(MailboxSettings? settings) =>
        settings?.UserPurpose is { } purpose ? purpose.ToString().ToLowerInvariant() : null;
}

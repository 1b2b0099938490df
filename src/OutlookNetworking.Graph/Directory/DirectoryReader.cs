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
/// time zone and purpose (MailboxSettings.Read), the latter 20 at a time through JSON batching, retrying throttled
/// items (the SDK does not retry batch items). A user whose settings answer 404 MailboxNotEnabledForRESTAPI has no
/// Exchange Online mailbox (GF-12).
/// </summary>
public sealed class DirectoryReader(GraphClientProvider clients, IOptions<GraphOptions> options, TimeProvider time)
{
    private const int BatchLimit = 20;

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
        foreach (var chunk in withMail.Chunk(BatchLimit))
        {
            await ReadSettingsAsync(client, chunk, settings, noMailbox, cancellationToken);
        }

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
            });
        }

        return result;
    }

    private async Task ReadSettingsAsync(GraphServiceClient client, IReadOnlyList<User> users,
        Dictionary<string, MailboxSettings> settings, HashSet<string> noMailbox, CancellationToken cancellationToken)
    {
        var batch = new BatchRequestContentCollection(client);
        var steps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var user in users)
        {
            var request = client.Users[user.Id].MailboxSettings.ToGetRequestInformation(c => c.QueryParameters.Select = GraphQueries.MailboxSettingsFields);
            steps[await batch.AddBatchRequestStepAsync(request)] = user.Id!;
        }

        for (var attempt = 0; attempt < 6 && steps.Count > 0; attempt++)
        {
            var response = await client.Batch.PostAsync(batch, cancellationToken);
            var statuses = await response.GetResponsesStatusCodesAsync();
            var throttled = false;
            foreach (var (stepId, userId) in steps.ToArray())
            {
                if (!statuses.TryGetValue(stepId, out var status))
                {
                    throttled = true; // the step got no answer: ask again
                    continue;
                }

                var code = (int)status;
                if (code is >= 200 and < 300)
                {
                    if (await response.GetResponseByIdAsync<MailboxSettings>(stepId) is { } value)
                    {
                        settings[userId] = value;
                    }

                    steps.Remove(stepId);
                }
                else if (code is 429 or 503 or 504 or 500)
                {
                    throttled = true;
                }
                else
                {
                    // No Exchange Online mailbox (404 MailboxNotEnabledForRESTAPI), or not permitted (403: the mailbox may
                    // be outside an Exchange scope; the mailbox's own sync finds out).
                    if (MailboxAccessErrors.ReasonOf(code, await MailboxAccessErrors.StepCodeAsync(response, stepId))
                        is MailboxOutOfScopeReason.NoExchangeMailbox)
                    {
                        noMailbox.Add(userId);
                    }

                    steps.Remove(stepId);
                }
            }

            if (steps.Count > 0 && throttled)
            {
                batch = batch.NewBatchWithFailedRequests(statuses);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(8, 1 << attempt)), time, cancellationToken);
            }
        }

        if (steps.Count > 0)
        {
            // Never guess: without its settings a room would pass for a person and a user would lose their time zone.
            // Failing lets the night job try the directory again later.
            throw new HttpRequestException($"Graph kept throttling the mailbox settings of {steps.Count} users.");
        }
    }

    private static List<string> Aliases(User user) =>
        (user.ProxyAddresses ?? [])
        .Where(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
        .Select(p => p[5..].Trim().ToLowerInvariant())
        .Append(user.UserPrincipalName?.ToLowerInvariant() ?? "")
        .Where(a => a.Length > 0 && a != user.Mail?.ToLowerInvariant())
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static string? Purpose(MailboxSettings? settings) =>
        settings?.UserPurpose is { } purpose ? purpose.ToString().ToLowerInvariant() : null;
}

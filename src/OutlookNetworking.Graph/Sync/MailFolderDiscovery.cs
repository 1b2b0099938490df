using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Access;

namespace OutlookNetworking.Graph.Sync;

/// <summary>
/// Lists the folders a mailbox's mail is read from: Inbox, Sent Items, Archive and every folder the
/// user made (at any depth); never the system folders of <see cref="GraphQueries.SkippedWellKnownFolders"/>
/// nor anything below them, never a mail search folder (by its <c>@odata.type</c>: it shows other folders'
/// messages, so reading it would count them twice), never a hidden folder (not asked for), and each folder
/// once (Graph lists a search folder of the Inbox both among the top-level folders and under the Inbox).
/// $batch calls resolve the well-known folders' ids (graph-fidelity GF-7). A mailbox Graph will not let the
/// app read throws <see cref="MailboxOutOfScopeException"/> (GF-12).
/// </summary>
internal static class MailFolderDiscovery
{
    public static async Task<IReadOnlyList<SyncFolder>> DiscoverAsync(GraphServiceClient client, MailboxRef mailbox,
        SyncReport report, CancellationToken cancellationToken)
    {
        var user = client.Users[mailbox.UserId.ToString()];
        var wellKnown = await ResolveWellKnownAsync(client, mailbox, report, cancellationToken);
        var excluded = GraphQueries.SkippedWellKnownFolders
            .Select(name => wellKnown.GetValueOrDefault(name)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var kinds = new Dictionary<string, FolderKind>(StringComparer.Ordinal);
        if (wellKnown.GetValueOrDefault("inbox") is { } inbox)
        {
            kinds[inbox] = FolderKind.Inbox;
        }

        if (wellKnown.GetValueOrDefault("sentitems") is { } sent)
        {
            kinds[sent] = FolderKind.SentItems;
        }

        if (wellKnown.GetValueOrDefault("archive") is { } archive)
        {
            kinds[archive] = FolderKind.Archive;
        }

        var result = new List<SyncFolder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<MailFolder>();
        report.CountRequest();
        var top = await user.MailFolders.GetAsync(c =>
        {
            c.QueryParameters.Select = GraphQueries.FolderFields;
            c.QueryParameters.Top = 250;
        }, cancellationToken);
        await foreach (var folder in PageAsync(client, top, report, cancellationToken))
        {
            pending.Enqueue(folder);
        }

        while (pending.TryDequeue(out var folder))
        {
            if (folder.Id is null || excluded.Contains(folder.Id) || IsSearchFolder(folder) || !seen.Add(folder.Id))
            {
                continue;
            }

            result.Add(new SyncFolder(folder.Id, kinds.GetValueOrDefault(folder.Id, FolderKind.Other)));
            if (folder.ChildFolderCount is > 0)
            {
                report.CountRequest();
                var children = await user.MailFolders[folder.Id].ChildFolders.GetAsync(c =>
                {
                    c.QueryParameters.Select = GraphQueries.FolderFields;
                    c.QueryParameters.Top = 250;
                }, cancellationToken);
                await foreach (var child in PageAsync(client, children, report, cancellationToken))
                {
                    pending.Enqueue(child);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Resolves the well-known folders' ids with JSON batching, at most four steps per batch: Exchange
    /// answers a fifth concurrent request to one mailbox with 429. Throttled steps are sent again
    /// (the SDK does not retry batch steps); a missing folder (404) is simply absent.
    /// </summary>
    private static async Task<Dictionary<string, string>> ResolveWellKnownAsync(GraphServiceClient client, MailboxRef mailbox,
        SyncReport report, CancellationToken cancellationToken)
    {
        const int StepsPerMailboxBatch = 4;
        var user = client.Users[mailbox.UserId.ToString()];
        var pending = new Queue<string>(GraphQueries.SyncedWellKnownFolders.Concat(GraphQueries.SkippedWellKnownFolders));
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var attempts = 0;
        while (pending.Count > 0)
        {
            var batch = new BatchRequestContentCollection(client);
            var steps = new Dictionary<string, string>(StringComparer.Ordinal);
            while (steps.Count < StepsPerMailboxBatch && pending.TryDequeue(out var name))
            {
                var request = user.MailFolders[name].ToGetRequestInformation(c => c.QueryParameters.Select = ["id"]);
                steps[await batch.AddBatchRequestStepAsync(request)] = name;
            }

            report.CountRequest();
            var response = await client.Batch.PostAsync(batch, cancellationToken);
            var statuses = await response.GetResponsesStatusCodesAsync();
            var retry = new List<string>();
            foreach (var (stepId, name) in steps)
            {
                var status = statuses.TryGetValue(stepId, out var code) ? (int)code : 0;
                if ((status is 403 or 404) && MailboxAccessErrors.ReasonOf(status, await MailboxAccessErrors.StepCodeAsync(response, stepId)) is { } reason)
                {
                    throw new MailboxOutOfScopeException(reason);
                }

                if (status is >= 200 and < 300)
                {
                    if ((await response.GetResponseByIdAsync<MailFolder>(stepId))?.Id is { } id)
                    {
                        ids[name] = id;
                    }
                }
                else if (status is 0 or 429 or 500 or 502 or 503 or 504)
                {
                    retry.Add(name);
                }

                // anything else (404: the mailbox has no such folder, e.g. an unused archive) is simply absent
            }

            if (retry.Count > 0)
            {
                if (++attempts > 8)
                {
                    throw new HttpRequestException("Graph kept throttling the well-known folder lookups of a mailbox.");
                }

                foreach (var name in retry)
                {
                    pending.Enqueue(name);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempts), cancellationToken);
            }
        }

        return ids;
    }

    private static bool IsSearchFolder(MailFolder folder) =>
        folder is MailSearchFolder || string.Equals(folder.OdataType, GraphQueries.MailSearchFolderType, StringComparison.OrdinalIgnoreCase);

    private static async IAsyncEnumerable<MailFolder> PageAsync(GraphServiceClient client, MailFolderCollectionResponse? page,
        SyncReport report, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (page is not null)
        {
            foreach (var folder in page.Value ?? [])
            {
                yield return folder;
            }

            if (page.OdataNextLink is not { } next)
            {
                yield break;
            }

            report.CountRequest();
            page = await new Microsoft.Graph.Users.Item.MailFolders.MailFoldersRequestBuilder(next, client.RequestAdapter)
                .GetAsync(cancellationToken: cancellationToken);
        }
    }
}

using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Graph.Access;
using OutlookNetworking.Graph.Client;

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
        SyncReport report, BatchSettings batches, CancellationToken cancellationToken)
    {
        var user = client.Users[mailbox.UserId.ToString()];
        var wellKnown = await ResolveWellKnownAsync(client, mailbox, batches, cancellationToken);
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
    /// Resolves the well-known folders' ids in one JSON batch (Outlook runs at most 4 of its steps at once, so a batch
    /// never breaks the 4 concurrent requests a mailbox allows). Throttled steps are sent again (the SDK does not retry
    /// batch steps); a missing folder (404) is simply absent; any other failure fails the discovery (tried again).
    /// </summary>
    private static async Task<Dictionary<string, string>> ResolveWellKnownAsync(GraphServiceClient client, MailboxRef mailbox,
        BatchSettings batches, CancellationToken cancellationToken)
    {
        var user = client.Users[mailbox.UserId.ToString()];
        var steps = GraphQueries.SyncedWellKnownFolders.Concat(GraphQueries.SkippedWellKnownFolders)
            .Select(name => (name, user.MailFolders[name].ToGetRequestInformation(c => c.QueryParameters.Select = ["id"])))
            .ToList();
        var outcomes = await GraphBatch.RunAsync<string, MailFolder>(client, steps, batches, cancellationToken);
        // 403 ErrorAccessDenied / 404 MailboxNotEnabledForRESTAPI: Graph will not let the app read this mailbox (GF-12).
        if (outcomes.Values.Select(o => MailboxAccessErrors.ReasonOf(o.Status, o.ErrorCode)).FirstOrDefault(r => r is not null) is { } reason)
        {
            throw new MailboxOutOfScopeException(reason);
        }

        // 404: the mailbox has no such folder (an unused archive, say): simply absent. Any other failure must not pass for
        // absence (an unresolved Junk Email would be synced as a folder of the user's): the discovery is tried again.
        var unanswered = outcomes.Values.Where(o => !o.Succeeded && o.Status != 404).ToList();
        if (unanswered.Count > 0)
        {
            throw new HttpRequestException($"Graph kept answering {unanswered[0].Status} to the well-known folder lookups of a mailbox.");
        }

        return outcomes.Where(o => o.Value is { Succeeded: true, Value.Id: not null })
            .ToDictionary(o => o.Key, o => o.Value.Value!.Id!, StringComparer.Ordinal);
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

using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookNetworking.Core.Input;

namespace OutlookNetworking.Graph.Sync;

/// <summary>
/// Lists the folders a mailbox's mail is read from: Inbox, Sent Items, Archive and every folder the
/// user made (at any depth); never Junk, Drafts, Deleted Items, Outbox or Conversation History, nor
/// anything below them. One $batch resolves the well-known folders' ids.
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
            if (folder.Id is null || excluded.Contains(folder.Id))
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

    private static async Task<Dictionary<string, string>> ResolveWellKnownAsync(GraphServiceClient client, MailboxRef mailbox,
        SyncReport report, CancellationToken cancellationToken)
    {
        var user = client.Users[mailbox.UserId.ToString()];
        var names = GraphQueries.SyncedWellKnownFolders.Concat(GraphQueries.SkippedWellKnownFolders).ToArray();
        var batch = new BatchRequestContentCollection(client);
        var stepIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var request = user.MailFolders[name].ToGetRequestInformation(c => c.QueryParameters.Select = ["id"]);
            stepIds[name] = await batch.AddBatchRequestStepAsync(request);
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastStatuses = "";
        for (var attempt = 0; attempt < 5 && stepIds.Count > 0; attempt++)
        {
            report.CountRequest();
            var response = await client.Batch.PostAsync(batch, cancellationToken);
            var statuses = await response.GetResponsesStatusCodesAsync();
            lastStatuses = string.Join(", ", stepIds.Select(s => $"{s.Key}={(statuses.TryGetValue(s.Value, out var c) ? (int)c : 0)}"));
            foreach (var (name, stepId) in stepIds.ToArray())
            {
                if (!statuses.TryGetValue(stepId, out var status))
                {
                    continue;
                }

                if ((int)status is >= 200 and < 300)
                {
                    var folder = await response.GetResponseByIdAsync<MailFolder>(stepId);
                    if (folder?.Id is { } id)
                    {
                        ids[name] = id;
                    }

                    stepIds.Remove(name);
                }
                else if ((int)status is 404 or 400 or 403)
                {
                    stepIds.Remove(name); // the mailbox has no such folder (an unused archive, say)
                }
            }

            if (stepIds.Count > 0)
            {
                // Some steps were throttled or failed on the server: the SDK does not retry batch
                // items, so send just those again after a short pause.
                batch = batch.NewBatchWithFailedRequests(statuses);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * (attempt + 1)), cancellationToken);
            }
        }

        if (stepIds.Count > 0)
        {
            throw new HttpRequestException($"Graph kept failing the well-known folder lookups of a mailbox ({lastStatuses}).");
        }

        return ids;
    }

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

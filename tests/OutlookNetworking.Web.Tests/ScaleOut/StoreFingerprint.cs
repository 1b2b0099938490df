using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OutlookNetworking.Data.Analysis;
using OutlookNetworking.Data.Mailboxes;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Tests.ScaleOut;

/// <summary>
/// What a night left in the store, one line per mailbox: the synced message and meeting ids, the relationships
/// (figures and label) and the open suggestions (kind and score), each as a count and a digest. Two stores that
/// hold the same rows give the same lines.
/// </summary>
internal static class StoreFingerprint
{
    public static async Task<IReadOnlyList<string>> ReadAsync(ProductHost host, Guid tenantId)
    {
        var mailboxes = await host.Get<MailboxStore>().ListSyncableAsync(tenantId, CancellationToken.None);
        var metadata = host.Get<MailboxMetadataStore>();
        var analyses = host.Get<AnalysisStore>();
        var lines = new List<string>(mailboxes.Count);
        foreach (var mailbox in mailboxes.OrderBy(m => m.UserId))
        {
            var key = new MailboxKey(tenantId, mailbox.UserId);
            var (messages, meetings) = await metadata.LoadAsync(key, CancellationToken.None);
            var relationships = await analyses.GetRelationshipsAsync(key, null, CancellationToken.None);
            var suggestions = await analyses.GetOpenSuggestionsAsync(key, CancellationToken.None);
            lines.Add(string.Join(" ",
                mailbox.UserId.ToString("N"),
                Digest("messages", messages.Select(m => $"{m.Id}|{m.Folder}|{m.SentAt:O}|{m.ReceivedAt:O}")),
                Digest("meetings", meetings.Select(m => $"{m.Id}|{m.Start:O}|{m.Attendees.Count}")),
                Digest("relationships", relationships.Select(r => string.Create(CultureInfo.InvariantCulture,
                    $"{r.ContactAddress}|{r.ContactDays}|{r.Sent}|{r.Received}|{r.Meetings}|{r.Label}|{r.Strength:F6}"))),
                Digest("suggestions", suggestions.Select(s => string.Create(CultureInfo.InvariantCulture,
                    $"{s.Suggestion.Key}|{s.Suggestion.Kind}|{s.Suggestion.Score:F6}")))));
        }

        return lines;
    }

    private static string Digest(string name, IEnumerable<string> rows)
    {
        var sorted = rows.Order(StringComparer.Ordinal).ToList();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sorted)));
        return $"{name}={sorted.Count}:{Convert.ToHexString(hash, 0, 6)}";
    }
}

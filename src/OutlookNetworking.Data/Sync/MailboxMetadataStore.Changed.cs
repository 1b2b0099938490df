using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Data.Storage;

namespace OutlookNetworking.Data.Sync;

/// <summary>Reading back only the messages and meetings a night's change log names (Kept/).</summary>
public sealed partial class MailboxMetadataStore
{
    /// <summary>Ids per query: well under SQLite's and PostgreSQL's parameter limits.</summary>
    private const int IdsPerQuery = 500;

    /// <summary>The current content of the named messages and meetings of mailbox <paramref name="number"/>, as
    /// <see cref="LoadAsync"/> reads them; an id not returned is not stored (or, an occurrence, waits for its master).</summary>
    internal static async Task<(List<MessageMeta> Messages, List<MeetingMeta> Meetings)> LoadItemsAsync(AppDbContext db, int number,
        IReadOnlyList<string> messageIds, IReadOnlyList<string> meetingIds, CancellationToken cancellationToken)
    {
        var messages = new List<MessageMeta>();
        foreach (var chunk in messageIds.Chunk(IdsPerQuery))
        {
            var rows = await db.MailMessages.AsNoTracking().Where(m => m.MailboxNumber == number && chunk.Contains(m.Id))
                .ToListAsync(cancellationToken);
            messages.AddRange(rows.Select(ToMessage));
        }

        var meetingRows = new List<MeetingEntity>();
        foreach (var chunk in meetingIds.Chunk(IdsPerQuery))
        {
            meetingRows.AddRange(await db.Meetings.AsNoTracking().Where(m => m.MailboxNumber == number && chunk.Contains(m.Id))
                .ToListAsync(cancellationToken));
        }

        var seriesIds = meetingRows.Where(m => m.FromMaster).Select(m => m.SeriesMasterId).OfType<string>()
            .Distinct(StringComparer.Ordinal).ToList();
        var masters = new Dictionary<string, MeetingMeta>(StringComparer.Ordinal);
        foreach (var chunk in seriesIds.Chunk(IdsPerQuery))
        {
            foreach (var (id, master) in await MastersAsync(db, number, chunk, cancellationToken))
            {
                masters[id] = master;
            }
        }

        return (messages, [.. meetingRows.Select(m => ToMeeting(m, masters)).OfType<MeetingMeta>()]);
    }
}

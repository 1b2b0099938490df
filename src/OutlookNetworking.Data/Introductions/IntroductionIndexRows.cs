using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Introductions;

/// <summary>
/// Keeps the introductions index in step with a mailbox's relationships, within the transaction that writes them (the
/// night, <see cref="Analysis.ResultRows"/>): the rows of the contacts whose relationship moved or went are replaced
/// by the external ones of the fresh result; when every row is written (no kept digests) or too many moved to name,
/// the mailbox's whole index is rebuilt. Internal contacts are never indexed (introductions are for people outside).
/// </summary>
public static class IntroductionIndexRows
{
    /// <summary>Above this many moved contacts the mailbox's index rows are rebuilt rather than named.</summary>
    private const int MostNamed = 1_000;

    internal static async Task StageAsync(AppDbContext db, MailboxKey mailbox, IReadOnlyList<Relationship> fresh,
        IReadOnlyCollection<string>? moved, CancellationToken cancellationToken)
    {
        var (t, u) = (mailbox.TenantId, mailbox.UserId);
        IEnumerable<Relationship> written;
        if (moved is null || moved.Count > MostNamed)
        {
            await db.IntroductionTies.Where(x => x.TenantId == t && x.UserId == u).ExecuteDeleteAsync(cancellationToken);
            written = fresh;
        }
        else if (moved.Count > 0)
        {
            await db.IntroductionTies.Where(x => x.TenantId == t && x.UserId == u && moved.Contains(x.ContactAddress))
                .ExecuteDeleteAsync(cancellationToken);
            written = fresh.Where(r => moved.Contains(r.ContactAddress));
        }
        else
        {
            return;
        }

        foreach (var r in written)
        {
            if (r.IsInternal || DomainOf(r.ContactAddress) is not { Length: > 0 } domain)
            {
                continue;
            }

            db.IntroductionTies.Add(new IntroductionTieEntity
            {
                TenantId = t, UserId = u, ContactAddress = r.ContactAddress, ContactDomain = domain,
                Strength = r.Strength, LastContact = r.LastContact,
            });
        }
    }

    /// <summary>The part after the last <c>@</c>, or null.</summary>
    public static string? DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 || at == address.Length - 1 ? null : address[(at + 1)..];
    }
}

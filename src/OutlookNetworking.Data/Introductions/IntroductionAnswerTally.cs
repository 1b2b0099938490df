using System.Globalization;
using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Data.Introductions;

/// <summary>
/// The per-asker count of introductions answers (the audit), held in memory so that an answer writes nothing: each
/// answer adds one to (tenant, asker, UTC day); <see cref="Take"/> hands the pending counts to the flush (every
/// 30 seconds and on shutdown, <c>IntroductionAnswerFlusher</c>), which adds them to <c>introduction_answer_counts</c>
/// and gives back (<see cref="Restore"/>) what it could not write, so no answer is lost or counted twice. Each web
/// instance holds its own tally; the flush adds, so several instances sum in the table.
/// </summary>
public sealed class IntroductionAnswerTally(TimeProvider time)
{
    private readonly Lock _gate = new();
    private Dictionary<(Guid TenantId, Guid UserId, string Day), int> _pending = [];

    /// <summary>Counts one answer for the asker today (UTC).</summary>
    public void Count(MailboxKey asker)
    {
        var day = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        lock (_gate)
        {
            var key = (asker.TenantId, asker.UserId, day);
            _pending[key] = _pending.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Takes every pending count (the tally is empty afterwards).</summary>
    public IReadOnlyList<IntroductionAnswers> Take()
    {
        Dictionary<(Guid TenantId, Guid UserId, string Day), int> taken;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return [];
            }

            taken = _pending;
            _pending = [];
        }

        return taken.Select(p => new IntroductionAnswers(new MailboxKey(p.Key.TenantId, p.Key.UserId), p.Key.Day, p.Value)).ToList();
    }

    /// <summary>Gives back counts that were taken but not written.</summary>
    public void Restore(IEnumerable<IntroductionAnswers> counts)
    {
        lock (_gate)
        {
            foreach (var c in counts)
            {
                var key = (c.Asker.TenantId, c.Asker.UserId, c.Day);
                _pending[key] = _pending.GetValueOrDefault(key) + c.Answers;
            }
        }
    }
}

/// <summary>Answers one asker received on one UTC day (<c>yyyy-MM-dd</c>) and not yet written.</summary>
public sealed record IntroductionAnswers(MailboxKey Asker, string Day, int Answers);

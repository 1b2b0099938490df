using OutlookNetworking.Data.Sync;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>
/// What the digest asks warm introductions (issue 17): for some of the user's external contacts, which colleague knows
/// each of them well. The introductions index implements it; the answer applies the same consent as
/// <c>GET /api/introductions</c>: nothing when the organisation's setting is off or the asker has not opted in (give to
/// get), and only colleagues of the same organisation who opted in now, never the asker.
/// </summary>
public interface IDigestIntroductions
{
    /// <summary>Per address of <paramref name="addresses"/> (lower-case SMTP) that an opted-in colleague knows well (a
    /// strong tie), that colleague's display name (the best placed one); addresses nobody knows well are absent.</summary>
    Task<IReadOnlyDictionary<string, string>> WhoKnowsWellAsync(MailboxKey asker, IReadOnlyCollection<string> addresses,
        CancellationToken cancellationToken);
}

/// <summary>No introductions (a host without the introductions index): the digest shows no introduction line.</summary>
internal sealed class NoDigestIntroductions : IDigestIntroductions
{
    public Task<IReadOnlyDictionary<string, string>> WhoKnowsWellAsync(MailboxKey asker, IReadOnlyCollection<string> addresses,
        CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
}

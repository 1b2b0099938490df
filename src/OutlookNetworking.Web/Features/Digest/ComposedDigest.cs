using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Web.Features.Digest;

/// <summary>A composed digest: the model (null when there is nothing worth saying) and the health it was
/// built from (null before the mailbox's first analysis), which the sender records for next week's change.</summary>
public sealed record ComposedDigest(DigestModel? Model, NetworkHealth? Health);

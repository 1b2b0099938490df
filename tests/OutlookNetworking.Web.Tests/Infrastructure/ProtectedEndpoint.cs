using System.Net;

namespace OutlookNetworking.Web.Tests.Infrastructure;

/// <summary>An endpoint under the ApiUser policy, as the isolation matrix calls it. <see cref="Path"/> may name
/// the victim's resources (ids of Ava's data); <see cref="OwnerStatus"/> is what Ava gets, and
/// <see cref="OtherUserStatus"/> what any other signed-in, consented user gets for the same request
/// (their own data: 200; someone else's resource: 404). <see cref="ErasesCallerData"/>: the endpoint deletes or changes
/// the caller's data in a way other users' answers see (erasure, the introductions opt-in), so the matrix calls it as
/// each signed-in user on a fresh host of its own.</summary>
public sealed record ProtectedEndpoint(
    string Name, HttpMethod Method, string Path, HttpStatusCode OwnerStatus, HttpStatusCode OtherUserStatus, string? JsonBody = null,
    bool ErasesCallerData = false);

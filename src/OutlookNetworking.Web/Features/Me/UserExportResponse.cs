using OutlookNetworking.Data.Privacy;

namespace OutlookNetworking.Web.Features.Me;

/// <summary><c>GET /api/me/export</c>: every stored row about the user, as the store holds it.</summary>
/// <param name="OptedOut">The user opted out: only a one-way hash of their ids is kept, so <see cref="Data"/> is empty.</param>
public sealed record UserExportResponse(DateTime ExportedAt, Guid TenantId, Guid UserId, bool OptedOut, UserDataExport Data);

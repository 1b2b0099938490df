namespace OutlookNetworking.Web.Features.Home;

/// <summary>The page <c>GET /</c> shows instead of the landing page (the demo host's list of demo users). The
/// production host registers none.</summary>
public interface IHomePage
{
    Task<IResult> RenderAsync(CancellationToken ct);
}

using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Web.Features.Me;

/// <summary><c>GET /api/me/health</c>: the state of the user's network at the last analysis (<see cref="AsOf"/>),
/// each figure with its value 30 days earlier.</summary>
public sealed record HealthResponse(
    DateTime AsOf,
    HealthFigureResponse ActiveTies,
    HealthFigureResponse NewTiesThisMonth,
    HealthFigureResponse FadingTies,
    HealthFigureResponse DormantTies,
    HealthFigureResponse ExternalShare,
    HealthFigureResponse Reciprocity)
{
    internal static HealthResponse From(DateTimeOffset asOf, NetworkHealth h) => new(
        asOf.UtcDateTime,
        HealthFigureResponse.From(h.ActiveTies),
        HealthFigureResponse.From(h.NewTiesThisMonth),
        HealthFigureResponse.From(h.FadingTies),
        HealthFigureResponse.From(h.DormantTies),
        HealthFigureResponse.From(h.ExternalShare),
        HealthFigureResponse.From(h.Reciprocity));
}

using OutlookNetworking.Core.Analysis;

namespace OutlookNetworking.Web.Features.Me;

/// <summary>A network-health figure now, 30 days earlier, and the change.</summary>
public sealed record HealthFigureResponse(double Value, double Previous, double Change)
{
    internal static HealthFigureResponse From(HealthFigure figure) =>
        new(Math.Round(figure.Value, 4), Math.Round(figure.Previous, 4), Math.Round(figure.Change, 4));
}

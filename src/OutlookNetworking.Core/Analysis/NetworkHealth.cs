namespace OutlookNetworking.Core.Analysis;

/// <summary>A figure now and the same figure 30 days earlier.</summary>
public readonly record struct HealthFigure(double Value, double Previous)
{
    public double Change => Value - Previous;
}

/// <summary>The state of the owner's network, each figure with its value 30 days earlier.</summary>
/// <param name="ActiveTies">Two-way ties with contact within their rhythm (not fading or dormant).</param>
/// <param name="NewTiesThisMonth">Ties whose first contact falls in the last 30 days.</param>
/// <param name="FadingTies">Ties silent for a few times their usual gap.</param>
/// <param name="DormantTies">Once-strong ties silent far beyond their rhythm.</param>
/// <param name="ExternalShare">Share of active ties outside the organisation, in [0, 1].</param>
/// <param name="Reciprocity">Mean reciprocity of active ties, in [0, 1].</param>
public sealed record NetworkHealth(
    HealthFigure ActiveTies,
    HealthFigure NewTiesThisMonth,
    HealthFigure FadingTies,
    HealthFigure DormantTies,
    HealthFigure ExternalShare,
    HealthFigure Reciprocity);

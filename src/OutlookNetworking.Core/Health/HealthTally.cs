using OutlookNetworking.Core.Relationships;

namespace OutlookNetworking.Core.Health;

/// <summary>Counts ties by state at one instant.</summary>
internal sealed class HealthTally
{
    public int Active { get; private set; }

    public int New { get; private set; }

    public int Fading { get; private set; }

    public int Dormant { get; private set; }

    private int _activeExternal;
    private double _activeReciprocity;

    public double ExternalShare => Active == 0 ? 0 : _activeExternal / (double)Active;

    public double Reciprocity => Active == 0 ? 0 : _activeReciprocity / Active;

    /// <summary>Adds one two-way tie. <paramref name="isNew"/>: its first contact is within the new-tie window.</summary>
    public void Add(TieState state, bool isNew, bool isInternal, double reciprocity)
    {
        if (isNew)
        {
            New++;
        }

        switch (state)
        {
            case TieState.Active or TieState.New:
                Active++;
                _activeReciprocity += reciprocity;
                if (!isInternal)
                {
                    _activeExternal++;
                }

                break;
            case TieState.Fading:
                Fading++;
                break;
            case TieState.Dormant:
                Dormant++;
                break;
            default:
                break;
        }
    }
}

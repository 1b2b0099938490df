using System.Globalization;
using System.Text;

namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// The generations of each delta stream's sync state in one mailbox, as Exchange keeps them (graph-fidelity GF-9):
/// every page served (a next link or a delta link) writes a new generation of the stream's sync state, and only the
/// last <see cref="Held"/> survive. A link that names an older generation (a next link replayed after a crash, a
/// read-ahead that was superseded, a delta link kept from before the last rounds) answers 410 Gone
/// <c>SyncStateNotFound</c>, with a message in Exchange's words: <c>The sync state generation is not found;
/// generation=149;[highest=157][157][155][156].</c> (reported in microsoftgraph/microsoft-graph-docs #2350 and
/// #2162). The held generations are listed in slot order, slot <c>(g - 1) mod 3</c>, which gives the order of every
/// reported message. A stream is a mail folder or the calendar; any request over it (a new round too) writes the
/// next generation, so two rounds of one stream share one counter.
/// </summary>
internal sealed class SyncStateGenerations
{
    /// <summary>How many generations of a stream's sync state are kept.</summary>
    public const int Held = 3;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, GenerationRing> _streams = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Writes the stream's next generation and returns its number (1, 2, …).</summary>
    public long Issue(string stream)
    {
        lock (_gate)
        {
            if (!_streams.TryGetValue(stream, out var state))
            {
                state = new GenerationRing();
                _streams[stream] = state;
            }

            state.Highest++;
            state.Slots[(state.Highest - 1) % Held] = state.Highest;
            return state.Highest;
        }
    }

    /// <summary>True when <paramref name="generation"/> is still held; otherwise <paramref name="error"/> is Exchange's message.</summary>
    public bool Holds(string stream, long generation, out string error)
    {
        lock (_gate)
        {
            var state = _streams.GetValueOrDefault(stream);
            var highest = state?.Highest ?? 0;
            if (state is not null && generation > 0 && generation <= highest && generation > highest - Held)
            {
                error = "";
                return true;
            }

            var text = new StringBuilder("The sync state generation is not found; generation=")
                .Append(generation.ToString(CultureInfo.InvariantCulture))
                .Append(";[highest=").Append(highest.ToString(CultureInfo.InvariantCulture)).Append(']');
            foreach (var slot in state?.Slots ?? [])
            {
                if (slot > 0)
                {
                    text.Append('[').Append(slot.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            error = text.Append('.').ToString();
            return false;
        }
    }

    /// <summary>The newest generation of a stream (0 before any page), for tests and the control surface.</summary>
    public long Highest(string stream)
    {
        lock (_gate)
        {
            return _streams.GetValueOrDefault(stream)?.Highest ?? 0;
        }
    }

    private sealed class GenerationRing
    {
        public long Highest { get; set; }

        public long[] Slots { get; } = new long[Held];
    }
}

namespace OutlookNetworking.Cli.Commands.Load;

/// <summary>What runs in the host during a <c>load</c> run.</summary>
internal enum NightKind
{
    /// <summary>No night: the API alone (the baseline).</summary>
    None,

    /// <summary>Ordinary nights back to back: delta sync of every folder, analysis of every mailbox, digests.</summary>
    Delta,

    /// <summary>Nights that read every folder again from scratch (the simulator expires the delta tokens first), then
    /// analyse and send as usual: the heaviest night there is.</summary>
    Full,
}

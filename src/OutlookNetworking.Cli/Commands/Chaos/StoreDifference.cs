namespace OutlookNetworking.Cli.Commands.Chaos;

/// <summary>How a store differs from the expected one, by row key (<c>table/mailbox/id</c>).</summary>
internal sealed record StoreDifference(
    IReadOnlyList<string> Lost, IReadOnlyList<string> Extra, IReadOnlyList<string> Changed, int Duplicates)
{
    public bool IsEmpty => Lost.Count == 0 && Extra.Count == 0 && Changed.Count == 0 && Duplicates == 0;

    public override string ToString() =>
        $"{Lost.Count} lost, {Extra.Count} extra, {Changed.Count} changed, {Duplicates} duplicated"
        + (IsEmpty ? "" : $" (first: {Lost.Concat(Extra).Concat(Changed).First()})");
}

namespace OutlookNetworking.GraphSimulator.Tests.Fuzz;

/// <summary>One generated <c>.jsonl</c> line: its text, the mutation applied, and whether the format's rules keep it.</summary>
internal sealed record FuzzLine(string Text, string Mutation, bool Keep);

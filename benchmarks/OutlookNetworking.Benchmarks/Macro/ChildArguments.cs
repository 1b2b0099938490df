namespace OutlookNetworking.Benchmarks.Macro;

/// <summary><c>--name value</c> pairs and <c>--flag</c>s of a <c>macro-child</c> command.</summary>
internal sealed class ChildArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public ChildArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.", nameof(args));
            }

            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            _values[args[i][2..]] = hasValue ? args[++i] : null;
        }
    }

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) && value is not null ? value : throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _values.ContainsKey(name);
}

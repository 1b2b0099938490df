using System.Globalization;
using System.Text.Json;

namespace OutlookNetworking.Benchmarks.Macro;

/// <summary>Collects the run's figures; prints them as a table and, last, as one line of JSON.</summary>
internal sealed class Figures
{
    private readonly List<Figure> _figures = [];
    private readonly List<KeyValuePair<string, object?>> _summary = [];

    public IReadOnlyList<Figure> All => _figures;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Put(figure.Key, Round(figure.Value));
        if (figure.BaselineKey is not null)
        {
            Put(figure.BaselineKey, Round(figure.Baseline));
        }

        if (figure.RatioKey is not null)
        {
            Put(figure.RatioKey, Round(figure.Ratio));
        }
    }

    /// <summary>A value that goes into the JSON summary only (context: machine, mode, counts).</summary>
    public void Put(string key, object? value)
    {
        _summary.RemoveAll(p => p.Key == key);
        _summary.Add(new(key, value));
    }

    public void WriteTable(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"figure",-52} {"value",14} {"baseline",14} {"ratio",8}  {"goal",-22} met");
        output.WriteLine(new string('-', 120));
        foreach (var f in _figures)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.Name,-52} {Show(f.Value, f.Unit),14} {Show(f.Baseline, f.Unit),14} {(f.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : ""),8}  {f.Goal,-22} {(f.Met is null ? "" : f.Met.Value ? "yes" : "NO")}"));
        }

        output.WriteLine();
    }

    public string SummaryJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in _summary)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, v >= 100 ? 0 : 3) : null;

    private static string Show(double? value, string unit) => value switch
    {
        null => "",
        >= 1000 => value.Value.ToString("N0", CultureInfo.InvariantCulture) + " " + unit,
        >= 10 => value.Value.ToString("0.0", CultureInfo.InvariantCulture) + " " + unit,
        _ => value.Value.ToString("0.00", CultureInfo.InvariantCulture) + " " + unit,
    };
}

using System.Text.Json;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is the API's one contract: the task pane's TypeScript types are generated from a committed copy
/// of it (<c>src/OutlookNetworking.TaskPane/openapi/v1.json</c>), and this keeps that copy equal to what the host serves
/// at <c>/openapi/v1.json</c>. <c>scripts/refresh-api-contract.sh</c> refreshes the copy (it runs this class with
/// <see cref="RefreshVariable"/>=1, which writes the served document instead of failing) and regenerates the types.
/// </summary>
public sealed class OpenApiContractTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>
{
    public const string RefreshVariable = "OUTLOOKNETWORKING_REFRESH_OPENAPI";

    private static readonly string CommittedCopy = Path.Combine(RepositoryRoot(), "src", "OutlookNetworking.TaskPane", "openapi", "v1.json");

    [Fact]
    public async Task CommittedCopy_EqualsTheServedDocument()
    {
        var served = await ServedAsync();
        if (Environment.GetEnvironmentVariable(RefreshVariable) == "1")
        {
            await File.WriteAllTextAsync(CommittedCopy, served);
        }

        var committed = File.Exists(CommittedCopy) ? Normalize(await File.ReadAllTextAsync(CommittedCopy)) : null;

        Assert.True(committed == served, committed is null
            ? $"{CommittedCopy} is missing. {HowToRefresh}"
            : $"{CommittedCopy} is not what the host serves at /openapi/v1.json ({FirstDifference(committed, served)}). {HowToRefresh}");
    }

    [Fact]
    public async Task Document_SuggestionKind_AnEnumOfEveryKindsWireName()
    {
        using var document = JsonDocument.Parse(await ServedAsync());
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        var kind = schemas.GetProperty("SuggestionKind");
        Assert.Equal("string", kind.GetProperty("type").GetString());
        Assert.Equal(Enum.GetValues<SuggestionKind>().Select(SuggestionKindNames.ToWireName), kind.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("#/components/schemas/SuggestionKind",
            schemas.GetProperty("SuggestionResponse").GetProperty("properties").GetProperty("kind").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task Document_StrengthLabel_ANullableEnumOfEveryLabel()
    {
        using var document = JsonDocument.Parse(await ServedAsync());
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        Assert.Equal(Enum.GetValues<StrengthLabel>().Select(StrengthLabels.ToWireName),
            schemas.GetProperty("StrengthLabel").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        var choices = schemas.GetProperty("PersonCard").GetProperty("properties").GetProperty("strengthLabel").GetProperty("oneOf")
            .EnumerateArray().Select(c => c.TryGetProperty("$ref", out var r) ? r.GetString() : c.GetProperty("type").GetString());
        Assert.Equal(["null", "#/components/schemas/StrengthLabel"], choices);
    }

    [Fact]
    public async Task Document_Numbers_AreNumbersOnly()
    {
        using var document = JsonDocument.Parse(await ServedAsync());
        var properties = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("PersonCard").GetProperty("properties");

        Assert.Equal("integer", properties.GetProperty("contactDays").GetProperty("type").GetString());
        Assert.Equal(["null", "number"], properties.GetProperty("strength").GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("integer", properties.GetProperty("monthlyContactDays").GetProperty("items").GetProperty("type").GetString());
        Assert.False(properties.GetProperty("contactDays").TryGetProperty("pattern", out _));
    }

    [Fact]
    public async Task Document_NamesNoServer()
    {
        using var document = JsonDocument.Parse(await ServedAsync());

        Assert.False(document.RootElement.TryGetProperty("servers", out var servers) && servers.GetArrayLength() > 0, "servers would name the address the request came to");
    }

    private const string HowToRefresh =
        "Refresh it with scripts/refresh-api-contract.sh (writes the served document there and regenerates "
        + "src/OutlookNetworking.TaskPane/src/api/schema.d.ts from it), then build the task pane (npm run build), which "
        + "names every place a changed contract must be handled, and commit both files.";

    private async Task<string> ServedAsync()
    {
        using var client = fixture.Host.CreateClient();
        return Normalize(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
    }

    /// <summary>Line ends as \n and one final newline, so a checkout with other line ends compares equal.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static string FirstDifference(string committed, string served)
    {
        var a = committed.Split('\n');
        var b = served.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i].Trim() : "(end of file)";
            var right = i < b.Length ? b[i].Trim() : "(end of document)";
            if (left != right)
            {
                return $"first difference at line {i + 1}: committed `{left}`, served `{right}`";
            }
        }

        return "they differ in white space only";
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutlookNetworking.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OutlookNetworking.sln not found above " + AppContext.BaseDirectory);
    }
}

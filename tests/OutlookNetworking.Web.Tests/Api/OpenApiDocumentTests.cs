using System.Net;
using System.Text.Json;
using OutlookNetworking.Web.Tests.Infrastructure;

namespace OutlookNetworking.Web.Tests.Api;

public sealed class OpenApiDocumentTests(SeededApiHostFixture fixture) : IClassFixture<SeededApiHostFixture>
{
    [Fact]
    public async Task Document_Anonymous_DescribesTheBearerScheme()
    {
        var document = await ReadAsync();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.Text("type"));
        Assert.Equal("bearer", scheme.Text("scheme"));
        Assert.Equal("JWT", scheme.Text("bearerFormat"));
    }

    [Fact]
    public async Task Document_EveryProtectedEndpoint_ListedWithBearerAndItsResponses()
    {
        var paths = (await ReadAsync()).GetProperty("paths");

        foreach (var endpoint in IsolationMatrix.Endpoints)
        {
            var template = Template(endpoint.Path);
            Assert.True(paths.TryGetProperty(template, out var path), $"{template} is missing");
            Assert.True(path.TryGetProperty(endpoint.Method.Method.ToLowerInvariant(), out var operation), $"{endpoint.Method} {template} is missing");
            Assert.Equal("Bearer", Assert.Single(Assert.Single(operation.GetProperty("security").EnumerateArray()).EnumerateObject()).Name);
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty(((int)endpoint.OwnerStatus).ToString(), out _), $"{endpoint.Name}: no {(int)endpoint.OwnerStatus}");
            if (template.StartsWith("/api/auth/", StringComparison.Ordinal))
            {
                continue; // sign-in probes of the auth feature
            }

            Assert.True(responses.TryGetProperty("401", out _), $"{endpoint.Name}: no 401");
            Assert.True(responses.TryGetProperty("403", out _), $"{endpoint.Name}: no 403");
            if (endpoint.JsonBody is not null)
            {
                Assert.True(operation.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
                Assert.True(responses.TryGetProperty("400", out _) && responses.TryGetProperty("413", out _), $"{endpoint.Name}: body problems");
            }
        }
    }

    [Fact]
    public async Task Document_Config_AnonymousWithoutSecurity()
    {
        var operation = (await ReadAsync()).GetProperty("paths").GetProperty("/api/config").GetProperty("get");

        Assert.False(operation.TryGetProperty("security", out _));
    }

    [Fact]
    public async Task Document_SuggestionsTop_IntegerWithItsRange()
    {
        var operation = (await ReadAsync()).GetProperty("paths").GetProperty("/api/suggestions").GetProperty("get");

        var top = operation.GetProperty("parameters").EnumerateArray().Single(p => p.Text("name") == "top").GetProperty("schema");
        Assert.Equal("integer", top.Text("type"));
        Assert.Equal(1, top.GetProperty("minimum").GetInt32());
        Assert.Equal(50, top.GetProperty("maximum").GetInt32());
        Assert.Equal(5, top.GetProperty("default").GetInt32());
    }

    private async Task<JsonElement> ReadAsync()
    {
        using var client = fixture.Host.CreateClient();
        return await client.GetJsonAsync("/openapi/v1.json", HttpStatusCode.OK);
    }

    /// <summary>The route template of a matrix path: <c>/api/suggestions/s_…/done</c> -> <c>/api/suggestions/{id}/done</c>.</summary>
    private static string Template(string path)
    {
        var bare = path.Split('?')[0];
        var parts = bare.Split('/');
        if (parts.Length > 3 && parts[2] == "suggestions")
        {
            parts[3] = "{id}";
        }

        if (parts.Length > 3 && parts[2] == "contacts")
        {
            parts[3] = "{address}";
        }

        return string.Join('/', parts);
    }
}

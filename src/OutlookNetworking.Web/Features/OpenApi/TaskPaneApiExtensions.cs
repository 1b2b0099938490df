using Microsoft.AspNetCore.OpenApi;
using OutlookNetworking.Web.Features.Me;
using OutlookNetworking.Web.Features.People;
using OutlookNetworking.Web.Features.Suggestions;

namespace OutlookNetworking.Web.Features.OpenApi;

/// <summary>
/// The task-pane API's services (docs/api.md) and its OpenAPI document at <c>/openapi/v1.json</c>, which
/// describes every <c>/api</c> endpoint with its responses and the bearer scheme. The document is the API's one contract:
/// the task pane's TypeScript types are generated from a committed copy of it
/// (<c>src/OutlookNetworking.TaskPane/openapi/v1.json</c>), which <c>OpenApiContractTests</c> keeps equal to it.
/// </summary>
public static class TaskPaneApiExtensions
{
    /// <summary>The name of the one OpenAPI document (so its URL is <c>/openapi/v1.json</c>).</summary>
    public const string DocumentName = "v1";

    /// <summary>Registers the API's services.</summary>
    public static WebApplicationBuilder AddTaskPaneApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<UserMailboxes>();
        services.AddSingleton<RankedSuggestions>();
        services.AddTaskPaneReadCaches();
        services.AddSingleton<PeopleCards>();
        services.AddSingleton<Introductions.IntroductionFinder>();
        services.AddSingleton<Data.Introductions.IntroductionAnswerTally>();
        services.AddSingleton<Introductions.IntroductionAnswerFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<Introductions.IntroductionAnswerFlusher>());
        services.AddSingleton<SuggestionFeedbackRecorder>();
        services.AddSingleton<UserDataEraser>();
        services.AddHttpClient();
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "OutlookNetworking task-pane API";
                document.Info.Description = "Relationship cards and follow-up suggestions for the signed-in user (docs/api.md). "
                    + "Every error is an RFC 9457 problem with a `code`.";
                // No server list: the task pane calls its own origin, and the generator would name the address this
                // request came to (a proxy's inside address behind one), so the document would differ by host.
                document.Servers = [];
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer<BearerSecurityTransformer>();
            options.AddSchemaTransformer<WireNumbersSchemaTransformer>();
            options.AddDocumentTransformer<ClosedSetsDocumentTransformer>();
        });
        return builder;
    }

    /// <summary>Serves the OpenAPI document (anonymous: it holds no data) at <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}

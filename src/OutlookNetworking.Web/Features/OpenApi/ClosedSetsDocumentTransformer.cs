using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Web.Features.People;
using OutlookNetworking.Web.Features.Suggestions;

namespace OutlookNetworking.Web.Features.OpenApi;

/// <summary>
/// Describes the closed sets of text values the API writes (a suggestion's kind, a tie's strength label) as named enum
/// schemas, listed from the C# enums' wire names, and points the properties that carry them at those schemas. The task
/// pane's types are generated from this document (src/OutlookNetworking.TaskPane/README.md), so a new member of one of
/// these enums reaches its TypeScript union, and the pane's switches over it stop compiling until they handle it.
/// </summary>
internal sealed class ClosedSetsDocumentTransformer : IOpenApiDocumentTransformer
{
    private static readonly ClosedSet[] Sets =
    [
        new(nameof(SuggestionKind),
            "What a suggestion asks the user to do; one detector each (docs/engine.md). A new kind may be added: clients handle every value.",
            Enum.GetValues<SuggestionKind>().Select(SuggestionKindNames.ToWireName),
            [(nameof(SuggestionResponse), nameof(SuggestionResponse.Kind))]),
        new(nameof(StrengthLabel),
            "A tie's label as of now: its state (fading, dormant, new) or, for an active tie, its strength (strong, steady, light).",
            Enum.GetValues<StrengthLabel>().Select(StrengthLabels.ToWireName),
            [(nameof(PersonCard), nameof(PersonCard.StrengthLabel))]),
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components?.Schemas
            ?? throw new InvalidOperationException("The OpenAPI document has no component schemas to describe closed sets in.");
        foreach (var set in Sets)
        {
            schemas[set.Name] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = set.Description,
                Enum = set.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
            };
            foreach (var (schemaName, propertyName) in set.UsedBy)
            {
                var property = JsonNamingPolicy.CamelCase.ConvertName(propertyName);
                if (!schemas.TryGetValue(schemaName, out var owner) || owner.Properties?.TryGetValue(property, out var current) != true)
                {
                    throw new InvalidOperationException($"The OpenAPI document has no {schemaName}.{property} to describe as {set.Name}.");
                }

                owner.Properties[property] = Reference(set.Name, current!, document);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The property as a reference to the named set, nullable when it was, keeping its description.</summary>
    private static IOpenApiSchema Reference(string name, IOpenApiSchema current, OpenApiDocument document)
    {
        var reference = new OpenApiSchemaReference(name, document);
        if (current.Type is { } type && (type & JsonSchemaType.Null) != 0)
        {
            return new OpenApiSchema { Description = current.Description, OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference] };
        }

        reference.Description = current.Description;
        return reference;
    }

    private sealed record ClosedSet(string Name, string Description, IEnumerable<string> Values, (string Schema, string Property)[] UsedBy);
}

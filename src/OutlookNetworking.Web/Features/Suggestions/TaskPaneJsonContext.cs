using System.Text.Json;
using System.Text.Json.Serialization;
using OutlookNetworking.Web.Features.Introductions;
using OutlookNetworking.Web.Features.People;

namespace OutlookNetworking.Web.Features.Suggestions;

/// <summary>
/// Source-generated JSON for the task pane's hot responses (web defaults: camelCase, nulls written, as the reflection
/// serializer writes them), first in the HTTP JSON resolver chain; every other type still goes through reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PeopleResponse))]
[JsonSerializable(typeof(IntroductionsResponse))]
[JsonSerializable(typeof(SuggestionListResponse))]
internal sealed partial class TaskPaneJsonContext : JsonSerializerContext;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// The directory: <c>GET /users</c> (<c>$select</c>, <c>$top</c>, absolute next links; default page
/// 100, at most 999), <c>GET /users/{id or UPN}</c>, <c>GET /users/{id}/mailboxSettings</c> (<c>$select</c> applied) and
/// <c>GET /places/microsoft.graph.room</c>.
/// </summary>
internal static class UsersApi
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 999;
    private static readonly int MailboxSettings = FieldNames.GetOrAdd("mailboxSettings");

    /// <summary>String collections Graph answers <c>[]</c> for when a user has none, never null: <c>businessPhones</c>,
    /// <c>otherMails</c> and <c>proxyAddresses</c> (docs: user resource, each "not nullable" or a collection).</summary>
    private static readonly HashSet<string> EmptyCollections = new(StringComparer.Ordinal) { "businessPhones", "otherMails", "proxyAddresses" };

    public static void MapUsersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1.0/users", ListAsync);
        routes.MapGet("/v1.0/users/{user}", GetAsync);
        routes.MapGet("/v1.0/users/{user}/mailboxSettings", MailboxSettingsAsync);
        routes.MapGet("/v1.0/places/microsoft.graph.room", RoomsAsync);
    }

    private static async Task ListAsync(HttpContext context, SimulatorState state)
    {
        var request = context.Request;
        var token = PageToken.TryDecode(request.Query["$skiptoken"]);
        if (request.Query.ContainsKey("$skiptoken") && token is null)
        {
            await GraphErrors.BadRequest(context, "The skip token is invalid.");
            return;
        }

        var raw = token?.Select ?? SelectQuery.RawFrom(request);
        var select = SelectQuery.Parse(raw, "user", GraphProperties.User, out var error, out _);
        if (select is null)
        {
            await GraphErrors.BadRequest(context, error ?? "Invalid $select.", "Request_BadRequest");
            return;
        }

        var pageSize = token?.PageSize ?? DefaultPageSize;
        if (token is null)
        {
            if (request.Query.TryGetValue("$top", out var top))
            {
                if (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > MaxPageSize)
                {
                    await GraphErrors.BadRequest(context, $"Invalid page size specified: '{top}'. Must be between 1 and {MaxPageSize} inclusive.", "Request_UnsupportedQuery");
                    return;
                }
            }
            else if (RequestPreferences.Of(context).MaxPageSize is { } preferred)
            {
                pageSize = Math.Min(preferred, MaxPageSize);
            }
        }

        var offset = token?.Offset ?? 0;
        var users = state.Snapshot.UserPayloads;
        var end = Math.Min(users.Count, offset + pageSize);
        var root = GraphJson.ServiceRoot(context);
        var next = end < users.Count
            ? $"{root}/users?$skiptoken={new PageToken(end, raw, pageSize).Encode()}"
            : null;
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, next, users, offset, end, select), static (writer, page) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", page.root + "/$metadata#users");
            if (page.next is not null)
            {
                writer.WriteString("@odata.nextLink", page.next);
            }

            writer.WriteStartArray("value");
            for (var i = page.offset; i < page.end; i++)
            {
                WriteUser(writer, page.users[i], page.select);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static async Task GetAsync(HttpContext context, string user, SimulatorState state)
    {
        var found = state.Snapshot.FindUser(user);
        if (found is null)
        {
            await NotFoundAsync(context, user);
            return;
        }

        var select = SelectQuery.Parse(SelectQuery.RawFrom(context.Request), "user", GraphProperties.User, out var error, out _);
        if (select is null)
        {
            await GraphErrors.BadRequest(context, error ?? "Invalid $select.", "Request_BadRequest");
            return;
        }

        var payload = state.Snapshot.UserPayloads[IndexOf(state, found.Id)];
        var root = GraphJson.ServiceRoot(context);
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, payload, select), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", s.root + "/$metadata#users/$entity");
            WriteUserBody(writer, s.payload, s.select);
            writer.WriteEndObject();
        });
    }

    private static async Task MailboxSettingsAsync(HttpContext context, string user, SimulatorState state)
    {
        var found = state.Snapshot.FindUser(user);
        if (found is null)
        {
            await GraphErrors.InvalidUser(context, user);
            return;
        }

        var payload = state.Snapshot.UserPayloads[IndexOf(state, found.Id)];
        var root = GraphJson.ServiceRoot(context);
        var selected = SelectQuery.RawFrom(context.Request)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, found.Id, payload, selected), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", $"{s.root}/$metadata#users('{s.Id}')/mailboxSettings");
            var hasZone = false;
            var hasPurpose = false;
            if (s.payload.TryGetRaw(MailboxSettings, out var raw) && raw.Length > 1 && raw[0] == (byte)'{')
            {
                using var settings = JsonDocument.Parse(raw.ToArray());
                foreach (var property in settings.RootElement.EnumerateObject())
                {
                    hasZone |= property.NameEquals("timeZone");
                    hasPurpose |= property.NameEquals("userPurpose");
                    if (s.selected is null || s.selected.Contains(property.Name))
                    {
                        property.WriteTo(writer);
                    }
                }
            }

            if (!hasZone && (s.selected is null || s.selected.Contains("timeZone")))
            {
                writer.WriteString("timeZone", "UTC");
            }

            if (!hasPurpose && (s.selected is null || s.selected.Contains("userPurpose")))
            {
                writer.WriteString("userPurpose", "user");
            }

            writer.WriteEndObject();
        });
    }

    private static Task RoomsAsync(HttpContext context, SimulatorState state)
    {
        var root = GraphJson.ServiceRoot(context);
        return GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, state.Snapshot.Rooms, state.Snapshot.RoomPayloads), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", s.root + "/$metadata#places/microsoft.graph.room");
            writer.WriteStartArray("value");
            for (var i = 0; i < s.Rooms.Count; i++)
            {
                writer.WriteStartObject();
                var payload = s.RoomPayloads[i];
                payload.WriteAll(writer, [FieldNames.Id]);
                writer.WriteString("id", payload.GetString(FieldNames.Id) ?? RoomId(s.Rooms[i].EmailAddress));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteUser(Utf8JsonWriter writer, JsonPayload payload, SelectQuery select)
    {
        writer.WriteStartObject();
        WriteUserBody(writer, payload, select);
        writer.WriteEndObject();
    }

    private static void WriteUserBody(Utf8JsonWriter writer, JsonPayload payload, SelectQuery select)
    {
        if (select.IsPresent)
        {
            foreach (var field in select.FieldIds)
            {
                WriteField(writer, payload, field);
            }
        }
        else
        {
            foreach (var name in GraphProperties.UserDefault)
            {
                WriteField(writer, payload, FieldNames.GetOrAdd(name));
            }
        }

        if (payload.TryGetRaw(FieldNames.Id, out var id))
        {
            writer.WritePropertyName(FieldNames.Encoded(FieldNames.Id));
            writer.WriteRawValue(id, skipInputValidation: true);
        }
    }

    private static void WriteField(Utf8JsonWriter writer, JsonPayload payload, int field)
    {
        writer.WritePropertyName(FieldNames.Encoded(field));
        if (payload.TryGetRaw(field, out var raw))
        {
            writer.WriteRawValue(raw, skipInputValidation: true);
        }
        else if (EmptyCollections.Contains(FieldNames.Name(field)))
        {
            writer.WriteStartArray();
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static int IndexOf(SimulatorState state, string id)
    {
        var users = state.Snapshot.Users;
        for (var i = 0; i < users.Count; i++)
        {
            if (string.Equals(users[i].Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static Task NotFoundAsync(HttpContext context, string user) =>
        GraphErrors.WriteAsync(
            context,
            StatusCodes.Status404NotFound,
            "Request_ResourceNotFound",
            $"Resource '{user}' does not exist or one of its queried reference-property objects are not present.");

    private static string RoomId(string address)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(address.ToUpperInvariant()));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}

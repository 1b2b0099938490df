using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>
/// <c>GET /groups</c>: the snapshot's <c>groups.json</c> in one page, each as written (Graph's <c>group</c> resource;
/// <c>$select</c> is not applied). <c>$filter=mailEnabled eq true</c> keeps the mail-enabled ones (distribution lists,
/// Microsoft 365 groups); any other <c>$filter</c> is refused with 400. Dynamic distribution groups are never listed
/// (graph-fidelity GF-14).
/// </summary>
internal static partial class GroupsApi
{
    public static void MapGroupsApi(this IEndpointRouteBuilder routes) => routes.MapGet("/v1.0/groups", ListAsync);

    private static async Task ListAsync(HttpContext context, SimulatorState state)
    {
        var mailEnabledOnly = false;
        if (context.Request.Query.TryGetValue("$filter", out var filter))
        {
            if (!MailEnabledFilter().IsMatch(filter.ToString()))
            {
                await GraphErrors.BadRequest(context, "The simulator evaluates only $filter=mailEnabled eq true on groups.", "Request_UnsupportedQuery");
                return;
            }

            mailEnabledOnly = true;
        }

        var snapshot = state.Snapshot;
        // Dynamic distribution groups live in Exchange only: Graph never lists them (GF-14).
        var shown = Enumerable.Range(0, snapshot.Groups.Count)
            .Where(i => !snapshot.Groups[i].IsDynamicDistributionGroup && (!mailEnabledOnly || snapshot.Groups[i].MailEnabled)).ToList();
        var root = GraphJson.ServiceRoot(context);
        await GraphJson.WriteAsync(context, StatusCodes.Status200OK, (root, shown, snapshot.GroupPayloads), static (writer, s) =>
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", s.root + "/$metadata#groups");
            writer.WriteStartArray("value");
            foreach (var i in s.shown)
            {
                writer.WriteStartObject();
                s.GroupPayloads[i].WriteAll(writer, []);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    [GeneratedRegex(@"^\s*mailEnabled\s+eq\s+true\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MailEnabledFilter();
}

using Microsoft.Extensions.Options;
using Microsoft.Graph.Groups;
using Microsoft.Graph.Models.ODataErrors;
using OutlookNetworking.Graph.Client;
using OutlookNetworking.Graph.Sync;

namespace OutlookNetworking.Graph.Directory;

/// <summary>
/// Reads the organisation's mail-enabled groups (<c>GET /groups?$filter=mailEnabled eq true</c>, their id, name and
/// addresses only; GroupMember.Read.All): mail to a distribution list is not a relationship with a person, and the
/// engine drops it as noise. A tenant whose consent predates that permission answers 403: then the lists are unknown
/// (null) and the night goes on without them.
/// </summary>
public sealed class DistributionListReader(GraphClientProvider clients, IOptions<GraphOptions> options, TimeProvider time)
{
    private static readonly string[] Fields = ["id", "displayName", "mail", "proxyAddresses"];

    /// <summary>The tenant's mail-enabled groups, or null when the app may not read them (403).</summary>
    public async Task<IReadOnlyList<DirectoryGroup>?> ReadAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        try
        {
            return await TransientRetry.RunAsync(ct => ReadOnceAsync(tenantId, ct), options.Value.MaxPageAttempts,
                options.Value.RetryBaseDelay, time, cancellationToken);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 403)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<DirectoryGroup>> ReadOnceAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var client = clients.For(tenantId);
        var result = new List<DirectoryGroup>();
        var page = await client.Groups.GetAsync(c =>
        {
            c.QueryParameters.Filter = "mailEnabled eq true";
            c.QueryParameters.Select = Fields;
            c.QueryParameters.Top = 999;
        }, cancellationToken);
        while (page is not null)
        {
            foreach (var group in page.Value ?? [])
            {
                if (Guid.TryParse(group.Id, out var id) && !string.IsNullOrWhiteSpace(group.Mail))
                {
                    var mail = group.Mail.Trim().ToLowerInvariant();
                    var aliases = (group.ProxyAddresses ?? [])
                        .Where(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase))
                        .Select(p => p[5..].Trim().ToLowerInvariant())
                        .Where(a => a.Length > 0 && a != mail).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                    result.Add(new DirectoryGroup(id, mail, group.DisplayName ?? mail, aliases));
                }
            }

            page = page.OdataNextLink is { } next
                ? await new GroupsRequestBuilder(next, client.RequestAdapter).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return result;
    }
}

using Microsoft.Kiota.Abstractions;

namespace OutlookNetworking.Graph.Client;

/// <summary>Rides on each Graph request (Kiota copies request options into the HTTP request) so the handlers know which
/// tenant's token it carries.</summary>
internal sealed record GraphTenantOption(Guid TenantId) : IRequestOption;

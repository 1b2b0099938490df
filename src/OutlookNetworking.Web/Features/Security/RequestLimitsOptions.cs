using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Web.Features.Security;

/// <summary>Configuration section <c>RequestLimits</c>.</summary>
public sealed class RequestLimitsOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Largest request body accepted, in bytes. Default 64 KiB: every API call and form is a few hundred bytes.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
}

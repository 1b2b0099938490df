using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Web.Features.Lifecycle;

/// <summary>Configuration section <c>Retention</c>: how long synced metadata and logs are kept.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days of mail and meeting metadata, feedback, digest records and audit entries kept. Default 400:
    /// a year of rhythm (the engine reads 13 months back) plus a margin.</summary>
    [Range(30, 3650)]
    public int Days { get; set; } = 400;

    /// <summary>When the nightly purge runs (cron, UTC). Default <c>30 3 * * *</c>.</summary>
    [Required]
    public string PurgeCron { get; set; } = "30 3 * * *";
}

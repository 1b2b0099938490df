using System.ComponentModel.DataAnnotations;

namespace OutlookNetworking.Web.Hosting;

/// <summary>Configuration section <c>App</c>.</summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    /// <summary>Folder for local state: the SQLite file, the demo tenant. Default <c>.outlooknetworking</c>
    /// under the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = ".outlooknetworking";

    /// <summary>The public https origin users reach (links in the digest, the manifest). Default:
    /// the first URL the host listens on.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Outlook on the web, for links back to a thread or meeting. Default <c>https://outlook.office.com</c>
    /// (set <c>https://outlook.office365.us</c> and the like for sovereign clouds).</summary>
    [Required]
    [Url]
    public string OutlookWebBaseUrl { get; set; } = "https://outlook.office.com";

    /// <summary>What this instance does; also <c>--role web|worker|all</c> on the command line. Default <see cref="HostRole.All"/>.</summary>
    public HostRole Role { get; set; } = HostRole.All;
}

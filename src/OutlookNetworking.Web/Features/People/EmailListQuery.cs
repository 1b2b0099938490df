using Microsoft.AspNetCore.Http.HttpResults;
using OutlookNetworking.Core.Addresses;
using OutlookNetworking.Web.Features.OpenApi;

namespace OutlookNetworking.Web.Features.People;

/// <summary>
/// The <c>emails</c> query of the endpoints about the people on the open email (<c>/api/people</c>,
/// <c>/api/introductions</c>): comma-separated and/or repeated, 1 to <see cref="MaxAddresses"/> addresses, each
/// normalised (<see cref="EmailAddresses.Normalize"/>) and kept once, in the order sent.
/// </summary>
internal static class EmailListQuery
{
    /// <summary>Most addresses per request. Default 50: the people of one email or meeting (the pane caps at it too).</summary>
    public const int MaxAddresses = 50;

    /// <summary>The addresses, or the 400 problem that says what is wrong with the input.</summary>
    public static (IReadOnlyList<string>? Addresses, ValidationProblem? Problem) Parse(string[]? emails)
    {
        var entries = (emails ?? [])
            .SelectMany(e => e.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        if (entries.Count == 0)
        {
            return (null, ApiProblems.Invalid("emails", "emails is required: 1 to 50 comma-separated addresses."));
        }

        if (entries.Count > MaxAddresses)
        {
            return (null, ApiProblems.Invalid("emails", $"At most {MaxAddresses} addresses per request; {entries.Count} were sent."));
        }

        var addresses = new List<string>(entries.Count);
        foreach (var entry in entries)
        {
            if (EmailAddresses.Normalize(entry) is not { } address)
            {
                return (null, ApiProblems.Invalid("emails", $"'{Shorten(entry)}' is not an email address."));
            }

            if (!addresses.Contains(address, StringComparer.Ordinal))
            {
                addresses.Add(address);
            }
        }

        return (addresses, null);
    }

    private static string Shorten(string entry) => entry.Length <= 80 ? entry : entry[..80] + "…";
}

using System.Globalization;

namespace OutlookNetworking.Cli.Commands;

/// <summary>The readable form of <c>analyze</c>'s output.</summary>
internal static class AnalyzeTable
{
    public static async Task WriteAsync(AnalyzeReport report, TextWriter output)
    {
        await output.WriteLineAsync($"{report.Tenant.DisplayName} at {report.Now:yyyy-MM-dd HH:mm} UTC");
        foreach (var user in report.Users)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"== {user.DisplayName} <{user.Mail}>");
            if (user.Skipped.Count > 0)
            {
                await output.WriteLineAsync("   skipped: " + string.Join(", ", user.Skipped.Select(s => $"{s.Key} {s.Value}")));
            }

            await output.WriteLineAsync("   Suggestions (* = today's list)");
            foreach (var s in user.Suggestions)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"   {(s.Today ? '*' : ' ')} {s.Kind,-20} {s.Score,5:0.00}  {s.Contact.DisplayName ?? s.Contact.Address}: {s.Reason}"));
            }

            await output.WriteLineAsync("   Contacts (strongest first)");
            await output.WriteLineAsync($"     {"contact",-36} {"strength",8} {"label",-8} {"last",-10} {"days",5} {"sent",5} {"recv",5} {"meet",5} {"gap",6}");
            foreach (var c in user.Contacts.Take(15))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"     {Truncate(c.DisplayName ?? c.Address, 36),-36} {c.Strength,8:0.000} {c.Label,-8} {AnalyzeCommand.Format(c.LastContact),-10} {c.ContactDays,5} {c.Sent,5} {c.Received,5} {c.Meetings,5} {(c.MedianGapDays is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) : "-"),6}"));
            }

            if (user.Contacts.Count > 15)
            {
                await output.WriteLineAsync($"     … and {user.Contacts.Count - 15} more");
            }
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
